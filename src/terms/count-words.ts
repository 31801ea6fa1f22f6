import type { LanguageCode, Span } from '../shared/span.js';
import type { CountOptions } from './count-options.js';
import { TermCounter, resolveCountOptions } from './counter.js';
import { detectTermsLanguage } from './detect.js';
import { languageProfile } from './profile.js';
import { scanTokens, type TokenSink } from './scanner.js';
import type { TermFrequencies } from './term-frequencies.js';
import { KIND_WORD } from './token-kinds.js';

/** How many word tokens a text has, and how many of them lie inside given spans. */
export interface WordCount {
  /** Tokens of kind `'word'` ({@link tokenize}'s). */
  words: number;
  /** Of those, the tokens lying wholly inside one of the spans. */
  inside: number;
}

/**
 * Counts word tokens as a scan reports them (in text order), walking sorted
 * spans alongside: a token counts as inside when it lies wholly within the
 * first span that does not end before it starts.
 */
export class WordTally implements WordCount {
  words = 0;
  inside = 0;
  private next = 0;

  /** @param spans - Spans of the text, sorted by start, not overlapping. */
  constructor(private readonly spans: readonly Span[]) {}

  /** Counts the word token [start, end). */
  add(start: number, end: number): void {
    this.words++;
    const spans = this.spans;
    while (this.next < spans.length && (spans[this.next] as Span).end <= start) this.next++;
    const span = spans[this.next];
    if (span !== undefined && start >= span.start && end <= span.end) this.inside++;
  }
}

/** A scan's sink that only tallies the word tokens. */
class WordTallySink implements TokenSink {
  constructor(private readonly tally: WordTally) {}
  token(kind: number, start: number, end: number): void {
    if (kind === KIND_WORD) this.tally.add(start, end);
  }
}

/**
 * The number of `'word'` tokens {@link tokenize} would return for `text`, and
 * how many of them lie wholly inside one of `spans` (sorted by start, not
 * overlapping), without making the tokens.
 *
 * @internal Used by `analyzeArticle`.
 * @param text - The text.
 * @param language - Its language code; detected as {@link tokenize} does when undefined.
 * @param spans - Spans of `text` (e.g. quote contents), sorted by start.
 */
export function countWordTokens(text: string, language: LanguageCode | undefined, spans: readonly Span[] = []): WordCount {
  const tally = new WordTally(spans);
  scanTokens(text, languageProfile(language ?? detectTermsLanguage(text)), new WordTallySink(tally));
  return { words: tally.words, inside: tally.inside };
}

/**
 * {@link termFrequencies} of one text and, from the same scan, its
 * {@link countWordTokens} word statistics: one tokenisation for both.
 * `options.language` must be set (the words are those of that language's
 * tokenizer).
 *
 * @internal Used by `analyzeArticle`.
 * @param text - The text.
 * @param options - Counting options, as for {@link termFrequencies}.
 * @param spans - Spans of `text` (e.g. quote contents), sorted by start.
 * @param fn - The public function's name, for error messages.
 */
export function countTermsAndWords(
  text: string,
  options: CountOptions & { language: string },
  spans: readonly Span[],
  fn: string,
): { counts: TermFrequencies; words: WordCount } {
  const counter = new TermCounter(resolveCountOptions(options, fn));
  const tally = new WordTally(spans);
  counter.countText(text, undefined, tally);
  return { counts: counter.result(), words: { words: tally.words, inside: tally.inside } };
}
