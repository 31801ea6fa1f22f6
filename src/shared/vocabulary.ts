import { lowerCode, wordLowerCode } from './char-case.js';

/** Start value of the word hash (FNV-1a over lower-cased UTF-16 code units). */
export const WORD_HASH_SEED = 0x011c9dc5;

/** A `skip` value of {@link Vocabulary.findSkipping} that no code unit equals. */
const NO_CODE_UNIT = -1;

/** One step of the word hash; stays a small integer, so no heap numbers are made. */
export function wordHashStep(hash: number, lowerCodeUnit: number): number {
  return Math.imul(hash ^ lowerCodeUnit, 0x01000193) & 0x3fffffff;
}

/** One word of a {@link Vocabulary}. */
export interface VocabularyEntry {
  /** The word, lower case. */
  word: string;
  /** Small integer id, dense from 0. */
  id: number;
  /** Bits the owner chooses (the cleaner's word kinds, the languages of a function word). */
  flags: number;
}

/**
 * A set of lower-case words with flags, found by a hash computed while the
 * input is scanned ({@link wordHashStep} over {@link wordLowerCode}s), in an
 * open-addressing table: no string is made per word of the input and no Map
 * is consulted. The cleaner keeps every word it knows for one language in
 * one (function words, calendar words, cue-phrase words, …); the
 * function-word vote keeps each function word with a bit per language.
 */
export class Vocabulary {
  private readonly entries: VocabularyEntry[] = [];
  private readonly byWord = new Map<string, VocabularyEntry>();
  private hashes = new Int32Array(16).fill(-1);
  private slots = new Int32Array(16);
  private mask = 15;
  /** Longest word in code units: longer input words are not looked up. */
  maxLength = 0;

  /** Adds `word` (lower case) with `flags` and returns its entry. */
  add(word: string, flags = 0): VocabularyEntry {
    const known = this.byWord.get(word);
    if (known) {
      known.flags |= flags;
      return known;
    }
    const entry: VocabularyEntry = { word, id: this.entries.length, flags };
    this.entries.push(entry);
    this.byWord.set(word, entry);
    this.maxLength = Math.max(this.maxLength, word.length);
    if (this.entries.length * 3 > this.hashes.length) this.rebuild(this.hashes.length * 4);
    else this.insert(entry);
    return entry;
  }

  private insert(entry: VocabularyEntry): void {
    let hash = WORD_HASH_SEED;
    for (let i = 0; i < entry.word.length; i++) hash = wordHashStep(hash, entry.word.charCodeAt(i));
    let slot = hash & this.mask;
    while (this.hashes[slot] !== -1) slot = (slot + 1) & this.mask;
    this.hashes[slot] = hash;
    this.slots[slot] = entry.id;
  }

  private rebuild(size: number): void {
    this.hashes = new Int32Array(size).fill(-1);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const entry of this.entries) this.insert(entry);
  }

  /** The entry of `word` (lower case), if known. */
  get(word: string): VocabularyEntry | undefined {
    return this.byWord.get(word);
  }

  /** The entry of `text.slice(start, end)` lower-cased, whose {@link wordHashStep} hash is `hash`. */
  find(text: string, start: number, end: number, hash: number): VocabularyEntry | undefined {
    return this.findSkipping(text, start, end, hash, NO_CODE_UNIT, 0);
  }

  /**
   * The entry of a word with `skipped` code units equal to `skip`
   * inside it (soft hyphens) that were left out of `hash` and are left out
   * of the comparison.
   */
  findSkipping(text: string, start: number, end: number, hash: number, skip: number, skipped: number): VocabularyEntry | undefined {
    const hashes = this.hashes;
    const mask = this.mask;
    const length = end - start - skipped;
    for (let slot = hash & mask; hashes[slot] !== -1; slot = (slot + 1) & mask) {
      if (hashes[slot] !== hash) continue;
      const entry = this.entries[this.slots[slot]!]!;
      const word = entry.word;
      if (word.length !== length) continue;
      let k = 0;
      for (let at = start; at < end; at++) {
        const code = text.charCodeAt(at);
        if (code === skip) continue;
        if (wordLowerCode(code) !== word.charCodeAt(k)) break;
        k++;
      }
      if (k === length) return entry;
    }
    return undefined;
  }

  /** The entry of `text.slice(start, end)` lower-cased, hashing it first. */
  findRange(text: string, start: number, end: number): VocabularyEntry | undefined {
    if (end - start > this.maxLength) return undefined;
    let hash = WORD_HASH_SEED;
    for (let i = start; i < end; i++) hash = wordHashStep(hash, lowerCode(text.charCodeAt(i)));
    return this.find(text, start, end, hash);
  }
}
