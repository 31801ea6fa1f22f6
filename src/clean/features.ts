import { lowerCode, prepareCaseTables } from '../shared/char-case.js';
import type { CompiledLanguage } from './compile-language.js';
import { cueReason } from './cues.js';
import type { BoilerplateReason } from './types.js';
import { WORD_HASH_SEED, type Vocabulary } from '../shared/vocabulary.js';
import { WORD_FLAGS } from './word-flags.js';
import { learnCodeUnits, WORD_LOWER_SEEN } from './word-lower-table.js';

/** Per-block features the classifier decides from, computed once per block. */
export interface BlockFeatures {
  /** Length in code units. */
  chars: number;
  /** Number of words (runs of letters and digits). */
  words: number;
  /** Words that are function words of the block's language (among the first 1,000 characters). */
  stopwords: number;
  /** Share of function words among the words of the first 1,000 characters (0 without words). */
  density: number;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Share of words that are all digits. */
  digits: number;
  /** Ends like a sentence: `. ! ? …`, possibly followed by closing quotes or brackets. */
  terminal: boolean;
  /** Ends with a colon. */
  colon: boolean;
  /** Starts with a list marker ("- ", "• ", "* ", "» "). */
  listItem: boolean;
  /** Starts with a capital letter, digit or quotation mark. */
  startsUpper: boolean;
  /** Contains a comma. */
  comma: boolean;
  /**
   * A `.`, `!` or `?` is directly followed by something other than white
   * space or a digit: the block may hold sentences a scraper glued together
   * (only such blocks are searched by findGluedSentences).
   */
  sentenceMarkGlued: boolean;
  /** Has a month or weekday name and a number among its first words: it holds a date ("Frank Hahn am 18. September 2019"). */
  dated: boolean;
  /** The boilerplate reason the block's own words give (cue phrases, dates, bylines, …), if any. */
  cue: BoilerplateReason | undefined;
}

/** Blocks with more words than this get no phrase matching (only the breadcrumb test). */
export const MAX_LISTED_WORDS = 60;
/** Words of a block kept in the scan: one more than {@link MAX_LISTED_WORDS}, to know a block is longer. */
const SCAN_WORDS = MAX_LISTED_WORDS + 1;
const SAMPLE_CHARS = 1000;

/** The words of the block being looked at: offsets, vocabulary ids (-1 unknown) and flags. */
export interface WordScan {
  /** Words recorded (at most {@link MAX_LISTED_WORDS} + 1). */
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  /** {@link WORD_FLAGS} bits, plus {@link NUMERIC_WORD}. */
  flags: Uint16Array;
  /** Breadcrumb separators (" › ", " > ", " » ", " → ") in a block of up to {@link MAX_BREADCRUMB_CHARS} characters. */
  separators: number;
  /** Colons in the block. */
  colons: number;
  /** Whether the block has a © sign. */
  copyright: boolean;
  /** The recorded words' {@link flags}, or-ed: which kinds of word occur at all. */
  anyFlags: number;
}

/** Longer blocks are never breadcrumb trails of separators. */
export const MAX_BREADCRUMB_CHARS = 250;

function isTrailSeparator(code: number): boolean {
  return code === 0x203a || code === 0x3e || code === 0xbb || code === 0x2192;
}

/** U+00AD, an invisible hyphenation point inside a word. */
const SOFT_HYPHEN = 0xad;

/** Flag of a word made of ASCII digits only. */
export const NUMERIC_WORD = 256;

/** Whether the word at `start..end` is made of ASCII digits (soft hyphens aside). */
function isNumericWord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) > 57) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 57 && code !== SOFT_HYPHEN) return false;
  }
  return true;
}

/** Reused for every block: the scan makes no array per block. */
const scan: WordScan = {
  count: 0,
  starts: new Int32Array(SCAN_WORDS),
  ends: new Int32Array(SCAN_WORDS),
  ids: new Int32Array(SCAN_WORDS),
  flags: new Uint16Array(SCAN_WORDS),
  separators: 0,
  colons: 0,
  copyright: false,
  anyFlags: 0,
};

/** Whether the sentence mark at `at` is followed, inside the block, by a character that is neither white space nor a digit. */
function isGluedAfter(text: string, at: number, to: number): boolean {
  if (at + 1 >= to) return false;
  const next = text.charCodeAt(at + 1);
  return next > 0x20 && (next < 0x30 || next > 0x39);
}

function isCloser(code: number): boolean {
  // " ' ” “ ’ ‘ » « ) ] › ‹
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x201c || code === 0x2019 || code === 0x2018 ||
    code === 0xbb || code === 0xab || code === 0x29 || code === 0x5d || code === 0x203a || code === 0x2039;
}

/** Emoji (surrogate pairs, variation selectors, joiners) and spaces between them. */
function isEmojiOrSpace(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || code === 0x200d || code === 0x20 || (code >= 0x2600 && code <= 0x27bf);
}

