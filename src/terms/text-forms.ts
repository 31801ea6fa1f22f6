/**
 * The distinct word forms of the text being counted, with their terms and
 * counts: a small open-addressing hash table over typed arrays that stays
 * in the processor's cache. A plain word the scanner hashed is found by its
 * hash and characters, without making a string, so only the first
 * occurrence of a form in the text costs work: a stopword is recognised by
 * its hash and characters ({@link StopwordIndex}), another form gets its
 * string (and, when stemming, its stem from the {@link FormCache} of forms
 * met in earlier texts, as stemming is slow).
 *
 * Tables are pooled ({@link acquireTextForms}, {@link releaseTextForms}) so
 * counting a text allocates little more than its new strings.
 */
import { foldTable } from './chars.js';
import { spread, type FormCache } from './form-cache.js';
import { hashFolded } from './scanner.js';
import { detach } from './stemmers.js';

/** The fewest index slots (a power of two). */
const MIN_SLOTS = 256;
/** Bits of a {@link StopwordIndex}'s filter (a power of two): 16 per stopword of a 512-word list. */
const FILTER_BITS = 1 << 13;
const FILTER_SHIFT = 32 - Math.log2(FILTER_BITS);

/** How the forms of a language's texts become terms. */
export interface TextRules {
  /** Whether forms are lower-cased (stopwords are matched lower-cased either way). */
  lowercase: boolean;
  /** Stopwords, lower-case. */
  stopwords: ReadonlySet<string>;
  /** Length of the longest stopword: longer forms need no lookup (lower-casing never shortens a word). */
  longestStopword: number;
  /** The stopwords by the scanner's hash. */
  stopwordIndex: StopwordIndex;
  /** When stemming: the forms met before, with their stems. */
  stems: FormCache | undefined;
}

/**
 * Lower-case words (stopwords) by the scanner's hash of their code units,
 * to recognise a plain word without making its string: an open-addressing
 * table, built once per set of words ({@link stopwordIndexOf}).
 */
