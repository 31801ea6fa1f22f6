/**
 * The finder's first passes over a document's tokens: every word is looked up
 * in the shared score table, then given an upper bound of its evidence for
 * any foreign state, so that sentences that cannot hold a fragment are passed
 * over without computing their exact evidence.
 */
import type { CompiledModels } from './model.js';
import type { TokenList } from './tokenize.js';
import type { DecoderStates } from './decoder-states.js';
import { ROW, SCORES, WORD_BEGINS_LOAN, WORD_IS_FUNCTION, WORD_ROW_SHIFT, resolveWord as importedResolveWord, wordRows } from './score-words.js';
import { reserveRows } from './document-words.js';
import { FRAGMENT_PARAMETERS as P } from './parameters.js';

// Local binding: loaders may keep imports live, costing a call per use.
const resolveWord = importedResolveWord;

// Token flag bits (see tokenize.ts), as local constants; the last two are set here.
const SHAPE_MASK = 3;
const SENTENCE_START = 4;
const FUNCTION_WORD = 16;
const BEGINS_LOAN = 32;

/**
 * Looks every word token up (scoring words never seen before): its row in the
 * score table goes to `tokens.rows`, its function-word and loan-phrase marks
 * to `tokens.flags`. Makes room for the rows in document-words.ts. Returns the
 * number of word tokens (neutral tokens keep row -1).
 */
export function resolveTokens(models: CompiledModels, text: string, tokens: TokenList): number {
  const { count, starts, ends, flags, hashes, checks, rows } = tokens;
  let words = 0;
  for (let t = 0; t < count; t++) {
    if ((rows[t] ?? -1) < 0) continue; // neutral
    const word = resolveWord(models, text, hashes[t] ?? 0, checks[t] ?? 0, starts[t] ?? 0, ends[t] ?? 0);
    rows[t] = word >>> WORD_ROW_SHIFT;
    if ((word & (WORD_IS_FUNCTION | WORD_BEGINS_LOAN)) !== 0) {
      flags[t] = (flags[t] ?? 0) | ((word & WORD_IS_FUNCTION) !== 0 ? FUNCTION_WORD : 0) | ((word & WORD_BEGINS_LOAN) !== 0 ? BEGINS_LOAN : 0);
    }
    words++;
  }
  reserveRows(wordRows());
  return words;
}

/**
 * For every token: whether it is informative (lower-case or sentence-initial),
 * and two upper bounds of its exact evidence (see the finder's `evidence`),
 * both 0 for neutral tokens:
 * - `potential`: the word's best clipped ratio for a foreign state, at least 0,
 *   times the largest weight its shape allows, plus any positive language
 *   bias (a segment whose potentials cannot pay for two switches is all main
 *   language);
 * - `reach`: the same without the floor at 0 (a German word is strongly
 *   negative for every foreign state) and with room for the document cache,
 *   which can lower the main language's score by up to -log(1 - cacheWeight):
 *   a segment without a run of tokens whose reach pays for two switches
 *   decodes to the main language only.
 * `bounds` holds each row's best ratio under `decoder`'s states (NaN: not
 * computed yet; computed here and kept).
 */
export function boundTokens(
  tokens: TokenList,
  decoder: DecoderStates,
  wordValues: Float32Array,
  bounds: Float32Array,
  informative: Uint8Array,
  potential: Float64Array,
  reach: Float64Array,
): void {
  const { count, flags, rows } = tokens;
  fillShapeTables(decoder);
  const clip = P.clip;
  const cacheRoom = CACHE_ROOM;
  for (let t = 0; t < count; t++) {
    const row = rows[t] ?? -1;
    if (row < 0) {
      informative[t] = 0;
      potential[t] = 0;
      reach[t] = 0;
      continue;
    }
    // tables by shape and sentence start rather than branches on them (which a processor cannot predict in German text)
    const kind = (flags[t] ?? 0) & SHAPE_KIND;
    informative[t] = INFORMATIVE[kind] ?? 0;
    const bias = BIAS[kind] ?? 0;
    const up = WEIGHT_UP[kind] ?? 1;
    let best = bounds[row] ?? 0;
    if (best !== best) best = bounds[row] = bestRatio(wordValues, row, decoder); // NaN: not computed yet
    potential[t] = (best <= 0 ? 0 : best) * up + bias;
    const roomy = best + cacheRoom;
    const ratio = roomy > clip ? clip : roomy < -clip ? -clip : roomy;
    reach[t] = ratio * (ratio > 0 ? up : (WEIGHT_DOWN[kind] ?? 1)) + bias;
  }
}

/** Shape and sentence-start bits of a token's flags: the index into the tables below. */
const SHAPE_KIND = SHAPE_MASK | SENTENCE_START;
/** By shape kind: 1 for an informative token (lower-case or sentence-initial). */
const INFORMATIVE = new Uint8Array(SHAPE_KIND + 1);
/** By shape kind: the positive language bias an informative token may get. */
const BIAS = new Float64Array(SHAPE_KIND + 1);
/** By shape kind: the largest weight of a positive ratio (a capitalised word inside a sentence weighs less). */
const WEIGHT_UP = new Float64Array(SHAPE_KIND + 1);
/** By shape kind: the weight of a negative ratio. */
const WEIGHT_DOWN = new Float64Array(SHAPE_KIND + 1);

function fillShapeTables(decoder: DecoderStates): void {
  for (let kind = 0; kind <= SHAPE_KIND; kind++) {
    const shape = kind & SHAPE_MASK;
    const sentenceStart = (kind & SENTENCE_START) !== 0;
    const isInformative = shape === 0 || sentenceStart;
    const capitalInside = shape === 1 && !sentenceStart;
    INFORMATIVE[kind] = isInformative ? 1 : 0;
    BIAS[kind] = isInformative ? decoder.positiveBias : 0;
    WEIGHT_UP[kind] = capitalInside ? decoder.capitalBoundWeight : 1;
    WEIGHT_DOWN[kind] = capitalInside ? decoder.capitalWeight : 1;
  }
}

/** How much the document cache can lower the main language's score (a little more than -log(1 - cacheWeight), for rounding). */
const CACHE_ROOM = -Math.log(1 - P.cacheWeight) + 1e-6;

/**
 * The largest log-likelihood ratio of a word for any foreign state over the
 * main one, clipped at P.clip, as a Float32 no smaller than it (still a
 * bound); negative when the main language is likelier than every candidate.
 */
function bestRatio(wordValues: Float32Array, row: number, decoder: DecoderStates): number {
  const base = row * ROW + SCORES;
  const { index, count } = decoder;
  const main = wordValues[base + (index[0] ?? 0)] ?? 0;
  let best = -Infinity;
  for (let s = 1; s < count; s++) {
    const difference = (wordValues[base + (index[s] ?? 0)] ?? 0) - main;
    if (difference > best) best = difference;
  }
  const clip = P.clip;
  return best >= 0 ? roundUp(best > clip ? clip : best) : roundUpNegative(best);
}

/** A Float32 value at or a little above a non-negative `value`. */
function roundUp(value: number): number {
  const rounded = Math.fround(value);
  return rounded >= value ? rounded : Math.fround(value * (1 + 2 ** -22));
}

/** A Float32 value at or a little above a negative `value` (at most 0). */
function roundUpNegative(value: number): number {
  const rounded = Math.fround(value);
  return rounded >= value ? rounded : Math.min(0, Math.fround(value * (1 - 2 ** -22)));
}
