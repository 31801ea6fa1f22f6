/**
 * Word-list membership as bits: each token carries the bits of its
 * lower-cased form ({@link Token.classes}), looked up once when it is made,
 * so that a question such as "a determiner?" is one bit test instead of a
 * Set lookup each time it is asked.
 *
 * @internal
 */
import type { Token } from './sentences.js';

/** One bit per word list of a language index (the names are its field names). */
export const WordClass = {
  determiners: 1 << 0,
  prepositions: 1 << 1,
  subordinators: 1 << 2,
  auxiliaries: 1 << 3,
  finite: 1 << 4,
  nonFinite: 1 << 5,
  nonPerson: 1 << 6,
  pronouns: 1 << 7,
  cueStarts: 1 << 8,
  subjunctive: 1 << 9,
  complementizers: 1 << 10,
  coordinators: 1 << 11,
  nameParticles: 1 << 12,
  passiveAuxiliaries: 1 << 13,
  impersonalSubjects: 1 << 14,
  postpositions: 1 << 15,
  adverbsAfterVerb: 1 << 16,
  sourcePhrases: 1 << 17,
  impersonalPhrases: 1 << 18,
  afterQuoteWords: 1 << 19,
  particles: 1 << 20,
} as const;

/** The word lists, by {@link WordClass} name. */
export type WordLists = { readonly [name in keyof typeof WordClass]: { keys(): Iterable<string> } };

/** Whether `token` is in one of the word lists of `wordClass` ({@link WordClass} bits). */
export function isIn(token: Token, wordClass: number): boolean {
  return (token.classes & wordClass) !== 0;
}

/**
 * Bits per lower-case word (for a language's lists: {@link WordClass} bits),
 * in an open-addressing table probed with a hash computed here: a Map would
 * hash each fresh token string through a runtime call. Most words of a text
 * are in no list; a filter on length, first and last character answers 0
 * for most of them before any hashing.
 */
export class WordTable {
  private readonly words: string[] = [];
  private readonly bits: number[] = [];
  /** Per slot: 1 + the index of its word, or 0 when empty. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Bit `last & 31` of entry `min(length, 15) * 32 + (first & 31)` is set when some listed word has that shape. */
  private readonly shapes = new Uint32Array(16 * 32);

  /** The bits of the empty word (what a quote token's empty `lower` gets). */
  readonly ofEmpty: number;

  /** A table of `bitsByWord` (lower-case words). */
  constructor(bitsByWord: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < bitsByWord.size * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (const [word, bits] of bitsByWord) {
      const hash = hashOf(word);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.bits.push(bits);
      this.slots[slot] = this.words.length;
      this.hashes[slot] = hash;
      this.shapes[shapeIndex(word.length, word.charCodeAt(0))]! |= shapeBit(word.charCodeAt(word.length - 1));
    }
    this.ofEmpty = bitsByWord.get('') ?? 0;
  }

  /** The table of a language's word lists. */
  static ofLists(lists: WordLists): WordTable {
    const byWord = new Map<string, number>();
    for (const name of Object.keys(WordClass) as (keyof typeof WordClass)[]) {
      for (const word of lists[name].keys()) byWord.set(word, (byWord.get(word) ?? 0) | WordClass[name]);
    }
    return new WordTable(byWord);
  }

  /** The bits of a lower-cased word (0: in no list). */
  of(lower: string): number {
    return this.ofRange(lower, 0, lower.length);
  }

  /** False when no word has this length, first and last code unit. */
  private mayHave(length: number, first: number, last: number): boolean {
    return (this.shapes[shapeIndex(length, first)]! & shapeBit(last)) !== 0;
  }

  /**
   * The bits of the lower-case word `source[start, end)`, read from
   * `source` without a string of its own (a sentence's text or its lower
   * case: few string representations reach here, so the accesses stay fast).
   */
  ofRange(source: string, start: number, end: number): number {
    if (!this.mayHave(end - start, source.charCodeAt(start), source.charCodeAt(end - 1))) return 0;
    let hash = HASH_START;
    for (let k = start; k < end; k++) hash = hashStep(hash, source.charCodeAt(k));
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return 0;
      if (this.hashes[slot] === hash && isSliceOf(this.words[entry]!, source, start, end)) return this.bits[entry]!;
    }
  }

  /** The bits of `text[start, end)` lower-cased as by `toLowerCase` (computed here for Latin-1, without a string). */
  ofText(text: string, start: number, end: number): number {
    for (let k = start; k < end; k++) if (text.charCodeAt(k) > 0xff) return this.of(text.slice(start, end).toLowerCase());
    return this.ofLatin1(text, start, end);
  }

  /** {@link ofText} for a word whose code units beyond Latin-1, if any, are their own lower case (’). */
  ofLatin1(text: string, start: number, end: number): number {
    if (!this.mayHave(end - start, lowerLatin1(text.charCodeAt(start)), lowerLatin1(text.charCodeAt(end - 1)))) return 0;
    let hash = HASH_START;
    for (let k = start; k < end; k++) hash = hashStep(hash, lowerLatin1(text.charCodeAt(k)));
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return 0;
      if (this.hashes[slot] === hash && isLowerCaseOf(this.words[entry]!, text, start, end)) return this.bits[entry]!;
    }
  }
}

/** A Latin-1 code unit lower-cased (as `toLowerCase` does). */
const lowerLatin1 = (code: number): number => ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code);

/** Whether `word` is `source[start, end)`. */
function isSliceOf(word: string, source: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== source.charCodeAt(start + k)) return false;
  return true;
}

/** Whether `word` is `text[start, end)` (Latin-1) lower-cased. */
function isLowerCaseOf(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lowerLatin1(text.charCodeAt(start + k))) return false;
  return true;
}

const shapeIndex = (length: number, first: number): number => (Math.min(length, 15) << 5) | (first & 31);
const shapeBit = (last: number): number => 1 << (last & 31);

const HASH_START = 0x811c9dc5 | 0;
/** One FNV-1a step. */
const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

/** FNV-1a over the code units. */
function hashOf(word: string): number {
  let hash = HASH_START;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  return hash;
}
