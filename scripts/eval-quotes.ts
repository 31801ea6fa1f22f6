/**
 * `npm run eval:quotes`: scores findQuotes / findReportedSpeech on
 * ../shared/dev/quotes-de.jsonl (German WikiNews, Petersen-Frey & Biemann 2024)
 * with the protocol of ../shared/dev/README.md, per split.
 *
 *   npm run eval:quotes                 # tables
 *   npm run eval:quotes -- --errors 30  # also print false positives/negatives (train)
 *
 * Direct span F1: gold = Direct, non-nested annotations with one span;
 * prediction = top-level quotes with role 'speech' that are not inside a
 * reported-speech sentence (those are annotated as nested Direct); both
 * stripped of quote marks and white space at both ends; match when both ends
 * are equal.
 * Speaker overlap: of the matched quotes whose gold has a speaker span, the
 * share whose predicted speaker span (or, for pronouns, the pronoun) overlaps it.
 * Indirect: findReportedSpeech sentences against Indirect annotations (any
 * span overlap), precision over predicted sentences, recall over annotations.
 */
import { readQuoteArticles, type QuotesArticle } from '../bench/data.js';
import { findQuotes, findReportedSpeech, type Quote } from '../src/quotes/index.js';

const MARKS = '„“”"‚‘’\'»«›‹';
const strip = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = end;
  while (s < e && (MARKS.includes(text[s]!) || /\s/.test(text[s]!))) s++;
  while (e > s && (MARKS.includes(text[e - 1]!) || /\s/.test(text[e - 1]!))) e--;
  return [s, e];
};
const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

interface Counts { tp: number; fp: number; fn: number }
const prf = (c: Counts): string => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

/** The naive baseline: regex pairs of „…“ and "…", every pair a prediction. */
function baseline(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const match of text.matchAll(/„[^„“\n]*“|"[^"\n]*"/g)) out.push([match.index, match.index + match[0].length]);
  return out;
}

export function isDirectPrediction(quote: Quote): boolean {
  return quote.role === 'speech' && !quote.inReportedSpeech;
}

const errorsWanted = (() => {
  const i = process.argv.indexOf('--errors');
  return i >= 0 ? Number(process.argv[i + 1] ?? 20) : 0;
})();

