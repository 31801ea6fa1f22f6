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
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{N}]/u;

function isOpeningMark(char: string): boolean {
  return char === '„' || char === '“' || char === '"' || char === '»' || char === '«' || char === '‚' || char === '(';
}

/** Whether the period at `index` belongs to an abbreviation, initial or ordinal number. */
function isAbbreviationPeriod(text: string, index: number, data: QuoteLanguageData): boolean {
  let start = index;
  while (start > 0 && (LETTER.test(text[start - 1] ?? '') || text[start - 1] === '.')) start--;
  const word = text.slice(start, index);
  if (word === '') return false;
  if (/^\d{1,2}$/.test(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true;
  return data.abbreviations.includes(word.toLowerCase());
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
export function segmentSentences(text: string, pairs: readonly MarkPair[], data: QuoteLanguageData): Sentence[] {
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

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/uy;

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
    const char = text[i] ?? '';
    if (isSpace(char) || char === '\n') {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match !== null && match.index === i) {
      let wordEnd = i + match[0].length;
      if (pair !== undefined && wordEnd > pair.start) wordEnd = pair.start;
      if (wordEnd > end) wordEnd = end;
      const word = text.slice(i, wordEnd);
      tokens.push({ start: i, end: wordEnd, text: word, lower: word.toLowerCase(), kind: 'word', quote: -1 });
      i = wordEnd;
      continue;
    }
    tokens.push({ start: i, end: i + 1, text: char, lower: char, kind: 'punct', quote: -1 });
    i++;
  }
  return tokens;
}
