/**
 * The Viterbi decoder of findForeignFragments: the best sequence of states
 * (0 = the main language, 1.. the candidates) for a run of tokens, given each
 * token's evidence per state and a penalty for every switch. Working arrays
 * are kept between calls.
 */

let back = new Uint8Array(0);
let path = new Uint8Array(0);
let previous = new Float64Array(0);
let current = new Float64Array(0);

/**
 * Viterbi over states 0..stateCount-1 (0 = main) for tokens [from, to), whose
 * evidence is `emissions[t * stateCount + s]`; the path starts and ends in the
 * main state. Entering or leaving foreign state s costs `penalties[s]`
 * (entering it from another foreign state costs `penalties[s]` once). Returns
 * the state of each token (index t - from), valid until the next call.
 */
export function viterbi(emissions: Float64Array, from: number, to: number, stateCount: number, penalties: Float64Array): Uint8Array {
  const n = to - from;
  if (back.length < n * stateCount) back = new Uint8Array(Math.max(n * stateCount, 2 * back.length));
  if (path.length < n) path = new Uint8Array(Math.max(n, 2 * path.length));
  if (previous.length < stateCount) {
    previous = new Float64Array(stateCount);
    current = new Float64Array(stateCount);
  }
  let before = previous;
  let now = current;
  before[0] = 0;
  for (let s = 1; s < stateCount; s++) before[s] = -(penalties[s] ?? 0);
  for (let i = 0; i < n; i++) {
    const base = (from + i) * stateCount;
    // the two best previous states, to switch from
    let first = 0;
    let second = -1;
    for (let s = 1; s < stateCount; s++) {
      if ((before[s] ?? 0) > (before[first] ?? 0)) {
        second = first;
        first = s;
      } else if (second < 0 || (before[s] ?? 0) > (before[second] ?? 0)) second = s;
    }
    // main: stay, or leave the best foreign state (its leaving penalty)
    let mainValue = before[0] ?? 0;
    let mainFrom = 0;
    for (let s = 1; s < stateCount; s++) {
      const leave = (before[s] ?? 0) - (penalties[s] ?? 0);
      if (leave > mainValue) {
        mainValue = leave;
        mainFrom = s;
      }
    }
    back[i * stateCount] = mainFrom;
    now[0] = mainValue + (emissions[base] ?? 0);
    for (let s = 1; s < stateCount; s++) {
      const source = first === s ? second : first;
      const stay = before[s] ?? 0;
      const switched = source < 0 ? -Infinity : (before[source] ?? 0) - (penalties[s] ?? 0);
      if (stay >= switched) {
        now[s] = stay + (emissions[base + s] ?? 0);
        back[i * stateCount + s] = s;
      } else {
        now[s] = switched + (emissions[base + s] ?? 0);
        back[i * stateCount + s] = source;
      }
    }
    const swap = before;
    before = now;
    now = swap;
  }
  // end in main: penalise foreign end states
  let state = 0;
  let bestFinal = before[0] ?? 0;
  for (let s = 1; s < stateCount; s++) {
    const value = (before[s] ?? 0) - (penalties[s] ?? 0);
    if (value > bestFinal) {
      bestFinal = value;
      state = s;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    path[i] = state;
    state = back[i * stateCount + state] ?? 0;
  }
  return path;
}
