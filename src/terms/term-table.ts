/**
 * The counters' vocabulary: an open-addressing hash table of strings whose
 * characters live in one Uint16Array pool, so a token can be looked up
 * straight from the text (lower-cased on the fly through a fold table)
 * without slicing a string first. Only a term seen for the first time gets
 * a JavaScript string. Entries carry the count, the stopword flag and, when
 * stemming, the entry of the stem; tables are recycled between counters.
 */

/** Per-character fold: 0 marks a character that needs the exact string path. */
export type FoldTable = Uint16Array;

let lowerFold: FoldTable | undefined;
let identityFold: FoldTable | undefined;

/**
 * Lower-case fold for one UTF-16 code unit, as `String.prototype.toLowerCase`
 * maps it inside a longer text. 0 for characters whose lower case depends on
 * context or is longer than one unit (Σ, İ, …) and for surrogates.
 */
export function lowerFoldTable(): FoldTable {
  if (lowerFold === undefined) {
    const fold = new Uint16Array(65536);
    for (let code = 1; code < 65536; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (code === 0x3a3) continue; // capital sigma: final or not depends on the next letter
      const lower = String.fromCharCode(code).toLowerCase();
      if (lower.length === 1) fold[code] = lower.charCodeAt(0);
    }
    lowerFold = fold;
  }
  return lowerFold;
}

/** The fold that keeps every character (for `lowercase: false`). */
export function identityFoldTable(): FoldTable {
  if (identityFold === undefined) {
    const fold = new Uint16Array(65536);
    for (let code = 0; code < 65536; code++) fold[code] = code;
    identityFold = fold;
  }
  return identityFold;
}

/** Entry flags. */
export const FLAG_STOP = 1;
export const FLAG_ORDERED = 2;

/** Returned by {@link TermTable.findText} when a character needs the string path. */
export const NEEDS_STRING = -2;

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

function finish(h: number): number {
  return (h ^ (h >>> 15)) | 0;
}

export class TermTable {
  /** Number of entries. */
  size = 0;
  /** Slot → entry id + 1; 0 is empty. */
  private slots = new Int32Array(1024);
  private mask = 1023;
  hashes = new Int32Array(256);
  private starts = new Int32Array(256);
  lengths = new Int32Array(256);
  counts = new Float64Array(256);
  flags = new Uint8Array(256);
  /** Resolution generation of a surface entry (0: never resolved). */
  resolved = new Int32Array(256);
  /** The entry counted for a surface entry (itself, or its stem's entry). */
  termOf = new Int32Array(256);
  /** The string of each entry that is (or may be) a counted term. */
  terms: (string | undefined)[] = [];
  private pool = new Uint16Array(4096);
  private poolLength = 0;
  /** Entries in the order they should appear in the result. */
  order = new Int32Array(256);
  orderLength = 0;

  /** Hash and slot of the last failed lookup, for {@link insertPending}. */
  private pendingHash = 0;
  private pendingSlot = 0;

