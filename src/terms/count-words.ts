import type { LanguageCode, Span } from '../shared/span.js';
import { detectTermsLanguage } from './detect.js';
import { languageProfile } from './profile.js';
import { scanTokens, type TokenSink } from './scanner.js';
import { KIND_WORD } from './token-kinds.js';

/** How many word tokens a text has, and how many of them lie inside given spans. */
export interface WordCount {
  /** Tokens of kind `'word'` ({@link tokenize}'s). */
  words: number;
  /** Of those, the tokens lying wholly inside one of the spans. */
  inside: number;
}

/** Counts word tokens as the scanner reports them, walking the sorted spans alongside. */
class WordCounter implements TokenSink {
  words = 0;
  inside = 0;
  private next = 0;
  constructor(private readonly spans: readonly Span[]) {}
  token(kind: number, start: number, end: number): void {
    if (kind !== KIND_WORD) return;
    this.words++;
    const spans = this.spans;
    while (this.next < spans.length && (spans[this.next] as Span).end <= start) this.next++;
    const span = spans[this.next];
    if (span !== undefined && start >= span.start && end <= span.end) this.inside++;
  }
}

/**
 * The number of `'word'` tokens {@link tokenize} would return for `text`, and
 * how many of them lie wholly inside one of `spans` (sorted by start, not
 * overlapping), without making the tokens. For word statistics such as the
 * share of an article's words inside quotes.
 *
 * @internal Used by `analyzeArticle`.
 * @param text - The text.
 * @param language - Its language code; detected as {@link tokenize} does when undefined.
 * @param spans - Spans of `text` (e.g. quote contents), sorted by start.
 */
export function countWordTokens(text: string, language: LanguageCode | undefined, spans: readonly Span[] = []): WordCount {
  const counter = new WordCounter(spans);
  scanTokens(text, languageProfile(language ?? detectTermsLanguage(text)), counter);
  return { words: counter.words, inside: counter.inside };
}
