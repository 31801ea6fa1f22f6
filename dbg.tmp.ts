import { analyzeQuotes } from './src/quotes/analyze.js';
const t = process.argv[2]!;
const a = analyzeQuotes(t);
for (let s = 0; s < a.sentences.length; s++) { const i = a.info(s); console.log(s, JSON.stringify(t.slice(a.sentences[s]!.start, a.sentences[s]!.end)).slice(0,80), i.reported, i.cues.map(c => c.kind + ':' + c.cue.text)); }
for (const q of a.quotes) console.log(q.text.slice(0, 20), q.attribution, q.speaker?.text, q.cue?.text);
