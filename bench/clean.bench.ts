/**
 * cleanArticle throughput on the five seeds and the 623 dev pages
 * (../shared/dev/boilerplate-de.jsonl), single thread, with two baselines
 * measured in the same run: touching the uncleaned text, and a naive
 * line-split-and-trim pass (the floor any line-based cleaner pays).
 *
 * MB/s is wall-clock time. On a shared machine that figure depends on the
 * load, so each row's note also gives MB per CPU-second of this process
 * (process.cpuUsage over the same timed loop and its warm-up pass).
 */
import { readBoilerplatePages, readSeeds } from './data.js';
import { measure, utf8Bytes, type BenchRow } from './harness.js';
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

/** {@link measure} plus MB per CPU-second over the same passes (warm-up included). */
function measureWithCpu(name: string, texts: readonly string[], fn: (text: string) => unknown, options: { minMs?: number } = {}): BenchRow & { mbPerCpuSecond: number } {
  const before = process.cpuUsage();
  const row = measure(name, texts, fn, options);
  const used = process.cpuUsage(before);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mbPerCpuSecond = (utf8Bytes(texts) / 1e6) * (row.iterations + 1) / cpuSeconds;
  return { ...row, mbPerCpuSecond, note: `${mbPerCpuSecond.toFixed(1)} MB/CPU-s` };
}

export function run(): BenchRow[] {
  const texts = [...readSeeds().map((seed) => seed.text), ...readBoilerplatePages().map((page) => page.text)];
  const uncleaned = measureWithCpu('baseline: uncleaned text (length only)', texts, (text) => text.length);
  const naive = measureWithCpu('baseline: naive split, trim, drop lines < 40 chars', texts, naiveLineClean);
  // Steady state: three untimed passes first, so the JIT has optimised the hot loops and the heap has grown
  // (measure() itself warms up with one pass only, which on this input is still mostly tier-up time).
  for (let pass = 0; pass < 3; pass++) for (const text of texts) cleanArticle(text);
  const clean = measureWithCpu('cleanArticle', texts, (text) => cleanArticle(text).text, { minMs: 6000 });
  const cleanDe = measureWithCpu('cleanArticle { language: "de" } (no guessing)', texts, (text) => cleanArticle(text, { language: 'de' }).text, { minMs: 6000 });
  const corpus = measureWithCpu('cleanArticles (all pages as one corpus)', [texts.join('\n')], () => cleanArticles(texts).length, { minMs: 6000 });
  clean.note = `${clean.note}; target >= 30 MB/s (>= 45 MB/CPU-s); ${(naive.mbPerCpuSecond / clean.mbPerCpuSecond).toFixed(1)}x the naive pass's CPU time`;
  return [uncleaned, naive, clean, cleanDe, corpus];
}
