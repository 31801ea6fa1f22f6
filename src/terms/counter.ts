/**
 * The counting engine shared by termFrequencies, countTokens,
 * countTermsStream and the corpus: options resolved once, then tokens fed
 * straight from the scanner, without token objects, into a table of the
 * text's word forms ({@link TextForms}) that knows each form's term (when
 * stemming, from a cache of the forms met before, {@link FormCache}).
 * Unigrams of a whole text are counted in the text's table and added once
 * per distinct form, at the end of the text, to a {@link TermTable} found
 * by the terms' hashes (no map, no cell per term); n-grams and
 * segment-restricted counts go to count cells in a map token by token. The
 * table or the cells become the result as they are, without a copy.
 */
import { splitQuotes } from '../quotes/index.js';
import type { LanguageCode } from '../shared/span.js';
import { detectTermsLanguage } from './detect.js';
import { assertOptions, resolveLanguageOption } from './options.js';
import { languageProfile } from './profile.js';
import { FormCache, longestWord } from './form-cache.js';
import { acquireTextForms, releaseTextForms, stopwordIndexOf, type TextForms, type TextRules } from './text-forms.js';
import { CLASS_MASK, HIGH_SURROGATE, IRREGULAR_CASE, LOW_SURROGATE, foldTable, foldedClassTable } from './chars.js';
import { HASH_PRIME, HASH_SEED, scanTokens, type TokenSink } from './scanner.js';
import { stemmerFor } from './stemmers.js';
import { TermFrequencies, type TermSettings } from './term-frequencies.js';
import { TermTable } from './term-table.js';
import type { CountOptions, TermSegment } from './count-options.js';
import { KIND_WORD, kindCode, kindCodeOf } from './token-kinds.js';
import type { WordTally } from './count-words.js';
import type { Token, TokenKind } from './types.js';

/** The token kinds counted by default, sorted. */
const DEFAULT_KINDS: readonly TokenKind[] = ['abbreviation', 'handle', 'hashtag', 'word'];
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

  let kinds = DEFAULT_KINDS;
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
/** The cells of a counter that counts in a {@link TermTable}: none, ever (never written to). */
const NO_CELLS = new Map<string, { n: number }>();

/** A term's count; cells with `n === 0` are stems seen but not counted (outside the segments counted). */
interface Cell {
  n: number;
}

/** The rules of a language's texts: its stopwords, and when stemming a cache of stems. */
function makeTextRules(language: LanguageCode, settings: TermSettings, stopwords: ReadonlySet<string>): TextRules {
  const stem = settings.stem ? stemmerFor(language) : undefined;
  return {
    lowercase: settings.lowercase,
    stopwords,
    longestStopword: longestWord(stopwords),
    stopwordIndex: stopwordIndexOf(stopwords),
    stems: stem === undefined ? undefined : new FormCache({ lowercase: settings.lowercase, stopwords, stem }),
  };
}

/**
 * Rules for the curated stopwords (or none), shared between counters: per
 * language (at most {@link SHARED_LANGUAGES}), by {@link sharedRulesVariant}.
 */
const sharedRules = new Map<LanguageCode, (TextRules | undefined)[]>();
const SHARED_LANGUAGES = 32;

/** The index of the shared rules for `settings` among a language's: one bit per choice. */
function sharedRulesVariant(settings: TermSettings): number {
  return (settings.lowercase ? 1 : 0) | (settings.stopwords === 'none' ? 2 : 0) | (settings.stem ? 4 : 0);
}

function sharedTextRules(language: LanguageCode, settings: TermSettings): TextRules {
  let variants = sharedRules.get(language);
  if (variants === undefined) {
    if (sharedRules.size >= SHARED_LANGUAGES) sharedRules.clear();
    variants = [];
    sharedRules.set(language, variants);
  }
  const variant = sharedRulesVariant(settings);
  let rules = variants[variant];
  if (rules === undefined) {
    const stopwords = settings.stopwords === 'none' ? NO_WORDS : languageProfile(language).stopwords;
    rules = makeTextRules(language, settings, stopwords);
    variants[variant] = rules;
  }
  return rules;
}

/**
 * The scanner's hash of a word's lower-cased code units ({@link TokenSink}),
 * when lower-casing it code unit by code unit is right: 0 when it holds a
 * surrogate, a capital sigma or "İ".
 */
function plainHash(word: string, foldedClasses: Uint32Array): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) {
    const bits = foldedClasses[word.charCodeAt(k)] ?? 0;
    const kind = bits & CLASS_MASK;
    if ((bits & IRREGULAR_CASE) !== 0 || kind === HIGH_SURROGATE || kind === LOW_SURROGATE) return 0;
    hash = Math.imul(hash ^ (bits >>> 8), HASH_PRIME);
  }
  return hash || 1;
}

