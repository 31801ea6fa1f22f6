import { assertString } from '../shared/assert.js';
import { toLanguageCode } from '../shared/language-codes.js';
import type { LanguageCode, TextSpan } from '../shared/span.js';
import { cleanArticle, type CleanResult } from '../clean/index.js';
import { detectLanguage, findForeignFragments, type ForeignFragment, type LanguageGuess } from '../language/index.js';
import { splitQuotes, type Quote, type QuoteCue, type QuoteSegment, type QuoteSpeaker } from '../quotes/index.js';
import { termFrequencies, type CountOptions, type TermFrequencies } from '../terms/index.js';
import { countTermsAndWords, countWordTokens, type WordCount } from '../terms/count-words.js';
import { CleanedToOriginal } from './offset-map.js';
import { uncleaned } from './uncleaned.js';
import { voteLanguage } from './vote-language.js';
import { attachJupyterDisplay } from './jupyter.js';
import type { AnalyzeArticleOptions, ArticleReport, ArticleStats, TermsSummary } from './types.js';

const DEFAULT_TOP = 20;

function assertOptions(options: unknown): asserts options is AnalyzeArticleOptions {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError('analyzeArticle: argument `options` must be an object');
  }
  const { top, language } = options as AnalyzeArticleOptions;
  if (top !== undefined && !(Number.isInteger(top) && top >= 0)) {
    throw new TypeError('analyzeArticle: option `top` must be a non-negative integer');
  }
  const clean = (options as AnalyzeArticleOptions).clean;
  if (clean !== undefined && clean !== false && (typeof clean !== 'object' || clean === null)) {
    throw new TypeError('analyzeArticle: option `clean` must be an object of cleaning options or false');
  }
  if (language !== undefined && typeof language !== 'string') {
    throw new TypeError('analyzeArticle: option `language` must be a string');
  }
}

/** Maps a span found in the cleaned text to the original, text included. */
function mapSpan<T extends TextSpan>(span: T, map: CleanedToOriginal, original: string): T {
  const start = map.start(span.start);
  const end = Math.max(start, map.end(span.end));
  return { ...span, start, end, text: original.slice(start, end) };
}

function mapSpeaker(speaker: QuoteSpeaker | null, map: CleanedToOriginal, original: string): QuoteSpeaker | null {
  if (speaker === null) return null;
  return {
    ...mapSpan(speaker, map, original),
    head: mapSpan(speaker.head, map, original),
    mention: speaker.mention === null ? null : mapSpan(speaker.mention, map, original),
  };
}

function mapCue(cue: QuoteCue | null, map: CleanedToOriginal, original: string): QuoteCue | null {
  if (cue === null) return null;
  return { ...mapSpan(cue, map, original), parts: cue.parts.map((part) => mapSpan(part, map, original)) };
}

function mapQuote(quote: Quote, map: CleanedToOriginal, original: string): Quote {
  const start = map.start(quote.start);
  const contentStart = map.start(quote.contentStart);
  const contentEnd = Math.max(contentStart, map.end(quote.contentEnd));
  return {
    ...quote,
    start,
    end: Math.max(start, map.end(quote.end)),
    contentStart,
    contentEnd,
    text: original.slice(contentStart, contentEnd),
    speaker: mapSpeaker(quote.speaker, map, original),
    cue: mapCue(quote.cue, map, original),
    nested: quote.nested.map((inner) => mapQuote(inner, map, original)),
  };
}

/**
 * Cuts the segments (which tile the cleaned text) at the kept blocks' edges
 * and maps each piece back, so the result tiles every kept block of the
 * original exactly and never covers the blank lines or dropped blocks between.
 */
