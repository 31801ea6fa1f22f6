/**
 * What the term counters know, when stemming, about the word forms they met
 * in earlier texts: each form's string, whether it is a stopword and its
 * stem (with the stem's hash), so that a form met again costs neither a new string nor a stem
 * (natural's stemmers take microseconds per word).
 *
 * An open-addressing hash table over typed arrays, keyed by the scanner's
 * hash of the lower-cased code units; a word is verified by comparing its
 * characters in the text with a copy of the form's code units kept in one
 * array, so a lookup touches two places in memory. A cache is shared
 * between calls (one per language and set of rules) and bounded: one that
 * grew past {@link CACHE_LIMIT} forms starts afresh when the next text
 * begins.
 */
import { foldTable } from './chars.js';
import { hashFolded } from './scanner.js';
import { detach } from './stemmers.js';

/** Forms a cache keeps from one text to the next. */
const CACHE_LIMIT = 1 << 16;
/** Code units of forms a cache keeps from one text to the next. */
const CHARS_LIMIT = 1 << 20;
const INITIAL_SLOTS = 1 << 12;

/** How forms become terms. */
export interface FormRules {
  /** Whether forms are lower-cased (stopwords are matched lower-cased either way). */
  lowercase: boolean;
  /** Stopwords, lower-case. */
  stopwords: ReadonlySet<string>;
  /** Stemmer of lower-case words, if terms are stemmed. */
  stem: ((word: string) => string) | undefined;
}

/**
 * A hash multiplied by 2^32 / φ (Fibonacci hashing): its top bits depend
 * on all of its bits, unlike the low bits of the scanner's FNV hash, which
 * depend only on the low bits of the characters.
 */
export function spread(hash: number): number {
  return Math.imul(hash, 0x9e3779b1);
}

/** Length of the longest word of a set. */
export function longestWord(words: ReadonlySet<string>): number {
  let longest = 0;
  for (const word of words) longest = Math.max(longest, word.length);
  return longest;
}

// the fields of an index slot, in Int32Array `slots`: all a lookup needs but the strings, in one place in memory
const SLOT_HASH = 0;
/** Entry + 1; 0 for a free slot. */
const SLOT_ENTRY = 1;
/** Where the form's code units start in `chars`. */
const SLOT_CHARS = 2;
const SLOT_LENGTH = 3;
/** The hash of the entry's term, see {@link FormCache.termHashAt}. */
const SLOT_TERM_HASH = 4;
/** 1 for a stopword. */
const SLOT_STOPWORD = 5;
const SLOT_FIELDS = 6;

/**
 * Word forms with their terms; see the module comment. A form is found as
 * the position of its index slot ({@link FormCache.findSpan},
 * {@link FormCache.findForm}), which the accessors take; a position holds
 * until the next lookup (adding a form may move the slots).
 */
export class FormCache {
  readonly lowercase: boolean;
  private readonly stopwords: ReadonlySet<string>;
  private readonly longestStopword: number;
  private readonly stem: ((word: string) => string) | undefined;
  private readonly fold: Uint16Array;
  /** The fold table when terms are hashed folded (forms not lower-cased), else undefined: see {@link FormCache.termHashAt}. */
  private readonly termFold: Uint16Array | undefined;

  /** Number of forms. */
  size = 0;
  /** Entry `e`'s form at `2e`, its term (the form or its stem, '' for a stopword) at `2e + 1`: read together. */
  private strings: string[] = [];
  /** The code units of all forms, one after the other. */
  private chars = new Uint16Array(1 << 14);
  private charsLength = 0;
  /** The hash index, {@link SLOT_FIELDS} numbers per slot; linear probing, at most half full. */
  private slots = new Int32Array(INITIAL_SLOTS * SLOT_FIELDS);
  private slotCount = INITIAL_SLOTS;
  /** 32 - log2(slotCount): a hash's first slot is the top bits of its {@link spread}. */
  private shift = 32 - Math.log2(INITIAL_SLOTS);

  constructor(rules: FormRules) {
    this.lowercase = rules.lowercase;
    this.stopwords = rules.stopwords;
    this.longestStopword = longestWord(rules.stopwords);
    this.stem = rules.stem;
    this.fold = foldTable();
    this.termFold = rules.lowercase ? undefined : this.fold;
  }

  /** Called before each text: forgets every form when the cache grew too big. */
  beginText(): void {
    if (this.size > CACHE_LIMIT || this.charsLength > CHARS_LIMIT) this.clear();
  }

