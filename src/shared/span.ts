/**
 * A stretch of the caller's original text.
 *
 * `start` and `end` are JavaScript string indices (UTF-16 code units) into the
 * exact string the caller passed in, `end` exclusive, so
 * `text.slice(span.start, span.end)` is always the spanned text.
 *
 * @example
 * ```ts
 * import type { Span } from 'article-lens';
 * const text = 'Lawrow sagte: „Nein.“';
 * const span: Span = { start: 0, end: 6 };
 * text.slice(span.start, span.end); // 'Lawrow'
 * ```
 */
export interface Span {
  /** Index of the first code unit, inclusive. */
  start: number;
  /** Index after the last code unit, exclusive. */
  end: number;
}

/**
 * A {@link Span} that also carries the text it covers.
 *
 * @example
 * ```ts
 * import type { TextSpan } from 'article-lens';
 * const speaker: TextSpan = { start: 0, end: 6, text: 'Lawrow' };
 * ```
 */
export interface TextSpan extends Span {
  /** The covered text, equal to `original.slice(start, end)`. */
  text: string;
}

/**
 * An ISO 639-3 language code such as `'deu'`, `'eng'` or `'spa'`
 * (the codes franc returns), or `'und'` when undetermined.
 *
 * @example
 * ```ts
 * import type { LanguageCode } from 'article-lens';
 * const german: LanguageCode = 'deu';
 * ```
 */
export type LanguageCode = string;
