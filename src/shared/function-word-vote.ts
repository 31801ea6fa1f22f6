/**
 * One function-word vote, shared by every capability that must guess a
 * text's language cheaply before it can pick its per-language data
 * (cleaning cues, tokenizer rules, quote cue verbs, the article's language).
 * Each caller brings its own word lists (the languages it has data for) and
 * its own rule for when a vote is decisive; the counting is done here once.
 *
 * It is not a language identifier: `detectLanguage` is. It only chooses
 * among a few languages whose function words ("der", "the", "que") make up
 * a large share of any running text.
 */
import type { LanguageCode } from './span.js';

/** One language's function words (lower-case). */
export interface FunctionWordList {
  lang: LanguageCode;
  words: Iterable<string>;
}

/** A language and its number of votes. */
export interface LanguageVotes {
  lang: LanguageCode;
  votes: number;
}

/** The outcome of a vote: languages by votes (most first) and the words read. */
export interface VoteCount {
  /** Every language of the table, most votes first (ties by code). */
  ranked: LanguageVotes[];
  /** Words read (every word, function word or not). */
  words: number;
}

const LETTER_PATTERN = /[\p{L}\p{M}]/u;

/**
 * Each BMP code unit's lower case (a single code unit) if it is a word
 * character — a letter or combining mark — and 0 if it is not; filled as
 * codes are met (`UNKNOWN` until then). Surrogates (emoji, mostly) are not
 * word characters: no function word lies outside the BMP.
 */
const lowerOfWordCode = new Int32Array(0x10000).fill(-1);
const UNKNOWN = -1;

/** Classifies a code unit met for the first time (see {@link lowerOfWordCode}). */
function learnCode(code: number): number {
  const char = String.fromCharCode(code);
  const folded = char.toLowerCase();
  const lower = !LETTER_PATTERN.test(char) ? 0 : folded.length === 1 ? folded.charCodeAt(0) : code;
  lowerOfWordCode[code] = lower;
  return lower;
}

/** The lower case of a word character, or 0 for any other code unit. */
function wordLower(code: number): number {
  const lower = lowerOfWordCode[code]!;
  return lower === UNKNOWN ? learnCode(code) : lower;
}

/** FNV-1a over code units. */
const HASH_SEED = 0x811c9dc5 | 0; // as a signed 32-bit integer, so hashes stay small integers
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/**
 * The function words of several languages, each with a bit per language
 * whose list holds it; counts votes over a stretch of text. Words are found
 * by a hash of their lower-cased code units in an open-addressing table, so
 * reading a text makes no string.
 */
export class FunctionWordTable {
  /** The languages voted for, in the order of the lists given. */
  readonly languages: readonly LanguageCode[];
  /** The distinct function words (lower-case) and their language bits. */
  private readonly entries: string[] = [];
  private readonly bits: number[] = [];
  /** Open-addressing slots: entry index + 1, 0 for empty. */
  private readonly slots: Int32Array;
  /** The hash of each slot's word, checked before its characters. */
  private readonly slotHashes: Int32Array;
  private readonly longest: number;

  constructor(lists: readonly FunctionWordList[]) {
    if (lists.length > 31) throw new RangeError('FunctionWordTable: at most 31 languages');
    const languages: LanguageCode[] = [];
    const byWord = new Map<string, number>();
    let longest = 0;
    for (const { lang, words } of lists) {
      const bit = 1 << languages.length;
      languages.push(lang);
      for (const word of words) {
        const lower = word.toLowerCase();
        byWord.set(lower, (byWord.get(lower) ?? 0) | bit);
        longest = Math.max(longest, lower.length);
      }
    }
    this.languages = languages;
    this.longest = longest;
    let size = 16;
    while (size < byWord.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    for (const [word, bits] of byWord) {
      let hash = HASH_SEED;
      for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
      let slot = hash & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.entries.push(word);
      this.bits.push(bits);
      this.slots[slot] = this.entries.length;
      this.slotHashes[slot] = hash;
    }
  }

  /** The language bits of the word `text[start, end)` compared lower-cased, 0 if it is no function word. */
  private lookUp(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]! - 1;
      if (index < 0) return 0;
      if (this.slotHashes[slot] !== hash) continue;
      const entry = this.entries[index]!;
      if (entry.length !== end - start) continue;
      let k = 0;
      while (k < entry.length && entry.charCodeAt(k) === wordLower(text.charCodeAt(start + k))) k++;
      if (k === entry.length) return this.bits[index]!;
    }
  }

  /**
   * Adds the votes of the words of `text` between `from` and `to` (code
   * units; a word running over `to` is read to its end) to `votes` (one
   * count per language of {@link FunctionWordTable.languages}), reading at
   * most `maxWords` words. Each word votes for every language whose list
   * holds it, compared lower-cased. Returns the number of words read.
   */
  addVotes(votes: number[], text: string, from = 0, to = text.length, maxWords = Infinity): number {
    const end = Math.min(to, text.length);
    let words = 0;
    let i = Math.max(0, from);
    while (i < end && words < maxWords) {
      let lower = wordLower(text.charCodeAt(i));
      if (lower === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      while (lower !== 0) {
        hash = hashStep(hash, lower);
        lower = ++i < text.length ? wordLower(text.charCodeAt(i)) : 0;
      }
      words++;
      if (i - start > this.longest) continue;
      let bits = this.lookUp(text, start, i, hash);
      for (let k = 0; bits !== 0; k++, bits >>>= 1) if ((bits & 1) !== 0) votes[k] = (votes[k] ?? 0) + 1;
    }
    return words;
  }

  /** Counts the votes over one stretch of `text` (see {@link FunctionWordTable.addVotes}) and ranks the languages. */
  count(text: string, from = 0, to = text.length, maxWords = Infinity): VoteCount {
    const votes = new Array<number>(this.languages.length).fill(0);
    const words = this.addVotes(votes, text, from, to, maxWords);
    return { ranked: rankVotes(this.languages, votes), words };
  }
}

/** Languages by votes, most first; ties by language code so the order never depends on the table. */
export function rankVotes(languages: readonly LanguageCode[], votes: readonly number[]): LanguageVotes[] {
  return languages
    .map((lang, index) => ({ lang, votes: votes[index] ?? 0 }))
    .sort((a, b) => b.votes - a.votes || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
}
