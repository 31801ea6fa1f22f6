import { readFileSync } from 'node:fs';
import { readSeeds } from './bench/data.js';
import { findQuotes } from './src/quotes/index.js';
const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8'));
for (const s of readSeeds()) {
  const qs = findQuotes(s.text);
  const g = gold.files[s.file].quotes;
  for (const q of qs) {
    const m = g.find((x: any) => x.start === q.contentStart && x.end === q.contentEnd);
    const ok = m && m.placement === q.placement && (m.speaker === null || (q.speaker && q.speaker.text.includes(m.speaker)));
    console.log(ok ? 'OK ' : (m?.speakerRequired ? 'BAD' : 'bad'), q.placement, m?.placement, q.role, q.attribution, JSON.stringify(q.text.slice(0, 25)), '| SP:', q.speaker?.text, '| gold', m?.speaker, '| cue', q.cue?.text, q.cue?.lemma);
  }
}
