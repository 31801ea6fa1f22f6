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

/**
 * Calls `onWord(start, end)` for every run of word characters ({@link isWordCode})
 * of `text`. One pass.
 */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      onWord(start, i);
      start = -1;
    }
  }
  if (start >= 0) onWord(start, text.length);
}

/** The lower-cased words of `text`, in order. */
export function matchWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  scanWords(lower, (start, end) => words.push(lower.slice(start, end)));
  return words;
}

/**
 * Lower case, every run of characters that are not word characters turned
 * into one space, trimmed: the form cue phrases and repeated lines are compared in.
 */
export function normalizeForMatch(text: string): string {
  return matchWords(text).join(' ');
}

/** Like {@link normalizeForMatch}, with digits folded to 0 (CCNet's line key for template lines). */
export function templateKey(text: string): string {
  return normalizeForMatch(text).replace(/[0-9]/g, '0');
}
