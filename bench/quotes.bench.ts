/**
 * findQuotes throughput on German news (seeds + quotes-de.jsonl texts), with a
 * naive regex pairing baseline measured in the same run, and hostile inputs
 * (runs of unmatched quotation marks) at two sizes to show linear time.
 */
import { findQuotes, splitQuotes } from '../src/quotes/index.js';
import { readQuoteArticles, readSeeds } from './data.js';
import { measure, utf8Bytes, warmUp, type BenchRow } from './harness.js';

/**
 * Untimed warm-up before each article row, in milliseconds: findQuotes calls
 * some eighty small attribution functions, and V8 takes 30-40 passes over this
 * input to compile the rarely taken ones (see warmUp).
 */
const WARM_UP_MS = 2500;

export const title = 'quotes: findQuotes (German news)';

/** Baseline: a regex that pairs „…“ and "…" and nothing else. */
function naivePairs(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(/„[^„“\n]*“|"[^"\n]*"/g)) count++;
  return count;
}

/**
 * Throughput from CPU time (user + system of this process) over whole passes,
 * the fastest of `rounds`: on a shared machine wall time also counts the time
 * other processes hold the core, CPU time does not.
 */
function cpuMbPerSecond(texts: readonly string[], fn: (text: string) => unknown, rounds: number, passes: number): number {
  const bytes = utf8Bytes(texts);
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    for (let pass = 0; pass < passes; pass++) for (const text of texts) sink ^= fn(text) ? 1 : 0;
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000 / passes);
  }
  if (sink === 2) console.log('');
  return bytes / 1e6 / (best / 1000);
}

export function run(): BenchRow[] {
  const texts = [...readSeeds().map((seed) => seed.text), ...readQuoteArticles().map((article) => article.text)];
  const rows: BenchRow[] = [];
  const baseline = measure('baseline: regex pairs „…“ and "…" (no attribution)', texts, naivePairs);
  const baselineCpu = cpuMbPerSecond(texts, naivePairs, 5, 20);
  baseline.note = `CPU time: ${baselineCpu.toFixed(1)} MB/s`;
  rows.push(baseline);
  warmUp(texts, findQuotes, WARM_UP_MS);
  const ours = measure('findQuotes (pairs, roles, speakers, cues)', texts, (text) => findQuotes(text).length);
  const oursCpu = cpuMbPerSecond(texts, (text) => findQuotes(text).length, 5, 2);
  ours.note = `target >= 50 MB/s; CPU time: ${oursCpu.toFixed(1)} MB/s; ${(baseline.mbPerSecond / ours.mbPerSecond).toFixed(1)}x slower than the regex baseline (CPU time: ${(baselineCpu / oursCpu).toFixed(1)}x)`;
  rows.push(ours);
  warmUp(texts, splitQuotes, WARM_UP_MS);
  rows.push(measure('splitQuotes (segments + reported speech)', texts, (text) => splitQuotes(text).length, { minMs: 1000 }));
  const hostile = (mark: string, n: number): string => mark.repeat(n);
  const small = measure('findQuotes: 10,000 × „ (unmatched)', [hostile('„', 10_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const large = measure('findQuotes: 100,000 × „ (unmatched)', [hostile('„', 100_000)], (text) => findQuotes(text).length, { minMs: 500 });
  large.note = `time ratio 100k/10k = ${(large.msPerIteration / small.msPerIteration).toFixed(1)} (linear ≈ 10)`;
  // 10,000 marks take about a millisecond, where timer and GC noise weigh; a million show the steady slope.
  const huge = measure('findQuotes: 1,000,000 × „ (unmatched)', [hostile('„', 1_000_000)], (text) => findQuotes(text).length, { minMs: 1000 });
  huge.note = `time ratio 1M/100k = ${(huge.msPerIteration / large.msPerIteration).toFixed(1)} (linear ≈ 10)`;
  rows.push(small, large, huge);
  const closers = measure('findQuotes: 100,000 × “ (unmatched closers)', [hostile('“', 100_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const mixed = measure('findQuotes: 100,000 × " and „ alternating', [hostile('"„', 50_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const words = measure('findQuotes: 100,000 × „Wort (unclosed, with words)', [hostile('„Wort ', 100_000)], (text) => findQuotes(text).length, { minMs: 500 });
  rows.push(closers, mixed, words);
  // One sentence with many quotes and cues: per-quote work must stay bounded (no scan of the whole sentence per quote).
  const template = 'Er sagte: „Ja“ und ';
  const fewTemplates = measure('findQuotes: 5,000 × „Ja“ after a colon in one sentence', [hostile(template, 5_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const manyTemplates = measure('findQuotes: 50,000 × „Ja“ after a colon in one sentence', [hostile(template, 50_000)], (text) => findQuotes(text).length, { minMs: 500 });
  manyTemplates.note = `time ratio 50k/5k = ${(manyTemplates.msPerIteration / fewTemplates.msPerIteration).toFixed(1)} (linear ≈ 10)`;
  rows.push(fewTemplates, manyTemplates);
  return rows;
}