/** A mutable accumulator of term counts over any number of texts. */
export class TermCounter implements TokenSink {
  /** Count cells by term, in order of first count (of first sight, for stems), when not {@link countsInTable}. */
  private cells: Map<string, Cell>;
  /** The counts, when {@link countsInTable}: made by the first text. */
  private table: TermTable | undefined;
  /** Number of cells with `n > 0`. */
  private size = 0;
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
  private readonly foldedClasses = foldedClassTable();
  /**
   * Whether a text's terms are counted in its table of forms and added to
   * the cells at the end of the text (unigrams of whole texts), rather than
   * one token at a time.
   */
  private readonly countsInTable: boolean;
  /** The rules of each language met. */
  private readonly rules = new Map<LanguageCode, TextRules>();

  // per text
  private text = '';
  private forms: TextForms | undefined;
  /** Whether the text's terms are stems (several forms may share one). */
  private stems = false;
  /** The text lower-cased, made on first need (see {@link lowerSlice}); undefined when lower-casing changed its length. */
  private lowered: string | undefined;
  private loweredMade = false;
  private window: string[] = [];
  private lastEnd = 0;
  private allowed: { start: number; end: number }[] | undefined;
  private segmentIndex = 0;
  /** Word statistics asked for with the text ({@link countText}'s `words`). */
  private wordTally: WordTally | undefined;

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
    this.countsInTable = this.windowSize === 0 && settings.from === 'all';
    this.cells = this.countsInTable ? NO_CELLS : new Map();
  }

  /** Counts one text; `words`, when given, also tallies its word tokens (every one, counted as a term or not). */
  countText(text: string, segments?: SegmentSource, words?: WordTally): void {
    const language = this.options.language ?? detectTermsLanguage(text);
    this.begin(text, language, segments, text.length >> 3);
    this.wordTally = words;
    scanTokens(text, languageProfile(language), this);
    this.wordTally = undefined;
    this.end();
  }

  /** Counts pre-computed tokens of one text; `text` (optional) lets n-grams stop at line breaks. */
  countTokens(tokens: readonly Token[], language: LanguageCode, text: string | undefined, segments?: SegmentSource): void {
    const forms = this.begin(text ?? '', language, segments, tokens.length >> 1);
    for (const token of tokens) {
      if ((this.kindMask & (1 << kindCodeOf(token.kind))) === 0) {
        this.breakWindow();
        continue;
      }
      const normalized = token.normalized;
      const hash = plainHash(normalized, this.foldedClasses);
      if (hash !== 0) {
        // lower-cases code unit by code unit: found by its hash and characters, no string made
        if (normalized.length < this.minLength) this.breakWindow();
        else this.countIndex(forms, forms.countSpan(normalized, 0, normalized.length, hash), token.start, token.end);
        continue;
      }
      const form = this.lowercase ? normalized.toLowerCase() : normalized;
      if (form.length < this.minLength) this.breakWindow();
      else this.countIndex(forms, forms.countForm(form), token.start, token.end);
    }
    this.end();
  }

  /**
   * The counts as an immutable {@link TermFrequencies}. The counter must not
   * be used afterwards.
   */
  result(): TermFrequencies {
    const cells = this.table ?? (this.cells === NO_CELLS ? new Map<string, Cell>() : this.cells);
    this.cells = NO_CELLS;
    this.table = undefined;
    this.rules.clear();
    // the counter is not used afterwards: its map of languages becomes the result's
    return new TermFrequencies(cells, this.size, this.total, this.documents, this.languages, {
      ...this.options.settings,
      ngrams: [...this.options.settings.ngrams],
      kinds: [...this.options.settings.kinds],
    });
  }

  /** Reports a token: see {@link TokenSink}. */
  token(kind: number, start: number, end: number, normalized: string | undefined, hash: number): void {
    if (kind === KIND_WORD && this.wordTally !== undefined) this.wordTally.add(start, end);
    if ((this.kindMask & (1 << kind)) === 0) {
      this.breakWindow();
      return;
    }
    const forms = this.forms;
    if (forms === undefined) return;
    if (hash !== 0) {
      // a plain word: found by its hash and characters, no string made
      if (end - start < this.minLength) this.breakWindow();
      else this.countIndex(forms, forms.countSpan(this.text, start, end, hash), start, end);
      return;
    }
    let form: string;
    if (normalized !== undefined) form = this.lowercase ? normalized.toLowerCase() : normalized;
    else if (this.lowercase) form = this.lowerSlice(start, end);
    else form = this.text.slice(start, end);
    if (form.length < this.minLength) this.breakWindow();
    else this.countIndex(forms, forms.countForm(form), start, end);
  }

  /** Starts a text: its segments (which may call user code) first, then its table of forms. */
  private begin(text: string, language: LanguageCode, segments: SegmentSource | undefined, expectedForms: number): TextForms {
    const { settings } = this.options;
    this.allowed = undefined;
    this.segmentIndex = 0;
    if (settings.from !== 'all') this.allowed = this.allowedRanges(text, segments ?? this.options.segments ?? defaultSegments(language));
    this.text = text;
    this.lowered = undefined;
    this.loweredMade = false;
    this.window.length = 0;
    this.lastEnd = 0;
    this.documents++;
    this.languages.set(language, (this.languages.get(language) ?? 0) + 1);
    const rules = this.rulesFor(language);
    rules.stems?.beginText();
    this.stems = rules.stems !== undefined;
    const forms = acquireTextForms();
    forms.begin(text, rules, expectedForms);
    this.forms = forms;
    return forms;
  }

  private end(): void {
    if (this.forms !== undefined) {
      if (this.countsInTable) this.addTextCounts(this.forms);
      releaseTextForms(this.forms);
    }
    this.text = '';
    this.forms = undefined;
    this.lowered = undefined;
    this.loweredMade = false;
    this.allowed = undefined;
    this.window.length = 0;
  }

  /** How forms become terms in a language's texts under this counter's options. */
  private rulesFor(language: LanguageCode): TextRules {
    let rules = this.rules.get(language);
    if (rules === undefined) {
      const { customStopwords, settings } = this.options;
      rules =
        settings.stopwords === 'custom' && customStopwords !== undefined
          ? makeTextRules(language, settings, customStopwords)
          : sharedTextRules(language, settings);
      this.rules.set(language, rules);
    }
    return rules;
  }

  /** Adds the counts of the text's distinct forms to the {@link TermCounter.table}, in order of first count. */
  private addTextCounts(forms: TextForms): void {
    const table = (this.table ??= new TermTable(this.lowercase ? undefined : foldTable()));
    // without stems each form is a term of its own: in an empty table, no term is there twice
    const distinct = table.terms.length === 0 && !forms.stems;
    let size = this.size;
    let total = this.total;
    for (let index = 0; index < forms.size; index++) {
      if (forms.isStopword(index)) continue;
      const count = forms.countAt(index);
      if (distinct) {
        table.append(forms.termAt(index), forms.termHashAt(index), count);
        size++;
      } else if (table.add(forms.termAt(index), forms.termHashAt(index), count)) size++;
      total += count;
    }
    this.size = size;
    this.total = total;
  }

  private allowedRanges(text: string, source: SegmentSource): { start: number; end: number }[] {
    const segments = typeof source === 'function' ? source(text) : source;
    const kind = this.options.settings.from === 'quotes' ? 'quote' : 'narration';
    const ranges: { start: number; end: number }[] = [];
    for (const segment of segments) if (segment.kind === kind) ranges.push({ start: segment.start, end: segment.end });
    ranges.sort((a, b) => a.start - b.start);
    return ranges;
  }

  /**
   * `text.slice(start, end)` lower-cased as the whole text would lower-case
   * it: the slice's own lower case, unless it holds a capital sigma, whose
   * lower case depends on the characters around it: then a slice of the
   * lower-cased text, made once per text.
   */
  private lowerSlice(start: number, end: number): string {
    const text = this.text;
    const slice = text.slice(start, end);
    if (!slice.includes('Σ')) return slice.toLowerCase();
    if (!this.loweredMade) {
      const lowered = text.toLowerCase();
      // a text with characters whose lower case is longer ("İ") has no index-aligned lower case
      this.lowered = lowered.length === text.length ? lowered : undefined;
      this.loweredMade = true;
    }
    return this.lowered !== undefined ? this.lowered.slice(start, end) : slice.toLowerCase();
  }

  /** Handles a token at `start`–`end` whose form is the text's `index`-th (counted in the text's table). */
  private countIndex(forms: TextForms, index: number, start: number, end: number): void {
    if (forms.isStopword(index)) this.breakWindow();
    else if (!this.countsInTable) {
      const term = forms.termAt(index);
      let cell: Cell | undefined;
      if (this.stems) {
        // a stem's cell is made when the stem is first seen, counted or not
        cell = this.cells.get(term);
        if (cell === undefined) {
          cell = { n: 0 };
          this.cells.set(term, cell);
        }
      }
      this.countTerm(term, cell, start, end);
    }
  }

  /**
   * Counts `term` (its cell, when known) at `start`, unless outside the
   * allowed ranges; feeds the n-gram window.
   */
  private countTerm(term: string, cell: Cell | undefined, start: number, end: number): void {
    const window = this.window;
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
    if (this.unigrams) {
      if (cell === undefined) this.add(term);
      else {
        if (cell.n++ === 0) this.size++;
        this.total++;
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
  }

  /** Empties the n-gram window: the next term starts a new run. */
  private breakWindow(): void {
    if (this.windowSize > 0) this.window.length = 0;
  }

  private breaksLine(from: number, to: number): boolean {
    const text = this.text;
    for (let i = from; i < to && i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x0d || code === 0x2029 || code === 0x2028) return true;
    }
    return false;
  }

  private add(term: string): void {
    const cell = this.cells.get(term);
    if (cell === undefined) {
      this.cells.set(term, { n: 1 });
      this.size++;
    } else if (cell.n++ === 0) this.size++;
    this.total++;
  }
}