/**
 * Where the block's last sentence mark would stand: before closing quotes and
 * brackets, trailing emoji and emoticons ("… ist? :)", "… habt 😉 )").
 * At most {@link MAX_TRAILER} code units are passed over.
 */
function lastSentenceCode(text: string, from: number, to: number): number {
  let last = to - 1;
  const end = text.charCodeAt(last);
  if (end !== 0x44 && !isCloser(end) && !isEmojiOrSpace(end)) return last; // the common case: a letter or a mark (not the D of ":D")
  const stop = Math.max(from, to - MAX_TRAILER);
  for (;;) {
    while (last > stop && (isCloser(text.charCodeAt(last)) || isEmojiOrSpace(text.charCodeAt(last)))) last--;
    const code = text.charCodeAt(last);
    // ":)", ";-)", ":(": the bracket was passed over as a closer, the eyes (and nose) are passed over here
    const after = last + 1 < to ? text.charCodeAt(last + 1) : 0;
    const eye = code === 0x2d ? last - 1 : last;
    if ((after === 0x29 || after === 0x28) && eye >= stop && isEmoticonEye(text.charCodeAt(eye))) {
      last = eye - 1;
      continue;
    }
    // ":D" at the end or before a space
    if (code === 0x44 && last - 1 >= stop && isEmoticonEye(text.charCodeAt(last - 1)) && (after === 0 || after === 0x20)) {
      last -= 2;
      continue;
    }
    return last;
  }
}

function isEmoticonEye(code: number): boolean {
  return code === 0x3a || code === 0x3b;
}

/** Trailing emoji, emoticons and closers looked at, at most. */
const MAX_TRAILER = 12;

function isListMarker(code: number): boolean {
  // - • * · » – > ▪ ■
  return code === 0x2d || code === 0x2022 || code === 0x2a || code === 0xb7 || code === 0xbb || code === 0x2013 || code === 0x3e || code === 0x25aa || code === 0x25a0;
}

function isUpperStart(code: number): boolean {
  // digits and opening quotation marks count as an upper-case start: 0-9 „ “ " « » ‚ '
  if (code >= 48 && code <= 57) return true;
  if (code === 0x201e || code === 0x201c || code === 0x22 || code === 0xab || code === 0xbb || code === 0x201a || code === 0x27) return true;
  return lowerCode(code) !== code;
}

/** What {@link scanBlock} counts besides the recorded words: reused for every block. */
interface BlockCounts {
  words: number;
  /** Words among the first {@link SAMPLE_CHARS} characters … */
  sampled: number;
  /** … and how many of them are stopwords. */
  stopwords: number;
  capitalised: number;
  digits: number;
  comma: boolean;
  sentenceMarkGlued: boolean;
}

const counts: BlockCounts = { words: 0, sampled: 0, stopwords: 0, capitalised: 0, digits: 0, comma: false, sentenceMarkGlued: false };

/**
 * One pass over the characters of `text.slice(from, to)`, reading the page
 * string in place (no string is made per block or per word): words are
 * lower-cased and hashed code unit by code unit and looked up in
 * `vocabulary`; the first words are recorded in {@link scan}, the counts in
 * {@link counts}. The tail of a long block is only counted. Returns false,
 * having recorded nothing, when it meets a code unit {@link WORD_LOWER_SEEN}
 * does not know yet.
 */
