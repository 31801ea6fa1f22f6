import { assertString } from '../shared/assert.js';
import { analyzeQuotes, reportedSentences } from './analyze.js';
import { checkOptions } from './options.js';
import type { FindQuotesOptions, Quote, QuoteSegment } from './types.js';

/**
 * Options for {@link splitQuotes}: those of {@link findQuotes}, plus quotes
 * already found on the same text (they are reused, not searched again).
 *
 * @example
 * ```ts
 * import { findQuotes, splitQuotes } from 'article-lens';
 * const text = '„Ja“, sagte sie.';
 * const quotes = findQuotes(text);
 * splitQuotes(text, { quotes })[0]?.quote === quotes[0]; // true
 * ```
 */
export interface SplitQuotesOptions extends FindQuotesOptions {
  /** Result of `findQuotes(text)` on the same text, to reuse. */
  quotes?: readonly Quote[];
}

/**
 * Splits `text` into quote and narration segments that tile it exactly:
 * their texts joined are the input. Quote segments cover the marks and
 * carry the {@link Quote}; narration inside a sentence that reports speech
 * indirectly has `reported: true` and its `speaker` where one is named.
 *
 * @param text - The article text.
 * @param options - As for {@link findQuotes}; `quotes` to reuse a result.
 * @returns Segments in text order.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { splitQuotes } from 'article-lens';
 * const text = 'Er sagte, es seien Gespräche geplant. „Das ist gut“, so Peskow.';
 * const segments = splitQuotes(text);
 * segments.map((segment) => segment.text).join('') === text; // true
 * segments.map((segment) => segment.kind); // ['narration', 'narration', 'quote', 'narration']
 * segments[0]?.reported; // true
 * segments[2]?.speaker?.text; // 'Peskow'
 * ```
 */
export function splitQuotes(text: string, options?: SplitQuotesOptions): QuoteSegment[] {
  assertString(text, 'text', 'splitQuotes');
  const checked = checkOptions(options, 'splitQuotes') as SplitQuotesOptions;
  if (text === '') return [];
  const analysis = analyzeQuotes(text, checked);
  const quotes = (checked.quotes ?? analysis.quotes).filter((quote) => quote.end <= text.length);
  const reported = reportedSentences(analysis);
  const segments: QuoteSegment[] = [];
  let reportedIndex = 0;
  const pushNarration = (from: number, to: number): void => {
    let position = from;
    while (position < to) {
      while (reportedIndex < reported.length && reported[reportedIndex]!.end <= position) reportedIndex++;
      const sentence = reported[reportedIndex];
      if (sentence === undefined || sentence.start >= to) {
        segments.push({ kind: 'narration', start: position, end: to, text: text.slice(position, to) });
        return;
      }
      if (sentence.start > position) {
        segments.push({ kind: 'narration', start: position, end: sentence.start, text: text.slice(position, sentence.start) });
        position = sentence.start;
        continue;
      }
      const end = Math.min(sentence.end, to);
      segments.push({ kind: 'narration', start: position, end, text: text.slice(position, end), reported: true, speaker: sentence.speaker });
      position = end;
    }
  };
  let cursor = 0;
  for (const quote of quotes) {
    if (quote.start < cursor) continue;
    if (quote.start > cursor) pushNarration(cursor, quote.start);
    segments.push({ kind: 'quote', start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end), quote, speaker: quote.speaker });
    cursor = quote.end;
  }
  if (cursor < text.length) pushNarration(cursor, text.length);
  return segments;
}
