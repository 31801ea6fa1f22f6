import { assertString } from '../shared/assert.js';
import { toLanguageCode } from '../shared/language-codes.js';
import { getModels } from './model.js';
import { tokenize } from './tokenize.js';
import { FUNCTION_MASK, MAX_LANGUAGES, ROW, SCORES, wordTable } from './score-words.js';
import { DOCUMENT_STAMP, OCCURRENCES, WORD_STATE, beginDocument, useBounds } from './document-words.js';
import { decoderFor } from './decoder-states.js';
import { boundTokens, resolveTokens } from './resolve-tokens.js';
import { documentLanguage } from './document-language.js';
import { markNeutralPhrases } from './neutral-phrases.js';
import { viterbi } from './viterbi.js';
import { clearStates, preferDocumentLanguages, type SpanEvidence } from './document-languages.js';
import {
  dropTrailingFunctionWord,
  extendOverNouns,
  extendToClauseEdges,
  punctuatedBetween,
  separateGrownRanges,
  type ClauseEdgeLimits,
  type GrownRange,
} from './clause-edges.js';
import { FRAGMENT_PARAMETERS as P } from './parameters.js';
import type { FindForeignFragmentsOptions, ForeignFragment } from './types.js';

// Token flag bits (see tokenize.ts), as local constants: bundlers and loaders
// may keep imported bindings live, which costs a call per use in hot loops.
const SHAPE_MASK = 3;
const SENTENCE_START = 4;
const NEUTRAL = 8;
/** The word is a function word of some modelled language (set by resolveTokens). */
const FUNCTION_WORD = 16;

/**
 * Finds the stretches of `text` written in another language than the
 * document's: untranslated leftovers in machine-translated news, quotes in
 * the original language, foreign titles.
 *
 * Each word gets a log-probability under every candidate language from
 * character n-gram models (with word-boundary markers) mixed with a
 * function-word lexicon; numbers, URLs, acronyms and other scripts are neutral,
 * and capitalised words inside a sentence (names, and in German nouns) count
 * only a little. A Viterbi decoder over the main language and the candidates,
 * with a penalty for every switch, proposes spans; each span is verified by its
 * log-likelihood ratio against the main language before it is reported (a
 * language closely related to the main one, as Portuguese to Spanish, needs a
 * larger ratio). Words repeated in the document lean to the main language
 * (a cache model learning from the text outside the proposed spans), though
 * never more than to a tie. A verified span grows over weak words to the
 * punctuation or sentence edge of its clause; a trailing preposition or
 * article of the main language stays outside. Fragments of one document lean
 * to one language: a near-tie goes to a language a clear fragment has, and
 * once there is one, switches into its language cost less.
 * Spans never cross a line break and are trimmed of punctuation and spaces.
 *
 * @param text - The document (any length; linear time).
 * @param options - Main language, candidates, minimum words and confidence.
 * @returns Fragments in text order; empty for empty text or a main language without a model.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { findForeignFragments } from 'article-lens';
 * const text = 'Aunque no se ha especificado oficialmente, die Ausschluss von Ukraine hat Besorgnis ausgelöst.';
 * const [fragment] = findForeignFragments(text, { mainLanguage: 'de' });
 * fragment?.text; // 'Aunque no se ha especificado oficialmente'
 * fragment?.lang; // 'spa'
 * text.slice(fragment?.start, fragment?.end) === fragment?.text; // true
 * ```
 */
