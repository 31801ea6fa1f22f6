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

/** At most this many regions: keeps the search linear on pages of many thousand lines. */
const MAX_REGIONS = 32;

/**
 * The main region and further regions: left of the main region (earlier on
 * the page, where an article usually starts) a region needs `leftShare` of the
 * main region's score, right of it (where sidebars, comments and footers
 * follow) `rightShare`, and always at least `minScore`. Found by repeating
 * {@link bestRegion} beside the regions taken.
 */
export function contentRegions(scores: readonly number[], leftShare: number, rightShare: number, minScore: number): { start: number; end: number; score: number }[] {
  const main = bestRegion(scores);
  if (!main) return [];
  const regions = [main];
  const pending: [number, number, number][] = [
    [0, main.start - 1, Math.max(minScore, main.score * leftShare)],
    [main.end + 1, scores.length - 1, Math.max(minScore, main.score * rightShare)],
  ];
  while (pending.length > 0 && regions.length < MAX_REGIONS) {
    const [from, to, threshold] = pending.pop()!;
    if (from > to) continue;
    const region = bestRegion(scores, from, to);
    if (!region || region.score < threshold) continue;
    regions.push(region);
    pending.push([from, region.start - 1, threshold], [region.end + 1, to, threshold]);
  }
  return regions.sort((a, b) => a.start - b.start);
}
