/**
 * findQuotes throughput on German news (seeds + quotes-de.jsonl texts), with a
 * naive regex pairing baseline measured in the same run, and hostile inputs
 * (runs of unmatched quotation marks) at two sizes to show linear time.
 */
import { findQuotes, splitQuotes } from '../src/quotes/index.js';
import { readQuoteArticles, readSeeds } from './data.js';
import { measure, type BenchRow } from './harness.js';

export const title = 'quotes: findQuotes (German news)';

/** Baseline: a regex that pairs „…“ and "…" and nothing else. */
function naivePairs(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(/„[^„“\n]*“|"[^"\n]*"/g)) count++;
  return count;
}

export function run(): BenchRow[] {
  const texts = [...readSeeds().map((seed) => seed.text), ...readQuoteArticles().map((article) => article.text)];
  const rows: BenchRow[] = [];
  const baseline = measure('baseline: regex pairs „…“ and "…" (no attribution)', texts, naivePairs);
  rows.push(baseline);
  const ours = measure('findQuotes (pairs, roles, speakers, cues)', texts, (text) => findQuotes(text).length);
  ours.note = `target >= 50 MB/s; ${(baseline.mbPerSecond / ours.mbPerSecond).toFixed(1)}x slower than the regex baseline`;
  rows.push(ours);
  rows.push(measure('splitQuotes (segments + reported speech)', texts, (text) => splitQuotes(text).length, { minMs: 1000 }));
  const hostile = (mark: string, n: number): string => mark.repeat(n);
  const small = measure('findQuotes: 10,000 × „ (unmatched)', [hostile('„', 10_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const large = measure('findQuotes: 100,000 × „ (unmatched)', [hostile('„', 100_000)], (text) => findQuotes(text).length, { minMs: 500 });
  large.note = `time ratio 100k/10k = ${(large.msPerIteration / small.msPerIteration).toFixed(1)} (linear ≈ 10)`;
  rows.push(small, large);
  const closers = measure('findQuotes: 100,000 × “ (unmatched closers)', [hostile('“', 100_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const mixed = measure('findQuotes: 100,000 × " and „ alternating', [hostile('"„', 50_000)], (text) => findQuotes(text).length, { minMs: 500 });
  const words = measure('findQuotes: 100,000 × „Wort (unclosed, with words)', [hostile('„Wort ', 100_000)], (text) => findQuotes(text).length, { minMs: 500 });
  rows.push(closers, mixed, words);
  return rows;
}
