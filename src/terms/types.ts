import type { TextSpan } from '../shared/span.js';

/**
 * What a token is.
 *
 * - `word`: letters (and digits) with inner hyphens and apostrophes:
 *   "Österreichs", "US-Bloggern", "geht's", "COVID-19", "2022er"; also
 *   truncated compounds ("Ein-" in "Ein- und Ausreise") and split-off
 *   elisions and clitics (French "l'", English "'s").
 * - `abbreviation`: from the language's data ("z. B.", "Dr.", "u. a.",
 *   "Nr." before a number), dotted acronyms ("U.S.") and initials ("J." in
 *   "Donald J. Trump").
 * - `number`: digits with decimal or thousands separators ("3,5", "3.5",
 *   "1.000", "18.02.2025", "12:30"), with a leading sign when one is attached.
 * - `ordinal`: a number with its period where the language writes ordinals
 *   that way (German "am 18. Februar").
 * - `punctuation`: one punctuation mark, or a run of the same mark ("...").
 *   Dashes ("–", "—", a spaced "-") and quotation marks are punctuation.
 * - `url`, `email`, `handle` ("@user"), `hashtag` ("#Ukraine").
 * - `symbol`: currency, maths and other symbols, emoji (with their modifiers).
 *
 * @example
 * ```ts
 * import { tokenize, type TokenKind } from 'article-lens';
 * const kinds: TokenKind[] = tokenize('Am 18. Februar, z. B. @rtde').map((t) => t.kind);
 * // ['word', 'ordinal', 'word', 'punctuation', 'abbreviation', 'handle']
 * ```
 */
export type TokenKind =
  | 'word'
  | 'abbreviation'
  | 'number'
  | 'ordinal'
  | 'punctuation'
  | 'url'
  | 'email'
  | 'handle'
  | 'hashtag'
  | 'symbol';

/**
 * A token: a span of the original text with its normalised form and kind.
 *
 * @example
 * ```ts
 * import { tokenize, type Token } from 'article-lens';
 * const [token]: Token[] = tokenize('geht’s');
 * // { start: 0, end: 6, text: 'geht’s', normalized: "geht's", kind: 'word' }
 * ```
 */
export interface Token extends TextSpan {
  /**
   * The text with typographic variants unified, never lower-cased: `’` and
   * `ʼ` become `'`, `‐` and `‑` become `-`, soft hyphens and the spaces
   * inside abbreviations and grouped numbers are dropped, combining marks are
   * composed (NFC). Equal to `text` for most tokens.
   */
  normalized: string;
  /** What the token is. */
  kind: TokenKind;
}

/**
 * Options of {@link tokenize}.
 *
 * @example
 * ```ts
 * import { tokenize, type TokenizeOptions } from 'article-lens';
 * const options: TokenizeOptions = { language: 'de' };
 * tokenize('Das gilt z. B. für Dr. Meier.', options).length; // 7
 * ```
 */
export interface TokenizeOptions {
  /**
   * Language of the text (`'de'` or `'deu'`, …), which decides the
   * abbreviations, elisions, clitics and ordinals recognised. Detected from
   * stopwords when absent; a language without data gets a generic scan.
   */
  language?: string;
}
