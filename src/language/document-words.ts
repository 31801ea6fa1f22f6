/**
 * The distinct words of one document: a small open-addressing table, reset
 * for every call, that maps a word (its two hashes and length, as in the
 * shared score table) to a local id with what the finder needs per word type:
 * the shared table row, occurrences (the document cache), the loan-phrase
 * group, the upper bound of its foreign evidence, and the main-language
 * score with the document cache mixed in. Repeated words (half the tokens of
 * an article) are then found in a table small enough to stay in the
 * processor's cache, and the large shared table is touched once per word type.
 */

/** Fewest slots; the table doubles as needed. */
const INITIAL_SLOTS = 4096;
/** Arrays larger than this are not kept after a document that needed them. */
const KEEP_SLOTS = 1 << 16;

/** Per-word-type data of the current document, indexed by local id. */
export interface DocumentWords {
  /** Distinct words so far. */
  size: number;
  /** Row in the shared word-score table. */
  rows: Int32Array;
  /** Occurrences of content words (function words stay 0). */
  occurrences: Int32Array;
  /** 1 for a function word of any modelled language. */
  functionWords: Uint8Array;
  /** 1 + index of the loan phrases the word begins, or 0. */
  loans: Int32Array;
  /** Upper bound of the word's evidence for any foreign state. */
  bounds: Float64Array;
  /** Main-language score with the document cache mixed in; NaN until computed. */
  mainScores: Float64Array;
}

// Allocated on first use (beginDocument), so that importing allocates nothing.
let slots = new Int32Array(0); // local id + 1, 0 = empty
let hashes = new Int32Array(0);
let checks = new Int32Array(0);
let lengths = new Int32Array(0);
const words: DocumentWords = {
  size: 0,
  rows: new Int32Array(0),
  occurrences: new Int32Array(0),
  functionWords: new Uint8Array(0),
  loans: new Int32Array(0),
  bounds: new Float64Array(0),
  mainScores: new Float64Array(0),
};

/** Empties the table for a new document and returns it (valid until the next call). */
export function beginDocument(): DocumentWords {
  if (slots.length === 0 || slots.length > KEEP_SLOTS) resize(INITIAL_SLOTS, false);
  else slots.fill(0);
  words.size = 0;
  return words;
}

/** Local id of a word already seen in this document, or -1. */
export function findDocumentWord(hash: number, check: number, length: number): number {
  const mask = slots.length - 1;
  let slot = (hash ^ (hash >>> 13)) & mask;
  for (;;) {
    const stored = slots[slot] ?? 0;
    if (stored === 0) return -1;
    const id = stored - 1;
    if (hashes[id] === hash && checks[id] === check && lengths[id] === length) return id;
    slot = (slot + 1) & mask;
  }
}

/** Adds a word not seen in this document yet; returns its local id (fields zeroed, mainScores NaN). */
export function addDocumentWord(hash: number, check: number, length: number, row: number): number {
  if ((words.size + 1) * 2 > slots.length) resize(slots.length * 2, true);
  const mask = slots.length - 1;
  let slot = (hash ^ (hash >>> 13)) & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  const id = words.size++;
  slots[slot] = id + 1;
  hashes[id] = hash;
  checks[id] = check;
  lengths[id] = length;
  words.rows[id] = row;
  words.occurrences[id] = 0;
  words.functionWords[id] = 0;
  words.loans[id] = 0;
  words.bounds[id] = 0;
  words.mainScores[id] = Number.NaN;
  return id;
}

function resize(size: number, keep: boolean): void {
  const ids = size / 2;
  const grow = <T extends Int32Array | Uint8Array | Float64Array>(array: T, make: (n: number) => T): T => {
    const bigger = make(ids);
    if (keep) bigger.set(array.subarray(0, Math.min(array.length, words.size)));
    return bigger;
  };
  hashes = grow(hashes, (n) => new Int32Array(n));
  checks = grow(checks, (n) => new Int32Array(n));
  lengths = grow(lengths, (n) => new Int32Array(n));
  words.rows = grow(words.rows, (n) => new Int32Array(n));
  words.occurrences = grow(words.occurrences, (n) => new Int32Array(n));
  words.functionWords = grow(words.functionWords, (n) => new Uint8Array(n));
  words.loans = grow(words.loans, (n) => new Int32Array(n));
  words.bounds = grow(words.bounds, (n) => new Float64Array(n));
  words.mainScores = grow(words.mainScores, (n) => new Float64Array(n));
  slots = new Int32Array(size);
  if (!keep) return;
  const mask = size - 1;
  for (let id = 0; id < words.size; id++) {
    const hash = hashes[id] ?? 0;
    let slot = (hash ^ (hash >>> 13)) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
}
