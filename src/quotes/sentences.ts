/**
 * Sentence boundaries and word tokens for quote attribution. One linear pass
 * over the text; the inside of a quote never ends a narrating sentence.
 *
 * @internal
 */
import type { QuoteLanguageData } from './data/types.js';
import { QUOTE_MARK_BY_CODE } from './data/marks.js';
import type { MarkPair } from './pair-marks.js';

/** A narrating sentence: `[start, end)` without surrounding white space. */
export interface Sentence {
  start: number;
  end: number;
}

/** A token of a narrating sentence; a whole quote is one token. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** Index into the top-level pairs, for quote tokens. */
  quote: number;
}

const UPPER_PATTERN = /\p{Lu}/u;

/** Whether the period at `index` belongs to an abbreviation, initial or ordinal number. */
function isAbbreviationPeriod(text: string, index: number, data: QuoteLanguageData): boolean {
  let start = index;
  while (start > 0 && index - start < 12) {
    const code = text.charCodeAt(start - 1);
    if (code === 32 || code === 10 || code === 9 || code === 40 || code === 0xa0) break;
    start--;
  }
  const length = index - start;
  if (length === 0) return false;
  const first = text.charCodeAt(start);
  if (length <= 2 && first >= 48 && first <= 57) {
    const last = text.charCodeAt(index - 1);
    return last >= 48 && last <= 57; // ordinal: "18. Februar"
  }
  if (length === 1) return first >= 65 && first <= 90; // initial: "George W. Bush"
  if (length > 6) return false;
  if (isRomanOrdinal(text, start, index)) return true; // "Benedikt XVI."
  return abbreviationSet(data).has(text.slice(start, index).toLowerCase());
}

/** A Roman numeral after a capitalised name ("Benedikt XVI.", "Ludwig XIV.") followed by lower case: an ordinal, not a sentence end. */
function isRomanOrdinal(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 73 && code !== 86 && code !== 88 && code !== 76 && code !== 67) return false; // I V X L C
  }
  let k = start - 1;
  while (k > 0 && text.charCodeAt(k) === 32) k--;
  let wordStart = k;
  while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (!(k > wordStart && isUpperCode(text.charCodeAt(wordStart)) && !isUpperCode(text.charCodeAt(k)))) return false;
  // Only when the sentence goes on in lower case ("Benedikt XVI. „ist …“"); "… Benedikt XVI. „Unter ihm …“" ends it.
  let next = end + 1;
  while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
  if (isOpeningCode(text.charCodeAt(next))) next++;
  const code = text.charCodeAt(next);
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

const abbreviationSets = new WeakMap<QuoteLanguageData, Set<string>>();
function abbreviationSet(data: QuoteLanguageData): Set<string> {
  let set = abbreviationSets.get(data);
  if (set === undefined) {
    set = new Set(data.abbreviations);
    abbreviationSets.set(data, set);
  }
  return set;
}

/** Horizontal white space, by code unit (a line end is a boundary of its own). */
const isSpaceCode = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f;
const isSentenceEndCode = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026;
/** Upper-case letter by code unit, with an ASCII fast path. */
function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_PATTERN.test(String.fromCharCode(code));
}
/** „ “ " » « ‚ ( */
const isOpeningCode = (code: number): boolean =>
  code === 0x201e || code === 0x201c || code === 34 || code === 0xbb || code === 0xab || code === 0x201a || code === 40;

/** Whether a sentence may start at `index` (after optional spaces). */
function startsSentence(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= text.length) return true;
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  return isUpperCode(code) || isOpeningCode(code) || (code >= 48 && code <= 57) || code === 0x2013 || code === 45;
}

/** Appends `[start, end)` without its trailing white space, unless nothing is left. */
function pushSentence(text: string, sentences: Sentence[], start: number, end: number): void {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > start) sentences.push({ start, end: e });
}

