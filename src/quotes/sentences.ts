/**
 * Sentence boundaries and word tokens for quote attribution. One linear pass
 * over the text; the inside of a quote never ends a narrating sentence.
 *
 * @internal
 */
import type { QuoteLanguageData } from './data/types.js';
import { QUOTE_MARK_BY_CODE, SENTENCE_END } from './data/marks.js';
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

const isSpace = (char: string): boolean => char === ' ' || char === '\t' || char === '\r' || char === '\u00a0' || char === '\u202f';
const UPPER_PATTERN = /\p{Lu}/u;
/** Upper-case test with an ASCII fast path. */
const UPPER = {
  test(char: string): boolean {
    const code = char.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90;
    return UPPER_PATTERN.test(char);
  },
};
const LETTER = /[\p{L}\p{N}]/u;

function isOpeningMark(char: string): boolean {
  return char === '„' || char === '“' || char === '"' || char === '»' || char === '«' || char === '‚' || char === '(';
}

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
  return abbreviationSet(data).has(text.slice(start, index).toLowerCase());
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

/** Whether a sentence may start at `index` (after optional spaces). */
function startsSentence(text: string, index: number): boolean {
  let i = index;
  while (i < text.length && isSpace(text[i] ?? '')) i++;
  const char = text[i] ?? '';
  if (char === '' || char === '\n') return true;
  return UPPER.test(char) || isOpeningMark(char) || /\d/.test(char) || char === '–' || char === '-';
}

/**
 * Splits `text` into narrating sentences. `pairs` are the top-level quotes in
 * order; their insides are skipped.
 */
export function segmentSentences(text: string, pairs: readonly MarkPair[], data: QuoteLanguageData, stopAfter = Infinity): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  let pairIndex = 0;
  const finish = (end: number): void => {
    if (start < 0) return;
    let e = end;
    while (e > start && isSpace(text[e - 1] ?? '')) e--;
    if (e > start) sentences.push({ start, end: e });
    start = -1;
  };
  const length = text.length;
  const firstNonSpace = (from: number, to: number): number => {
    let k = from;
    while (k < to && isSpace(text[k] ?? '')) k++;
    return k;
  };
  const boundary = /[.!?\u2026\n]/g;
  let i = 0;
  while (i < length) {
    // Callers that only need the sentences holding quotes stop after the last one.
    if (i > stopAfter && start < 0) return sentences;
    boundary.lastIndex = i;
    const match = boundary.exec(text);
    let next = match === null ? length : match.index;
    const pair = pairs[pairIndex];
    if (pair !== undefined && pair.start < i) {
      pairIndex++;
      continue;
    }
    if (pair !== undefined && pair.start <= next) {
      if (start < 0) {
        const first = firstNonSpace(i, pair.start);
        start = first;
      }
      pairIndex++;
      i = pair.end;
      const last = text[pair.contentEnd - 1] ?? '';
      if (!pair.unclosed && SENTENCE_END.includes(last) && pair.end < length) {
        const after = text[pair.end] ?? '';
        if ((isSpace(after) && startsSentence(text, pair.end)) || UPPER.test(after) || (QUOTE_MARK_BY_CODE.has(after.charCodeAt(0)) && after !== '“')) {
          finish(pair.end);
        }
      }
      continue;
    }
    if (start < 0) {
      const first = firstNonSpace(i, next);
      if (first < next) start = first;
    }
    if (next >= length) break;
    const char = text[next] ?? '';
    if (char === '\n') {
      if (start >= 0) finish(next);
      i = next + 1;
      continue;
    }
    if (start < 0) start = next;
    let j = next + 1;
    while (j < length && SENTENCE_END.includes(text[j] ?? '')) j++;
    const following = text[j] ?? '';
    i = j;
    if (following === '' || following === '\n') continue;
    const glued = UPPER.test(following) || following === '„' || (following === '"' && char === '.');
    const spaced = isSpace(following) && startsSentence(text, j);
    if ((glued || spaced) && !(char === '.' && isAbbreviationPeriod(text, next, data))) finish(j);
  }
  finish(length);
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
    const pair = pairs[pairIndex];
    if (pair !== undefined && pair.start < i) {
      pairIndex++;
      continue;
    }
    if (pair !== undefined && pair.start === i) {
      const stop = Math.min(pair.end, end);
      tokens.push({ start: i, end: stop, text: text.slice(i, stop), lower: '', kind: 'quote', quote: pairIndex });
      pairIndex++;
      i = stop;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f) {
      i++;
      continue;
    }
    if (isWordCode(code)) {
      let wordEnd = i + 1;
      const limit = pair !== undefined && pair.start < end ? pair.start : end;
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
      const lower = cased ? word.toLowerCase() : word;
      tokens.push({ start: i, end: wordEnd, text: word, lower, kind: 'word', quote: -1 });
      i = wordEnd;
      continue;
    }
    const char = text[i]!;
    tokens.push({ start: i, end: i + 1, text: char, lower: char, kind: 'punct', quote: -1 });
    i++;
  }
  return tokens;
}