export class StopwordIndex {
  private readonly words: string[] = [];
  /**
   * One bit per value of a hash's top bits, set when a word has them: most
   * forms are not stopwords, and are told so by this small filter without
   * a look at the index.
   */
  private readonly filter = new Int32Array(FILTER_BITS / 32);
  /** Word + 1 per slot, 0 when free. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly shift: number;

  constructor(words: ReadonlySet<string>) {
    let length = MIN_SLOTS;
    while (length < words.size * 4) length *= 2;
    this.slots = new Int32Array(length);
    this.hashes = new Int32Array(length);
    this.shift = 32 - Math.log2(length);
    for (const word of words) {
      const hash = hashFolded(word, undefined);
      let slot = spread(hash) >>> this.shift;
      while (this.slots[slot] !== 0) slot = (slot + 1) & (length - 1);
      this.words.push(word);
      this.slots[slot] = this.words.length;
      this.hashes[slot] = hash;
      const bit = spread(hash) >>> FILTER_SHIFT;
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
  }

  /**
   * The word equal to `text.slice(start, end)` lower-cased code unit by code
   * unit (by `fold`, see {@link foldTable}), whose hash is `hash`; undefined
   * when there is none.
   */
  find(text: string, start: number, end: number, hash: number, fold: Uint16Array): string | undefined {
    const bit = spread(hash) >>> FILTER_SHIFT;
    if (((this.filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return undefined;
    const mask = this.slots.length - 1;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const word = (this.slots[slot] ?? 0) - 1;
      if (word < 0) return undefined;
      if (this.hashes[slot] === hash) {
        const candidate = this.words[word] ?? '';
        let k = 0;
        if (candidate.length === end - start) while (k < candidate.length && (fold[text.charCodeAt(start + k)] ?? 0) === candidate.charCodeAt(k)) k++;
        if (k === end - start) return candidate;
      }
      slot = (slot + 1) & mask;
    }
  }
}

const stopwordIndexes = new WeakMap<ReadonlySet<string>, StopwordIndex>();

/** The {@link StopwordIndex} of a set of lower-case words, built once per set. */
export function stopwordIndexOf(words: ReadonlySet<string>): StopwordIndex {
  let index = stopwordIndexes.get(words);
  if (index === undefined) {
    index = new StopwordIndex(words);
    stopwordIndexes.set(words, index);
  }
  return index;
}

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

/** Word forms of one text; see the module comment. */
export class TextForms {
  /** Number of distinct forms counted in the text so far. */
  size = 0;
  private text = '';
  private rules: TextRules | undefined;
  /** Whether the rules lower-case forms. */
  private lowercase = true;
  private readonly fold = foldTable();
  /** The text lower-cased, made on first need; undefined when lower-casing changed its length. */
  private lowered: string | undefined;
  private loweredMade = false;

  // by index, in order of first occurrence
  private hashes = new Int32Array(MIN_SLOTS / 2);
  private counts = new Int32Array(MIN_SLOTS / 2);
  /** 1 for a stopword. */
  private stopwordFlags = new Int32Array(MIN_SLOTS / 2);
  private forms: string[] = [];
  /** Each form's term: the form or its stem ('' for a stopword). */
  private terms: string[] = [];
  /** The hash of each form's term: see {@link TextForms.termHashAt}. */
  private termHashes = new Int32Array(MIN_SLOTS / 2);

  /** Hash index: index + 1 per slot, 0 when free; linear probing, at most half full. Only the first `mask + 1` slots are in use. */
  private slots = new Int32Array(MIN_SLOTS);
  private mask = MIN_SLOTS - 1;
  /** 32 - log2(slots in use): a hash's first slot is the top bits of its {@link spread}. */
  private shift = 32 - Math.log2(MIN_SLOTS);

  /** Starts counting `text` under `rules`; `expectedForms` sizes the index (it grows when needed). */
  begin(text: string, rules: TextRules, expectedForms: number): void {
    this.text = text;
    this.rules = rules;
    this.lowercase = rules.lowercase;
    this.lowered = undefined;
    this.loweredMade = false;
    this.size = 0;
    let length = MIN_SLOTS;
    while (length < expectedForms * 2) length *= 2;
    this.useSlots(length);
  }

  /** Ends the text: lets go of it and of its strings. */
  end(): void {
    this.forms.fill('', 0, this.size);
    this.terms.fill('', 0, this.size);
    this.text = '';
    this.lowered = undefined;
    this.rules = undefined;
    this.size = 0;
  }

  /**
   * Counts the plain word at `start`–`end` of `source` (the text, or a
   * token's normalised form) whose scanner hash is `hash`: the hash of its
   * lower-cased code units, see {@link TokenSink}. Returns its index.
   */
  countSpan(source: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const index = (slots[slot] ?? 0) - 1;
      if (index < 0) return this.addSpan(source, start, end, hash, slot);
      if (this.hashes[index] === hash && this.spanEquals(this.forms[index] ?? '', source, start, end)) {
        this.counts[index] = (this.counts[index] ?? 0) + 1;
        return index;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Counts `form` (lower-cased already when the rules lower-case); returns its index. */
  countForm(form: string): number {
    // the hash the scanner gives the same word: of its lower-cased code units
    const hash = hashFolded(form, this.lowercase ? undefined : this.fold);
    const slots = this.slots;
    const mask = this.mask;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const index = (slots[slot] ?? 0) - 1;
      if (index < 0) return this.addForm(form.length > 12 ? detach(form) : form, hash, slot);
      if (this.hashes[index] === hash && this.forms[index] === form) {
        this.counts[index] = (this.counts[index] ?? 0) + 1;
        return index;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether the `index`-th distinct form of the text is a stopword. */
  isStopword(index: number): boolean {
    return this.stopwordFlags[index] === 1;
  }

  /** The term of the `index`-th distinct form of the text: the form or its stem ('' for a stopword). */
  termAt(index: number): string {
    return this.terms[index] ?? '';
  }

  /**
   * The hash of the term of the `index`-th distinct form: the scanner's hash
   * of the form (see {@link TokenSink}) when the term is the form, else
   * {@link FormCache.termHashAt}; equal terms have equal hashes.
   */
  termHashAt(index: number): number {
    return this.termHashes[index] ?? 0;
  }

  /** Whether the text's terms are stems (several forms may share one). */
  get stems(): boolean {
    return this.rules?.stems !== undefined;
  }

  /** How often the `index`-th distinct form of the text was counted. */
  countAt(index: number): number {
    return this.counts[index] ?? 0;
  }

  /** Whether `form` equals the text from `start` to `end` (lower-cased when the rules say so). */
  private spanEquals(form: string, text: string, start: number, end: number): boolean {
    if (form.length !== end - start) return false;
    if (this.lowercase) {
      const fold = this.fold;
      for (let k = 0; k < form.length; k++) if ((fold[text.charCodeAt(start + k)] ?? 0) !== form.charCodeAt(k)) return false;
    } else {
      for (let k = 0; k < form.length; k++) if (text.charCodeAt(start + k) !== form.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Adds the plain word at `start`–`end` at index slot `slot` (free), counted once; returns its index. */
  private addSpan(source: string, start: number, end: number, hash: number, slot: number): number {
    const rules = this.rules;
    if (rules === undefined) throw new Error('TextForms: no text begun');
    if (rules.lowercase && end - start <= rules.longestStopword) {
      // a stopword is its own lower-case form: no string to make
      const stopword = rules.stopwordIndex.find(source, start, end, hash, this.fold);
      if (stopword !== undefined) return this.add(stopword, undefined, true, hash, slot);
    }
    if (rules.stems !== undefined) {
      return this.addCached(rules.stems, rules.stems.findSpan(source, start, end, hash), hash, slot);
    }
    // lower-cased, the stopword index has decided; else the stopword set decides
    if (rules.lowercase) return this.add(this.formOfSpan(source, start, end), undefined, false, hash, slot);
    return this.addForm(this.formOfSpan(source, start, end), hash, slot);
  }

  /** Adds `form` at index slot `slot` (free), counted once; returns its index. */
  private addForm(form: string, hash: number, slot: number): number {
    const rules = this.rules;
    if (rules === undefined) throw new Error('TextForms: no text begun');
    if (rules.stems !== undefined) {
      return this.addCached(rules.stems, rules.stems.findForm(form), hash, slot);
    }
    const stopword = form.length <= rules.longestStopword && rules.stopwords.has(rules.lowercase ? form : form.toLowerCase());
    return this.add(form, undefined, stopword, hash, slot);
  }

  /**
   * The form of a plain word of `source`, lower-cased when the rules say
   * so (in the text, as a slice of the lower-cased text: lower-casing each
   * word of a two-byte string is slow), never a slice keeping a text alive.
   */
  private formOfSpan(source: string, start: number, end: number): string {
    let form: string;
    if (!this.lowercase) form = source.slice(start, end);
    else if (source === this.text) form = this.loweredText()?.slice(start, end) ?? source.slice(start, end).toLowerCase();
    else form = source.slice(start, end).toLowerCase();
    return form.length > 12 ? detach(form) : form;
  }

  /** The text lower-cased, made once; undefined when lower-casing changes its length ("İ"). */
  private loweredText(): string | undefined {
    if (!this.loweredMade) {
      const lowered = this.text.toLowerCase();
      this.lowered = lowered.length === this.text.length ? lowered : undefined;
      this.loweredMade = true;
    }
    return this.lowered;
  }

  /** Adds the form at position `at` of the stem cache at index slot `slot` (free), counted once; returns its index. */
  private addCached(stems: FormCache, at: number, hash: number, slot: number): number {
    const index = this.add(stems.formAt(at), stems.termAt(at), stems.isStopwordAt(at), hash, slot);
    this.termHashes[index] = stems.termHashAt(at);
    return index;
  }

  /** Adds an entry at index slot `slot` (free), counted once; its term is `term`, or the form itself (whose hash is `hash`). */
  private add(form: string, term: string | undefined, stopword: boolean, hash: number, slot: number): number {
    const index = this.size++;
    if (index === this.hashes.length) {
      this.hashes = grown(this.hashes, index * 2);
      this.counts = grown(this.counts, index * 2);
      this.stopwordFlags = grown(this.stopwordFlags, index * 2);
      this.termHashes = grown(this.termHashes, index * 2);
    }
    this.hashes[index] = hash;
    this.termHashes[index] = hash;
    this.counts[index] = 1;
    this.stopwordFlags[index] = stopword ? 1 : 0;
    this.forms[index] = form;
    this.terms[index] = stopword ? '' : term ?? form;
    this.slots[slot] = index + 1;
    if (this.size * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    return index;
  }

  /** Clears the first `length` index slots and makes them the ones in use. */
  private useSlots(length: number): void {
    if (this.slots.length < length) this.slots = new Int32Array(length);
    else this.slots.fill(0, 0, length);
    this.mask = length - 1;
    this.shift = 32 - Math.log2(length);
  }

  private rehash(length: number): void {
    this.useSlots(length);
    const slots = this.slots;
    const mask = this.mask;
    for (let index = 0; index < this.size; index++) {
      let slot = spread(this.hashes[index] ?? 0) >>> this.shift;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
  }
}

const pool: TextForms[] = [];

/** A {@link TextForms} from the pool (a new one when all are in use, e.g. by a nested call). */
export function acquireTextForms(): TextForms {
  return pool.pop() ?? new TextForms();
}

/** Gives a {@link TextForms} back to the pool. */
export function releaseTextForms(forms: TextForms): void {
  forms.end();
  if (pool.length < 4) pool.push(forms);
}
