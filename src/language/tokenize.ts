/**
 * A single-pass, linear-time tokenizer for language scoring. It yields word
 * tokens as parallel typed arrays (offsets into the original text, case shape,
 * sentence position, neutrality) and two independent hashes of each word's
 * case-folded form (FNV-1a and a polynomial hash), so that the finder can look
 * words up without creating a string for any word it has seen before.
 */

/** Flag bits of a token (mirrored as local constants where they are read). */
const SENTENCE_START = 4;
const NEUTRAL = 8;
// Bits 16 (function word) and 32 (begins a loan phrase) are set by the finder.

/** Case shape of a word (the low 2 flag bits): lower, Capitalised, UPPER (acronym, 2+ letters), MiXed. */
const LOWER = 0;
const CAPITALISED = 1;
const UPPER_SHAPE = 2;
const MIXED = 3;

export interface TokenList {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Shape (2 bits) | SENTENCE_START | NEUTRAL (| bits the finder adds). */
  flags: Uint8Array;
  /** Line (block) index of each token. */
  lines: Int32Array;
  /** FNV-1a hash of each word token's case-folded form. */
  hashes: Int32Array;
  /** Polynomial hash of each word token's case-folded form. */
  checks: Int32Array;
  /** For the finder to fill (the word's row in the score table); -1 for neutral tokens (numbers, URLs, acronyms, other scripts). */
  rows: Int32Array;
}

/** Token arrays kept between calls up to this many tokens (larger documents get their own). */
const KEEP_CAPACITY = 1 << 16;
let kept: TokenList | undefined;

function allocate(capacity: number): TokenList {
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    lines: new Int32Array(capacity),
    hashes: new Int32Array(capacity),
    checks: new Int32Array(capacity),
    rows: new Int32Array(capacity),
  };
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

// Code units below 0x250: class (0 other, 1 lower, 2 upper) and lower-case form.
const LATIN_CLASS = new Uint8Array(0x250);
/** Lower-case form of each code unit below 0x250 (itself when not a letter). */
export const LATIN_LOWER = new Uint16Array(0x250);
for (let code = 0; code < 0x250; code++) {
  const char = String.fromCharCode(code);
  LATIN_LOWER[code] = code;
  if (code < 0xc0 && !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) continue;
  if (code === 0xd7 || code === 0xf7) continue;
  if (!LETTER.test(char)) continue;
  LATIN_CLASS[code] = UPPER.test(char) ? 2 : 1;
  const lower = char.toLowerCase();
  if (lower.length === 1) LATIN_LOWER[code] = lower.charCodeAt(0);
}

/** Code units below 0x250: lower-case form | letter class << 16 (0 when not a letter): one load per character. */
const LATIN_INFO = new Int32Array(0x250);
for (let code = 0; code < 0x250; code++) {
  const kind = LATIN_CLASS[code] ?? 0;
  LATIN_INFO[code] = kind === 0 ? 0 : (LATIN_LOWER[code] ?? code) | (kind << 16);
}

/** 0 not a letter, 1 lower-case letter, 2 upper-case letter, 3 letter of a script without a model. */
function letterClass(code: number, text: string, index: number): number {
  if (code < 0x250) return LATIN_CLASS[code] ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0; // astral characters (emoji, rare scripts) and lone surrogates
  if (code === 0x1e9e) return 2; // capital sharp s
  return LETTER.test(text[index] ?? '') ? 3 : 0;
}

/** Lower-case form of a letter code unit (as String#toLowerCase gives for one unit). */
export function lowerCode(code: number, text: string, index: number): number {
  if (code < 0x250) return LATIN_LOWER[code] ?? code;
  const lower = (text[index] ?? '').toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** LATIN_INFO of a code unit at or above 0x250. */
function otherInfo(code: number, text: string, index: number): number {
  const kind = letterClass(code, text, index);
  return kind === 0 ? 0 : lowerCode(code, text, index) | (kind << 16);
}

function isSpace(code: number): boolean {
  // (letters and punctuation, between the two ranges, are told apart in two comparisons)
  if (code <= 0x20) return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
  return code >= 0xa0 && (code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000);
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3a || code === 0x3b;
}

function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x29 || code === 0x22 || code === 0x201c || code === 0x201d;
}

