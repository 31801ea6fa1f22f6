/**
 * The counting engine shared by termFrequencies, countTokens,
 * countTermsStream and the corpus: options resolved once, then tokens fed
 * straight from the scanner into a {@link TermTable} without building token
 * objects or slicing a string for a word seen before.
 */
import { splitQuotes } from '../quotes/index.js';
import type { LanguageCode } from '../shared/span.js';
import { detectTermsLanguage } from './detect.js';
import { assertOptions, resolveLanguageOption } from './options.js';
import { languageProfile } from './profile.js';
import { scanTokens, type TokenSink } from './scanner.js';
import { detach, stemmerFor } from './stemmers.js';
import { TermFrequencies, type TermSettings } from './term-frequencies.js';
import type { CountOptions, TermSegment } from './count-options.js';
import {
  FLAG_STOP,
  NEEDS_STRING,
  acquireTable,
  identityFoldTable,
  lowerFoldTable,
  releaseTable,
  type FoldTable,
  type TermTable,
} from './term-table.js';
import { kindCode } from './token-kinds.js';
import type { Token, TokenKind } from './types.js';

const DEFAULT_KINDS: TokenKind[] = ['word', 'abbreviation', 'hashtag', 'handle'];
const ALL_KINDS: ReadonlySet<string> = new Set(['word', 'abbreviation', 'number', 'ordinal', 'punctuation', 'url', 'email', 'handle', 'hashtag', 'symbol']);
const MAX_NGRAM = 8;

export type SegmentSource = readonly TermSegment[] | ((text: string) => readonly TermSegment[]);

export interface ResolvedCountOptions {
  settings: TermSettings;
  language: LanguageCode | undefined;
  customStopwords: ReadonlySet<string> | undefined;
  segments: SegmentSource | undefined;
}

