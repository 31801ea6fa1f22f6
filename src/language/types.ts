import type { LanguageCode, TextSpan } from '../shared/span.js';

/**
 * One language and how sure the detector is of it.
 *
 * @example
 * ```ts
 * import type { LanguageScore } from 'article-lens';
 * const guess: LanguageScore = { lang: 'spa', confidence: 0.12 };
 * ```
 */
export interface LanguageScore {
  /** ISO 639-3 code, e.g. `'deu'`. */
  lang: LanguageCode;
  /** Share of belief between 0 and 1. */
  confidence: number;
}

/**
 * What {@link detectLanguage} returns.
 *
 * @example
 * ```ts
 * import { detectLanguage, type LanguageGuess } from 'article-lens';
 * const guess: LanguageGuess = detectLanguage('Die Regierung hat am Montag neue Gespräche angekündigt.');
 * guess.lang; // 'deu'
 * ```
 */
export interface LanguageGuess extends LanguageScore {
  /** The other candidates, most likely first (without `lang`). */
  alternatives: LanguageScore[];
}

/**
 * Options of {@link detectLanguage}.
 *
 * @example
 * ```ts
 * import { detectLanguage, type DetectLanguageOptions } from 'article-lens';
 * const options: DetectLanguageOptions = { only: ['de', 'en'] };
 * detectLanguage('The talks will resume next week in Riyadh.', options).lang; // 'eng'
 * ```
 */
export interface DetectLanguageOptions {
  /**
   * Candidate languages (ISO 639-1 or 639-3). Default
   * {@link DEFAULT_CANDIDATE_LANGUAGES}: German, English, Spanish, French,
   * Italian, Portuguese, Dutch — so that short text is not called Galician or
   * Malagasy. Codes franc knows but article-lens has no model for are allowed.
   */
  only?: readonly string[];
  /** Fewer letters than this give `'und'`. Default 10. */
  minLength?: number;
}

/**
 * A stretch of text in another language than the document's, found by
 * {@link findForeignFragments}. `text === original.slice(start, end)`.
 *
 * @example
 * ```ts
 * import type { ForeignFragment } from 'article-lens';
 * const fragment: ForeignFragment = {
 *   start: 0, end: 41, text: 'Aunque no se ha especificado oficialmente', lang: 'spa', confidence: 0.99,
 * };
 * ```
 */
export interface ForeignFragment extends TextSpan {
  /** ISO 639-3 code of the fragment's language. */
  lang: LanguageCode;
  /**
   * Between 0 and 1: a logistic function of the fragment's log-likelihood
   * ratio against the main language (0.5 at the reporting threshold).
   */
  confidence: number;
}

/**
 * Options of {@link findForeignFragments}.
 *
 * @example
 * ```ts
 * import { findForeignFragments, type FindForeignFragmentsOptions } from 'article-lens';
 * const options: FindForeignFragmentsOptions = { mainLanguage: 'de', minWords: 1 };
 * findForeignFragments('Por ihrer Seite betonte die Sprecherin, dass die Gespräche weitergehen.', options)
 *   .map((f) => f.text); // ['Por']
 * ```
 */
export interface FindForeignFragmentsOptions {
  /**
   * The document's language ('de' or 'deu'). Default: the modelled language
   * that the document's first 5,000 words favour (each word's
   * evidence clipped, so a foreign clause cannot outvote the rest). A
   * language without a model gives no fragments.
   */
  mainLanguage?: string;
  /**
   * Languages a fragment may be in (ISO 639-1 or 639-3). Default: every
   * modelled language ({@link MODELLED_LANGUAGES}) except the main one.
   */
  candidates?: readonly string[];
  /** Alias of `candidates`, as in {@link DetectLanguageOptions}. */
  only?: readonly string[];
  /**
   * Fewest words a fragment has. Default 2. With 1, a single word is
   * reported only when its evidence is strong (a function word of the other
   * language at a sentence start, or a character the main language lacks).
   */
  minWords?: number;
  /** Lowest confidence reported, between 0 and 1. Default 0.5. */
  minConfidence?: number;
}
