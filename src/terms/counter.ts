/**
 * The counting engine shared by termFrequencies, countTokens,
 * countTermsStream and the corpus: options resolved once, then tokens fed
 * straight from the scanner into a Map of count cells without building
 * token objects; the Map becomes the result as it is, without a copy.
 */
import { splitQuotes } from '../quotes/index.js';
import type { LanguageCode } from '../shared/span.js';
import { detectTermsLanguage } from './detect.js';
import { assertOptions, resolveLanguageOption } from './options.js';
import { languageProfile } from './profile.js';
import * as chars from './chars.js';
import { HASH_PRIME, HASH_SEED, scanTokens, type TokenSink } from './scanner.js';
import { detach, stemmerFor } from './stemmers.js';
import { TermFrequencies, type TermSettings } from './term-frequencies.js';
import type { CountOptions, TermSegment } from './count-options.js';
import { kindCode, kindCodeOf } from './token-kinds.js';
import type { Token, TokenKind } from './types.js';

const { CASED, charTable } = chars;

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

const longestWords = new WeakMap<ReadonlySet<string>, number>();

/** Length of the longest word of a stopword set: longer words need no lookup. */
function longestWord(words: ReadonlySet<string>): number {
  let longest = longestWords.get(words);
  if (longest === undefined) {
    longest = 0;
    for (const word of words) longest = Math.max(longest, word.length);
    longestWords.set(words, longest);
  }
  return longest;
}

const CACHE_SIZE = 512;
const CACHE_MASK = CACHE_SIZE - 1;

/**
 * The arrays of the per-text outcome cache, shared by all counters: a text
 * is counted synchronously from start to end, and each text gets a new
 * stamp, so entries of another text (or counter) are never taken.
 */
const cache = {
  stamp: 0,
  stamps: new Int32Array(CACHE_SIZE),
  hashes: new Int32Array(CACHE_SIZE),
  starts: new Int32Array(CACHE_SIZE),
  lengths: new Int32Array(CACHE_SIZE),
  cells: new Array<{ n: number } | undefined>(CACHE_SIZE).fill(undefined),
  terms: new Array<string>(CACHE_SIZE).fill(''),
  /** The normalised form of each entry, when counting Token objects (whose forms are compared as strings). */
  forms: new Array<string>(CACHE_SIZE).fill(''),
};

/** The count cell of a stopword when stopwords are marked in the count map (never incremented). */
const STOP: { n: number } = Object.freeze({ n: 0 });

/**
 * When stemming: what the counter knows about one surface form (a token's
 * text after lower-casing): whether it is a stopword, its stem and that
 * stem's count cell. Kept per counter and language, so counting a word seen
 * before costs one lookup instead of a stopword, a stem and a count lookup.
 */
interface SurfaceEntry {
  /** The surface form, not a slice of the text. */
  key: string;
  stop: boolean;
  term: string;
  cell: { n: number };
}

/** A mutable accumulator of term counts over any number of texts. */
export class TermCounter implements TokenSink {
  /**
   * Count cells by term, in order of first count (of first sight, for
   * stems); cells with `n === 0` are stopword marks ({@link STOP}) and stems
   * not counted yet.
   */
  private cells = new Map<string, { n: number }>();
  /** Number of cells with `n > 0`. */
  private size = 0;
  total = 0;
  documents = 0;
  readonly languages = new Map<LanguageCode, number>();

  private readonly lowercase: boolean;
  private readonly minLength: number;
  /** Bit `1 << code` set for each token kind counted. */
  private readonly kindMask: number;
  /**
   * Whether stopwords are remembered in {@link cells} as {@link STOP}, so a
   * word seen before costs one lookup (when not stemming; stems have their
   * own memo). The marks belong to one stopword set, {@link markedSet}: a
   * count cell found in the map then means "not a stopword". When a text
   * brings another set (another detected language), the marks are removed
   * and every later word is checked against its text's set.
   */
  private markStops: boolean;
  private markedSet: ReadonlySet<string> | undefined;
  /** The keys marked {@link STOP}, to unmark them when the stopword set changes. */
  private readonly marked: string[] = [];
  private readonly table: Uint8Array;
  private readonly unigrams: boolean;
  private readonly higher: readonly number[];
  private readonly windowSize: number;
  private readonly surfaces = new Map<LanguageCode, Map<string, SurfaceEntry>>();