/** Validates the counting options; throws TypeError/RangeError naming the option. */
export function resolveCountOptions(options: CountOptions | undefined, fn: string): ResolvedCountOptions {
  assertOptions(options, fn);
  const language = resolveLanguageOption(options, fn);
  const o: CountOptions = options ?? {};
  const bool = (name: 'lowercase' | 'stem', fallback: boolean): boolean => {
    const value = o[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') throw new TypeError(`${fn}: option \`${name}\` must be a boolean`);
    return value;
  };
  const lowercase = bool('lowercase', true);
  const stem = bool('stem', false);

  let stopwords: TermSettings['stopwords'] = 'default';
  let customStopwords: Set<string> | undefined;
  if (o.stopwords === false) stopwords = 'none';
  else if (o.stopwords !== undefined && o.stopwords !== true) {
    const list = o.stopwords as unknown;
    if (typeof list === 'string' || list === null || typeof list !== 'object' || !(Symbol.iterator in list)) {
      throw new TypeError(`${fn}: option \`stopwords\` must be a boolean or an iterable of words`);
    }
    customStopwords = new Set();
    for (const word of list as Iterable<unknown>) {
      if (typeof word !== 'string') throw new TypeError(`${fn}: option \`stopwords\` must contain only strings`);
      customStopwords.add(word.toLowerCase().replace(/[’ʼ]/g, "'"));
    }
    stopwords = 'custom';
  }

  let ngrams: number[] = [1];
  if (o.ngrams !== undefined) {
    const raw: unknown = o.ngrams;
    const list: unknown[] = typeof raw === 'number' ? [raw] : Array.isArray(raw) ? raw : [undefined];
    if (list.length === 0 || !list.every((n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_NGRAM)) {
      throw new RangeError(`${fn}: option \`ngrams\` must be an integer from 1 to ${MAX_NGRAM} or a non-empty array of them`);
    }
    ngrams = [...new Set(list as number[])].sort((a, b) => a - b);
  }

  let minLength = 2;
  if (o.minLength !== undefined) {
    if (!Number.isInteger(o.minLength) || o.minLength < 0) throw new RangeError(`${fn}: option \`minLength\` must be a non-negative integer`);
    minLength = o.minLength;
  }

  let kinds = [...DEFAULT_KINDS].sort();
  if (o.kinds !== undefined) {
    const raw: unknown = o.kinds;
    if (!Array.isArray(raw) || !raw.every((k) => typeof k === 'string' && ALL_KINDS.has(k))) {
      throw new TypeError(`${fn}: option \`kinds\` must be an array of token kinds`);
    }
    kinds = [...new Set(raw as TokenKind[])].sort();
  }

  const from = o.from ?? 'all';
  if (from !== 'all' && from !== 'narration' && from !== 'quotes') {
    throw new RangeError(`${fn}: option \`from\` must be 'all', 'narration' or 'quotes'`);
  }
  const segments = o.segments;
  if (segments !== undefined && typeof segments !== 'function' && !Array.isArray(segments)) {
    throw new TypeError(`${fn}: option \`segments\` must be an array of segments or a function returning them`);
  }
  return {
    settings: { language: language ?? null, lowercase, stopwords, stem, ngrams, minLength, kinds: [...kinds], from },
    language,
    customStopwords,
    segments,
  };
}

const QUOTE_LANGUAGES: ReadonlySet<string> = new Set(['deu', 'eng', 'spa', 'fra']);

/** The quotes capability's segmentation, told the language when it has data for it. */
function defaultSegments(language: LanguageCode): (text: string) => readonly TermSegment[] {
  return (text) => splitQuotes(text, QUOTE_LANGUAGES.has(language) ? { language } : undefined);
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A mutable accumulator of term counts over any number of texts.
 *
 * Every token's surface form (its text after lower-casing) is an entry of
 * a {@link TermTable}, looked up straight from the text. The first time a
 * surface is seen (per language) it is resolved: stopword or not, and the
 * entry its count goes to (itself, or its stem's entry when stemming). A
 * word seen before then costs one table lookup and an increment.
 */
export class TermCounter implements TokenSink {
  total = 0;
  documents = 0;
  readonly languages = new Map<LanguageCode, number>();

  private readonly lowercase: boolean;
  private readonly minLength: number;
  /** Bit `1 << code` set for each token kind counted. */
  private readonly kindMask: number;
  private readonly unigrams: boolean;
  private readonly higher: readonly number[];
  private readonly windowSize: number;
  private readonly fold: FoldTable;
  private table: TermTable = acquireTable();
  /** Surfaces resolved under another language or stopword list need resolving again. */
  private generation = 0;
  private generationKey: string | undefined;

  // per text
  private text = '';
  /** The text lower-cased, made on first need; undefined when lower-casing changed its length. */
  private lowered: string | undefined;
  private loweredMade = false;
  private stopwords: ReadonlySet<string> = NO_WORDS;
  private stem: ((word: string) => string) | undefined;
  /** Entries of the last terms, for n-grams. */
  private window: number[] = [];
  private lastEnd = 0;
  private allowed: { start: number; end: number }[] | undefined;
  private segmentIndex = 0;

  constructor(readonly options: ResolvedCountOptions) {
    const { settings } = options;
    this.lowercase = settings.lowercase;
    this.minLength = settings.minLength;
    let kindMask = 0;
    for (const kind of settings.kinds) kindMask |= 1 << kindCode(kind);
    this.kindMask = kindMask;
    this.unigrams = settings.ngrams.includes(1);
    this.higher = settings.ngrams.filter((n) => n > 1);
    this.windowSize = Math.max(0, ...settings.ngrams) - 1;
    this.fold = settings.lowercase ? lowerFoldTable() : identityFoldTable();
  }

  /** Counts one text. */
  countText(text: string, segments?: SegmentSource): void {
    const language = this.options.language ?? detectTermsLanguage(text);
    this.begin(text, language, segments);
    scanTokens(text, languageProfile(language), this);
    this.end();
  }

  /** Counts pre-computed tokens of one text; `text` (optional) lets n-grams stop at line breaks. */
  countTokens(tokens: readonly Token[], language: LanguageCode, text: string | undefined, segments?: SegmentSource): void {
    this.begin(text ?? '', language, segments);
    for (const token of tokens) {
      if ((this.kindMask & (1 << kindCode(token.kind))) === 0) {
        this.window.length = 0;
        continue;
      }
      this.countString(token.start, token.end, this.lowercase ? token.normalized.toLowerCase() : token.normalized);
    }
    this.end();
  }

  /**
   * The counts as an immutable {@link TermFrequencies}. The counter must not
   * be used afterwards.
   */
  result(): TermFrequencies {
    const table = this.table;
    const counts = new Map<string, number>();
    const { order, counts: tallies, terms } = table;
    for (let k = 0; k < table.orderLength; k++) {
      const id = order[k] ?? 0;
      const count = tallies[id] ?? 0;
      const term = terms[id];
      if (count > 0 && term !== undefined) counts.set(term, count);
    }
    releaseTable(table);
    return new TermFrequencies(counts, this.total, this.documents, new Map(this.languages), {
      ...this.options.settings,
      ngrams: [...this.options.settings.ngrams],
      kinds: [...this.options.settings.kinds],
    });
  }

  private begin(text: string, language: LanguageCode, segments: SegmentSource | undefined): void {
    this.text = text;
    this.lowered = undefined;
    this.loweredMade = false;
    this.window.length = 0;
    this.lastEnd = 0;
    this.documents++;
    this.languages.set(language, (this.languages.get(language) ?? 0) + 1);
    const { customStopwords, settings } = this.options;
    this.stopwords = settings.stopwords === 'none' ? NO_WORDS : customStopwords ?? languageProfile(language).stopwords;
    this.stem = settings.stem ? stemmerFor(language) : undefined;
    // what a surface resolves to depends on the language only through its stopwords and stemmer
    const key = settings.stopwords === 'default' || settings.stem ? language : '';
    if (key !== this.generationKey) {
      this.generationKey = key;
      this.generation++;
    }
    this.allowed = undefined;
    this.segmentIndex = 0;
    if (settings.from !== 'all') this.allowed = this.allowedRanges(text, segments ?? this.options.segments ?? defaultSegments(language));
  }

  private end(): void {
    this.text = '';
    this.lowered = undefined;
    this.loweredMade = false;
    this.allowed = undefined;
    this.window.length = 0;
  }

  private allowedRanges(text: string, source: SegmentSource): { start: number; end: number }[] {
    const segments = typeof source === 'function' ? source(text) : source;
    const kind = this.options.settings.from === 'quotes' ? 'quote' : 'narration';
    const ranges: { start: number; end: number }[] = [];
    for (const segment of segments) if (segment.kind === kind) ranges.push({ start: segment.start, end: segment.end });
    ranges.sort((a, b) => a.start - b.start);
    return ranges;
  }

  token(kind: number, start: number, end: number, normalized: string | undefined): void {
    if ((this.kindMask & (1 << kind)) === 0) {
      if (this.windowSize > 0) this.window.length = 0;
      return;
    }
    if (normalized !== undefined) {
      this.countString(start, end, this.lowercase ? normalized.toLowerCase() : normalized);
      return;
    }
    const table = this.table;
    let id = table.findText(this.text, start, end, this.fold);
    if (id === NEEDS_STRING) {
      this.countString(start, end, this.lowercase ? this.lowerSlice(start, end) : this.text.slice(start, end));
      return;
    }
    // here the surface has exactly end - start code units
    if (end - start < this.minLength) {
      if (this.windowSize > 0) this.window.length = 0;
      return;
    }
    if (id === -1) id = table.insertText(this.text, start, end, this.fold);
    if ((table.resolved[id] ?? 0) !== this.generation) this.resolve(id, undefined, start, end);
    this.count(id, start, end);
  }

  /** Counts a token whose surface is given as a string. */
  private countString(start: number, end: number, value: string): void {
    if (value.length < this.minLength) {
      if (this.windowSize > 0) this.window.length = 0;
      return;
    }
    const table = this.table;
    let id = table.findString(value);
    if (id === -1) id = table.insertString(value);
    if ((table.resolved[id] ?? 0) !== this.generation) this.resolve(id, value, start, end);
    this.count(id, start, end);
  }

  /**
   * `text.slice(start, end)` lower-cased as the whole text would lower-case
   * it: a slice of the lower-cased text, made once per text (or the slice
   * lower-cased when lower-casing changed the text's length).
   */
  private lowerSlice(start: number, end: number): string {
    const text = this.text;
    if (!this.loweredMade) {
      const lowered = text.toLowerCase();
      this.lowered = lowered.length === text.length ? lowered : undefined;
      this.loweredMade = true;
    }
    return this.lowered !== undefined ? this.lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  }

  /** The surface string of entry `id`, whose characters are the fold of `text[start, end)`. */
  private surfaceString(start: number, end: number): string {
    let value: string;
    if (!this.lowercase) value = this.text.slice(start, end);
    else {
      // most tokens are lower-case already: then the slice is the surface
      const table = this.fold;
      const text = this.text;
      let k = start;
      while (k < end && table[text.charCodeAt(k)] === text.charCodeAt(k)) k++;
      value = k === end ? text.slice(start, end) : this.lowerSlice(start, end);
    }
    return value.length > 12 ? detach(value) : value;
  }

  /** Decides, once per surface and language, whether it is a stopword and which entry counts it. */
  private resolve(id: number, given: string | undefined, start: number, end: number): void {
    const table = this.table;
    table.resolved[id] = this.generation;
    const flags = table.flags;
    let key = given ?? table.terms[id];
    if (key === undefined) key = this.surfaceString(start, end);
    else if (given !== undefined && key.length > 12) key = detach(key);
    const lower = this.lowercase ? key : key.toLowerCase();
    if (this.stopwords.has(lower)) {
      flags[id] = (flags[id] ?? 0) | FLAG_STOP;
      return;
    }
    flags[id] = (flags[id] ?? 0) & ~FLAG_STOP;
    if (this.stem === undefined) {
      table.termOf[id] = id;
      if (table.terms[id] === undefined) table.terms[id] = key;
      return;
    }
    const stem = this.stem(lower);
    const termId = table.idOf(stem);
    if (table.terms[termId] === undefined) table.terms[termId] = stem;
    table.termOf[id] = termId;
    // a stem takes its place in the result when first seen, as counted or not
    table.markOrdered(termId);
  }

  private count(id: number, start: number, end: number): void {
    const table = this.table;
    const window = this.window;
    if (((table.flags[id] ?? 0) & FLAG_STOP) !== 0) {
      if (this.windowSize > 0) window.length = 0;
      return;
    }
    const termId = table.termOf[id] ?? id;
    const allowed = this.allowed;
    if (allowed !== undefined) {
      let k = this.segmentIndex;
      while (k < allowed.length && (allowed[k]?.end ?? 0) <= start) k++;
      this.segmentIndex = k;
      const range = allowed[k];
      if (range === undefined || range.start > start) {
        window.length = 0;
        return;
      }
    }
    if (this.unigrams) this.add(termId);
    if (this.windowSize > 0) {
      if (window.length > 0 && this.breaksLine(this.lastEnd, start)) window.length = 0;
      const terms = table.terms;
      const term = terms[termId] ?? '';
      for (const n of this.higher) {
        if (window.length < n - 1) break;
        let gram = '';
        for (let k = window.length - (n - 1); k < window.length; k++) gram += (terms[window[k] ?? 0] ?? '') + ' ';
        gram += term;
        let gramId = table.findString(gram);
        if (gramId === -1) {
          gramId = table.insertString(gram);
          table.terms[gramId] = gram.length > 12 ? detach(gram) : gram;
        }
        this.add(gramId);
      }
      window.push(termId);
      if (window.length > this.windowSize) window.shift();
      this.lastEnd = end;
    }
  }

  private breaksLine(from: number, to: number): boolean {
    const text = this.text;
    for (let i = from; i < to && i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x0d || code === 0x2029 || code === 0x2028) return true;
    }
    return false;
  }

  private add(id: number): void {
    const counts = this.table.counts;
    if (counts[id] === 0) this.table.markOrdered(id);
    counts[id] = (counts[id] ?? 0) + 1;
    this.total++;
  }
}
