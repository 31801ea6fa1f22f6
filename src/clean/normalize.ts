import { isWordCode, prepareCaseTables, wordLowerCode } from './char-case.js';

export { isWordCode } from './char-case.js';

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

/** Code units of the key being built by {@link templateKey}; reused. */
let keyBuffer = new Uint16Array(256);
/** Turns the key's code units into a string natively (lone surrogates kept as U+FFFD, which is fine for a key). */
const utf16 = new TextDecoder('utf-16le');

/**
 * Like {@link normalizeForMatch}, with digits folded to 0 (CCNet's line key for
 * template lines). One pass over the characters, lower-casing with the case
 * tables; the key is made as one string by a native decoder.
 */
export function templateKey(text: string): string {
  prepareCaseTables();
  if (keyBuffer.length < text.length + 1) keyBuffer = new Uint16Array(Math.max(text.length + 1, keyBuffer.length * 2));
  const buffer = keyBuffer;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const lower = wordLowerCode(text.charCodeAt(i));
    if (lower === 0) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      buffer[length++] = 0x20;
      pendingSpace = false;
    }
    buffer[length++] = lower >= 48 && lower <= 57 ? 48 : lower;
  }
  return utf16.decode(buffer.subarray(0, length));
}
