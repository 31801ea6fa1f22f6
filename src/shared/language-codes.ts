import { assertString } from './assert.js';
import type { LanguageCode } from './span.js';

/** ISO 639-1 to ISO 639-3 for the languages article-lens ships data for. */
const ISO_639_1_TO_3: Readonly<Record<string, LanguageCode>> = {
  de: 'deu',
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
};

/**
 * Normalises a language option to ISO 639-3: accepts `'de'`, `'deu'`,
 * `'DE'`, `'de-AT'`; returns unknown codes lower-cased as given.
 *
 * @example
 * ```ts
 * import { toLanguageCode } from 'article-lens';
 * toLanguageCode('de'); // 'deu'
 * toLanguageCode('de-AT'); // 'deu'
 * toLanguageCode('spa'); // 'spa'
 * toLanguageCode(''); // 'und'
 * ```
 *
 * @throws TypeError when `language` is not a string.
 */
export function toLanguageCode(language: string): LanguageCode {
  assertString(language, 'language', 'toLanguageCode');
  const lower = language.trim().toLowerCase();
  if (lower === '') return 'und';
  const primary = lower.split(/[-_]/, 1)[0] ?? lower;
  return ISO_639_1_TO_3[primary] ?? primary;
}
