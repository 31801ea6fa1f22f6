/**
 * Sentence boundaries and word tokens for quote attribution. One linear pass
 * over the text; the inside of a quote never ends a narrating sentence.
 *
 * @internal
 */
import type { QuoteLanguageData } from './data/types.js';
import { isWordCode } from '../shared/char-case.js';
import { QUOTE_MARK_BY_CODE } from './data/marks.js';
import { CharFinder } from './char-finder.js';
import type { MarkPair } from './pair-marks.js';
import { WordTable } from './word-classes.js';

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
  /** Bits of the word lists `lower` is in (WordClass in word-classes.ts); 0 for none. */
  classes: number;
  /** The first code unit of `text` (tests on it need not touch the string). */
  first: number;
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
  return abbreviationTable(data).ofText(text, start, index) !== 0;
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

const abbreviationTables = new WeakMap<QuoteLanguageData, WordTable>();
function abbreviationTable(data: QuoteLanguageData): WordTable {
  let table = abbreviationTables.get(data);
  if (table === undefined) {
    table = new WordTable(new Map(data.abbreviations.map((abbreviation) => [abbreviation, 1])));
    abbreviationTables.set(data, table);
  }
  return table;
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

/** The characters at which a sentence may end: . ! ? … and the line feed that ends a paragraph. */
const BOUNDARY_CHARS = ['.', '!', '?', '\u2026', '\n'] as const;

/**
 * Splits `text` into narrating sentences. `pairs` are the top-level quotes in
 * order; their insides are skipped.
 */
export function segmentSentences(text: string, pairs: readonly MarkPair[], data: QuoteLanguageData, stopAfter = Infinity): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  let pairIndex = 0;
  const length = text.length;
  const boundaries = new CharFinder(text, BOUNDARY_CHARS);
  // The first boundary character at or after `i` (`length` when none), searched again only once `i` passes it.
  let next = -1;
  let i = 0;
  while (i < length) {
    // Callers that only need the sentences holding quotes stop after the last one.
    if (i > stopAfter && start < 0) return sentences;
    if (next < i) next = boundaries.nextFrom(i);
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

/** Upper-case ASCII or Latin-1 letter, or any code beyond Latin-1 (checked by toLowerCase). */
const mayHaveUpper = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || code > 0xff;
/**
 * Tokens of `text[start, end)`; the top-level `pairs` inside it become one
 * `quote` token each (`firstPair` is the index of the first pair at or after
 * `start`); each token gets its bits from `classes`.
 */
export function tokenize(text: string, start: number, end: number, pairs: readonly MarkPair[], firstPair: number, classes: WordTable): Token[] {
  const tokens: Token[] = [];
  let pairIndex = firstPair;
  let i = start;
  while (i < end) {
    let pair = pairs[pairIndex];
    while (pair !== undefined && pair.start < i) pair = pairs[++pairIndex];
    // Words and punctuation run up to the next quote, which is one token.
    const limit = pair !== undefined && pair.start < end ? pair.start : end;
    // Lower-cased stretch by stretch: a quote's content (often most of the sentence) is never lower-cased.
    if (limit > i) pushWords(text, i, limit, tokens, classes);
    if (pair === undefined || limit >= end) break;
    const stop = Math.min(pair.end, end);
    tokens.push({ start: limit, end: stop, text: text.slice(limit, stop), lower: '', kind: 'quote', quote: pairIndex, classes: classes.ofEmpty, first: text.charCodeAt(limit) });
    pairIndex++;
    i = stop;
  }
  return tokens;
}

/**
 * The lower case of a stretch of a sentence between quotes, for its words to
 * slice theirs from; computed from the first word that needs it (stretches
 * such as ", sagte er." need none).
 */
interface LoweredStretch {
  /** Where the lower-cased part starts in the text; -1 until a word needs it. */
  start: number;
  /** Where the stretch ends in the text. */
  end: number;
  /** The lower-cased part, or null when its words must be lower-cased one by one (or before it is computed). */
  lower: string | null;
}

/**
 * Lower-cases `text[from, lowered.end)` in one call (a `toLowerCase` call per
 * word costs more than one for the whole stretch). Null where slicing it
 * would differ from lower-casing each word alone: a length change (İ) or a
 * context-dependent sigma (Σ).
 */
function lowerStretchFrom(text: string, from: number, lowered: LoweredStretch): void {
  const slice = text.slice(from, lowered.end);
  const lower = slice.toLowerCase();
  lowered.start = from;
  lowered.lower = lower.length === slice.length && !slice.includes('\u03A3') ? lower : null;
}

/** Appends the word and punctuation tokens of `text[start, limit)` (no quote inside). */
function pushWords(text: string, start: number, limit: number, tokens: Token[], classes: WordTable): void {
  const lowered: LoweredStretch = { start: -1, end: limit, lower: null };
  let i = start;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f) {
      i++;
      continue;
    }
    if (!isWordCode(code)) {
      const char = text[i]!;
      tokens.push({ start: i, end: i + 1, text: char, lower: char, kind: 'punct', quote: -1, classes: classes.ofRange(text, i, i + 1), first: code });
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
    tokens.push(wordToken(text, i, wordEnd, cased, lowered, classes));
    i = wordEnd;
  }
}

/** The token of the word `text[start, end)`; `cased`: whether lower-casing may change it. */
function wordToken(text: string, start: number, end: number, cased: boolean, lowered: LoweredStretch, classes: WordTable): Token {
  const word = text.slice(start, end);
  const first = text.charCodeAt(start);
  if (!cased) return { start, end, text: word, lower: word, kind: 'word', quote: -1, classes: classes.ofRange(text, start, end), first };
  if (lowered.start < 0) lowerStretchFrom(text, start, lowered);
  const stretchLower = lowered.lower;
  if (stretchLower === null) {
    const lower = word.toLowerCase();
    return { start, end, text: word, lower, kind: 'word', quote: -1, classes: classes.of(lower), first };
  }
  const from = start - lowered.start;
  const to = end - lowered.start;
  return { start, end, text: word, lower: stretchLower.slice(from, to), kind: 'word', quote: -1, classes: classes.ofRange(stretchLower, from, to), first };
}

/** Upper-case for sure: an ASCII or Latin-1 capital (beyond Latin-1 this test says no). */
const isSurelyUpperCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/** {@link WordTriggers} flag: a word that decides alone. */
export const TRIGGER_WORD = 1;
/** {@link WordTriggers} flag: a verb that decides only with a comma or a complement word after it. */
export const TRIGGER_VERB = 2;
/** {@link WordTriggers} flag: a complement word ("dass", "ob"). */
export const TRIGGER_COMPLEMENT = 4;

/** The words {@link mayContainWord} looks for. */
export interface WordTriggers {
  /** {@link TRIGGER_WORD}, {@link TRIGGER_VERB} and {@link TRIGGER_COMPLEMENT} bits by lower-case word. */
  words: WordTable;
  /** Whether a capitalised verb counts only as the first token (languages that capitalise nouns). */
  verbsLowerCase: boolean;
}

/**
 * Whether some word token of `text[start, end)` (words inside the top-level
 * `pairs` are not tokens) may be a {@link TRIGGER_WORD} (lower-cased), or a
 * {@link TRIGGER_VERB} followed later by a comma or
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
      // Beyond Latin-1 the lower-case form is not computed here: such a word may match.
      let beyondLatin1 = code > 0xff;
      let wordEnd = i + 1;
      while (wordEnd < limit) {
        const next = text.charCodeAt(wordEnd);
        if (isWordCode(next)) {
          if (next > 0xff) beyondLatin1 = true;
          wordEnd++;
        } else if ((next === 45 || next === 39 || next === 0x2019 || next === 46) && wordEnd + 1 < limit && isWordCode(text.charCodeAt(wordEnd + 1))) {
          if (text.charCodeAt(wordEnd + 1) > 0xff) beyondLatin1 = true;
          wordEnd += 2;
        } else break;
      }
      if (beyondLatin1) return true;
      const flags = triggers.words.ofLatin1(text, i, wordEnd);
      if ((flags & TRIGGER_WORD) !== 0 || (verbSeen && (flags & TRIGGER_COMPLEMENT) !== 0)) return true;
      if ((flags & TRIGGER_VERB) !== 0 && (first || !triggers.verbsLowerCase || !isSurelyUpperCode(code))) verbSeen = true;
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
