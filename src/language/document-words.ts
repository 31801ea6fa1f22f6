/**
 * What the finder keeps per word type of the current document, indexed by the
 * word's row in the shared score table (score-words.ts): its occurrences (the
 * document cache) and the upper bound of its evidence for any foreign state
 * under the current decoder states. Four 32-bit numbers per row side by side
 * (one cache line holds four rows), each pair guarded by a stamp, so that
 * nothing is reset between documents: a row whose document stamp is old has
 * not been counted in this document, a row whose bound stamp is old has no
 * bound yet.
 */

/** Numbers per row: document stamp, occurrences, bound stamp, bound. */
export const WORD_STATE = 4;
export const DOCUMENT_STAMP = 0;
export const OCCURRENCES = 1;
export const BOUND_STAMP = 2;
export const BOUND = 3;

/** Per-row state of the current document (valid until the next beginDocument). */
export interface DocumentWords {
  /** WORD_STATE numbers per row (the bound is read through `bounds32`). */
  state: Int32Array;
  /** `state` viewed as Float32 (for the bound). */
  bounds32: Float32Array;
  /** This document's stamp (compare with state[row * WORD_STATE + DOCUMENT_STAMP]). */
  document: number;
  /** Stamp of the current decoder states' bounds. */
  bounds: number;
}

// Allocated on first use (beginDocument), so that importing allocates nothing.
const words: DocumentWords = { state: new Int32Array(0), bounds32: new Float32Array(0), document: 0, bounds: 0 };
let boundsKey = '';

/**
 * Starts a document: every row's document stamp becomes old, so no row counts
 * as counted in it (the finder resets and stamps the rows whose occurrences it
 * reads before it counts them; occurrences of other rows are never read).
 */
export function beginDocument(): DocumentWords {
  words.document = (words.document + 1) | 0;
  return words;
}

/** Bounds from now on are those of the decoder states named by `statesKey` (the same key keeps earlier bounds). */
export function useBounds(statesKey: string): void {
  if (statesKey === boundsKey) return;
  boundsKey = statesKey;
  words.bounds = (words.bounds + 1) | 0;
}

/** Makes room for rows below `rows` (new room has stamp 0: no occurrences, no bound). */
export function reserveRows(rows: number): Int32Array {
  if (rows * WORD_STATE > words.state.length) {
    const bigger = new Int32Array(Math.max(rows * WORD_STATE * 2, 4096 * WORD_STATE));
    bigger.set(words.state);
    words.state = bigger;
    words.bounds32 = new Float32Array(bigger.buffer);
  }
  return words.state;
}

/** Forgets every row's state (the score table was emptied and its rows will be reused). */
export function forgetRows(): void {
  words.state.fill(0);
  // stamps start again; 0 is no stamp
  words.document = 1;
  words.bounds = 1;
}