function skipSpaces(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** Whether a sentence ends right after a quote that ends with sentence punctuation. */
function endsAfterQuote(text: string, pair: MarkPair): boolean {
  if (pair.unclosed || !isSentenceEndCode(text.charCodeAt(pair.contentEnd - 1)) || pair.end >= text.length) return false;
  const after = text.charCodeAt(pair.end);
  return (isSpaceCode(after) && startsSentence(text, pair.end)) || isUpperCode(after) || (QUOTE_MARK_BY_CODE.has(after) && after !== 0x201c);
}

const BOUNDARY = /[.!?\u2026\n]/g;

/**
 * Splits `text` into narrating sentences. `pairs` are the top-level quotes in
 * order; their insides are skipped.
 */
export function segmentSentences(text: string, pairs: readonly MarkPair[], data: QuoteLanguageData, stopAfter = Infinity): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  let pairIndex = 0;
  const length = text.length;
  // The first boundary character at or after `i` (`length` when none), searched again only once `i` passes it.
  let next = -1;
  let i = 0;
  while (i < length) {
    // Callers that only need the sentences holding quotes stop after the last one.
    if (i > stopAfter && start < 0) return sentences;
    if (next < i) {
      BOUNDARY.lastIndex = i;
      next = BOUNDARY.test(text) ? BOUNDARY.lastIndex - 1 : length;
    }
    const pair = pairs[pairIndex];
    if (pair !== undefined && pair.start < i) {
      pairIndex++;
      continue;
    }
    if (pair !== undefined && pair.start <= next) {
      if (start < 0) start = skipSpaces(text, i, pair.start);
      pairIndex++;
      i = pair.end;
      if (endsAfterQuote(text, pair) && start >= 0) {
        pushSentence(text, sentences, start, pair.end);
        start = -1;
      }
      continue;
    }
    if (start < 0) {
      const first = skipSpaces(text, i, next);
      if (first < next) start = first;
    }
    if (next >= length) break;
    const code = text.charCodeAt(next);
    if (code === 10) {
      if (start >= 0) pushSentence(text, sentences, start, next);
      start = -1;
      i = next + 1;
      continue;
    }
    if (start < 0) start = next;
    let j = next + 1;
    while (j < length && isSentenceEndCode(text.charCodeAt(j))) j++;
    i = j;
    if (j >= length) continue;
    const following = text.charCodeAt(j);
    if (following === 10) continue;
    const glued = isUpperCode(following) || following === 0x201e || (following === 34 && code === 46);
    const spaced = isSpaceCode(following) && startsSentence(text, j);
    if ((glued || spaced) && !(code === 46 && isAbbreviationPeriod(text, next, data))) {
      pushSentence(text, sentences, start, j);
      start = -1;
    }
  }
  if (start >= 0) pushSentence(text, sentences, start, length);
  return sentences;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Upper-case ASCII or Latin-1 letter, or any code beyond Latin-1 (checked by toLowerCase). */
const mayHaveUpper = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || code > 0xff;
/** Letter or digit by code unit, with an ASCII fast path. */
function isWordCode(code: number): boolean {
  if (code < 0xc0) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0x2000) return code !== 0xd7 && code !== 0xf7;
  if (code < 0x2070) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * Tokens of `text[start, end)`; the top-level `pairs` inside it become one
 * `quote` token each (`firstPair` is the index of the first pair at or after `start`).
 */
export function tokenize(text: string, start: number, end: number, pairs: readonly MarkPair[], firstPair: number): Token[] {
  const tokens: Token[] = [];
  let pairIndex = firstPair;
  let i = start;
  while (i < end) {
    let pair = pairs[pairIndex];
    while (pair !== undefined && pair.start < i) pair = pairs[++pairIndex];
    // Words and punctuation run up to the next quote, which is one token.
    const limit = pair !== undefined && pair.start < end ? pair.start : end;
    pushWords(text, i, limit, tokens);
    if (pair === undefined || limit >= end) break;
    const stop = Math.min(pair.end, end);
    tokens.push({ start: limit, end: stop, text: text.slice(limit, stop), lower: '', kind: 'quote', quote: pairIndex });
    pairIndex++;
    i = stop;
  }
  return tokens;
}

/** Appends the word and punctuation tokens of `text[start, limit)` (no quote inside). */
function pushWords(text: string, start: number, limit: number, tokens: Token[]): void {
  let i = start;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f) {
      i++;
      continue;
    }
    if (!isWordCode(code)) {
      const char = text[i]!;
      tokens.push({ start: i, end: i + 1, text: char, lower: char, kind: 'punct', quote: -1 });
      i++;
      continue;
    }
    let wordEnd = i + 1;
    // Whether the word may change when lower-cased: an upper-case ASCII or Latin-1 letter, or anything beyond Latin-1.
    let cased = mayHaveUpper(code);
    while (wordEnd < limit) {
      const next = text.charCodeAt(wordEnd);
      if (isWordCode(next)) {
        if (!cased) cased = mayHaveUpper(next);
        wordEnd++;
      } else if ((next === 45 || next === 39 || next === 0x2019 || next === 46) && wordEnd + 1 < limit && isWordCode(text.charCodeAt(wordEnd + 1))) {
        if (!cased) cased = mayHaveUpper(text.charCodeAt(wordEnd + 1));
        wordEnd += 2;
      } else break;
    }
    const word = text.slice(i, wordEnd);
    tokens.push({ start: i, end: wordEnd, text: word, lower: cased ? word.toLowerCase() : word, kind: 'word', quote: -1 });
    i = wordEnd;
  }
}