  /**
   * The entry whose characters equal `fold` of `text[start, end)`, or -1
   * (then {@link insertText} may follow), or {@link NEEDS_STRING}.
   */
  findText(text: string, start: number, end: number, fold: FoldTable): number {
    let h = HASH_SEED;
    for (let k = start; k < end; k++) {
      const folded = fold[text.charCodeAt(k)] ?? 0;
      if (folded === 0) return NEEDS_STRING;
      h = Math.imul(h ^ folded, HASH_PRIME);
    }
    h = finish(h);
    const length = end - start;
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) break;
      const id = stored - 1;
      if (this.hashes[id] === h && this.lengths[id] === length) {
        const pool = this.pool;
        const from = (this.starts[id] ?? 0) - start;
        let k = start;
        while (k < end && pool[from + k] === fold[text.charCodeAt(k)]) k++;
        if (k === end) return id;
      }
      slot = (slot + 1) & mask;
    }
    this.pendingHash = h;
    this.pendingSlot = slot;
    return -1;
  }

  /** The entry of string `s`, or -1 (then {@link insertString} may follow). */
  findString(s: string): number {
    let h = HASH_SEED;
    const length = s.length;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ s.charCodeAt(k), HASH_PRIME);
    h = finish(h);
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const stored = slots[slot] ?? 0;
      if (stored === 0) break;
      const id = stored - 1;
      if (this.hashes[id] === h && this.lengths[id] === length) {
        const pool = this.pool;
        const from = this.starts[id] ?? 0;
        let k = 0;
        while (k < length && pool[from + k] === s.charCodeAt(k)) k++;
        if (k === length) return id;
      }
      slot = (slot + 1) & mask;
    }
    this.pendingHash = h;
    this.pendingSlot = slot;
    return -1;
  }

  /** Inserts the characters last looked up with {@link findText}; returns the new entry. */
  insertText(text: string, start: number, end: number, fold: FoldTable): number {
    const length = end - start;
    const at = this.reservePool(length);
    const pool = this.pool;
    for (let k = 0; k < length; k++) pool[at + k] = fold[text.charCodeAt(start + k)] ?? 0;
    return this.insertPending(at, length);
  }

  /** Inserts the string last looked up with {@link findString}; returns the new entry. */
  insertString(s: string): number {
    const length = s.length;
    const at = this.reservePool(length);
    const pool = this.pool;
    for (let k = 0; k < length; k++) pool[at + k] = s.charCodeAt(k);
    return this.insertPending(at, length);
  }

  /** The entry of `s`, inserted when new. */
  idOf(s: string): number {
    const id = this.findString(s);
    return id !== -1 ? id : this.insertString(s);
  }

  /** Appends an entry to the result order (once). */
  markOrdered(id: number): void {
    const flags = this.flags;
    if (((flags[id] ?? 0) & FLAG_ORDERED) !== 0) return;
    flags[id] = (flags[id] ?? 0) | FLAG_ORDERED;
    if (this.orderLength === this.order.length) this.order = grown(this.order, this.orderLength * 2);
    this.order[this.orderLength++] = id;
  }

  /** Forgets every entry, keeping the allocated arrays. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.poolLength = 0;
    this.orderLength = 0;
    this.terms.length = 0;
  }

  /** Whether the table is small enough to keep for reuse. */
  get reusable(): boolean {
    return this.slots.length <= 1 << 14 && this.pool.length <= 1 << 16;
  }

  private reservePool(length: number): number {
    const at = this.poolLength;
    if (at + length > this.pool.length) this.pool = grown(this.pool, Math.max(this.pool.length * 2, at + length));
    this.poolLength = at + length;
    return at;
  }

  private insertPending(start: number, length: number): number {
    const id = this.size;
    if (id === this.hashes.length) this.growEntries(id * 2);
    const h = this.pendingHash;
    this.hashes[id] = h;
    this.starts[id] = start;
    this.lengths[id] = length;
    this.counts[id] = 0;
    this.flags[id] = 0;
    this.resolved[id] = 0;
    this.termOf[id] = id;
    this.terms[id] = undefined;
    this.slots[this.pendingSlot] = id + 1;
    this.size = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  private growEntries(capacity: number): void {
    this.hashes = grown(this.hashes, capacity);
    this.starts = grown(this.starts, capacity);
    this.lengths = grown(this.lengths, capacity);
    this.counts = grown(this.counts, capacity);
    this.flags = grown(this.flags, capacity);
    this.resolved = grown(this.resolved, capacity);
    this.termOf = grown(this.termOf, capacity);
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

type TypedArray = Int32Array | Uint16Array | Uint8Array | Float64Array;

function grown<T extends TypedArray>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

const spare: TermTable[] = [];

/** A cleared table, recycled when one is free. */
export function acquireTable(): TermTable {
  return spare.pop() ?? new TermTable();
}

/** Gives a table back for reuse (when it is not too large to keep). */
export function releaseTable(table: TermTable): void {
  if (!table.reusable || spare.length >= 4) return;
  table.clear();
  spare.push(table);
}