  // per text
  private text = '';
  /** The text lower-cased, made on first need; undefined when lower-casing changed its length. */
  private lowered: string | undefined;
  private loweredMade = false;
  /**
   * Whether the value being counted is a new string of its own (a token's
   * form lower-cased), not a slice that would keep a whole text alive: such
   * a value becomes a key of the count map without a copy.
   */
  private freshValue = false;
  private surface = new Map<string, SurfaceEntry>();
  private stopwords: ReadonlySet<string> = NO_WORDS;
  /** Length of the longest stopword (lower-casing never shortens a word, so longer ones are none). */
  private longestStopword = 0;
  private stem: ((word: string) => string) | undefined;
  private window: string[] = [];
  /**
   * A per-text cache of token outcomes (a count cell and its term, or
   * {@link STOP}), direct-mapped by the hash of the token's characters that
   * the scanner computes: a word met again in the same text costs a
   * character comparison instead of a slice and a Map lookup. Entries are
   * valid for the text whose {@link stamp} they carry.
   */
  private readonly cacheStamp = cache.stamps;
  private readonly cacheHash = cache.hashes;
  private readonly cacheStart = cache.starts;
  private readonly cacheLength = cache.lengths;
  private readonly cacheCell = cache.cells;
  private readonly cacheTerm = cache.terms;
  private readonly cacheForm = cache.forms;
  private stamp = 0;
  /** Slot and key of the token being counted, when its outcome may be cached; -1 otherwise. */
  private cacheSlot = -1;
  private cacheKeyHash = 0;
  private cacheKeyStart = 0;
  private cacheKeyLength = 0;
  private cacheKeyForm = '';
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
    this.markStops = !settings.stem;
    this.table = charTable();
    this.unigrams = settings.ngrams.includes(1);
    this.higher = settings.ngrams.filter((n) => n > 1);
    this.windowSize = Math.max(0, ...settings.ngrams) - 1;
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
      if ((this.kindMask & (1 << kindCodeOf(token.kind))) === 0) {
        if (this.windowSize > 0) this.window.length = 0;
        continue;
      }
      this.countForm(token.normalized, token.start, token.end);
    }
    this.end();
  }

  /**
   * Counts a token's normalised form at `start`: the per-text cache, keyed
   * by the form's characters, gives the outcome of a form met before in
   * this text without lower-casing it again.
   */
  private countForm(form: string, start: number, end: number): void {
    const table = this.table;
    let hash = HASH_SEED;
    // whether lower-casing may change the form: a cased character (see chars.ts) or a surrogate
    let cased = false;
    for (let k = 0; k < form.length; k++) {
      const code = form.charCodeAt(k);
      hash = Math.imul(hash ^ code, HASH_PRIME);
      if (((table[code] ?? 0) & CASED) !== 0 || (code >= 0xd800 && code <= 0xdfff)) cased = true;
    }
    hash ||= 1;
    const slot = hash & CACHE_MASK;
    if (this.cacheStamp[slot] === this.stamp && this.cacheHash[slot] === hash && this.cacheForm[slot] === form) {
      this.countOutcome(slot, start, end);
      return;
    }
    this.cacheSlot = slot;
    this.cacheKeyHash = hash;
    this.cacheKeyForm = form;
    const value = this.lowercase && cased ? form.toLowerCase() : form;
    this.freshValue = value !== form;
    this.term(start, end, value);
    this.cacheSlot = -1;
    this.cacheKeyForm = '';
    this.freshValue = false;
  }

  /** Counts the outcome remembered in cache slot `slot` at `start`. */
  private countOutcome(slot: number, start: number, end: number): void {
    const cell = this.cacheCell[slot] ?? STOP;
    if (cell === STOP) {
      if (this.windowSize > 0) this.window.length = 0;
    } else this.countTerm(this.cacheTerm[slot] ?? '', cell, start, end);
  }

  /**
   * The counts as an immutable {@link TermFrequencies}. The counter must not
   * be used afterwards.
   */
  result(): TermFrequencies {
    const cells = this.cells;
    this.cells = new Map();
    this.surfaces.clear();
    return new TermFrequencies(cells, this.size, this.total, this.documents, new Map(this.languages), {
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
    this.stamp = ++cache.stamp;
    this.cacheSlot = -1;
    this.lastEnd = 0;
    this.documents++;
    this.languages.set(language, (this.languages.get(language) ?? 0) + 1);
    const { customStopwords, settings } = this.options;
    this.stopwords = settings.stopwords === 'none' ? NO_WORDS : customStopwords ?? languageProfile(language).stopwords;
    this.longestStopword = longestWord(this.stopwords);
    if (this.markStops && this.stopwords !== this.markedSet) {
      if (this.markedSet === undefined) this.markedSet = this.stopwords;
      else {
        // another language's stopwords: forget the marks, check every word from now on
        for (const key of this.marked) this.cells.delete(key);
        this.marked.length = 0;
        this.markStops = false;
      }
    }
    this.stem = settings.stem ? stemmerFor(language) : undefined;
    let surface = this.surfaces.get(language);
    if (surface === undefined) {
      surface = new Map();
      this.surfaces.set(language, surface);
    }
    this.surface = surface;
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

  token(kind: number, start: number, end: number, normalized: string | undefined, hash: number): void {
    if ((this.kindMask & (1 << kind)) === 0) {
      if (this.windowSize > 0) this.window.length = 0;
      return;
    }
    if (hash !== 0) {
      // the same characters met before in this text: their outcome, without a string or a lookup
      const slot = hash & CACHE_MASK;
      const length = end - start;
      if (this.cacheStamp[slot] === this.stamp && this.cacheHash[slot] === hash && this.cacheLength[slot] === length) {
        const text = this.text;
        const from = (this.cacheStart[slot] ?? 0) - start;
        let k = start;
        while (k < end && text.charCodeAt(from + k) === text.charCodeAt(k)) k++;
        if (k === end) {
          this.countOutcome(slot, start, end);
          return;
        }
      }
      this.cacheSlot = slot;
      this.cacheKeyHash = hash;
      this.cacheKeyStart = start;
      this.cacheKeyLength = length;
    }
    let value: string;
    if (normalized !== undefined) value = this.lowercase ? normalized.toLowerCase() : normalized;
    else if (this.lowercase) value = this.lowerSlice(start, end);
    else value = this.text.slice(start, end);
    this.term(start, end, value);
    this.cacheSlot = -1;
  }

  /**
   * `text.slice(start, end)` lower-cased as the whole text would lower-case
   * it: the slice itself when no character in it changes case (most
   * tokens), else a slice of the lower-cased text, made once per text (one
   * call instead of one per token).
   */
  private lowerSlice(start: number, end: number): string {
    const text = this.text;
    const table = this.table;
    let k = start;
    for (; k < end; k++) {
      const code = text.charCodeAt(k);
      if (((table[code] ?? 0) & CASED) !== 0 || (code >= 0xd800 && code <= 0xdfff)) break;
    }
    if (k === end) return text.slice(start, end);
    if (!this.loweredMade) {
      const lowered = text.toLowerCase();
      this.lowered = lowered.length === text.length ? lowered : undefined;
      this.loweredMade = true;
    }
    return this.lowered !== undefined ? this.lowered.slice(start, end) : text.slice(start, end).toLowerCase();
  }

  /** What {@link resolve} says about `value`, remembered in the memo of surface forms. */
  private learn(value: string): SurfaceEntry {
    const entry = this.resolve(value);
    this.surface.set(entry.key, entry);
    return entry;
  }

  /** Whether a surface form is a stopword, else its term (stem) and the term's count cell (made at first sight). */
  private resolve(value: string): SurfaceEntry {
    const key = value.length > 12 ? detach(value) : value;
    const lower = this.lowercase ? key : key.toLowerCase();
    if (this.stopwords.has(lower)) return { key, stop: true, term: '', cell: STOP };
    const term = this.stem !== undefined ? this.stem(lower) : key;
    let cell = this.cells.get(term);
    if (cell === undefined) {
      cell = { n: 0 };
      this.cells.set(term, cell);
    }
    return { key, stop: false, term, cell };
  }

  private term(start: number, end: number, value: string): void {
    const window = this.window;
    if (value.length < this.minLength) {
      if (this.windowSize > 0) window.length = 0;
      return;
    }
    // Without stemming the term is the surface form: a stopword check in a small set, then the count.
    // With stemming, a per-counter memo of surface forms saves the stem lookup.
    let term: string;
    let cell: { n: number } | undefined;
    let absent = false;
    if (this.markStops && this.documents > 1) {
      // the count map also remembers stopwords, so a word seen before costs one lookup
      // (from the second text on: within a text, the per-text cache remembers them)
      cell = this.cells.get(value);
      if (cell === STOP || (cell === undefined && this.isNewStopword(value))) {
        this.remember(STOP, '');
        if (this.windowSize > 0) window.length = 0;
        return;
      }
      term = value;
      absent = cell === undefined;
    } else if (this.stem === undefined) {
      if (value.length <= this.longestStopword && this.stopwords.has(this.lowercase ? value : value.toLowerCase())) {
        this.remember(STOP, '');
        if (this.windowSize > 0) window.length = 0;
        return;
      }
      term = value;
      cell = this.cells.get(value);
      absent = cell === undefined;
    } else {
      // the memo of surface forms pays off from the second text on; within a text, the per-text cache remembers forms
      const entry = this.documents > 1 ? this.surface.get(value) ?? this.learn(value) : this.resolve(value);
      if (entry.stop) {
        this.remember(STOP, '');
        if (this.windowSize > 0) window.length = 0;
        return;
      }
      term = entry.term;
      cell = entry.cell;
    }
    cell = this.countTerm(term, cell, start, end, absent);
    if (cell !== undefined) this.remember(cell, term);
  }

  /** Stores the outcome of the token being counted in the per-text cache, when it has a slot there. */
  private remember(cell: { n: number }, term: string): void {
    const slot = this.cacheSlot;
    if (slot < 0) return;
    this.cacheSlot = -1;
    this.cacheStamp[slot] = this.stamp;
    this.cacheHash[slot] = this.cacheKeyHash;
    this.cacheStart[slot] = this.cacheKeyStart;
    this.cacheLength[slot] = this.cacheKeyLength;
    this.cacheForm[slot] = this.cacheKeyForm;
    this.cacheCell[slot] = cell;
    this.cacheTerm[slot] = term;
  }

  /**
   * Counts `term` (its cell, when known; `absent` when it is known to have
   * none) at `start`, unless outside the allowed ranges; feeds the n-gram
   * window. Returns the term's cell, or
   * undefined when the term was not counted and has no cell yet.
   */
  private countTerm(term: string, known: { n: number } | undefined, start: number, end: number, absent = false): { n: number } | undefined {
    const window = this.window;
    let cell = known;
    const allowed = this.allowed;
    if (allowed !== undefined) {
      let k = this.segmentIndex;
      while (k < allowed.length && (allowed[k]?.end ?? 0) <= start) k++;
      this.segmentIndex = k;
      const range = allowed[k];
      if (range === undefined || range.start > start) {
        window.length = 0;
        return cell;
      }
    }
    if (this.unigrams) {
      if (cell !== undefined) {
        if (cell.n++ === 0) this.size++;
        this.total++;
      } else if (absent) {
        // known not to be in the map yet: no second lookup
        cell = { n: 1 };
        this.cells.set(term.length > 12 && !this.freshValue ? detach(term) : term, cell);
        this.size++;
        this.total++;
      } else {
        cell = this.add(term);
      }
    }
    if (this.windowSize > 0) {
      if (window.length > 0 && this.breaksLine(this.lastEnd, start)) window.length = 0;
      for (const n of this.higher) {
        if (window.length < n - 1) break;
        let gram = '';
        for (let k = window.length - (n - 1); k < window.length; k++) gram += window[k] + ' ';
        this.add(gram + term);
      }
      window.push(term);
      if (window.length > this.windowSize) window.shift();
      this.lastEnd = end;
    }
    return cell;
  }

  /** Whether `value` is a stopword; if so, remembers it in the count map. */
  private isNewStopword(value: string): boolean {
    if (value.length > this.longestStopword || !this.stopwords.has(this.lowercase ? value : value.toLowerCase())) return false;
    const key = value.length > 12 ? detach(value) : value;
    this.cells.set(key, STOP);
    this.marked.push(key);
    return true;
  }

  private breaksLine(from: number, to: number): boolean {
    const text = this.text;
    for (let i = from; i < to && i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x0d || code === 0x2029 || code === 0x2028) return true;
    }
    return false;
  }

  private add(term: string): { n: number } {
    let cell = this.cells.get(term);
    if (cell === undefined) {
      cell = { n: 1 };
      this.cells.set(term.length > 12 ? detach(term) : term, cell);
      this.size++;
    } else if (cell.n++ === 0) this.size++;
    this.total++;
    return cell;
  }
}