export function findForeignFragments(text: string, options: FindForeignFragmentsOptions = {}): ForeignFragment[] {
  assertString(text, 'text', 'findForeignFragments');
  if (text.length === 0) return [];
  const models = getModels();
  const given = options.mainLanguage !== undefined ? models.codes.indexOf(toLanguageCode(options.mainLanguage)) : -2;
  if (given === -1) return []; // a main language without a model
  const minWords = Math.max(1, Math.floor(options.minWords ?? 2));
  const minConfidence = options.minConfidence ?? 0.5;
  // Every option is read before the shared token and score arrays are filled:
  // user code (a getter, a proxy) run later could call this function again.
  const wanted = (options.candidates ?? options.only)?.map(toLanguageCode);

  const table = wordTable();
  const tokens = tokenize(text);
  const { count, starts, ends, flags, lines, hashes, rows } = tokens;
  const { emissions, informative, potential, reach } = scratchFor(count);
  // Document cache (Kuhn & De Mori's cache model): a word seen elsewhere in the
  // same document is likelier to be in the document's language. Leave-one-out
  // counts, mixed into the main language only; function words are left out
  // because a foreign one repeats across the fragments of a document. The
  // counts are kept per row of the shared score table (document-words.ts) and
  // made only for the words whose exact evidence is needed (countOccurrences).
  const document = beginDocument();
  const stamp = document.document;
  let documentWords = resolveTokens(models, text, tokens);
  const state = document.state;
  // The tables may have grown while resolving: read their arrays afterwards.
  const wordMeta = table.meta;
  const wordValues = table.values;
  const mainIndex = given >= 0 ? given : documentLanguage(tokens, models.count, wordValues);
  if (mainIndex < 0) return [];
  const decoder = decoderFor(models, mainIndex, wanted);
  const { states, index: stateIndex, count: stateCount, bias, nounStates, capitalWeight, related } = decoder;
  if (stateCount < 2) return [];
  useBounds(decoder.key);
  boundTokens(tokens, decoder, wordValues, document.bounds, informative, potential, reach);
  // a word that turned out neutral is not counted after all
  documentWords -= markNeutralPhrases(text, tokens, wordMeta, models.loanPhrases, decoder.nounLanguageMask, informative, potential, reach);
  const clip = P.clip;
  const keepMain = Math.log(1 - P.cacheWeight);
  const cacheScale = P.cacheWeight / Math.max(1, documentWords - 1);
  const cacheWeight = P.cacheWeight;
  const nounWeightInForeign = P.nounWeightInForeign;
  // Emissions: evidence for each state relative to the main language (state 0 = 0).
  const evidence = (t: number): number => {
    const row = rows[t] ?? -1;
    const flag = flags[t] ?? 0;
    const base = t * stateCount;
    for (let s = 0; s < stateCount; s++) emissions[base + s] = 0;
    if (row < 0 || (flag & NEUTRAL) !== 0) return 0;
    const shape = flag & SHAPE_MASK;
    const sentenceStart = (flag & SENTENCE_START) !== 0;
    // Capitalised words inside a sentence are names or (German) nouns: little evidence.
    const capitalInside = shape === 1 && !sentenceStart;
    const weight = capitalInside ? capitalWeight : 1;
    if (weight === 0) return 0;
    const isInformative = shape === 0 || sentenceStart ? 1 : 0;
    const wordBase = row * ROW;
    let mainScore = wordValues[wordBase + SCORES + mainIndex] ?? -Infinity;
    const occurrence = state[row * WORD_STATE + OCCURRENCES] ?? 0;
    if (cacheWeight > 0 && occurrence > 1) mainScore = cachedMainScore(wordBase, mainScore, occurrence);
    // Clipped to ±clip so that one odd word cannot decide a span; two foreign
    // languages that both beat the main one by more than `clip` tie, and
    // context decides between them.
    let best = 0;
    for (let s = 1; s < stateCount; s++) {
      const difference = (wordValues[wordBase + SCORES + (stateIndex[s] ?? 0)] ?? -Infinity) - mainScore;
      const relative = difference < -clip ? -clip : difference > clip ? clip : difference;
      // In a language that capitalises nouns (German inside English text), a
      // capitalised word that looks like that language is evidence for it.
      const stateWeight = capitalInside && nounStates[s] === 1 && relative > 0 ? nounWeightInForeign : weight;
      const value = relative * stateWeight + (bias[s] ?? 0) * isInformative;
      emissions[base + s] = value;
      if (value > best) best = value;
    }
    return best;
  };
  /**
   * The main language's score of a word seen `occurrence` times in the
   * document, mixed with the cache. The cache lifts it at most to tie with the
   * likeliest candidate language: a repeated word is no evidence for a
   * language the character models do not favour (a foreign word repeated in
   * two fragments stays foreign-looking), but it no longer counts against the
   * main language (a repeated name or compound the main model underrates).
   */
  const cachedMainScore = (wordBase: number, mainScore: number, occurrence: number): number => {
    const cached = logAdd(mainScore + keepMain, Math.log(cacheScale * (occurrence - 1)));
    let bestForeign = mainScore;
    for (let s = 1; s < stateCount; s++) {
      const score = wordValues[wordBase + SCORES + (stateIndex[s] ?? 0)] ?? -Infinity;
      if (score > bestForeign) bestForeign = score;
    }
    return cached < bestForeign ? cached : bestForeign;
  };
  // Segments (a sentence start or a new line begins one) whose bounds could
  // pay for a foreign span's two switches are decoded; the others are all main
  // language.
  const penalties = switchPenalties(stateCount);
  const suspicious: number[] = [];
  const twoSwitches = 2 * P.switchPenalty;
  // Segments that could pay for two switches made cheaper in a language of the
  // document (P.documentLanguageDiscount): decoded only in a document with a
  // clear fragment (decodeAgainInDocumentLanguages).
  const weak: number[] = [];
  const cheapSwitches = 2 * (P.switchPenalty - Math.max(0, P.documentLanguageDiscount));
  let segmentStart = 0;
  for (let t = 1; t <= count; t++) {
    if (t === count || ((flags[t] ?? 0) & SENTENCE_START) !== 0 || lines[t] !== lines[t - 1]) {
      let possible = 0;
      for (let k = segmentStart; k < t; k++) possible += potential[k] ?? 0;
      if (possible > cheapSwitches) {
        const run = bestRun(reach, segmentStart, t);
        if (possible > twoSwitches && run >= twoSwitches - REACH_MARGIN) suspicious.push(segmentStart, t);
        else if (run >= cheapSwitches - REACH_MARGIN) weak.push(segmentStart, t);
      }
      segmentStart = t;
    }
  }
  countOccurrences(minWords <= 1 ? undefined : suspicious, stamp);
  // The document cache should learn from main-language text only: a first
  // decoding finds the spans, their words leave the cache (a word repeated
  // within foreign fragments is no evidence for the main language), and the
  // segments with a word whose cache evidence changed are decoded again.
  if (minWords <= 1) for (let t = 0; t < count; t++) potential[t] = evidence(t);
  const spans: number[] = []; // segment number, from, to, state
  let changed: Set<number> | undefined; // rows whose cache evidence changed
  for (let i = 0; i + 1 < suspicious.length; i += 2) {
    decodeSegment(suspicious[i] ?? 0, suspicious[i + 1] ?? 0, (from, to, decoded) => {
      spans.push(i, from, to, decoded);
      for (let k = from; k < to; k++) {
        const row = rows[k] ?? -1;
        if (row < 0 || ((flags[k] ?? 0) & (NEUTRAL | FUNCTION_WORD)) !== 0) continue;
        const at = row * WORD_STATE + OCCURRENCES;
        const occurrences = state[at] ?? 0;
        if (occurrences > 1) (changed ??= new Set()).add(row); // the cache counted it (see `evidence`)
        state[at] = occurrences - 1;
      }
    });
  }
  const fragments: ForeignFragment[] = [];
  /** Evidence of each fragment `report` added, for every state (same order as `fragments` until single words are added). */
  const spanEvidence: SpanEvidence[] = [];
  /** First tokens of the segments a fragment was reported in. */
  const reportedSegments = new Set<number>();
  /** Token ranges of each fragment `report` added (same order as `fragments` until single words are added). */
  const grownRanges: GrownRange[] = [];
  if (changed === undefined) {
    for (let j = 0; j + 3 < spans.length; j += 4) {
      const i = spans[j] ?? 0;
      report(spans[j + 1] ?? 0, spans[j + 2] ?? 0, spans[j + 3] ?? 0, suspicious[i] ?? 0, suspicious[i + 1] ?? 0);
    }
  } else {
    const again = changed;
    if (minWords <= 1) for (let t = 0; t < count; t++) potential[t] = evidence(t);
    let j = 0;
    for (let i = 0; i + 1 < suspicious.length; i += 2) {
      const from = suspicious[i] ?? 0;
      const to = suspicious[i + 1] ?? 0;
      let affected = false;
      for (let t = from; t < to && !affected; t++) affected = again.has(rows[t] ?? -1);
      if (affected) decodeSegment(from, to, report);
      for (; j + 3 < spans.length && spans[j] === i; j += 4) if (!affected) report(spans[j + 1] ?? 0, spans[j + 2] ?? 0, spans[j + 3] ?? 0, from, to);
    }
  }
  relabelNearTies();
  decodeAgainInDocumentLanguages();
  keepGrownRangesApart();
  if (minWords <= 1) addSingleWords();
  return fragments.sort((a, b) => a.start - b.start);

  /**
   * A document that has a clear fragment in a language likely has more
   * (quotes in the original language, a foreign title repeated): the
   * suspicious sentences without a fragment are decoded again, and the weak
   * ones for the first time, with switches into those languages cheaper by
   * P.documentLanguageDiscount.
   */
  function decodeAgainInDocumentLanguages(): void {
    if (P.documentLanguageDiscount <= 0) return;
    const clear = clearStates(spanEvidence, P.documentLanguageMargin);
    if (clear.size === 0) return;
    for (const s of clear) penalties[s] = P.switchPenalty - P.documentLanguageDiscount;
    for (let i = 0; i + 1 < suspicious.length; i += 2) {
      const from = suspicious[i] ?? 0;
      if (!reportedSegments.has(from)) decodeSegment(from, suspicious[i + 1] ?? 0, report);
    }
    if (minWords > 1) countOccurrences(weak, ~stamp);
    for (let i = 0; i + 1 < weak.length; i += 2) decodeSegment(weak[i] ?? 0, weak[i + 1] ?? 0, report);
  }

  /** Fragments that grew into a neighbour are cut back (clause-edges.ts) and their offsets and text set again. */
  function keepGrownRangesApart(): void {
    if (grownRanges.length < 2) return;
    separateGrownRanges(grownRanges);
    for (const [i, range] of grownRanges.entries()) {
      const fragment = fragments[i];
      if (fragment === undefined) continue;
      fragment.start = starts[range.first] ?? 0;
      fragment.end = ends[range.last] ?? fragment.start;
      fragment.text = text.slice(fragment.start, fragment.end);
    }
  }

  /** Near-ties between languages go to a language a clear fragment of the document has (document-languages.ts). */
  function relabelNearTies(): void {
    if (spanEvidence.length < 2) return;
    const chosen = preferDocumentLanguages(spanEvidence, related, P.documentLanguageMargin);
    for (const [i, span] of spanEvidence.entries()) {
      const state = chosen[i] ?? span.state;
      const fragment = fragments[i];
      if (state === span.state || fragment === undefined) continue;
      const threshold = span.baseThreshold + (related[state] ?? 0);
      fragment.lang = models.codes[states[state] ?? 0] ?? 'und';
      fragment.confidence = 1 / (1 + Math.exp(-P.confidenceSlope * ((span.ratios[state] ?? 0) - threshold)));
    }
  }

  /**
   * Single words (minWords: 1): a function word of another language whose
   * evidence beats the main language by singleWordThreshold, outside the
   * spans already found. Near-ties go to a language already found in the
   * document ("Por" beside a Spanish clause is Spanish, not Portuguese).
   */
  function addSingleWords(): void {
    const found = new Set(fragments.map((f) => f.lang));
    const spans = [...fragments].sort((a, b) => a.start - b.start);
    let next = 0; // spans before the current token are passed over once: linear overall
    const covered = (t: number): boolean => {
      const start = starts[t] ?? 0;
      while (next < spans.length && (spans[next]?.end ?? 0) <= start) next++;
      const span = spans[next];
      return span !== undefined && start >= span.start && (ends[t] ?? 0) <= span.end;
    };
    const extra: ForeignFragment[] = [];
    for (let t = 0; t < count; t++) {
      const row = rows[t] ?? -1;
      if (row < 0 || informative[t] !== 1 || covered(t)) continue;
      const functionMask = wordMeta[row * ROW + FUNCTION_MASK] ?? 0;
      if (functionMask === 0 || (functionMask & (1 << mainIndex)) !== 0) continue;
      let bestState = 0;
      let bestGain = 0;
      for (let s = 1; s < stateCount; s++) {
        if ((functionMask & (1 << (states[s] ?? 0))) === 0) continue;
        const gain = emissions[t * stateCount + s] ?? 0;
        if (gain <= 0) continue;
        const preferred = found.has(models.codes[states[s] ?? 0] ?? '');
        if (bestState === 0 || gain > bestGain + (preferred ? -1 : 1)) {
          bestState = s;
          bestGain = gain;
        }
      }
      const threshold = P.singleWordThreshold + (related[bestState] ?? 0);
      if (bestState === 0 || bestGain < threshold) continue;
      const confidence = 1 / (1 + Math.exp(-P.confidenceSlope * (bestGain - threshold)));
      if (confidence < minConfidence) continue;
      const start = starts[t] ?? 0;
      const end = ends[t] ?? start;
      extra.push({ start, end, text: text.slice(start, end), lang: models.codes[states[bestState] ?? 0] ?? 'und', confidence });
    }
    fragments.push(...extra);
  }

  /**
   * Counts the occurrences (the document cache) of the words whose evidence
   * will be computed: those of the segments in `ranges` (pairs of token
   * bounds), or all words when `ranges` is undefined. Only their rows are
   * touched: a bit per hash bucket picks the tokens to count. The first
   * round marks rows with the document's stamp; a later round (`round` =
   * ~stamp) leaves the rows of the first one, and their counts, alone.
   */
  function countOccurrences(ranges: readonly number[] | undefined, round: number): void {
    if (ranges !== undefined && ranges.length === 0) return;
    const wanted = wantedBuckets();
    const counted = (t: number): boolean => (rows[t] ?? -1) >= 0 && ((flags[t] ?? 0) & (NEUTRAL | FUNCTION_WORD)) === 0;
    const later = round !== stamp;
    let marked = false;
    const mark = (t: number): void => {
      if (!counted(t)) return;
      const at = (rows[t] ?? 0) * WORD_STATE;
      if (later && state[at + DOCUMENT_STAMP] === stamp) return;
      state[at + DOCUMENT_STAMP] = round;
      state[at + OCCURRENCES] = 0;
      const bucket = (hashes[t] ?? 0) & BUCKET_MASK;
      wanted[bucket >>> 5] = (wanted[bucket >>> 5] ?? 0) | (1 << (bucket & 31));
      marked = true;
    };
    if (ranges === undefined) for (let t = 0; t < count; t++) mark(t);
    else for (let i = 0; i + 1 < ranges.length; i += 2) for (let t = ranges[i] ?? 0; t < (ranges[i + 1] ?? 0); t++) mark(t);
    if (!marked) return;
    for (let t = 0; t < count; t++) {
      const bucket = (hashes[t] ?? 0) & BUCKET_MASK;
      if (((wanted[bucket >>> 5] ?? 0) & (1 << (bucket & 31))) === 0 || !counted(t)) continue;
      const at = (rows[t] ?? 0) * WORD_STATE;
      if (state[at + DOCUMENT_STAMP] === round) state[at + OCCURRENCES] = (state[at + OCCURRENCES] ?? 0) + 1;
    }
  }

  /** Decodes tokens [from, to) and passes every foreign span (and the segment's bounds) to `found`. */
  function decodeSegment(
    from: number,
    to: number,
    found: (first: number, end: number, state: number, segmentFrom: number, segmentTo: number) => void,
  ): void {
    // A foreign span costs two switches: skip segments whose words cannot pay for them.
    let possible = 0;
    if (minWords > 1) for (let t = from; t < to; t++) possible += potential[t] = evidence(t);
    else for (let t = from; t < to; t++) possible += potential[t] ?? 0;
    if (possible <= 2 * lowestPenalty(penalties, stateCount)) return;
    const path = viterbi(emissions, from, to, stateCount, penalties);
    let t = from;
    while (t < to) {
      const state = path[t - from] ?? 0;
      if (state === 0) {
        t++;
        continue;
      }
      let end = t;
      while (end < to && path[end - from] === state) end++;
      found(t, end, state, from, to);
      t = end;
    }
  }

  /** Verifies the decoded span [from, to) in `state` of the segment [segmentFrom, segmentTo) and adds it to the fragments. */
  function report(from: number, to: number, state: number, segmentFrom: number, segmentTo: number): void {
    const gain = (t: number): number => emissions[t * stateCount + state] ?? 0;
    // Fragments begin and end on words that carry evidence in the fragment's
    // language: lower-case or sentence-initial words, or nouns where that
    // language capitalises them; not on a name next to it.
    const nouns = models.capitalisesNouns[states[state] ?? 0] === true;
    const edge = (t: number): boolean =>
      gain(t) > P.edgeMargin && (informative[t] === 1 || (nouns && ((flags[t] ?? 0) & (SHAPE_MASK | NEUTRAL)) === 1));
    const canJoin = (t: number): boolean => informative[t] === 1;
    const isNounInside = (t: number): boolean => ((flags[t] ?? 0) & (SHAPE_MASK | SENTENCE_START | NEUTRAL)) === 1 && (rows[t] ?? -1) >= 0;
    let first = from;
    let last = to - 1;
    while (first <= last && !edge(first)) first++;
    while (last >= first && !edge(last)) last--;
    // A weak word cut off from the rest by punctuation ("…must be used, in der")
    // belongs to the text around it.
    while (last > first && gain(last) < P.detachedWordMargin && punctuatedBetween(text, ends[last - 1] ?? 0, starts[last] ?? 0)) last--;
    while (first < last && gain(first) < P.detachedWordMargin && punctuatedBetween(text, ends[first] ?? 0, starts[first + 1] ?? 0)) first++;
    while (first <= last && !edge(first)) first++;
    while (last >= first && !edge(last)) last--;
    if (first > last) return;
    const mainFunctionWord = (t: number): boolean => ((wordMeta[(rows[t] ?? 0) * ROW + FUNCTION_MASK] ?? 0) & (1 << mainIndex)) !== 0 && (rows[t] ?? -1) >= 0;
    const clause = { text, starts, ends, gain, canJoin, mainFunctionWord, segmentFrom, segmentTo };
    ({ first, last } = dropTrailingFunctionWord(clause, { first, last }, P.functionWordEdgeMargin));
    let ratio = 0;
    let words = 0;
    let evidenceWords = 0;
    for (let t = first; t <= last; t++) {
      ratio += gain(t);
      words++;
      if ((informative[t] === 1 || (nouns && ((flags[t] ?? 0) & (SHAPE_MASK | NEUTRAL)) === 1 && nounStates[state] === 1)) && gain(t) > 0) evidenceWords++;
    }
    if (words < Math.max(2, minWords) || evidenceWords < P.minEvidenceWords) return;
    const baseThreshold = P.threshold + P.perMissingWord * Math.max(0, 3 - evidenceWords);
    const threshold = baseThreshold + (related[state] ?? 0);
    const confidence = 1 / (1 + Math.exp(-P.confidenceSlope * (ratio - threshold)));
    if (ratio < threshold || confidence < minConfidence) return;
    // Only a verified span grows to its clause edges: the words taken in are weak evidence.
    let clauseRange = extendToClauseEdges(clause, { first, last }, clauseLimits());
    if (nounStates[state] === 1) clauseRange = extendOverNouns(clause, clauseRange, isNounInside, P.nounEdgeMargin);
    const start = starts[clauseRange.first] ?? 0;
    const end = ends[clauseRange.last] ?? start;
    fragments.push({ start, end, text: text.slice(start, end), lang: models.codes[states[state] ?? 0] ?? 'und', confidence });
    spanEvidence.push({ state, ratios: stateRatios(first, last), baseThreshold });
    grownRanges.push({ coreFirst: first, coreLast: last, first: clauseRange.first, last: clauseRange.last });
    reportedSegments.add(segmentFrom);
  }

  /** Summed evidence of tokens [first, last] for every state. */
  function stateRatios(first: number, last: number): Float64Array {
    const ratios = new Float64Array(stateCount);
    for (let t = first; t <= last; t++) for (let s = 1; s < stateCount; s++) ratios[s] = (ratios[s] ?? 0) + (emissions[t * stateCount + s] ?? 0);
    return ratios;
  }
}

