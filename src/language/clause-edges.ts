/**
 * Clause edges of a fragment: a foreign clause ("Aunque no se ha especificado
 * oficialmente, die …") mostly begins and ends at punctuation or at a sentence
 * edge, while the decoder ends it at the last word that clearly favours its
 * language. Short words both languages share ("in", "real", "Recht") between
 * the decoded span and the clause edge are taken into the fragment when none
 * of them speaks clearly for the main language.
 */

/** Where a fragment's first and last tokens are (inclusive). */
export interface TokenRange {
  first: number;
  last: number;
}

/** A fragment's tokens: the verified core and the range it grew to (inclusive). */
export interface GrownRange {
  coreFirst: number;
  coreLast: number;
  first: number;
  last: number;
}

/**
 * Cuts back grown ranges that reach into a neighbour: the words between two
 * cores go to the earlier fragment, and no range takes a word of another's
 * core. Ranges are changed in place; their cores never overlap (they are
 * distinct spans of the decoder).
 */
export function separateGrownRanges(ranges: readonly GrownRange[]): void {
  const order = [...ranges].sort((a, b) => a.coreFirst - b.coreFirst);
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1];
    const after = order[i];
    if (before === undefined || after === undefined || before.last < after.first) continue;
    before.last = Math.max(before.coreLast, Math.min(before.last, after.coreFirst - 1));
    after.first = Math.min(after.coreFirst, Math.max(after.first, before.last + 1));
  }
}

/** What {@link extendToClauseEdges} needs to know about the tokens. */
export interface ClauseEdgeInput {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** The fragment language's evidence for token t against the main language (nats). */
  gain: (t: number) => number;
  /** Whether token t may join a fragment at its edge (a word with evidence of its own: not a name, number or acronym). */
  canJoin: (t: number) => boolean;
  /** Whether token t is a function word of the main language (it may be one of the fragment's language too: "in", "die", "es"). */
  mainFunctionWord: (t: number) => boolean;
  /** Tokens [segmentFrom, segmentTo) are the decoded sentence or line. */
  segmentFrom: number;
  segmentTo: number;
}

/** Limits of {@link extendToClauseEdges}. */
export interface ClauseEdgeLimits {
  /** Most words of a clause piece taken in on either side. */
  maxWords: number;
  /** Each word taken in may favour the main language by at most this (nats), and so may all of them together. */
  margin: number;
  /** Most clause pieces (stretches between punctuation) taken in on either side. */
  maxPieces: number;
}

/**
 * Extends `range` to the edges of the clauses it begins and ends in, over
 * clause pieces of at most `limits.maxWords` words that may all join a
 * fragment and are all weak evidence for the main language. Returns a new
 * range (the same one when nothing moves).
 */
export function extendToClauseEdges(input: ClauseEdgeInput, range: TokenRange, limits: ClauseEdgeLimits): TokenRange {
  let first = range.first;
  let last = range.last;
  for (let pieces = 0; pieces < limits.maxPieces; pieces++) {
    const to = pieceEndAfter(input, last, limits.maxWords);
    if (to < 0 || !weakStretch(input, last + 1, to, limits)) break;
    last = to;
  }
  for (let pieces = 0; pieces < limits.maxPieces; pieces++) {
    const from = pieceStartBefore(input, first, limits.maxWords);
    if (from < 0 || !weakStretch(input, from, first - 1, limits)) break;
    first = from;
  }
  return first === range.first && last === range.last ? range : { first, last };
}

/**
 * Drops the fragment's last word when it is a function word of the main
 * language with little evidence for the fragment's language and the main
 * language's text goes on right after it: a preposition or article belongs to
 * the words it introduces ("…must be in diversen Medien", "…en realidad es
 * für die"), and those are in the main language.
 */
export function dropTrailingFunctionWord(input: ClauseEdgeInput, range: TokenRange, margin: number): TokenRange {
  const { text, starts, ends, segmentTo } = input;
  const last = range.last;
  if (last <= range.first || last + 1 >= segmentTo) return range;
  if (!input.mainFunctionWord(last) || input.gain(last) >= margin) return range;
  if (punctuatedBetween(text, ends[last] ?? 0, starts[last + 1] ?? 0) || input.gain(last + 1) > 0) return range;
  return { first: range.first, last: last - 1 };
}

/**
 * The last token of the clause piece that follows token t (up to punctuation
 * or the segment end), or -1 at the segment end or when the piece is longer
 * than `maxWords` (looking no further: linear time on text without punctuation).
 */
function pieceEndAfter(input: ClauseEdgeInput, t: number, maxWords: number): number {
  const { text, starts, ends, segmentTo } = input;
  if (t + 1 >= segmentTo) return -1;
  let end = t + 1;
  while (end + 1 < segmentTo && !punctuatedBetween(text, ends[end] ?? 0, starts[end + 1] ?? 0)) {
    if (end - t >= maxWords) return -1;
    end++;
  }
  return end;
}

/**
 * The first token of the clause piece that precedes token t (back to
 * punctuation or the segment start), or -1 at the segment start or when the
 * piece is longer than `maxWords`.
 */
function pieceStartBefore(input: ClauseEdgeInput, t: number, maxWords: number): number {
  const { text, starts, ends, segmentFrom } = input;
  if (t <= segmentFrom) return -1;
  let start = t - 1;
  while (start > segmentFrom && !punctuatedBetween(text, ends[start - 1] ?? 0, starts[start] ?? 0)) {
    if (t - start >= maxWords) return -1;
    start--;
  }
  return start;
}

/**
 * Extends `range` by one capitalised word on either side that is joined to it
 * without punctuation and favours the main language by at most `margin`: in
 * a language that capitalises nouns, inside text in one that does not (German
 * inside English), a capitalised word next to the fragment is mostly one of
 * its nouns ("Medien berichteten, dass nur").
 */
export function extendOverNouns(input: ClauseEdgeInput, range: TokenRange, isNoun: (t: number) => boolean, margin: number): TokenRange {
  const { text, starts, ends, segmentFrom, segmentTo } = input;
  let { first, last } = range;
  const joins = (t: number, gapFrom: number, gapTo: number): boolean =>
    isNoun(t) && input.gain(t) >= -margin && !punctuatedBetween(text, gapFrom, gapTo);
  if (first - 1 >= segmentFrom && joins(first - 1, ends[first - 1] ?? 0, starts[first] ?? 0)) first--;
  if (last + 1 < segmentTo && joins(last + 1, ends[last] ?? 0, starts[last + 1] ?? 0)) last++;
  return first === range.first && last === range.last ? range : { first, last };
}

/** Whether tokens [from, to] are few and none of them (nor all together) favours the main language by more than the margin. */
function weakStretch(input: ClauseEdgeInput, from: number, to: number, limits: ClauseEdgeLimits): boolean {
  if (to - from + 1 > limits.maxWords) return false;
  let sum = 0;
  for (let t = from; t <= to; t++) {
    if (!input.canJoin(t)) return false;
    const gain = input.gain(t);
    if (gain < -limits.margin) return false;
    sum += gain;
  }
  return sum >= -limits.margin;
}

/** Whether text[from, to) (the gap between two words) holds punctuation. */
export function punctuatedBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return true;
  }
  return false;
}
