import type { LanguageCode } from '../shared/span.js';

/**
 * The languages article-lens has fragment models for (ISO 639-3): German,
 * English, Spanish, French, Italian, Portuguese and Dutch.
 *
 * @example
 * ```ts
 * import { MODELLED_LANGUAGES } from 'article-lens';
 * MODELLED_LANGUAGES.includes('spa'); // true
 * ```
 */
export const MODELLED_LANGUAGES: readonly LanguageCode[] = ['deu', 'eng', 'spa', 'fra', 'ita', 'por', 'nld'];

/**
 * The candidates {@link detectLanguage} considers by default: the modelled
 * languages. Restricting franc to them keeps short text from being called
 * Galician, Malagasy or Scots.
 *
 * @example
 * ```ts
 * import { DEFAULT_CANDIDATE_LANGUAGES } from 'article-lens';
 * DEFAULT_CANDIDATE_LANGUAGES; // ['deu', 'eng', 'spa', 'fra', 'ita', 'por', 'nld']
 * ```
 */
export const DEFAULT_CANDIDATE_LANGUAGES: readonly LanguageCode[] = MODELLED_LANGUAGES;
