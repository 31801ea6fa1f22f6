/**
 * cleanArticle throughput on the five seeds and the 623 dev pages
 * (../shared/dev/boilerplate-de.jsonl), single thread, with two baselines
 * measured in the same run: touching the uncleaned text, and a naive
 * line-split-and-trim pass (the floor any line-based cleaner pays).
 */
import { readBoilerplatePages, readSeeds } from './data.js';
import { measure, type BenchRow } from './harness.js';
import { cleanArticle, cleanArticles } from '../src/clean/index.js';

export const title = 'cleanArticle (seeds + boilerplate-de dev pages)';

function naiveLineClean(text: string): string {
  const kept: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.length >= 40) kept.push(trimmed);
  }
  return kept.join('\n\n');
}

export function run(): BenchRow[] {
  const texts = [...readSeeds().map((seed) => seed.text), ...readBoilerplatePages().map((page) => page.text)];
  const uncleaned = measure('baseline: uncleaned text (length only)', texts, (text) => text.length);
  const naive = measure('baseline: naive split, trim, drop lines < 40 chars', texts, naiveLineClean);
  // Steady state: three untimed passes first, so the JIT has optimised the hot loops and the heap has grown
  // (measure() itself warms up with one pass only, which on this input is still mostly tier-up time).
  for (let pass = 0; pass < 3; pass++) for (const text of texts) cleanArticle(text);
  const clean = measure('cleanArticle', texts, (text) => cleanArticle(text).text, { minMs: 6000 });
  const cleanDe = measure('cleanArticle { language: "de" } (no guessing)', texts, (text) => cleanArticle(text, { language: 'de' }).text, { minMs: 6000 });
  const corpus = measure('cleanArticles (all pages as one corpus)', [texts.join('\n')], () => cleanArticles(texts).length, { minMs: 6000 });
  clean.note = `target >= 30 MB/s; ${(naive.mbPerSecond / clean.mbPerSecond).toFixed(1)}x slower than the naive pass`;
  return [uncleaned, naive, clean, cleanDe, corpus];
}
