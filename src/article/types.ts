import type { LanguageCode } from '../shared/span.js';
import type { CleanOptions, CleanResult } from '../clean/index.js';
import type { DetectLanguageOptions, FindForeignFragmentsOptions, ForeignFragment, LanguageGuess } from '../language/index.js';
import type { FindQuotesOptions, Quote, QuoteSegment } from '../quotes/index.js';
import type { CountOptions, TermFrequenciesJSON, TokenizeOptions } from '../terms/index.js';

/**
 * One term and how often it occurs, as listed in {@link TermsSummary.top}.
 *
 * @example
 * ```ts
 * import type { TermCount } from 'article-lens';
 * const row: TermCount = { term: 'ukraine', count: 16 };
 * ```
 */
export interface TermCount {
  /** The counted term (normalised: lower-cased, stemmed when `stem` is on). */
  term: string;
  /** Occurrences in the article's cleaned text. */
  count: number;
}

/**
 * The term counts of an article, as plain data ({@link ArticleReport.terms}).
 *
 * @example
 * ```ts
 * import { analyzeArticle } from 'article-lens';
 * const { terms } = analyzeArticle('Die Ukraine und die USA. Die Ukraine verhandelt.', { clean: false });
 * terms.top[0]; // { term: 'ukraine', count: 2 }
 * terms.total; // 4
 * ```
 */
export interface TermsSummary {
  /** Language whose stopwords and stemmer were used. */
  language: LanguageCode;
  /** Whether stopwords were removed. */
  stopwords: boolean;
  /** Whether terms are stems. */
  stem: boolean;
  /** Counted term occurrences (after stopword removal). */
  total: number;
  /** Distinct terms. */
  unique: number;
  /** The most frequent terms, most frequent first; at most `top` of them. */
  top: TermCount[];
  /**
   * Every count, as {@link TermFrequencies.toJSON} gives it, when the
   * `termCounts` option is on: rebuild with {@link TermFrequencies.fromJSON}
   * and merge the counts of many articles exactly.
   */
  counts?: TermFrequenciesJSON;
}

/**
 * Deterministic counts describing an article ({@link ArticleReport.stats}).
 * No timings, so two runs over the same text give equal reports.
 *
 * @example
 * ```ts
 * import { analyzeArticle } from 'article-lens';
 * const { stats } = analyzeArticle('„Wir verhandeln“, sagte Rubio.', { clean: false });
 * stats.quotes; // 1
 * stats.quotedWords; // 2
 * ```
 */
export interface ArticleStats {
  /** Length of the original text in UTF-16 code units. */
  chars: number;
  /** Length of the cleaned text in UTF-16 code units. */
  cleanChars: number;
  /** Word tokens in the cleaned text. */
  words: number;
  /** Word tokens inside quotes (between the marks). */
  quotedWords: number;
  /** `quotedWords / words`, 0 when there are no words; rounded to 4 decimals. */
  quoteShare: number;
  /** Non-blank blocks of the original text. */
  blocks: number;
  /** Blocks kept as title, heading or content. */
  blocksKept: number;
  /** Blocks dropped as boilerplate. */
  blocksDropped: number;
  /** Dropped blocks per reason, e.g. `{ caption: 1, byline: 1 }`. */
  dropped: Record<string, number>;
  /** Quotes found (top level; nested quotes are inside them). */
  quotes: number;
  /** Quotes with a speaker. */
  quotesWithSpeaker: number;
  /** Distinct speakers, by their text. */
  speakers: number;
  /** Narration segments marked as reported (indirect) speech. */
  reportedSegments: number;
  /** Foreign-language fragments found. */
  fragments: number;
  /** Fragments per language, e.g. `{ spa: 2 }`. */
  fragmentLanguages: Record<string, number>;
  /** Sentence repairs made while cleaning. */
  repairs: number;
}