/** A code unit lower-cased the way `toLowerCase` does for ASCII and Latin-1 letters; -1 beyond Latin-1. */
function lowerCode(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)) return code + 32;
  return code > 0xff ? -1 : code;
}

/** FNV-1a hash folded to a small integer (a V8 Smi keeps Set lookups fast). */
const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);
const HASH_START = 0x811c9dc5 | 0;
const HASH_MASK = 0x3fffffff;

/** The hash {@link mayContainWord} compares: of a lower-case word from the language data. */
export function wordHash(lower: string): number {
  let hash = HASH_START;
  for (let i = 0; i < lower.length; i++) hash = hashStep(hash, lower.charCodeAt(i));
  return hash & HASH_MASK;
}

/** Upper-case for sure: an ASCII or Latin-1 capital (beyond Latin-1 this test says no). */
const isSurelyUpperCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/** Hashed words ({@link wordHash}) that {@link mayContainWord} looks for. */
export interface WordTriggers {
  /** Words that decide alone. */
  words: ReadonlySet<number>;
  /** Verbs that decide only with a comma or a complement word after them. */
  verbs: ReadonlySet<number>;
  /** Complement words ("dass", "ob"). */
  complements: ReadonlySet<number>;
  /** Whether a capitalised verb counts only as the first token (languages that capitalise nouns). */
  verbsLowerCase: boolean;
}

/**
 * Whether some word token of `text[start, end)` (words inside the top-level
 * `pairs` are not tokens) may be one of `triggers.words` (by lower-cased
 * {@link wordHash}), or one of `triggers.verbs` followed later by a comma or
 * a complement word. Never false when {@link tokenize} would produce such
 * tokens, so a caller can skip tokenising when it is false; no allocation
 * per word.
 */
export function mayContainWord(text: string, start: number, end: number, pairs: readonly MarkPair[], firstPair: number, triggers: WordTriggers): boolean {
  let pairIndex = firstPair;
  let first = true;
  let verbSeen = false;
  let i = start;
  while (i < end) {
    let pair = pairs[pairIndex];
    while (pair !== undefined && pair.start < i) pair = pairs[++pairIndex];
    // Words run up to the next quote, which is one token.
    const limit = pair !== undefined && pair.start < end ? pair.start : end;
    while (i < limit) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        if (code === 44 && verbSeen) return true;
        if (first && !(code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f)) first = false;
        i++;
        continue;
      }
      let lower = lowerCode(code);
      // Beyond Latin-1 the lower-case form is not computed here: such a word may match.
      let unknown = lower < 0;
      let hash = hashStep(HASH_START, lower);
      let wordEnd = i + 1;
      while (wordEnd < limit) {
        const next = text.charCodeAt(wordEnd);
        if (isWordCode(next)) {
          lower = lowerCode(next);
          if (lower < 0) unknown = true;
          hash = hashStep(hash, lower);
          wordEnd++;
        } else if ((next === 45 || next === 39 || next === 0x2019 || next === 46) && wordEnd + 1 < limit && isWordCode(text.charCodeAt(wordEnd + 1))) {
          lower = lowerCode(text.charCodeAt(wordEnd + 1));
          if (lower < 0) unknown = true;
          hash = hashStep(hashStep(hash, next), lower);
          wordEnd += 2;
        } else break;
      }
      if (unknown) return true;
      const key = hash & HASH_MASK;
      if (triggers.words.has(key) || (verbSeen && triggers.complements.has(key))) return true;
      if (triggers.verbs.has(key) && (first || !triggers.verbsLowerCase || !isSurelyUpperCode(code))) verbSeen = true;
      first = false;
      i = wordEnd;
    }
    if (pair === undefined || limit >= end) return false;
    // The quote token.
    first = false;
    pairIndex++;
    i = Math.min(pair.end, end);
  }
  return false;
}
