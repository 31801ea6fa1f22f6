import type { LanguageCode } from '../../shared/span.js';

/**
 * Everything the terms capability knows about one language. Adding a
 * language is adding one of these objects in `src/terms/data/<code>.ts` and
 * listing it in `src/terms/data/index.ts`; no scanner or counter code changes.
 */
export interface TermsLanguageData {
  /** ISO 639-3 code. */
  code: LanguageCode;
  /**
   * Function words only (articles, pronouns, prepositions, conjunctions,
   * auxiliary and modal verb forms, particles), lower-case, apostrophes as
   * ASCII `'`, abbreviations in their normalised form without spaces
   * (`z.b.`). Content words that happen to be frequent in news ("jahr",
   * "zeit", "menschen", "prozent") are deliberately absent.
   */
  stopwords: readonly string[];
  /**
   * Abbreviations ending in a period, written as in text: `bzw.`, `Dr.`,
   * or with spaces between the parts: `z. B.`, `u. a.`. Matched
   * case-insensitively; parts may be written with or without one space.
   */
  abbreviations: readonly string[];
  /** Abbreviations that count as such only before a number: `Nr. 5`, `No. 10`. */
  numberAbbreviations: readonly string[];
  /** Elided words split off the following word: French `l'`, `qu'`. */
  elisionPrefixes: readonly string[];
  /** Clitics split off the preceding word: English `'s`. */
  cliticSuffixes: readonly string[];
  /**
   * Ordinal numbers written with a period (German "am 18. Februar"): the
   * number (at most three digits) and its period form one `ordinal` token
   * when the next word is lower-case or one of `followingWords` (months),
   * or the word before is one of `precedingWords`.
   */
  ordinals?: { precedingWords: readonly string[]; followingWords: readonly string[] };
  /**
   * Words after which a word ending in a hyphen keeps the hyphen, for
   * truncated compounds ("Ein- und Ausreise").
   */
  truncationFollowers: readonly string[];
}
