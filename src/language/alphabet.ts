/**
 * The symbol alphabet of the character n-gram models: word boundary, the
 * lower-case letters of the Latin-script languages article-lens models, and one
 * symbol for any other letter. Six bits per symbol, so a trigram is an 18-bit
 * index into a dense table.
 */

/** Letters with their own symbol; index + 2 is the symbol (0 = boundary, 1 = other letter). */
export const ALPHABET_LETTERS = 'abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ';

/** Symbol of the word boundary. */
export const BOUNDARY = 0;
/** Symbol of a letter outside {@link ALPHABET_LETTERS}. */
export const OTHER_LETTER = 1;
/** Bits per symbol. */
export const SYMBOL_BITS = 6;
/** Number of distinct symbols (a power of two). */
export const SYMBOL_COUNT = 1 << SYMBOL_BITS;
/** Number of symbols actually used. */
export const USED_SYMBOLS = ALPHABET_LETTERS.length + 2;

/** Character used in data strings for the boundary and for "other letter". */
export const BOUNDARY_CHAR = ' ';
export const OTHER_CHAR = '~';

const table = new Uint8Array(0x250); // Latin up to Latin Extended-B
const upperTable = new Uint8Array(0x250);
for (let index = 0; index < ALPHABET_LETTERS.length; index++) {
  const char = ALPHABET_LETTERS[index] ?? '';
  table[char.charCodeAt(0)] = index + 2;
  const upper = char.toUpperCase();
  if (upper.length === 1 && upper !== char) table[upper.charCodeAt(0)] = index + 2;
  if (upper.length === 1 && upper !== char) upperTable[upper.charCodeAt(0)] = 1;
}
const SHARP_S = ALPHABET_LETTERS.indexOf('ß') + 2;

/**
 * Symbol of a UTF-16 code unit that is a letter: 2.. for modelled letters
 * (case-folded), {@link OTHER_LETTER} otherwise.
 */
export function symbolOf(code: number): number {
  if (code < 0x250) {
    const symbol = table[code] ?? 0;
    return symbol === 0 ? OTHER_LETTER : symbol;
  }
  return code === 0x1e9e ? SHARP_S : OTHER_LETTER;
}

/** Whether a code unit is an upper-case Latin letter of the alphabet. */
export function isUpperLatin(code: number): boolean {
  return code < 0x250 && upperTable[code] === 1;
}

/** Symbol of one character of a data string (boundary, other letter or letter). */
export function symbolOfDataChar(char: string): number {
  if (char === BOUNDARY_CHAR) return BOUNDARY;
  if (char === OTHER_CHAR) return OTHER_LETTER;
  const index = ALPHABET_LETTERS.indexOf(char);
  return index < 0 ? OTHER_LETTER : index + 2;
}

/** The data-string character of a symbol. */
export function charOfSymbol(symbol: number): string {
  if (symbol === BOUNDARY) return BOUNDARY_CHAR;
  if (symbol === OTHER_LETTER) return OTHER_CHAR;
  return ALPHABET_LETTERS[symbol - 2] ?? OTHER_CHAR;
}
