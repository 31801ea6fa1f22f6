import { francAll } from 'franc';
import { assertString } from '../shared/assert.js';
import { toLanguageCode } from '../shared/language-codes.js';
import type { DetectLanguageOptions, LanguageGuess, LanguageScore } from './types.js';
import { DEFAULT_CANDIDATE_LANGUAGES } from './languages.js';

/** Softmax temperature applied to franc's 0–1 scores (documented in docs/languages.md). */
const SHARPNESS = 30;

/**
 * Detects the language of a text with franc, restricted to a candidate set
 * ({@link DEFAULT_CANDIDATE_LANGUAGES} unless `options.only` says otherwise).
 * `confidence` is a softmax over franc's normalised scores; empty or too short
 * text gives `'und'` with confidence 0.
 *
 * @param text - The text to identify.
 * @param options - Candidate languages and minimum length.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { detectLanguage } from 'article-lens';
 * const guess = detectLanguage('Aunque no se ha especificado oficialmente, la reunión terminó.');
 * guess.lang; // 'spa'
 * guess.alternatives[0]?.lang; // e.g. 'por'
 * detectLanguage('').lang; // 'und'
 * ```
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  assertString(text, 'text', 'detectLanguage');
  const only = (options.only ?? DEFAULT_CANDIDATE_LANGUAGES).map(toLanguageCode);
  const minLength = options.minLength ?? 10;
  if (only.length === 0) return { lang: 'und', confidence: 0, alternatives: [] };
  const ranked = francAll(text, { only, minLength });
  const first = ranked[0];
  if (!first || first[0] === 'und') return { lang: 'und', confidence: 0, alternatives: [] };
  let total = 0;
  const weights = ranked.map(([, score]) => {
    const weight = Math.exp(SHARPNESS * (score - 1));
    total += weight;
    return weight;
  });
  const scores: LanguageScore[] = ranked.map(([lang], index) => ({ lang, confidence: (weights[index] ?? 0) / total }));
  const [best, ...alternatives] = scores;
  return { lang: best?.lang ?? 'und', confidence: best?.confidence ?? 0, alternatives };
}