/**
 * Everything {@link analyzeArticle} found in one article. Plain,
 * JSON-serialisable data: every span (`start`/`end`, also `contentStart`/
 * `contentEnd` and the spans of speakers and cues) is a UTF-16 index into the
 * ORIGINAL text passed to {@link analyzeArticle}, end exclusive, and every
 * `text` equals `original.slice(start, end)`.
 *
 * In a Deno Jupyter notebook a report displays itself as the
 * {@link renderHTMLFragment} view (through a non-enumerable
 * `Symbol.for('Jupyter.display')` method that `JSON.stringify` ignores).
 *
 * @example
 * ```ts
 * import { analyzeArticle, type ArticleReport } from 'article-lens';
 * const report: ArticleReport = analyzeArticle('„Wir verhandeln“, sagte Rubio in Riad.', { clean: false });
 * report.quotes[0]?.speaker?.text; // 'Rubio'
 * JSON.stringify(JSON.parse(JSON.stringify(report))) === JSON.stringify(report); // true
 * ```
 */
export interface ArticleReport {
  /**
   * The article's language: the winner of a function-word vote over its
   * words (`confidence` is the winner's share of the votes) when the vote is
   * clear, else franc's guess from {@link detectLanguage}; as given, with
   * confidence 1, when the `language` option is set.
   */
  language: LanguageGuess;
  /** The cleaning result: cleaned text, title, every block with its decision, repairs. */
  clean: CleanResult;
  /** Foreign-language fragments inside kept blocks. */
  fragments: ForeignFragment[];
  /** Quotes inside kept blocks, with speaker and cue. */
  quotes: Quote[];
  /**
   * Quote and narration segments tiling every kept block exactly (a segment
   * never crosses a block), in order.
   */
  segments: QuoteSegment[];
  /** Term counts of the cleaned text. */
  terms: TermsSummary;
  /** Counts describing the article. */
  stats: ArticleStats;
}

/**
 * Options of {@link analyzeArticle}. The top-level options apply to every
 * stage; the per-stage objects are passed through to the capability's own
 * function (a top-level option wins over the same option in a stage object
 * only for `language`).
 *
 * @example
 * ```ts
 * import { analyzeArticle, type AnalyzeArticleOptions } from 'article-lens';
 * const options: AnalyzeArticleOptions = { language: 'de', top: 5, stem: true, clean: false };
 * analyzeArticle('Russland und Russlands Nachbarn.', options).terms.top[0]; // { term: 'russland', count: 2 }
 * ```
 */
export interface AnalyzeArticleOptions {
  /** Language of the article (`'de'`, `'deu'`, …); detected when absent. */
  language?: string;
  /** How many top terms to list in {@link TermsSummary.top}. Default 20. */
  top?: number;
  /** Remove stopwords before counting terms (`true`, the default, uses the curated list of the language). */
  stopwords?: boolean;
  /** Count stems instead of words. Default `false`. */
  stem?: boolean;
  /**
   * Passed to {@link cleanArticle}; `false` skips cleaning for text that is
   * already clean: every non-blank line is then a content block and the
   * report's `clean.text` is the text itself.
   */
  clean?: CleanOptions | false;
  /** Passed to {@link detectLanguage}; when given, franc decides the language (no function-word vote). */
  detect?: DetectLanguageOptions;
  /** Passed to {@link findForeignFragments}. */
  fragments?: FindForeignFragmentsOptions;
  /** Passed to {@link splitQuotes}, which finds the quotes (as {@link findQuotes} does) and splits the text. */
  quotes?: FindQuotesOptions;
  /** Passed to {@link tokenize}. */
  tokenize?: TokenizeOptions;
  /**
   * Passed to the term counting ({@link countTokens}, as for
   * {@link termFrequencies}): `ngrams`, `minLength`, `kinds`, `lowercase`,
   * `from`… The top-level `language`, `stopwords` and `stem` take precedence.
   */
  terms?: CountOptions;
  /** Put every term count into the report ({@link TermsSummary.counts}), for merging across articles. Default `false`. */
  termCounts?: boolean;
}
