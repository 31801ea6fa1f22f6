/**
 * Distinct terms with their counts, in order of first count, found by a
 * hash the caller gives (see {@link TextForms.termHashAt}): adding a text's
 * counts makes no map entry and no cell per term. Terms known to be new
 * (the forms of a first text, when terms are forms) are appended without
 * a lookup, and the hash index is built only when a lookup needs it, so
 * the counts of a single text cost three array pushes per term, and the
 * result's lookups ({@link TermFrequencies.get}) need no map.
 */
import { spread } from './form-cache.js';
import { hashFolded } from './scanner.js';

const MIN_SLOTS = 256;

/** Terms and counts as arrays with an open-addressing hash index. */
export class TermTable {
  /** Each term once, in order of first count. */
  readonly terms: string[] = [];
  /** The count of each term (same index). */
  readonly counts: number[] = [];
  /** The hash of each term (same index). */
  private readonly hashes: number[] = [];
  /** Index + 1 per slot, 0 when free; linear probing, at most half full. Made on first lookup. */
  private slots: Int32Array | undefined;
  /** 32 - log2(slots): a hash's first slot is the top bits of its spread. */
  private shift = 0;
  /** How many terms (the first ones) are in the index. */
  private indexed = 0;

  /**
   * `fold` is the fold table when the terms' hashes are of their code units
   * lower-cased (terms not lower-cased), else undefined: a term's hash is
   * `hashFolded(term, fold)`, see {@link FormCache.termHashAt}.
   */
  constructor(private readonly fold: Uint16Array | undefined) {}

  /** How often `term` was counted; 0 when never. */
  countOf(term: string): number {
    const hash = hashFolded(term, this.fold);
    const slots = this.indexedSlots();
    const mask = slots.length - 1;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const index = (slots[slot] ?? 0) - 1;
      if (index < 0) return 0;
      if (this.hashes[index] === hash && this.terms[index] === term) return this.counts[index] ?? 0;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds `count` to `term`, whose hash is `hash` (equal terms have equal hashes); true when the term is new. */
  add(term: string, hash: number, count: number): boolean {
    const slots = this.indexedSlots();
    const mask = slots.length - 1;
    let slot = spread(hash) >>> this.shift;
    for (;;) {
      const index = (slots[slot] ?? 0) - 1;
      if (index < 0) break;
      if (this.hashes[index] === hash && this.terms[index] === term) {
        this.counts[index] = (this.counts[index] ?? 0) + count;
        return false;
      }
      slot = (slot + 1) & mask;
    }
    this.append(term, hash, count);
    slots[slot] = this.terms.length;
    this.indexed = this.terms.length;
    if (this.terms.length * 2 > slots.length) this.rehash(slots.length * 2);
    return true;
  }

  /** Adds `term`, whose hash is `hash`, with `count`, when the caller knows the term is not in the table yet. */
  append(term: string, hash: number, count: number): void {
    this.terms.push(term);
    this.counts.push(count);
    this.hashes.push(hash);
  }

  /** The index, with every term in it. */
  private indexedSlots(): Int32Array {
    if (this.slots === undefined || this.terms.length * 2 > this.slots.length) {
      let length = this.slots?.length ?? MIN_SLOTS;
      while (this.terms.length * 2 > length) length *= 2;
      return this.rehash(length);
    }
    for (let index = this.indexed; index < this.terms.length; index++) this.insert(this.slots, index);
    this.indexed = this.terms.length;
    return this.slots;
  }

  /** Puts term `index` in the first free slot of its probe sequence. */
  private insert(slots: Int32Array, index: number): void {
    const mask = slots.length - 1;
    let slot = spread(this.hashes[index] ?? 0) >>> this.shift;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
  }

  /** A new index of `length` slots holding every term. */
  private rehash(length: number): Int32Array {
    const slots = new Int32Array(length);
    this.slots = slots;
    this.shift = 32 - Math.log2(length);
    for (let index = 0; index < this.terms.length; index++) this.insert(slots, index);
    this.indexed = this.terms.length;
    return slots;
  }
}