function evaluate(articles: QuotesArticle[], split: string): void {
  const direct: Counts = { tp: 0, fp: 0, fn: 0 };
  const base: Counts = { tp: 0, fp: 0, fn: 0 };
  const allPairs: Counts = { tp: 0, fp: 0, fn: 0 };
  let speakerTotal = 0;
  let speakerHit = 0;
  let speakerHeadHit = 0;
  let speakerPredicted = 0;
  const indirect = { predicted: 0, predictedHit: 0, gold: 0, goldHit: 0 };
  const anyReported = { predictedHit: 0, gold: 0, goldHit: 0 };
  const fps: string[] = [];
  const fns: string[] = [];
  const wrongSpeakers: string[] = [];
  let bytes = 0;
  for (const article of articles) {
    const text = article.text;
    bytes += text.length;
    const gold = article.quotes.filter((q) => q.type === 'Direct' && q.isNested !== true && q.spans.length === 1);
    const goldKeys = new Map<string, (typeof gold)[number]>();
    for (const q of gold) {
      const [s, e] = strip(text, q.spans[0]![0], q.spans[0]![1]);
      goldKeys.set(`${s}:${e}`, q);
    }
    const quotes = findQuotes(text, { language: 'de' });
    const predicted = quotes.filter(isDirectPrediction);
    const seen = new Set<string>();
    for (const quote of predicted) {
      const [s, e] = strip(text, quote.start, quote.end);
      const key = `${s}:${e}`;
      const match = goldKeys.get(key);
      if (match !== undefined && !seen.has(key)) {
        seen.add(key);
        direct.tp++;
        const goldSpeakers = (match.speaker as [number, number][] | undefined) ?? [];
        if (goldSpeakers.length > 0) {
          speakerTotal++;
          if (quote.speaker !== null) speakerPredicted++;
          const spans: [number, number][] = [];
          if (quote.speaker !== null) spans.push([quote.speaker.start, quote.speaker.end]);
          if (quote.speaker?.mention) spans.push([quote.speaker.mention.start, quote.speaker.mention.end]);
          const hit = spans.some((a) => goldSpeakers.some((b) => overlaps(a, b)));
          if (hit) speakerHit++;
          else if (wrongSpeakers.length < errorsWanted) {
            wrongSpeakers.push(`${article.doc}\n   Q: ${quote.text.slice(0, 60)}\n   predicted: ${quote.speaker?.text ?? 'null'} (${quote.attribution}, cue ${quote.cue?.text ?? '-'})  gold: ${goldSpeakers.map((g) => text.slice(g[0], g[1])).join(' | ')}`);
          }
          if (quote.speaker !== null && goldSpeakers.some((b) => overlaps([quote.speaker!.head.start, quote.speaker!.head.end], b))) speakerHeadHit++;
        }
      } else {
        direct.fp++;
        if (fps.length < errorsWanted && Math.random() < 0.5) fps.push(`${article.doc}: …${text.slice(Math.max(0, quote.start - 80), quote.start)}[[${text.slice(quote.start, quote.end).slice(0, 120)}]]${text.slice(quote.end, quote.end + 40)}… role=${quote.role} rep=${quote.inReportedSpeech} att=${quote.attribution}`);
      }
    }
    direct.fn += goldKeys.size - seen.size;
    for (const [key, q] of goldKeys) {
      if (!seen.has(key) && fns.length < errorsWanted && Math.random() < 0.5) {
        const [s, e] = q.spans[0]!;
        const near = quotes.find((x) => x.start < e && s < x.end);
        fns.push(`${article.doc}: …${text.slice(Math.max(0, s - 80), s)}[[${text.slice(s, e).slice(0, 120)}]]${text.slice(e, e + 40)}… ours=${near ? `${near.role} rep=${near.inReportedSpeech} ${JSON.stringify(text.slice(near.start, near.end).slice(0, 40))}` : 'none'}`);
      }
    }
    // Every top-level pair as a prediction (upper bound on recall, like a plain pairing).
    const pairKeys = new Set(quotes.map((q) => strip(text, q.start, q.end).join(':')));
    for (const key of pairKeys) if (goldKeys.has(key)) allPairs.tp++; else allPairs.fp++;
    allPairs.fn += [...goldKeys.keys()].filter((key) => !pairKeys.has(key)).length;
    const baseKeys = new Set(baseline(text).map(([s, e]) => strip(text, s, e).join(':')));
    for (const key of baseKeys) if (goldKeys.has(key)) base.tp++; else base.fp++;
    base.fn += [...goldKeys.keys()].filter((key) => !baseKeys.has(key)).length;

    // Indirect speech.
    const reported = findReportedSpeech(text, { language: 'de' });
    const goldIndirect = article.quotes.filter((q) => q.type === 'Indirect');
    const goldAny = article.quotes.filter((q) => q.type !== 'Direct');
    indirect.predicted += reported.length;
    for (const r of reported) {
      const span: [number, number] = [r.start, r.end];
      if (goldIndirect.some((q) => q.spans.some((g) => overlaps(span, g)))) indirect.predictedHit++;
      if (goldAny.some((q) => q.spans.some((g) => overlaps(span, g)))) anyReported.predictedHit++;
    }
    indirect.gold += goldIndirect.length;
    indirect.goldHit += goldIndirect.filter((q) => q.spans.some((g) => reported.some((r) => overlaps([r.start, r.end], g)))).length;
    anyReported.gold += goldAny.length;
    anyReported.goldHit += goldAny.filter((q) => q.spans.some((g) => reported.some((r) => overlaps([r.start, r.end], g)))).length;
  }
  const f = (p: number, r: number): string => `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)}`;
  console.log(`\n## split ${split}: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} M chars\n`);
  console.log(`Direct span (article-lens, speech & not in reported sentence): ${prf(direct)}`);
  console.log(`Direct span (every top-level pair article-lens finds):       ${prf(allPairs)}`);
  console.log(`Direct span (baseline: regex „…“ and "…" pairs):               ${prf(base)}`);
  console.log(`Speaker overlap on matched quotes with a gold speaker: ${(speakerHit / Math.max(1, speakerTotal)).toFixed(3)} (${speakerHit}/${speakerTotal}); head overlap ${(speakerHeadHit / Math.max(1, speakerTotal)).toFixed(3)}; speaker given ${(speakerPredicted / Math.max(1, speakerTotal)).toFixed(3)}`);
  console.log(`Indirect (reported sentences vs Indirect spans, overlap): ${f(indirect.predictedHit / Math.max(1, indirect.predicted), indirect.goldHit / Math.max(1, indirect.gold))}  (${indirect.predicted} sentences, ${indirect.gold} annotations)`);
  console.log(`Reported, any non-Direct type (Indirect, FreeIndirect, IndirectFreeIndirect, Reported): ${f(anyReported.predictedHit / Math.max(1, indirect.predicted), anyReported.goldHit / Math.max(1, anyReported.gold))}  (${anyReported.gold} annotations)`);
  if (errorsWanted > 0) {
    console.log('\n### false positives'); for (const line of fps) console.log('- ' + line);
    console.log('\n### false negatives'); for (const line of fns) console.log('- ' + line);
    console.log('\n### wrong speakers'); for (const line of wrongSpeakers) console.log('- ' + line);
  }
}

const articles = readQuoteArticles();
for (const split of ['train', 'dev']) {
  if (errorsWanted > 0 && split !== 'train') continue;
  evaluate(articles.filter((article) => article.split === split), split);
}
