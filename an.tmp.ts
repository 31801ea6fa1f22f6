import { readQuoteArticles } from './bench/data.js';
import { findQuotes } from './src/index.js';
const MARKS = '„“”"‚‘’\'»«›‹';
const strip = (text: string, start: number, end: number): string => {
  let s = start, e = end;
  while (s < e && (MARKS.includes(text[s]!) || /\s/.test(text[s]!))) s++;
  while (e > s && (MARKS.includes(text[e - 1]!) || /\s/.test(text[e - 1]!))) e--;
  return `${s}:${e}`;
};
for (const a of readQuoteArticles()) {
  if (a.split !== 'train') continue;
  const t = a.text;
  const lab = new Map<string, string>();
  for (const q of a.quotes) { if (q.spans.length !== 1) continue; const k = strip(t, q.spans[0]![0], q.spans[0]![1]); if (q.type === 'Direct') lab.set(k, q.isNested ? 'nested' : 'direct'); else if (!lab.has(k)) lab.set(k, 'other:' + q.type); }
  for (const q of findQuotes(t, { language: 'de' })) {
    const k = strip(t, q.start, q.end);
    // containing annotations
    const cont = a.quotes.filter((g) => g.type !== 'Direct' && g.spans.some(([s, e]) => s <= q.start && q.end <= e)).map((g) => g.type);
    console.log(JSON.stringify({ label: lab.get(k) ?? 'none', cont, words: q.text.split(/\s+/).length, placement: q.placement, role: q.role, rep: q.inReportedSpeech, att: q.attribution, conf: q.confidence, end: q.text.slice(-1), ctx: t.slice(Math.max(0, q.start - 60), q.start) + '[[' + q.text.slice(0, 60) + ']]' + t.slice(q.end, q.end + 30) }));
  }
}
