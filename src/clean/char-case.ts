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
  for (let code = 0; code < EAGER_END; code++) fill(code);
  eagerDone = true;
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
