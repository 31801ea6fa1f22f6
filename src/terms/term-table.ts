/**
 * Distinct terms with their counts, in order of first count, found by a
 * hash the caller gives (the scanner's hash of the term's code units, see
 * {@link TextForms}): adding a text's counts makes no map entry and no
 * cell per term.
 */
import type { TextForms } from './text-forms.js';

const MIN_SLOTS = 256;

/** Terms and counts as arrays with an open-addressing hash index. */
export class TermTable {
  /** Each term once, in order of first count. */
  readonly terms: string[] = [];
  /** The count of each term (same index). */
  readonly counts: number[] = [];
  private hashes = new Int32Array(MIN_SLOTS / 2);
  /** Index + 1 per slot, 0 when free; linear probing, at most half full. */
  private slots = new Int32Array(MIN_SLOTS);
  /** 32 - log2(slots): a hash's first slot is the top bits of its spread. */
  private shift = 32 - Math.log2(MIN_SLOTS);

  /** Adds `count` to `term`, whose hash is `hash` (equal terms have equal hashes); true when the term is new. */
  add(term: string, hash: number, count: number): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const index = (slots[slot] ?? 0) - 1;
      if (index < 0) break;
      if (this.hashes[index] === hash && this.terms[index] === term) {
        this.counts[index] = (this.counts[index] ?? 0) + count;
        return false;
      }
      slot = (slot + 1) & mask;
    }
    const index = this.terms.length;
    this.terms.push(term);
    this.counts.push(count);
    if (index === this.hashes.length) {
      const bigger = new Int32Array(index * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[index] = hash;
    slots[slot] = index + 1;
    if (this.terms.length * 2 > slots.length) this.rehash(slots.length * 2);
    return true;
  }

  private rehash(length: number): void {
    const slots = new Int32Array(length);
    const mask = length - 1;
    this.shift = 32 - Math.log2(length);
    for (let index = 0; index < this.terms.length; index++) {
      let slot = Math.imul(this.hashes[index] ?? 0, 0x9e3779b1) >>> this.shift;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}
