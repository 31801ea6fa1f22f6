import type { BoilerplateReason } from '../types.js';

/**
 * Cue phrases for one boilerplate reason. Phrases are matched on the
 * normalised block (lower case, punctuation turned into spaces, white space
 * collapsed), so write them in lower case without punctuation.
 */
export interface CuePhrases {
  /** The whole block is exactly this phrase ("impressum"). */
  exact?: readonly string[];
  /** The block starts with this phrase ("mehr zum thema …"); blocks of up to 25 words. */
  prefix?: readonly string[];
  /** The phrase occurs anywhere in a short block (up to 14 words). */
  anywhere?: readonly string[];
  /** The phrase occurs anywhere in a block of up to 60 words (consent banners, licence notes). */
  anywhereLong?: readonly string[];
}

/** Everything the cleaner knows about one language. Adding a language is adding one of these. */
export interface CleanLanguageData {
  /** ISO 639-3 code. */
  code: string;
  /** Function words, lower case: their share among a block's words is its stopword density. */
  stopwords: readonly string[];
  /** Abbreviations (lower case, without the dot) after which a period does not end a sentence. */
  abbreviations: readonly string[];
  /** Month names and their abbreviations, lower case. */
  months: readonly string[];
  /** Weekday names, lower case. */
  weekdays: readonly string[];
  /** Words that may stand in a date line ("veröffentlicht", "am", "uhr"). */
  dateWords: readonly string[];
  /** Words that start a byline before a name ("von", "by"). */
  bylineStarts: readonly string[];
  /**
   * Words that open the heading of an author box before the author's name
   * ("über" in "Über Simon Dückert", "about"): such a line and the short
   * biography right after it (in the second half of the page, or after the
   * article's end) are `author-bio`.
   */
  authorBoxStarts: readonly string[];
  /** Words (or word endings of compounds) that make a short line a byline ("redaktion"). */
  bylineWords: readonly string[];
  /** Words that mark an author biography after a byline ("journalist"). */
  bioWords: readonly string[];
  /** Words that, followed by a colon or ©, mark a caption or photo credit ("foto"). */
  creditWords: readonly string[];
  /** Words that begin a breadcrumb trail when a section name is glued to them ("start", "home"). */
  breadcrumbStarts: readonly string[];
  /** Opening quotation marks used in the language. */
  openingQuotes: string;
  /** Closing quotation marks used in the language. */
  closingQuotes: string;
  /**
   * Reasons whose blocks usually follow the article body (share prompts,
   * comment sections, related links): text after them counts less when the
   * article body is searched.
   */
  articleEndReasons: readonly BoilerplateReason[];
  /** Cue phrases per boilerplate reason. */
  cues: Partial<Record<BoilerplateReason, CuePhrases>>;
}
