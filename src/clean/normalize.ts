import { isWordCode } from '../shared/char-case.js';
import { learnCodeUnits, WORD_LOWER_SEEN } from './word-lower-table.js';

export { isWordCode } from '../shared/char-case.js';

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

/** {@link templateKeyOfKnown} met a code unit {@link WORD_LOWER_SEEN} does not know yet. */
const UNLEARNT = -2;

/**
 * CCNet's line key for template lines, as a number: the line lower-cased,
 * every run of non-word characters one space, trimmed, digits folded to 0
 * (the form {@link normalizeForMatch} gives, digits folded), hashed with two
 * independent 30-bit hashes into one 53-bit integer (CCNet too compares
 * normalised lines by hash). One pass, no string made. `-1` for a line
 * without words.
 */
export function templateKey(text: string): number {
  const key = templateKeyOfKnown(text);
  if (key !== UNLEARNT) return key;
  learnCodeUnits(text, 0, text.length);
  return templateKeyOfKnown(text);
}

/** {@link templateKey}, or {@link UNLEARNT} when `text` has a code unit {@link WORD_LOWER_SEEN} does not know yet. */
function templateKeyOfKnown(text: string): number {
  const lowerOf = WORD_LOWER_SEEN;
  let first = 0x011c9dc5;
  let second = 0x2f7a3b1d;
  let words = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let lower = lowerOf[text.charCodeAt(i)]!;
    if (lower <= 0) {
      if (lower < 0) return UNLEARNT;
      pendingSpace = words > 0;
      continue;
    }
    if (pendingSpace) {
      first = Math.imul(first ^ 0x20, 0x01000193) & 0x3fffffff;
      second = Math.imul(second ^ 0x20, 0x5bd1e995) & 0x3fffffff;
      pendingSpace = false;
    }
    if (lower >= 48 && lower <= 57) lower = 48;
    words = 1;
    first = Math.imul(first ^ lower, 0x01000193) & 0x3fffffff;
    second = Math.imul((second ^ lower) + 0x9e37, 0x5bd1e995) & 0x3fffffff;
  }
  return words === 0 ? -1 : first * 0x800000 + (second & 0x7fffff);
}
