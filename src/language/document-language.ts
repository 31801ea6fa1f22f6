/**
 * The document's language when findForeignFragments is given none: a vote of
 * its words under the fragment models.
 */
import { ROW, SCORES } from './score-words.js';
import type { TokenList } from './tokenize.js';

// Token flag bits (see tokenize.ts), as local constants.
const SHAPE_MASK = 3;
const NEUTRAL = 8;

/** The document's language is voted on by its first this many lower-case or capitalised words. */
const DOCUMENT_LANGUAGE_WORDS = 5000;
/** Lowest vote (nats below the word's best language) one word gives a language in that vote. */
const DOCUMENT_LANGUAGE_CLIP = -5;

let totals = new Float64Array(0);

/**
 * The document's language when none is given: the modelled language the
 * first {@link DOCUMENT_LANGUAGE_WORDS} lower-case or capitalised words favour
 * (each word's log-probabilities relative to its best language, clipped at
 * {@link DOCUMENT_LANGUAGE_CLIP} nats, summed); -1 without such words.
 */
export function documentLanguage(tokens: TokenList, languages: number, wordValues: Float32Array): number {
  if (totals.length !== languages) totals = new Float64Array(languages);
  else totals.fill(0);
  const { count, rows, flags } = tokens;
  let words = 0;
  for (let t = 0; t < count && words < DOCUMENT_LANGUAGE_WORDS; t++) {
    const row = rows[t] ?? -1;
    const flag = flags[t] ?? 0;
    if (row < 0 || (flag & NEUTRAL) !== 0 || (flag & SHAPE_MASK) > 1) continue;
    words++;
    addVote(totals, wordValues, row * ROW + SCORES, languages);
    if ((words & (DECIDED_CHECK_EVERY - 1)) === 0 && isDecided(totals, languages, Math.min(count - t - 1, DOCUMENT_LANGUAGE_WORDS - words))) break;
  }
  if (words === 0) return -1;
  return leader(totals, languages);
}

/** How often (in words) the vote checks whether it is decided (a power of two). */
const DECIDED_CHECK_EVERY = 32;

/** The language with the largest total (the first of equals). */
function leader(sums: Float64Array, languages: number): number {
  let best = 0;
  for (let l = 1; l < languages; l++) if ((sums[l] ?? 0) > (sums[best] ?? 0)) best = l;
  return best;
}

/**
 * Whether the leader of the vote can no longer be overtaken by `remaining`
 * more votes: each vote takes between 0 and -DOCUMENT_LANGUAGE_CLIP from any
 * language's total, so a lead larger than that many times the remaining
 * votes stands (with room for rounding).
 */
function isDecided(sums: Float64Array, languages: number, remaining: number): boolean {
  const best = leader(sums, languages);
  const top = sums[best] ?? 0;
  const needed = -DOCUMENT_LANGUAGE_CLIP * remaining + 1e-6 * (1 + Math.abs(top));
  for (let l = 0; l < languages; l++) if (l !== best && top - (sums[l] ?? 0) <= needed) return false;
  return true;
}

/**
 * Adds one word's vote: its scores (at `base`) relative to its best language,
 * clipped, so that a few very foreign words (a Spanish clause) cannot outvote
 * the rest of the text.
 */
function addVote(sums: Float64Array, wordValues: Float32Array, base: number, languages: number): void {
  let top = -Infinity;
  for (let l = 0; l < languages; l++) {
    const value = wordValues[base + l] ?? -Infinity;
    if (value > top) top = value;
  }
  for (let l = 0; l < languages; l++) {
    const vote = (wordValues[base + l] ?? 0) - top;
    sums[l] = (sums[l] ?? 0) + (vote > DOCUMENT_LANGUAGE_CLIP ? vote : DOCUMENT_LANGUAGE_CLIP);
  }
}
