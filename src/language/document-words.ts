/**
 * What the finder keeps per word type, indexed by the word's row in the
 * shared score table (score-words.ts):
 * - per document: its occurrences (the document cache), two 32-bit numbers
 *   per row (document stamp, occurrences), so that nothing is reset between
 *   documents: a row whose document stamp is old has not been counted in this
 *   document;
 * - per set of decoder states: the upper bound of its evidence for any foreign
 *   state, one Float32 per row (NaN: not computed yet), kept across documents
 *   in a compact array of its own, because the first pass reads it for every
 *   word.
 */

/** Numbers per row: document stamp, occurrences. */
export const WORD_STATE = 2;
export const DOCUMENT_STAMP = 0;
export const OCCURRENCES = 1;

/** Per-row state of the current document (valid until the next beginDocument). */
export interface DocumentWords {
  /** WORD_STATE numbers per row. */
  state: Int32Array;
  /** Each row's bound under the current decoder states; NaN when not computed yet. */
  bounds: Float32Array;
  /** This document's stamp (compare with state[row * WORD_STATE + DOCUMENT_STAMP]). */
  document: number;
}

/** Sets of decoder states whose bounds are kept (the least recently used is dropped). */
const KEPT_BOUND_SETS = 8;

// Allocated on first use (beginDocument), so that importing allocates nothing.
const words: DocumentWords = { state: new Int32Array(0), bounds: new Float32Array(0), document: 0 };
/** Bounds per decoder-state key, least recently used first. */
const boundSets = new Map<string, Float32Array>();
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
  if (boundsKey !== '') boundSets.set(boundsKey, words.bounds);
  boundsKey = statesKey;
  const kept = boundSets.get(statesKey);
  boundSets.delete(statesKey);
  if (boundSets.size >= KEPT_BOUND_SETS) {
    const oldest = boundSets.keys().next().value;
    if (oldest !== undefined) boundSets.delete(oldest);
  }
  words.bounds = kept ?? new Float32Array(0);
  fitBounds();
}

/** Makes room for rows below `rows` (new room has stamp 0 and no occurrences; new bounds are unknown). */
export function reserveRows(rows: number): void {
  if (rows * WORD_STATE > words.state.length) {
    const bigger = new Int32Array(Math.max(rows * WORD_STATE * 2, 4096 * WORD_STATE));
    bigger.set(words.state);
    words.state = bigger;
  }
  fitBounds();
}

/** Grows the current bounds to a row for every row of `state` (new ones unknown). */
function fitBounds(): void {
  const size = words.state.length / WORD_STATE;
  if (words.bounds.length >= size) return;
  const bounds = new Float32Array(size).fill(Number.NaN);
  bounds.set(words.bounds);
  words.bounds = bounds;
}

/** Forgets every row's state (the score table was emptied and its rows will be reused). */
export function forgetRows(): void {
  words.state.fill(0);
  words.bounds.fill(Number.NaN);
  boundSets.clear();
  // stamps start again; 0 is no stamp
  words.document = 1;
}
