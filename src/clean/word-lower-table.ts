import { wordLowerCode } from '../shared/char-case.js';

/** Marks a code unit {@link WORD_LOWER_SEEN} has not learnt yet: its only negative value. */
export const UNKNOWN_CODE_UNIT = -1;

/**
 * {@link wordLowerCode} of every code unit met so far ({@link UNKNOWN_CODE_UNIT}
 * for the others). The cleaner's hottest loops read this table directly
 * instead of calling `wordLowerCode`: with no call on their path, V8 keeps the
 * loop's values in registers. A loop that meets an unknown code unit stops,
 * {@link learnCodeUnits} learns the whole stretch it was reading, and the loop
 * runs again, which then cannot stop early: at most two runs per stretch.
 */
export const WORD_LOWER_SEEN = new Int32Array(0x10000).fill(UNKNOWN_CODE_UNIT);

/** Copies {@link wordLowerCode} of every code unit of `text.slice(from, to)` into {@link WORD_LOWER_SEEN}. */
export function learnCodeUnits(text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (WORD_LOWER_SEEN[code] === UNKNOWN_CODE_UNIT) WORD_LOWER_SEEN[code] = wordLowerCode(code);
  }
}