function scanBlock(text: string, vocabulary: Vocabulary, from: number, to: number): boolean {
  // Module-level constants are copied into locals: V8 reads a module binding from memory, and checks it, at every use.
  const lowerOf = WORD_LOWER_SEEN;
  const softHyphen = SOFT_HYPHEN;
  const hashSeed = WORD_HASH_SEED;
  const stopwordFlag = WORD_FLAGS.stopword;
  const maxWords = SCAN_WORDS;
  const maxLength = vocabulary.maxLength;
  const { starts, ends, ids, flags } = scan;
  const length = to - from;
  const sampleEnd = length < SAMPLE_CHARS ? to : from + SAMPLE_CHARS;
  const countSeparators = length <= MAX_BREADCRUMB_CHARS;
  let words = 0;
  let sampled = 0;
  let stopwords = 0;
  let capitalised = 0;
  let digits = 0;
  let separators = 0;
  let comma = false;
  let colons = 0;
  let copyright = false;
  let sentenceMarkGlued = false;
  let numeric = true;
  let anyFlags = 0;
  let i = from;
  // The head of the block: words hashed, looked up and recorded.
  while (i < to) {
    let code = text.charCodeAt(i);
    let lower = lowerOf[code]!;
    if (lower <= 0) {
      if (lower < 0) return false;
      if (code === 0x2c) comma = true;
      else if (code === 0x3a) colons++;
      else if (code === 0xa9) copyright = true;
      else if (code === 0x2e || code === 0x21 || code === 0x3f) sentenceMarkGlued ||= isGluedAfter(text, i, to);
      else if (countSeparators && isTrailSeparator(code) && i > from && i + 1 < to && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) separators++;
      if (words >= maxWords && i >= sampleEnd) break;
      i++;
      continue;
    }
    // A word: lower-cased and hashed code unit by code unit; soft hyphens inside it are skipped.
    const start = i;
    let hash = hashSeed;
    let softHyphens = 0;
    if (lower !== code) capitalised++;
    for (;;) {
      hash = Math.imul(hash ^ lower, 0x01000193) & 0x3fffffff;
      if (++i >= to) break;
      code = text.charCodeAt(i);
      lower = lowerOf[code]!;
      if (lower <= 0) {
        if (lower < 0) return false;
        if (code !== softHyphen) break;
        // soft hyphens inside the word are skipped
        while (++i < to && text.charCodeAt(i) === softHyphen) softHyphens++;
        softHyphens++;
        if (i >= to) break;
        code = text.charCodeAt(i);
        lower = lowerOf[code]!;
        if (lower < 0) return false;
        if (lower === 0) break;
      }
    }
    numeric = isNumericWord(text, start, i);
    const entry = i - start - softHyphens > maxLength ? undefined
      : softHyphens === 0 ? vocabulary.find(text, start, i, hash)
      : vocabulary.findSkipping(text, start, i, hash, softHyphen, softHyphens);
    if (i <= sampleEnd) {
      sampled++;
      if (entry !== undefined && (entry.flags & stopwordFlag) !== 0) stopwords++;
    }
    if (words < maxWords) {
      starts[words] = start;
      ends[words] = i;
      ids[words] = entry === undefined ? -1 : entry.id;
      const wordFlags = (entry === undefined ? 0 : entry.flags) | (numeric ? NUMERIC_WORD : 0);
      flags[words] = wordFlags;
      anyFlags |= wordFlags;
    }
    words++;
    if (numeric) digits++;
  }
  if (i < to) {
    // The tail of a long block: only counted.
    let inWord = false;
    for (i++; i < to; i++) {
      const code = text.charCodeAt(i);
      const lower = lowerOf[code]!;
      if (lower < 0) return false;
      if (lower !== 0) {
        if (!inWord) {
          inWord = true;
          numeric = true;
          words++;
          if (lower !== code) capitalised++;
        }
        if (code > 57) numeric = false;
        continue;
      }
      if (code === softHyphen && inWord) continue;
      if (code === 0x2c) comma = true;
      else if (code === 0x2e || code === 0x21 || code === 0x3f) sentenceMarkGlued ||= isGluedAfter(text, i, to);
      if (inWord) {
        inWord = false;
        if (numeric) digits++;
      }
    }
    if (inWord && numeric) digits++;
  }
  scan.count = words < maxWords ? words : maxWords;
  scan.separators = separators;
  scan.colons = colons;
  scan.copyright = copyright;
  scan.anyFlags = anyFlags;

  counts.words = words;
  counts.sampled = sampled;
  counts.stopwords = stopwords;
  counts.capitalised = capitalised;
  counts.digits = digits;
  counts.comma = comma;
  counts.sentenceMarkGlued = sentenceMarkGlued;
  return true;
}

/**
 * Computes the {@link BlockFeatures} of the trimmed block `text.slice(from, to)`
 * in one pass over its characters ({@link scanBlock}; a block with a code unit
 * met for the first time is read once more); the cue phrases are then matched
 * on the recorded word ids.
 */
export function blockFeatures(text: string, language: CompiledLanguage, from = 0, to = text.length): BlockFeatures {
  prepareCaseTables();
  if (!scanBlock(text, language.vocabulary, from, to)) {
    learnCodeUnits(text, from, to);
    scanBlock(text, language.vocabulary, from, to);
  }
  const { words, sampled, stopwords, capitalised, digits, comma, sentenceMarkGlued } = counts;
  const anyFlags = scan.anyFlags;
  const length = to - from;
  const last = lastSentenceCode(text, from, to);
  const lastCode = last >= from ? text.charCodeAt(last) : 0;
  const first = length > 0 ? text.charCodeAt(from) : 0;
  const second = length > 1 ? text.charCodeAt(from + 1) : 0;
  const listItem = isListMarker(first) && (second === 0x20 || second === 0xa0 || length === 1);
  const letterAt = from + (listItem ? 2 : 0);
  const features: BlockFeatures = {
    chars: length,
    words,
    stopwords,
    density: sampled === 0 ? 0 : stopwords / sampled,
    capitalised: words === 0 ? 0 : capitalised / words,
    digits: words === 0 ? 0 : digits / words,
    terminal: lastCode === 0x2e || lastCode === 0x21 || lastCode === 0x3f || lastCode === 0x2026,
    colon: lastCode === 0x3a,
    listItem,
    startsUpper: letterAt < to && isUpperStart(text.charCodeAt(letterAt)),
    comma,
    sentenceMarkGlued,
    dated: (anyFlags & (WORD_FLAGS.month | WORD_FLAGS.weekday)) !== 0 && (anyFlags & NUMERIC_WORD) !== 0,
    cue: undefined,
  };
  features.cue = words === 0 ? undefined : cueReason(text, from, to, scan, features, language);
  return features;
}