function mapSegments(
  segments: readonly QuoteSegment[],
  quotes: ReadonlyMap<Quote, Quote>,
  map: CleanedToOriginal,
  original: string,
): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let index = 0;
  for (const block of map.blocks) {
    while (index < segments.length && (segments[index] as QuoteSegment).end <= block.cleanedStart) index++;
    for (let i = index; i < segments.length; i++) {
      const segment = segments[i] as QuoteSegment;
      if (segment.start >= block.cleanedEnd) break;
      const from = Math.max(segment.start, block.cleanedStart);
      const to = Math.min(segment.end, block.cleanedEnd);
      if (from >= to) continue;
      const start = map.start(from);
      const end = Math.max(start, map.end(to));
      const piece: QuoteSegment = { ...segment, start, end, text: original.slice(start, end) };
      if (segment.quote !== undefined) {
        const mappedQuote = quotes.get(segment.quote);
        if (mappedQuote !== undefined) piece.quote = mappedQuote;
        else piece.quote = mapQuote(segment.quote, map, original);
      }
      if (segment.speaker !== undefined) piece.speaker = mapSpeaker(segment.speaker, map, original);
      out.push(piece);
    }
  }
  return out;
}

/** The language `options.tokenize` asks the word statistics for, if any. */
function wordLanguageOption(options: AnalyzeArticleOptions): LanguageCode | undefined {
  return options.tokenize?.language === undefined ? undefined : toLanguageCode(options.tokenize.language);
}

/**
 * The term counts and the word statistics (words, and words inside speech
 * quotes' contents): from one scan when the words are those of the counting
 * language, else (an undetermined main language) from two.
 */
function countTermsAndWordStats(
  cleaned: string,
  countOptions: CountOptions & { language: string },
  wordLanguage: LanguageCode | undefined,
  cleanedQuotes: readonly Quote[],
): { counts: TermFrequencies; wordCount: WordCount } {
  const quoteContents = cleanedQuotes
    .filter((quote) => quote.role === 'speech')
    .map((quote) => ({ start: quote.contentStart, end: quote.contentEnd }));
  if (wordLanguage === countOptions.language) {
    const { counts, words } = countTermsAndWords(cleaned, countOptions, quoteContents, 'analyzeArticle');
    return { counts, wordCount: words };
  }
  return { counts: termFrequencies(cleaned, countOptions), wordCount: countWordTokens(cleaned, wordLanguage, quoteContents) };
}

function tally(keys: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function buildStats(
  original: string,
  clean: CleanResult,
  wordCount: WordCount,
  quotes: readonly Quote[],
  segments: readonly QuoteSegment[],
  fragments: readonly ForeignFragment[],
): ArticleStats {
  const dropped = clean.blocks.filter((block) => block.kind === 'boilerplate');
  const { words, inside: quotedWords } = wordCount;
  const speakers = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.head.text] : [])));
  return {
    chars: original.length,
    cleanChars: clean.text.length,
    words,
    quotedWords,
    quoteShare: words === 0 ? 0 : Math.round((quotedWords / words) * 10_000) / 10_000,
    blocks: clean.blocks.length,
    blocksKept: clean.blocks.length - dropped.length,
    blocksDropped: dropped.length,
    dropped: tally(dropped.map((block) => block.reason ?? 'boilerplate')),
    quotes: quotes.length,
    quotesWithSpeaker: quotes.filter((quote) => quote.speaker !== null).length,
    speakers: speakers.size,
    reportedSegments: segments.filter((segment) => segment.reported === true).length,
    fragments: fragments.length,
    fragmentLanguages: tally(fragments.map((fragment) => fragment.lang)),
    repairs: clean.repairs.length,
  };
}

/**
 * Analyses one article in a single call: cleans the boilerplate, detects the
 * language, finds foreign-language fragments and quotes (with speaker and cue
 * verb) in the kept text, splits quotes from narration and counts terms.
 *
 * Each stage runs once, on the cleaned text, and shares what it can: the
 * term counts and the word statistics scan the text without making token
 * objects; one quote analysis gives both the quotes and the segments; the
 * language is decided once and handed to every stage. The language is the
 * winner of a function-word vote over the article's words when the vote is
 * clear (German and English articles, nearly always), and franc's
 * ({@link detectLanguage}) otherwise or when `detect` options are given.
 * Every span of the result is then mapped back to the ORIGINAL text
 * (`original.slice(start, end) === text` for every span), so the report can
 * be laid over the page as it was scraped. The result is plain
 * JSON-serialisable data; in a Deno Jupyter notebook it displays itself as
 * the HTML view ({@link renderHTMLFragment}).
 *
 * @param text - The article as scraped (plain text, blocks on lines).
 * @param options - Language, number of top terms, stopwords, stemming, and
 *   options passed through to each stage.
 * @returns The {@link ArticleReport}; an empty text gives an empty report.
 * @throws TypeError when `text` is not a string or `options` not an object.
 *
 * @example
 * ```ts
 * import { analyzeArticle } from 'article-lens';
 *
 * const text = [
 *   'Russland und die USA wollen ihre Botschaften wieder besetzen',
 *   '',
 *   'Die Delegationen beider Länder trafen sich am Dienstag im Diriyah-Palast in Riad, um über ihre diplomatischen Beziehungen zu sprechen.',
 *   '',
 *   '"Wir werden lebendige diplomatische Missionen benötigen", erklärte Rubio nach dem Treffen.',
 *   '',
 *   'Archiviert unter:',
 * ].join('\n');
 * const report = analyzeArticle(text, { top: 5 });
 * report.quotes[0]?.speaker?.text; // 'Rubio'
 * report.stats.blocksDropped; // 1
 * const quote = report.quotes[0]!;
 * text.slice(quote.contentStart, quote.contentEnd); // 'Wir werden lebendige diplomatische Missionen benötigen'
 * ```
 */
