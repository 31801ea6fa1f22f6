import { toLanguageCode } from '../shared/language-codes.js';
import { assertString } from '../shared/assert.js';
import { termsLanguageData } from './data/index.js';

/**
 * The curated stopword list the term counters use for a language: function
 * words only, lower-case. Empty for a language without data. Useful to
 * extend it: `stopwords: [...stopwordList('de'), 'sagte']`.
 *
 * @param language - `'de'`, `'deu'`, `'en'`, `'es'`, `'fr'`, …
 *
 * @example
 * ```ts
 * import { stopwordList } from 'article-lens';
 * stopwordList('de').includes('und'); // true
 * stopwordList('de').includes('jahr'); // false: a news word, not a function word
 * ```
 */
export function stopwordList(language: string): readonly string[] {
  assertString(language, 'language', 'stopwordList');
  return [...new Set(termsLanguageData(toLanguageCode(language))?.stopwords ?? [])];
}
