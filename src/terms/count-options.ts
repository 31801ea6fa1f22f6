import type { Span } from '../shared/span.js';
import type { TokenKind } from './types.js';

/**
 * A piece of text marked as quote or narration, the shape `splitQuotes`
 * returns (its segments can be passed as they are). Used by the `from`
 * option of the term counters.
 *
 * @example
 * ```ts
 * import { termFrequencies, type TermSegment } from 'article-lens';
 * const text = 'Lawrow sagte: „Die USA lügen.“';
 * const segments: TermSegment[] = [
 *   { kind: 'narration', start: 0, end: 14 },
 *   { kind: 'quote', start: 14, end: 30 },
 * ];
 * termFrequencies(text, { language: 'de', from: 'quotes', segments }).top();
 * // [['lügen', 1], ['usa', 1]]
 * ```
 */
export interface TermSegment extends Span {
  /** Whether the segment is quoted speech (marks included) or narration. */
  kind: 'quote' | 'narration';
}

/**
 * Options of {@link termFrequencies}, {@link countTokens},
 * {@link countTermsStream} and {@link createCorpus}.
 *
 * @example
 * ```ts
 * import { termFrequencies, type CountOptions } from 'article-lens';
 * const options: CountOptions = { language: 'de', stem: true, ngrams: [1, 2], minLength: 3 };
 * termFrequencies('Russland und Russlands Nachbarn', options).get('russland'); // 2
 * ```
 */
export interface CountOptions {
  /**
   * Language of the texts (`'de'`/`'deu'`, `'en'`, `'es'`, `'fr'`, …):
   * decides abbreviations, stopwords and stemmer. When absent it is
   * detected per text by a stopword vote among the languages with data
   * (German, English, Spanish, French); an undetermined text (`'und'`) or a
   * language without data is tokenized generically with no stopwords and no
   * stemming.
   */
  language?: string;
  /** Lower-case terms (default `true`). Stopwords are matched case-insensitively either way. */
  lowercase?: boolean;
  /**
   * `true` (default): drop the language's curated function words
   * (articles, pronouns, prepositions, conjunctions, auxiliaries,
   * particles; news words such as "jahr", "zeit" or "menschen" stay).
   * `false`: keep everything. An iterable of words: drop exactly those
   * (case-insensitive), instead of the curated list; see {@link stopwordList}.
   */
  stopwords?: boolean | Iterable<string>;
  /**
   * Reduce words to their Snowball stems (natural's German, English, Spanish
   * and French stemmers; German keeps umlauts, turns ß into ss). Stems are
   * lower-case. Hyphenated compounds are stemmed on their last part
   * ("ukraine-konflikts" → "ukraine-konflikt"). A part longer than 100
   * code units (no word is; scraper debris can be) is kept as it is, so
   * stemming stays linear on hostile text. Default `false`.
   */
  stem?: boolean;
  /**
   * N-gram orders to count, e.g. `2` or `[1, 2]` (default `[1]`). An n-gram
   * is n counted terms in a row: it never spans a token that is not counted
   * (punctuation of any kind, a stopword, a number, a too-short word) nor a
   * line break, so n-grams stay inside a clause and never bridge a removed
   * stopword ("Kauf von Aktien" yields no bigram when "von" is a stopword).
   * Words are joined by one space.
   */
  ngrams?: number | readonly number[];
  /** Minimum length of a term in UTF-16 code units, before stemming (default 2). */
  minLength?: number;
  /**
   * Token kinds counted as terms (default `['word', 'abbreviation',
   * 'hashtag', 'handle']`; add `'number'` and `'ordinal'` to count numbers).
   */
  kinds?: readonly TokenKind[];
  /**
   * Which part of the text to count: `'all'` (default), only the quotes
   * (`'quotes'`) or only the narration (`'narration'`). A token belongs to
   * the segment its first character is in. The segments come from
   * `segments`, or by default from the quotes capability's `splitQuotes`
   * (told the text's language; all quote roles count as quotes).
   */
  from?: 'all' | 'narration' | 'quotes';
  /**
   * The quote/narration segments for `from`, instead of `splitQuotes`: an
   * array (for one text) or a function from a text to its segments (for
   * several texts and streams), e.g. segments an earlier stage already made.
   */
  segments?: readonly TermSegment[] | ((text: string) => readonly TermSegment[]);
}