/** The index of the first white space at or after `from`, or the text's length. */
function chunkEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** `end` moved back over trailing sentence punctuation, not before `start`. */
function trimTrailingPunctuation(text: string, start: number, end: number): number {
  while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Records a neutral token (number, handle, URL-like chunk) at `index`. */
function setNeutral(list: TokenList, index: number, start: number, end: number, line: number, sentenceStart: boolean): void {
  list.starts[index] = start;
  list.ends[index] = end;
  list.flags[index] = MIXED | NEUTRAL | (sentenceStart ? SENTENCE_START : 0);
  list.lines[index] = line;
  list.rows[index] = -1;
}

/**
 * Whether a word ending at `j` continues with URL-ish characters (`@`, `_`,
 * `/`, `\`, a digit, `://`, or a dot before a lower-case letter or digit):
 * then the whole whitespace-free chunk is one neutral token.
 */
function continuesAsChunk(text: string, j: number): boolean {
  const length = text.length;
  const next = j < length ? text.charCodeAt(j) : 0;
  if (next <= 0x20) return false; // white space or the end: the common case
  const after = j + 1 < length ? text.charCodeAt(j + 1) : 0;
  return (
    next === 0x40 || next === 0x5f || next === 0x2f || next === 0x5c ||
    (next >= 0x30 && next <= 0x39) ||
    (next === 0x2e && ((after >= 0x61 && after <= 0x7a) || (after >= 0x30 && after <= 0x39))) ||
    (next === 0x3a && after === 0x2f)
  );
}

/** What {@link scanWord} found besides the word's end. */
const scanned = { hash: 0, check: 0, uppers: 0, joiners: 0, other: 0, firstUpper: false };

/**
 * The end of the word beginning at `start`; its hashes and letter counts go to
 * `scanned` (a function of its own: the word loop's few variables then stay in
 * registers).
 */
function scanWord(text: string, start: number): number {
  const length = text.length;
  // The first letter (upper-case in a third of German words) by table, without branching on its case.
  const first = text.charCodeAt(start);
  const firstInfo = first < 0x250 ? (LATIN_INFO[first] ?? 0) : otherInfo(first, text, start);
  const firstKind = firstInfo >>> 16;
  const firstLower = firstInfo & 0xffff;
  const firstUpper = firstKind === 2;
  let uppers = firstUpper ? 1 : 0;
  let joiners = 0;
  let other = firstKind === 3 ? 1 : 0;
  let hash = Math.imul(0x811c9dc5 ^ firstLower, 0x01000193);
  let check = firstLower;
  let j = start + 1;
  while (j < length) {
    const c = text.charCodeAt(j);
    if (c >= 0x61 && c <= 0x7a) {
      hash = Math.imul(hash ^ c, 0x01000193);
      check = (Math.imul(check, 31) + c) | 0;
      j++;
      continue;
    }
    const info = c < 0x250 ? (LATIN_INFO[c] ?? 0) : otherInfo(c, text, j);
    if (info !== 0) {
      const k = info >>> 16;
      if (k === 2) uppers++;
      else if (k === 3) other++;
      const lower = info & 0xffff;
      hash = Math.imul(hash ^ lower, 0x01000193);
      check = (Math.imul(check, 31) + lower) | 0;
      j++;
      continue;
    }
    if ((c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2010) && j + 1 < length && letterClass(text.charCodeAt(j + 1), text, j + 1) !== 0) {
      hash = Math.imul(hash ^ c, 0x01000193);
      check = (Math.imul(check, 31) + c) | 0;
      joiners++;
      j++;
      continue;
    }
    break;
  }
  scanned.hash = hash;
  scanned.check = check;
  scanned.uppers = uppers;
  scanned.joiners = joiners;
  scanned.other = other;
  scanned.firstUpper = firstUpper;
  return j;
}

/**
 * Splits `text` into word tokens. Words are letter runs, joined across a
 * single inner hyphen or apostrophe; a whitespace-free chunk containing
 * digits, `@`, `#`, `/`, `_`, `://` or a dot followed by a lower-case letter or
 * digit is one neutral token.
 */
export function tokenize(text: string): TokenList {
  const length = text.length;
  // Tokens are at least one character long and separated by at least one
  // character, so there are at most ceil(length / 2) of them. The arrays of
  // small documents are reused: the result is valid until the next call.
  const capacity = (length >> 1) + 1;
  let list: TokenList;
  if (capacity > KEEP_CAPACITY) list = allocate(capacity);
  else {
    kept ??= allocate(KEEP_CAPACITY);
    list = kept;
  }
  const { starts, ends, flags, lines, hashes, checks, rows } = list;
  let count = 0;
  let line = 0;
  let sentenceStart = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      line++;
      sentenceStart = true;
      i++;
      continue;
    }
    if (isSpace(code)) {
      i++;
      continue;
    }
    const kind = letterClass(code, text, i);
    if (kind === 0) {
      if ((code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x23) {
        // a number-like chunk or a handle: up to the next space, neutral
        const start = i;
        i = chunkEnd(text, i);
        const end = trimTrailingPunctuation(text, start, i);
        setNeutral(list, count++, start, end, line, sentenceStart);
        // "am 9. Juni": a period after a one- or two-digit number is an ordinal.
        const ordinal = text.charCodeAt(end) === 0x2e && end - start <= 2;
        sentenceStart = end < i && isSentenceEnd(text.charCodeAt(end)) && !ordinal;
        continue;
      }
      if (isSentenceEnd(code)) sentenceStart = true;
      i++;
      continue;
    }
    // A word: letters, optionally joined by single inner hyphens or apostrophes.
    const start = i;
    const j = scanWord(text, start);
    const { hash, check, uppers, joiners, other, firstUpper } = scanned;
    const letters = j - start - joiners;
    if (continuesAsChunk(text, j)) {
      const end = chunkEnd(text, j);
      setNeutral(list, count++, start, trimTrailingPunctuation(text, start, end), line, sentenceStart);
      sentenceStart = false;
      i = end;
      continue;
    }
    const shape = uppers === 0 ? LOWER : uppers === letters && letters >= 2 ? UPPER_SHAPE : firstUpper && uppers === 1 ? CAPITALISED : MIXED;
    const neutral = shape === UPPER_SHAPE || shape === MIXED || other * 2 > letters;
    starts[count] = start;
    ends[count] = j;
    flags[count] = shape | (sentenceStart ? SENTENCE_START : 0) | (neutral ? NEUTRAL : 0);
    lines[count] = line;
    hashes[count] = hash;
    checks[count] = check;
    rows[count] = neutral ? -1 : 0;
    count++;
    sentenceStart = false;
    i = j;
  }
  list.count = count;
  return list;
}
