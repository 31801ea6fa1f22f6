/**
 * The table of quotation marks article-lens knows: which family each mark
 * pairs within, and whether it opens, closes, or depends on the document's
 * style and its neighbours. Adding a convention means adding rows here.
 *
 * @internal
 */

/** Marks pair only with marks of the same family. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';

/**
 * - `open`: always opens (German „ ‚).
 * - `close-or-open`: closes in German style („…“), opens in English style (“…”).
 * - `close`: closes; may open only when it clearly looks like an opener and nothing is open (”…” Swedish).
 * - `straight`: direction decided from neighbours (" ').
 * - `guillemet-left` / `guillemet-right`: « and » (‹ ›); direction from the per-document vote
 *   (German »…« versus French/Swiss/Spanish «…»).
 */
export type MarkBehaviour = 'open' | 'close-or-open' | 'close' | 'straight' | 'guillemet-left' | 'guillemet-right';

/** One row of the quotation-mark table. */
export interface QuoteMarkEntry {
  /** The mark character. */
  mark: string;
  /** Marks pair within a family. */
  family: MarkFamily;
  /** How the mark's direction is decided. */
  behaviour: MarkBehaviour;
  /** The mark may also be an apostrophe (geht’s, Putin's). */
  apostrophe: boolean;
}

/** German „…“ ‚…‘ »…«, English “…” ‘…’, French « … », Swiss «…» ‹…›, Spanish «…» “…”, straight " '. */
export const QUOTE_MARKS: readonly QuoteMarkEntry[] = [
  { mark: '\u201E', family: 'double', behaviour: 'open', apostrophe: false }, // „
  { mark: '\u201C', family: 'double', behaviour: 'close-or-open', apostrophe: false }, // “
  { mark: '\u201D', family: 'double', behaviour: 'close', apostrophe: false }, // ”
  { mark: '\u201F', family: 'double', behaviour: 'open', apostrophe: false }, // ‟
  { mark: '"', family: 'double', behaviour: 'straight', apostrophe: false },
  { mark: '\uFF02', family: 'double', behaviour: 'straight', apostrophe: false }, // ＂
  { mark: '\u201A', family: 'single', behaviour: 'open', apostrophe: false }, // ‚
  { mark: '\u2018', family: 'single', behaviour: 'close-or-open', apostrophe: false }, // ‘
  { mark: '\u2019', family: 'single', behaviour: 'close', apostrophe: true }, // ’
  { mark: "'", family: 'single', behaviour: 'straight', apostrophe: true },
  { mark: '\u00AB', family: 'guillemet', behaviour: 'guillemet-left', apostrophe: false }, // «
  { mark: '\u00BB', family: 'guillemet', behaviour: 'guillemet-right', apostrophe: false }, // »
  { mark: '\u2039', family: 'single-guillemet', behaviour: 'guillemet-left', apostrophe: false }, // ‹
  { mark: '\u203A', family: 'single-guillemet', behaviour: 'guillemet-right', apostrophe: false }, // ›
];

/** Lookup from character code to its table row. */
export const QUOTE_MARK_BY_CODE: ReadonlyMap<number, QuoteMarkEntry> = new Map(
  QUOTE_MARKS.map((entry) => [entry.mark.charCodeAt(0), entry]),
);

/** Characters that open a bracket; a straight mark after one of them opens. */
export const OPENING_PUNCTUATION = '([{<\u2013\u2014-/:';
/** Characters that may follow a closing mark. */
export const CLOSING_PUNCTUATION = '.,;:!?)]}>\u2013\u2014-/\u2026';
/** Sentence-final punctuation. */
export const SENTENCE_END = '.!?\u2026';

/**
 * Two-letter clitics written with a leading apostrophe, lower-cased ("’ne
 * Menge", "gib’s ’em"): the apostrophe before one is not a quotation mark.
 * (Marks are paired before the text's language is known, so this list holds
 * every language's.)
 */
export const TWO_LETTER_CLITICS: ReadonlySet<string> = new Set(['ne', 'em']);
