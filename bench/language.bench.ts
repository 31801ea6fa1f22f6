/**
 * findForeignFragments on German news (all quotes-de.jsonl articles) against
 * franc per sentence (the baseline it must beat 50 times) and franc over
 * 3-word windows, in the same run, single thread. The models are compiled
 * before timing (a one-off cost on first use, reported separately). Word
 * scores are cached across calls (bounded); the "cache emptied" row shows the
 * cost when nothing is reused between articles. Every row is warmed up
 * (untimed) for at least 1.5 s first, so that the JIT's compilation is not
 * charged to the first rows measured.
 *
 * The machine may be shared: besides wall-clock MB/s (the harness), each row
 * notes MB per CPU-second of this process (process.cpuUsage), and the ratio
 * to franc per sentence is given for both; the ratio is the figure that
 * compares across machines and loads.
 */
import { performance } from 'node:perf_hooks';
import { franc } from 'franc';
import { findForeignFragments, detectLanguage } from '../src/language/index.js';
import { clearWordScoreCache } from '../src/language/score-words.js';
import { readQuoteArticles } from './data.js';
import { measure, utf8Bytes, warmUp, type BenchRow } from './harness.js';
import { francSentences, francWindows } from '../scripts/languages/metrics.js';

export const title = 'Languages: findForeignFragments on German news (quotes-de.jsonl, 850 articles)';

/** A measured row with MB per CPU-second of this process (over the timed iterations, as the wall-clock figure). */
interface CpuRow {
  row: BenchRow;
  cpuMbPerSecond: number;
}

/** Least time spent warming up before a row is measured, in milliseconds. */
const WARM_UP_MS = 1500;

/**
 * `measure` with the process's CPU time over the timed iterations only: the
 * clock starts at the first call after the harness's warm-up pass, which
 * (like the wall clock) leaves out the one-off cost of the first pass (the
 * JIT compiling the code while it runs), paid by whichever row runs first.
 */
function measureCpu(...args: Parameters<typeof measure>): CpuRow {
  const [name, texts, fn, options] = args;
  warmUp(texts, fn, WARM_UP_MS);
  let calls = 0;
  let started = process.cpuUsage();
  const timed = (text: string): unknown => {
    if (calls++ === texts.length) started = process.cpuUsage();
    return fn(text);
  };
  const row = measure(name, texts, timed, options);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const cpuMbPerSecond = (utf8Bytes(texts) * row.iterations) / 1e6 / seconds;
  row.note = `${cpuMbPerSecond.toFixed(1)} MB per CPU-second`;
  return { row, cpuMbPerSecond };
}

export function run(): BenchRow[] {
  const texts = readQuoteArticles().map((article) => article.text);
  const started = performance.now();
  findForeignFragments('Aunque no se ha especificado oficialmente, die Gespräche gehen weiter.', { mainLanguage: 'de' });
  const compileMs = performance.now() - started;
  const ours = measureCpu('findForeignFragments (mainLanguage: de)', texts, (text) => findForeignFragments(text, { mainLanguage: 'de' }).length + 1, { minMs: 3000 });
  const cold = measureCpu(
    'findForeignFragments, word-score cache emptied before every article',
    texts,
    (text) => {
      clearWordScoreCache();
      return findForeignFragments(text, { mainLanguage: 'de' }).length + 1;
    },
    { minMs: 3000 },
  );
  const detected = measureCpu('findForeignFragments (main language detected)', texts, (text) => findForeignFragments(text).length + 1, { minMs: 2000 });
  const sentences = measureCpu('baseline: franc per sentence', texts, (text) => francSentences(text, 'deu').length + 1, { minMs: 3000 });
  const windows = measureCpu('baseline: franc over 3-word windows', texts, (text) => francWindows(text, 'deu').length + 1, { minMs: 3000 });
  const whole = measureCpu('franc on the whole article (reference)', texts, (text) => franc(text), { minMs: 1500 });
  const detect = measureCpu('detectLanguage (reference; franc on at most ~3,000 sampled characters)', texts, (text) => detectLanguage(text).lang, { minMs: 1500 });
  const ratio = (row: CpuRow): string =>
    `${(row.row.mbPerSecond / sentences.row.mbPerSecond).toFixed(0)}× franc per sentence (wall), ${(row.cpuMbPerSecond / sentences.cpuMbPerSecond).toFixed(0)}× (CPU)`;
  ours.row.note = `${ours.row.note}; target ≥ 20 MB/s; ${ratio(ours)} (target ≥ 50×); first call builds the models in ${compileMs.toFixed(0)} ms`;
  cold.row.note = `${cold.row.note}; worst case: no word scores reused across articles; ${ratio(cold)}`;
  detected.row.note = `${detected.row.note}; main language chosen from the word models; ${ratio(detected)}`;
  return [ours, cold, detected, sentences, windows, whole, detect].map((measured) => measured.row);
}
