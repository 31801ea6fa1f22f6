import { readQuoteArticles } from './bench/data.js';
import { findQuotes } from './src/index.js';
let n = 0;
for (const a of readQuoteArticles()) {
  if (a.split !== 'train') continue;
  const t = a.text;
  for (const q of findQuotes(t)) {
    if (q.role !== 'speech' || q.inReportedSpeech || q.attribution !== 'none') continue;
    const g = a.quotes.find((x) => x.type === 'Direct' && !x.isNested && x.spans.length === 1 && x.spans[0]![0] <= q.contentStart && q.contentEnd <= x.spans[0]![1]);
    if (!g || !(g.speaker as any[])?.length) continue;
    if (n++ > 25) break;
    console.log('-', JSON.stringify(t.slice(Math.max(0, q.start - 150), q.start)), '[[', q.text.slice(0, 40), ']]', JSON.stringify(t.slice(q.end, q.end + 60)), ' GOLD:', (g.speaker as [number, number][]).map(([s, e]) => t.slice(s, e)).join('|'));
  }
}
