import type { CleanResult } from '../clean/index.js';

/**
 * One stretch of the cleaned text and where it comes from: a `copy` of the
 * original (same length) or a `replace`d stretch (a repair, e.g. an inserted
 * space; `originalStart === originalEnd` for an insertion).
 */
interface Piece {
  cleanedStart: number;
  cleanedEnd: number;
  originalStart: number;
  originalEnd: number;
  copy: boolean;
}

/**
 * Maps offsets in a cleaned text back to the original text, built once per
 * article from the kept blocks (`cleanedStart`) and the repairs. Offsets that
 * fall between blocks (the blank lines `cleanArticle` puts between them) map
 * to the next block's start for span starts and to the previous block's end
 * for span ends, so a mapped span never reaches into a dropped block.
 */
export class CleanedToOriginal {
  readonly #pieces: Piece[] = [];
  /** Per kept block: its range in the cleaned text and in the original. */
  readonly blocks: { cleanedStart: number; cleanedEnd: number; start: number; end: number }[] = [];

  constructor(clean: CleanResult) {
    const repairs = [...clean.repairs].sort((a, b) => a.start - b.start);
    let next = 0;
    for (const block of clean.blocks) {
      if (block.cleanedStart === undefined) continue;
      let cleaned = block.cleanedStart;
      let original = block.start;
      while (next < repairs.length && (repairs[next] as (typeof repairs)[number]).start < block.start) next++;
      while (next < repairs.length && (repairs[next] as (typeof repairs)[number]).end <= block.end) {
        const repair = repairs[next++] as (typeof repairs)[number];
        if (repair.start < original) continue;
        this.#push(cleaned, original, repair.start - original, true);
        cleaned += repair.start - original;
        this.#pieces.push({
          cleanedStart: cleaned,
          cleanedEnd: cleaned + repair.replacement.length,
          originalStart: repair.start,
          originalEnd: repair.end,
          copy: false,
        });
        cleaned += repair.replacement.length;
        original = repair.end;
      }
      this.#push(cleaned, original, block.end - original, true);
      cleaned += block.end - original;
      this.blocks.push({ cleanedStart: block.cleanedStart, cleanedEnd: cleaned, start: block.start, end: block.end });
    }
    this.#pieces.sort((a, b) => a.cleanedStart - b.cleanedStart);
  }

  #push(cleanedStart: number, originalStart: number, length: number, copy: boolean): void {
    if (length <= 0) return;
    this.#pieces.push({
      cleanedStart,
      cleanedEnd: cleanedStart + length,
      originalStart,
      originalEnd: originalStart + length,
      copy,
    });
  }

  /** Index of the last piece whose cleanedStart <= offset, or -1. */
  #find(offset: number): number {
    let low = 0;
    let high = this.#pieces.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.#pieces[middle] as Piece).cleanedStart <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Original offset of the character at cleaned `offset` (a span's start). */
  start(offset: number): number {
    const index = this.#find(offset);
    let piece = this.#pieces[index];
    if (piece === undefined || offset >= piece.cleanedEnd) {
      // before the first piece or in a gap between blocks: the next piece's start
      piece = this.#pieces[index + 1];
      if (piece === undefined) return this.#pieces.at(-1)?.originalEnd ?? 0;
      return piece.originalStart;
    }
    if (piece.copy) return piece.originalStart + (offset - piece.cleanedStart);
    // inside a replacement: starts at the replaced stretch, or after it when
    // the replacement is an insertion (nothing of it is in the original)
    return piece.originalStart === piece.originalEnd ? piece.originalEnd : piece.originalStart;
  }

  /** Original offset just after the character before cleaned `offset` (a span's end, exclusive). */
  end(offset: number): number {
    if (offset <= 0) return this.#pieces[0]?.originalStart ?? 0;
    const index = this.#find(offset - 1);
    const piece = this.#pieces[index];
    if (piece === undefined) return this.#pieces[0]?.originalStart ?? 0;
    if (offset > piece.cleanedEnd) return piece.originalEnd; // in a gap: the previous piece's end
    if (piece.copy) return piece.originalStart + (offset - piece.cleanedStart);
    return piece.originalEnd;
  }
}