/** How far fragments grow to their clause edges (see clause-edges.ts). */
function clauseLimits(): ClauseEdgeLimits {
  return { maxWords: P.clauseMaxWords, margin: P.clauseMargin, maxPieces: P.clausePieces };
}

let keptPenalties = new Float64Array(0);

/** P.switchPenalty for every state (kept between calls). */
function switchPenalties(stateCount: number): Float64Array {
  if (keptPenalties.length !== stateCount) keptPenalties = new Float64Array(stateCount);
  keptPenalties.fill(P.switchPenalty);
  return keptPenalties;
}

/** The smallest switch penalty of the foreign states. */
function lowestPenalty(penalties: Float64Array, stateCount: number): number {
  let lowest = Infinity;
  for (let s = 1; s < stateCount; s++) lowest = Math.min(lowest, penalties[s] ?? 0);
  return lowest;
}

/** Hash buckets of {@link wantedBuckets} (a power of two). */
const BUCKET_MASK = 0xffff;
let buckets = new Uint32Array(0); // allocated on first use

/** A bit per hash bucket, all 0 (valid until the next call). */
function wantedBuckets(): Uint32Array {
  if (buckets.length === 0) buckets = new Uint32Array((BUCKET_MASK + 1) / 32);
  else buckets.fill(0);
  return buckets;
}