export function analyzeArticle(text: string, options?: AnalyzeArticleOptions): ArticleReport {
  assertString(text, 'text', 'analyzeArticle');
  assertOptions(options);
  const opts = options ?? {};
  const top = opts.top ?? DEFAULT_TOP;
  const stopwords = opts.stopwords ?? opts.terms?.stopwords ?? true;
  const stem = opts.stem ?? opts.terms?.stem ?? false;
  const given = opts.language === undefined ? undefined : toLanguageCode(opts.language);

  const clean: CleanResult =
    opts.clean === false
      ? uncleaned(text, given ?? 'und')
      : cleanArticle(text, { ...opts.clean, ...(given === undefined ? {} : { language: given }) });

  const guessed = given ?? (clean.language === 'und' ? undefined : clean.language);
  let language: LanguageGuess;
  if (given !== undefined) language = { lang: given, confidence: 1, alternatives: [] };
  else language = (opts.detect === undefined ? voteLanguage(clean.text) : undefined) ?? detectLanguage(clean.text, opts.detect);
  const main = language.lang === 'und' ? (guessed ?? 'und') : language.lang;
  if (opts.clean === false) clean.language = main;
  const tokenLanguage = main !== 'und' ? main : guessed;

  const cleanedFragments = findForeignFragments(clean.text, { ...opts.fragments, mainLanguage: main });
  // one quote analysis: the quote segments carry the quotes findQuotes would return
  const cleanedSegments = splitQuotes(clean.text, { ...opts.quotes, language: main });
  const cleanedQuotes = cleanedSegments.flatMap((segment) =>
    segment.quote !== undefined && (opts.quotes?.includeNonSpeech !== false || segment.quote.role === 'speech') ? [segment.quote] : [],
  );
  const countOptions: CountOptions & { language: string } = { ...opts.terms, language: main, stopwords, stem };
  if ((opts.terms?.from ?? 'all') !== 'all' && opts.terms?.segments === undefined) countOptions.segments = cleanedSegments;
  const { counts, wordCount } = countTermsAndWordStats(clean.text, countOptions, tokenLanguage ?? wordLanguageOption(opts), cleanedQuotes);

  const map = new CleanedToOriginal(clean);
  const quoteMap = new Map<Quote, Quote>();
  const quotes = cleanedQuotes.map((quote) => {
    const mapped = mapQuote(quote, map, text);
    quoteMap.set(quote, mapped);
    return mapped;
  });
  const fragments = cleanedFragments.map((fragment) => mapSpan(fragment, map, text));
  const segments = mapSegments(cleanedSegments, quoteMap, map, text);

  const terms: TermsSummary = {
    language: main,
    stopwords: counts.settings.stopwords !== 'none',
    stem,
    total: counts.total,
    unique: counts.size,
    top: counts.top(top).map(([term, count]) => ({ term, count })),
  };
  if (opts.termCounts === true) terms.counts = counts.toJSON();
  const report: ArticleReport = {
    language,
    clean,
    fragments,
    quotes,
    segments,
    terms,
    stats: buildStats(text, clean, wordCount, quotes, segments, fragments),
  };
  return attachJupyterDisplay(report);
}
