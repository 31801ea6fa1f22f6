/**
 * findForeignFragments on German news (all quotes-de.jsonl articles) against
 * franc per sentence (the baseline it must beat 50 times) and franc over
 * 3-word windows, in the same run, single thread. The models are compiled
 * before timing (a one-off cost on first use, reported separately). Word
 * scores are cached across calls (bounded); the "cache emptied" row shows the
 * cost when nothing is reused between articles.
 */
import { performance } from 'node:perf_hooks';
import { franc } from 'franc';
import { findForeignFragments, detectLanguage } from '../src/index.js';
import { clearWordScoreCache } from '../src/language/score-words.js';
import { readQuoteArticles } from './data.js';
import { measure, type BenchRow } from './harness.js';
import { francSentences, francWindows } from '../scripts/languages/metrics.js';

export const title = 'Languages: findForeignFragments on German news (quotes-de.jsonl, 850 articles)';

export function run(): BenchRow[] {
  const texts = readQuoteArticles().map((article) => article.text);
  const started = performance.now();
  findForeignFragments('Aunque no se ha especificado oficialmente, die Gespräche gehen weiter.', { mainLanguage: 'de' });
  const compileMs = performance.now() - started;
  const ours = measure('findForeignFragments (mainLanguage: de)', texts, (text) => findForeignFragments(text, { mainLanguage: 'de' }).length + 1, { minMs: 3000 });
  const cold = measure(
    'findForeignFragments, word-score cache emptied before every article',
    texts,
    (text) => {
      clearWordScoreCache();
      return findForeignFragments(text, { mainLanguage: 'de' }).length + 1;
    },
    { minMs: 3000 },
  );
  const detected = measure('findForeignFragments (main language detected)', texts, (text) => findForeignFragments(text).length + 1, { minMs: 2000 });
  const sentences = measure('baseline: franc per sentence', texts, (text) => francSentences(text, 'deu').length + 1, { minMs: 3000 });
  const windows = measure('baseline: franc over 3-word windows', texts, (text) => francWindows(text, 'deu').length + 1, { minMs: 3000 });
  const whole = measure('franc on the whole article (reference)', texts, (text) => franc(text), { minMs: 1500 });
  const detect = measure('detectLanguage (reference)', texts, (text) => detectLanguage(text).lang, { minMs: 1500 });
  ours.note = `target ≥ 20 MB/s; ${(ours.mbPerSecond / sentences.mbPerSecond).toFixed(0)}× franc per sentence (target ≥ 50×); first call builds the models in ${compileMs.toFixed(0)} ms`;
  cold.note = `worst case: no word scores reused across articles; ${(cold.mbPerSecond / sentences.mbPerSecond).toFixed(0)}× franc per sentence`;
  detected.note = 'main language chosen from the word models';
  return [ours, cold, detected, sentences, windows, whole, detect];
}
