/**
 * Character classes for the scanner: one lookup in a 64 K table per UTF-16
 * code unit (built on first use, not at import), a cached regex test for code
 * points outside the Basic Multilingual Plane.
 */

export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const PUNCT = 4;
export const MARK = 5;
export const SYMBOL = 6;
export const SOFT_HYPHEN = 7;
export const HIGH_SURROGATE = 8;
export const LOW_SURROGATE = 9;

/** Bit set on upper-case letters. */
export const UPPER = 16;
/** Bit set on lower-case letters. */
export const LOWER = 32;
export const CLASS_MASK = 15;
/**
 * Bit set on code units that `toLowerCase` changes (upper- and title-case
 * letters, Roman numerals, …); surrogates never have it. A token of BMP
 * characters without it is already lower-case.
 */
export const CASED = 64;

let table: Uint8Array | undefined;

function classify(char: string): number {
  if (/\p{Lu}|\p{Lt}/u.test(char)) return LETTER | UPPER;
  if (/\p{Ll}/u.test(char)) return LETTER | LOWER;
  if (/\p{L}|\p{Nl}/u.test(char)) return LETTER;
  if (/\p{M}/u.test(char)) return MARK;
  if (/\p{Nd}/u.test(char)) return DIGIT;
  if (/\s/u.test(char)) return SPACE;
  if (/\p{P}/u.test(char)) return PUNCT;
  if (/\p{S}|\p{No}/u.test(char)) return SYMBOL;
  if (/\p{Cc}|\p{Cf}/u.test(char)) return SPACE;
  return OTHER;
}

function buildTable(): Uint8Array {
  const built = new Uint8Array(65536);
  for (let code = 0; code < 65536; code++) {
    if (code >= 0xd800 && code <= 0xdbff) built[code] = HIGH_SURROGATE;
    else if (code >= 0xdc00 && code <= 0xdfff) built[code] = LOW_SURROGATE;
    else built[code] = classify(String.fromCharCode(code));
  }
  built[0xad] = SOFT_HYPHEN;
  // zero-width non-joiner and joiner belong to the word they sit in
  built[0x200c] = MARK;
  built[0x200d] = MARK;
  // zero-width space, word joiner, byte-order mark: invisible separators
  built[0x200b] = SPACE;
  built[0x2060] = SPACE;
  built[0xfeff] = SPACE;
  // the modifier letter apostrophe is an apostrophe, not a letter
  built[0x2bc] = PUNCT;
  for (let code = 0; code < 65536; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (char.toLowerCase() !== char) built[code] = (built[code] ?? 0) | CASED;
  }
  return built;
}

/** The class table; built once, on first call. */
export function charTable(): Uint8Array {
  if (table === undefined) table = buildTable();
  return table;
}

const astralCache = new Map<number, number>();

/** Class of a code point above U+FFFF (letters of historic scripts, math letters, emoji). */
export function astralClass(codePoint: number): number {
  let cls = astralCache.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint)) & CLASS_MASK;
    if (astralCache.size < 4096) astralCache.set(codePoint, cls);
  }
  return cls;
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Hyphen-minus, hyphen, non-breaking hyphen: the characters that join compounds. */
export function isWordHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Emoji modifiers and joiners that continue a symbol: variation selectors, skin tones, keycap, tags. */
export function isSymbolContinuation(codePoint: number): boolean {
  return (
    codePoint === 0xfe0f ||
    codePoint === 0xfe0e ||
    codePoint === 0x20e3 ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}
