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
/**
 * Bit set on the code units whose lower case is not one code unit of its
 * own: capital sigma (final or not by context) and `İ` (two code units).
 * A word without them lower-cases code unit by code unit ({@link foldTable}).
 */
export const IRREGULAR_CASE = 128;

let table: Uint8Array | undefined;
let fold: Uint16Array | undefined;

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
    const lower = char.toLowerCase();
    if (lower !== char) built[code] = (built[code] ?? 0) | CASED;
    if (lower.length !== 1 || code === 0x3a3) built[code] = (built[code] ?? 0) | IRREGULAR_CASE;
  }
  return built;
}

/** The class table; built once, on first call. */
export function charTable(): Uint8Array {
  if (table === undefined) table = buildTable();
  return table;
}

/**
 * The lower case of each code unit (itself when it has none, and for the
 * code units with {@link IRREGULAR_CASE} and surrogates); built once, on
 * first call.
 */
export function foldTable(): Uint16Array {
  if (fold === undefined) {
    const classes = charTable();
    const built = new Uint16Array(65536);
    for (let code = 0; code < 65536; code++) {
      const flags = classes[code] ?? 0;
      built[code] = (flags & CASED) !== 0 && (flags & IRREGULAR_CASE) === 0 ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : code;
    }
    fold = built;
  }
  return fold;
}

let foldedClasses: Uint32Array | undefined;

/**
 * {@link charTable} and {@link foldTable} in one table, for loops that need
 * both for each code unit: the lower case times 256 plus the class bits.
 */
export function foldedClassTable(): Uint32Array {
  if (foldedClasses === undefined) {
    const classes = charTable();
    const lower = foldTable();
    const built = new Uint32Array(65536);
    for (let code = 0; code < 65536; code++) built[code] = ((lower[code] ?? 0) << 8) | (classes[code] ?? 0);
    foldedClasses = built;
  }
  return foldedClasses;
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