  /**
   * The position of the plain word `text.slice(start, end)` whose scanner
   * hash is `hash` (see {@link TokenSink}); added when new.
   */
  findSpan(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.slotCount - 1;
    const length = end - start;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const at = slot * SLOT_FIELDS;
      if (slots[at + SLOT_ENTRY] === 0) return this.add(this.formOfSpan(text, start, end), hash, slot);
      if (slots[at + SLOT_HASH] === hash && slots[at + SLOT_LENGTH] === length && this.spanEquals(slots[at + SLOT_CHARS] ?? 0, text, start, end)) {
        return at;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The position of `form` (lower-cased already when the cache lower-cases); added when new. */
  findForm(form: string): number {
    const hash = this.hashOf(form);
    const slots = this.slots;
    const mask = this.slotCount - 1;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const at = slot * SLOT_FIELDS;
      const entry = (slots[at + SLOT_ENTRY] ?? 0) - 1;
      if (entry < 0) return this.add(form.length > 12 ? detach(form) : form, hash, slot);
      if (slots[at + SLOT_HASH] === hash && this.strings[2 * entry] === form) return at;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The scanner's hash of the plain word whose form is `form`: the hash of
   * its lower-cased code units, which a lower-case form already is.
   */
  private hashOf(form: string): number {
    return hashFolded(form, this.lowercase ? undefined : this.fold);
  }

  /** The form at position `at`. */
  formAt(at: number): string {
    return this.strings[2 * ((this.slots[at + SLOT_ENTRY] ?? 0) - 1)] ?? '';
  }

  /** The term at position `at`: its form or the form's stem ('' for a stopword). */
  termAt(at: number): string {
    return this.strings[2 * ((this.slots[at + SLOT_ENTRY] ?? 0) - 1) + 1] ?? '';
  }

  /** Whether the form at position `at` is a stopword. */
  isStopwordAt(at: number): boolean {
    return this.slots[at + SLOT_STOPWORD] === 1;
  }

  /**
   * The hash of the term at position `at`: {@link hashFolded} of the term,
   * of its code units lower-cased when forms are not lower-cased, so that a
   * term's hash is the scanner's hash of the same word as a form, and equal
   * terms have equal hashes.
   */
  termHashAt(at: number): number {
    return this.slots[at + SLOT_TERM_HASH] ?? 0;
  }

  /** Whether the form stored from `from` equals `text.slice(start, end)` (lower-cased when the cache lower-cases). */
  private spanEquals(from: number, text: string, start: number, end: number): boolean {
    const chars = this.chars;
    const offset = from - start;
    if (this.lowercase) {
      const fold = this.fold;
      for (let k = start; k < end; k++) if ((fold[text.charCodeAt(k)] ?? 0) !== chars[offset + k]) return false;
    } else {
      for (let k = start; k < end; k++) if (text.charCodeAt(k) !== chars[offset + k]) return false;
    }
    return true;
  }

  /** The form of a plain word: a string of its own, never a slice keeping the text alive. */
  private formOfSpan(text: string, start: number, end: number): string {
    const slice = text.slice(start, end);
    const form = this.lowercase ? slice.toLowerCase() : slice;
    return form.length > 12 && form === slice ? detach(form) : form;
  }

  /** Adds `form` at index slot `slot` (free); returns its position. */
  private add(form: string, hash: number, slot: number): number {
    const entry = this.size++;
    const lower = this.lowercase ? form : form.toLowerCase();
    const stopword = form.length <= this.longestStopword && this.stopwords.has(lower);
    const term = stopword ? '' : this.stem === undefined ? form : this.stem(lower);
    this.strings.push(form, term);
    if (this.charsLength + form.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsLength + form.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    const from = this.charsLength;
    for (let k = 0; k < form.length; k++) this.chars[from + k] = form.charCodeAt(k);
    this.charsLength += form.length;
    const at = slot * SLOT_FIELDS;
    this.slots[at + SLOT_HASH] = hash;
    this.slots[at + SLOT_ENTRY] = entry + 1;
    this.slots[at + SLOT_CHARS] = from;
    this.slots[at + SLOT_LENGTH] = form.length;
    this.slots[at + SLOT_TERM_HASH] = this.stem === undefined ? hash : hashFolded(term, this.termFold);
    this.slots[at + SLOT_STOPWORD] = stopword ? 1 : 0;
    if (this.size * 2 > this.slotCount) return this.rehash(this.slotCount * 2, at);
    return at;
  }

  /** Moves the index to `slotCount` slots; returns the new position of the slot at `tracked`. */
  private rehash(slotCount: number, tracked: number): number {
    const old = this.slots;
    const slots = new Int32Array(slotCount * SLOT_FIELDS);
    const shift = 32 - Math.log2(slotCount);
    let moved = tracked;
    for (let at = 0; at < old.length; at += SLOT_FIELDS) {
      if (old[at + SLOT_ENTRY] === 0) continue;
      let slot = spread(old[at + SLOT_HASH] ?? 0) >>> shift;
      while (slots[slot * SLOT_FIELDS + SLOT_ENTRY] !== 0) slot = (slot + 1) & (slotCount - 1);
      slots.set(old.subarray(at, at + SLOT_FIELDS), slot * SLOT_FIELDS);
      if (at === tracked) moved = slot * SLOT_FIELDS;
    }
    this.slots = slots;
    this.slotCount = slotCount;
    this.shift = shift;
    return moved;
  }

  private clear(): void {
    this.size = 0;
    this.strings = [];
    this.chars = new Uint16Array(1 << 14);
    this.charsLength = 0;
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT_FIELDS);
    this.slotCount = INITIAL_SLOTS;
    this.shift = 32 - Math.log2(INITIAL_SLOTS);
  }
}
