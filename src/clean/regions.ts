/**
 * The stretch of blocks with the largest sum of scores (Kadane's algorithm,
 * the idea of Finn's Body Text Extraction: content blocks score positive,
 * boilerplate negative, and the article body is the best contiguous run).
 * Returns `[start, end]` inclusive, or `undefined` when no score is positive.
 */
export function bestRegion(scores: readonly number[], from = 0, to = scores.length - 1): { start: number; end: number; score: number } | undefined {
  let best: { start: number; end: number; score: number } | undefined;
  let runStart = from;
  let run = 0;
  for (let i = from; i <= to; i++) {
    if (run <= 0) {
      run = 0;
      runStart = i;
    }
    run += scores[i] ?? 0;
    if (run > 0 && (best === undefined || run > best.score)) best = { start: runStart, end: i, score: run };
  }
  return best;
}

/**
 * The main region and further regions whose score is at least `share` of the
 * main one's (a second article body, a long comment thread), found by
 * repeating {@link bestRegion} left and right of the regions taken.
 */
export function contentRegions(scores: readonly number[], share: number, minScore: number): { start: number; end: number; score: number }[] {
  const main = bestRegion(scores);
  if (!main) return [];
  const regions = [main];
  const threshold = Math.max(minScore, main.score * share);
  const pending: [number, number][] = [[0, main.start - 1], [main.end + 1, scores.length - 1]];
  while (pending.length > 0) {
    const [from, to] = pending.pop()!;
    if (from > to) continue;
    const region = bestRegion(scores, from, to);
    if (!region || region.score < threshold) continue;
    regions.push(region);
    pending.push([from, region.start - 1], [region.end + 1, to]);
  }
  return regions.sort((a, b) => a.start - b.start);
}
