/**
 * Case of UTF-16 code units from tables, so the hot loops lower-case and test
 * letters with one array read instead of making a string per character.
 * The tables are filled lazily: Latin, Greek and Cyrillic on first use, any
 * other code unit the first time it is seen.
 */

/** The code unit's single-unit lower case, or the code unit itself. */
const LOWER = new Uint16Array(0x10000);
/** Bits: {@link KNOWN} (filled), {@link LOWER_LETTER}, {@link UPPER_LETTER}. */
const FLAGS = new Uint8Array(0x10000);
const KNOWN = 1;
const LOWER_LETTER = 2;
const UPPER_LETTER = 4;
/**
 * For word characters ({@link isWordCode}) their lower case, for all others 0
 * (also where not filled yet: {@link WORD_LOWER_FILLED} tells). One table read
 * gives both answers in the scanning loops.
 */
const WORD_LOWER = new Uint16Array(0x10000);
/** 1 where {@link WORD_LOWER} is filled: only read for a 0 there, so word characters cost one read. */
const WORD_LOWER_FILLED = new Uint8Array(0x10000);
/** Filled on first use (about 1,500 code units). */
const EAGER_END = 0x0600;
let eagerDone = false;

function fill(code: number): number {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  const flags = KNOWN | (char === lower && char !== upper ? LOWER_LETTER : 0) | (char === upper && char !== lower ? UPPER_LETTER : 0);
  FLAGS[code] = flags;
  return flags;
}

/** Fills the table for Latin, Greek and Cyrillic; called once by the entry points before their hot loops. */
export function prepareCaseTables(): void {
  if (eagerDone) return;
  for (let code = 0; code < EAGER_END; code++) fillWordLower(code);
  eagerDone = true;
}

function fillWordLower(code: number): number {
  if (FLAGS[code] === 0) fill(code);
  const value = isWordCode(code) ? LOWER[code]! || code : 0;
  WORD_LOWER[code] = value;
  WORD_LOWER_FILLED[code] = 1;
  return value;
}

/**
 * The lower case of a word character, or 0 for a character that is not part
 * of a word ({@link isWordCode}): one table read in the scanning loops.
 */
export function wordLowerCode(code: number): number {
  const value = WORD_LOWER[code]!;
  return value !== 0 || WORD_LOWER_FILLED[code] === 1 ? value : fillWordLower(code);
}

function flagsOf(code: number): number {
  const flags = FLAGS[code]!;
  return flags === 0 ? fill(code) : flags;
}

/** The lower case of a code unit (itself when it has none or its lower case is longer than one unit). */
export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code | 0x20 : code;
  if (FLAGS[code] === 0) fill(code);
  return LOWER[code]!;
}

/** Whether the code unit is a lower-case letter (has an upper case that differs). */
export function isLowerCode(code: number): boolean {
  return (flagsOf(code) & LOWER_LETTER) !== 0;
}

/** Whether the code unit is an upper-case letter (has a lower case that differs). */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  return (flagsOf(code) & UPPER_LETTER) !== 0;
}

/** Whether `text` starts at `at`, lower-cased, with `lowerWord` (which is in lower case already). */
export function startsWithLower(text: string, at: number, lowerWord: string): boolean {
  if (at + lowerWord.length > text.length) return false;
  for (let k = 0; k < lowerWord.length; k++) {
    if (lowerCode(text.charCodeAt(at + k)) !== lowerWord.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether a UTF-16 code unit belongs to a word: ASCII letters and digits,
 * Latin-1 letters, and everything from U+00C0 on except punctuation and
 * symbol blocks (general punctuation, arrows, dingbats, CJK punctuation),
 * variation selectors and surrogates (emoji). A table lookup instead of a
 * Unicode regex, so scanning stays at a few nanoseconds per character.
 */
function computeIsWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe);
  if (code === 0xd7 || code === 0xf7) return false;
  if (code < 0x2000) return code !== 0x037e && code !== 0x0387 && code !== 0x060c && code !== 0x061f && code !== 0x06d4;
  if (code < 0x2c00) return false;
  if (code >= 0x2e00 && code <= 0x2e7f) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0xfe00 && code <= 0xfe0f) return false;
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  return code !== 0xfeff && code !== 0xfffd;
}

/** {@link computeIsWordCode} for every UTF-16 code unit, built once (64 KiB). */
const WORD_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = computeIsWordCode(code) ? 1 : 0;
  return table;
})();

/** Whether a UTF-16 code unit belongs to a word (see {@link computeIsWordCode}); one table read. */
export function isWordCode(code: number): boolean {
  return WORD_TABLE[code] === 1;
}