interface Scratch {
  /** Evidence per token and state, MAX_LANGUAGES apart at most. */
  emissions: Float64Array;
  informative: Uint8Array;
  /** Best evidence (or an upper bound of it) of each token for any foreign state, at least 0. */
  potential: Float64Array;
  /** An upper bound of each token's best evidence for any foreign state (see boundTokens). */
  reach: Float64Array;
}

/** Per-token working arrays, reused between calls up to a size (larger documents get their own). */
let keptScratch: Scratch | undefined;
const KEEP_SCRATCH_TOKENS = 1 << 15;

function scratchFor(tokens: number): Scratch {
  const allocate = (size: number): Scratch => ({
    emissions: new Float64Array(size * MAX_LANGUAGES),
    informative: new Uint8Array(size),
    potential: new Float64Array(size),
    reach: new Float64Array(size),
  });
  if (tokens > KEEP_SCRATCH_TOKENS) return allocate(tokens);
  keptScratch ??= allocate(KEEP_SCRATCH_TOKENS);
  return keptScratch;
}

/**
 * Allowance for rounding in {@link bestRun}'s test: a segment is decoded when
 * its best run reaches two switches' cost less this.
 */
const REACH_MARGIN = 1e-6;

/**
 * The largest sum of `values` over a run of consecutive tokens in [from, to)
 * (0 for none). Every foreign stretch the decoder chooses costs two switches
 * and gains at most its tokens' reach, so a segment whose best run cannot pay
 * for two switches decodes to the main language only.
 */
function bestRun(values: Float64Array, from: number, to: number): number {
  let run = 0;
  let best = 0;
  for (let t = from; t < to; t++) {
    run += values[t] ?? 0;
    if (run < 0) run = 0;
    else if (run > best) best = run;
  }
  return best;
}

function logAdd(a: number, b: number): number {
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
