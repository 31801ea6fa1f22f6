import type { Block, CleanResult, Repair } from './types.js';

function keptBlocks(result: CleanResult): Block[] {
  return result.blocks.filter((block) => block.cleanedStart !== undefined);
}

/** Throws a `TypeError` unless `result` looks like a {@link CleanResult} and `offset` is a number. */
function assertOffsetArguments(result: unknown, offset: unknown, offsetName: string, fn: string): void {
  const candidate = result as Partial<CleanResult> | null;
  if (typeof candidate !== 'object' || candidate === null || !Array.isArray(candidate.blocks) || typeof candidate.text !== 'string') {
    throw new TypeError(`${fn}: argument \`result\` must be what cleanArticle returned`);
  }
  if (typeof offset !== 'number' || Number.isNaN(offset)) {
    throw new TypeError(`${fn}: argument \`${offsetName}\` must be a number`);
  }
}

/** Last index in `items` whose key is <= value, or -1. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (key(items[mid]!) <= value) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function repairsOf(result: CleanResult, block: Block): Repair[] {
  return result.repairs.filter((repair) => repair.start >= block.start && repair.end <= block.end);
}

/**
 * Maps an offset in `result.text` (the cleaned text) to the offset of the same
 * character in the original text that was passed to {@link cleanArticle}.
 * Offsets inside an inserted space map to where it was inserted; offsets in
 * the blank line between two blocks map to the end of the block before.
 *
 * @param result - What {@link cleanArticle} returned.
 * @param cleanedOffset - A JavaScript string index into `result.text` (`0 … text.length`).
 * @returns A JavaScript string index into the original text.
 * @example
 * ```ts
 * import { cleanArticle, toOriginalOffset } from 'article-lens';
 * const original = 'Anzeige\nDer Termin steht nicht fest.Wie Lawrow sagte, wird weiter verhandelt.';
 * const result = cleanArticle(original);
 * const at = result.text.indexOf('Wie'); // 29 in the cleaned text
 * original.slice(toOriginalOffset(result, at), toOriginalOffset(result, at) + 3); // 'Wie'
 * ```
 */
export function toOriginalOffset(result: CleanResult, cleanedOffset: number): number {
  assertOffsetArguments(result, cleanedOffset, 'cleanedOffset', 'toOriginalOffset');
  const kept = keptBlocks(result);
  if (kept.length === 0) return 0;
  const index = Math.max(0, lastAtOrBefore(kept, cleanedOffset, (block) => block.cleanedStart ?? 0));
  const block = kept[index]!;
  let cleanedAt = block.cleanedStart ?? 0;
  if (cleanedOffset <= cleanedAt) return block.start;
  let originalAt = block.start;
  for (const repair of repairsOf(result, block)) {
    if (cleanedOffset < repair.cleanedStart) break;
    originalAt += repair.cleanedStart - cleanedAt;
    cleanedAt = repair.cleanedStart;
    if (cleanedOffset < cleanedAt + repair.replacement.length) return repair.start;
    cleanedAt += repair.replacement.length;
    originalAt = repair.end;
  }
  return Math.min(block.end, originalAt + (cleanedOffset - cleanedAt));
}

/**
 * Maps an offset in the original text to the offset of the same character in
 * `result.text`, or `undefined` when that character was dropped (it lies in a
 * boilerplate block or between blocks).
 *
 * @param result - What {@link cleanArticle} returned.
 * @param originalOffset - A JavaScript string index into the original text.
 * @returns A JavaScript string index into `result.text`, or `undefined`.
 * @example
 * ```ts
 * import { cleanArticle, toCleanedOffset } from 'article-lens';
 * const original = 'Anzeige\nDer Termin steht nicht fest.Wie Lawrow sagte, wird weiter verhandelt.';
 * const result = cleanArticle(original);
 * toCleanedOffset(result, original.indexOf('Wie')); // 29: 'Anzeige' dropped, one space inserted
 * toCleanedOffset(result, 0); // undefined: "Anzeige" was dropped
 * ```
 */
export function toCleanedOffset(result: CleanResult, originalOffset: number): number | undefined {
  assertOffsetArguments(result, originalOffset, 'originalOffset', 'toCleanedOffset');
  const kept = keptBlocks(result);
  const index = lastAtOrBefore(kept, originalOffset, (block) => block.start);
  if (index < 0) return undefined;
  const block = kept[index]!;
  if (originalOffset > block.end) return undefined;
  let shift = 0;
  for (const repair of repairsOf(result, block)) {
    if (repair.start > originalOffset || (repair.start === originalOffset && repair.end > repair.start)) break;
    if (repair.end > originalOffset) return repair.cleanedStart;
    shift += repair.replacement.length - (repair.end - repair.start);
  }
  return (block.cleanedStart ?? 0) + (originalOffset - block.start) + shift;
}
