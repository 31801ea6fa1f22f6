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
 * main state. Returns the state of each token (index t - from), valid until
 * the next call.
 */
export function viterbi(emissions: Float64Array, from: number, to: number, stateCount: number, penalty: number): Uint8Array {
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
  for (let s = 1; s < stateCount; s++) before[s] = -penalty;
  for (let i = 0; i < n; i++) {
    const base = (from + i) * stateCount;
    // best previous state overall, to switch from
    let bestState = 0;
    for (let s = 1; s < stateCount; s++) if ((before[s] ?? 0) > (before[bestState] ?? 0)) bestState = s;
    const bestSwitch = (before[bestState] ?? 0) - penalty;
    for (let s = 0; s < stateCount; s++) {
      const stay = before[s] ?? 0;
      let value: number;
      if (stay >= bestSwitch || bestState === s) {
        value = stay;
        back[i * stateCount + s] = s;
      } else {
        value = bestSwitch;
        back[i * stateCount + s] = bestState;
      }
      now[s] = value + (emissions[base + s] ?? 0);
    }
    const swap = before;
    before = now;
    now = swap;
  }
  // end in main: penalise foreign end states
  let state = 0;
  let bestFinal = before[0] ?? 0;
  for (let s = 1; s < stateCount; s++) {
    const value = (before[s] ?? 0) - penalty;
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
