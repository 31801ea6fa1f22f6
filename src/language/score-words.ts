/**
 * Per-word evidence: log P(word | language) for every modelled language,
 * mixing the function-word lexicon with the character n-gram model:
 *
 *   P_L(w) = f_L(w) + m_L · P_char,L(w)
 *
 * where f_L is the word's relative frequency if it is a function word of L and
 * m_L the probability mass of all other words. Scores depend only on the
 * case-folded word, so they are cached (bounded) across calls in one flat
 * table: an open-addressing index of 16-byte entries (both hashes, length,
 * row and the word's function-word and loan-phrase marks), a cache of
 * 8-byte entries in front of it (so that the hot path touches one
 * cache line per word, mostly in the processor's cache) and one 64-byte row
 * per word (scores as Float32, function-word mask and loan-phrase group). A
 * word is identified by its length and two independent 32-bit hashes of its
 * case-folded form (FNV-1a and a polynomial hash): no object or string per
 * word, and two words are mixed up only if both hashes and the length
 * collide (odds of about one in 10^9 with the table full), or in the cache
 * if 56 bits of the hashes do (about one in 10^12 per lookup).
 */
import { addCharScores as importedAddCharScores, type CompiledModels } from './model.js';
import { symbolOf as importedSymbolOf } from './alphabet.js';
import { FRAGMENT_PARAMETERS } from './parameters.js';
import { forgetRows } from './document-words.js';
import { lowerCode as importedLowerCode, LATIN_LOWER as importedLatinLower } from './tokenize.js';

// Local bindings: loaders may keep imports live, costing a call per use.
const addCharScores = importedAddCharScores;
const symbolOf = importedSymbolOf;
const lowerCode = importedLowerCode;
const LATIN_LOWER = importedLatinLower;

/** Most words kept in the score table; past it the table is emptied before the next document. */
const CACHE_LIMIT = 200_000;
/** Longest word scored; longer "words" (1 MB without a space) are scored on their first letters. */
const MAX_WORD = 64;

/** 32-bit slots per row (64 bytes). */
export const ROW = 16;
/** Row layout (Int32 view `meta`, Float32 view `values`, same buffer). */
export const CHECK = 0; // meta: second hash of the word
export const KEY_LENGTH = 1; // meta: word length
export const FUNCTION_MASK = 2; // meta: bit l set when the word is a function word of language l
export const LOAN_PHRASES = 3; // meta: 1 + index of the loan phrases the word begins ("de" of "de facto"), or 0
export const SCORES = 4; // values: SCORES + l = log P(word | language l)
/** Most languages a row has room for. */
export const MAX_LANGUAGES = ROW - SCORES;

/** Mark in {@link resolveWord}'s result: the word is a function word of some modelled language. */
export const WORD_IS_FUNCTION = 1;
/** Mark in {@link resolveWord}'s result: the word begins a loan phrase ("de" of "de facto"). */
export const WORD_BEGINS_LOAN = 2;
/** {@link resolveWord}'s result is row << WORD_ROW_SHIFT | marks. */
export const WORD_ROW_SHIFT = 2;
/** Int32 slots per index entry: hash, check, length, result + 1. */
const ENTRY = 4;
/**
 * The cache in front of the index (256 KB): the thousands of words that make
 * up most of any news text stay in the processor's cache there, while the
 * index grows with the vocabulary. Two-way set-associative: a set is 16 bytes
 * (one cache line holds four), two entries, the most recently used first. An
 * entry is 8 bytes: the word's second hash, and its result + 1 with the top
 * RECENT_TAG_BITS bits of its first hash above it (the set gives the low
 * bits): 56 bits of the two hashes identify a word there.
 */
const RECENT_SETS = 16384;
/** Bits of the first hash kept in a cache entry's upper bits. */
const RECENT_TAG_BITS = 10;
/** Results up to this (rows below 2^20) fit under the tag; larger ones are left to the index. */
const RECENT_RESULT_LIMIT = 2 ** (32 - RECENT_TAG_BITS) - 1;
const RECENT_RESULT_MASK = RECENT_RESULT_LIMIT;
const RECENT_TAG_SHIFT = 32 - RECENT_TAG_BITS;

/** The cached word scores; `meta` and `values` view the same rows. */
export interface WordTable {
  meta: Int32Array;
  values: Float32Array;
}

// Allocated on first use (wordTable), so that importing allocates nothing.
let meta = new Int32Array(0);
let values = new Float32Array(0);
let rows = 0;
/** Open addressing: [hash, check, length, result + 1] entries; result + 1 = 0: empty. */
let index = new Int32Array(0);
let indexMask = -1;
/** Direct-mapped: the entry last resolved for each hash bucket; result + 1 = 0: empty. */
let recent = new Int32Array(0);
const symbols = new Uint8Array(MAX_WORD);
const scratch = new Float64Array(MAX_LANGUAGES);
const table: WordTable = { meta, values };

/** Empties the score cache (benchmarks use it to time cold text). */
export function clearWordScoreCache(): void {
  index.fill(0);
  recent.fill(0);
  rows = 0;
  forgetRows();
}

/** The word table, emptied first when it holds more than the limit (call between documents only: rows stay valid during a document). */
export function wordTable(): WordTable {
  if (meta.length === 0) {
    meta = new Int32Array(ROW * 1024);
    values = new Float32Array(meta.buffer);
    table.meta = meta;
    table.values = values;
    index = new Int32Array(ENTRY * 2048);
    recent = new Int32Array(4 * RECENT_SETS);
    indexMask = 2047;
  }
  if (rows > CACHE_LIMIT) clearWordScoreCache();
  return table;
}

function grow(): void {
  const biggerMeta = new Int32Array(meta.length * 2);
  biggerMeta.set(meta);
  meta = biggerMeta;
  values = new Float32Array(meta.buffer);
  table.meta = meta;
  table.values = values;
}

function growIndex(): void {
  const size = (indexMask + 1) * 2;
  const bigger = new Int32Array(ENTRY * size);
  const mask = size - 1;
  for (let slot = 0; slot <= indexMask; slot++) {
    const from = ENTRY * slot;
    if ((index[from + 3] ?? 0) === 0) continue;
    const hash = index[from] ?? 0;
    let target = slotOf(hash, mask);
    while (bigger[ENTRY * target + 3] !== 0) target = (target + 1) & mask;
    bigger.set(index.subarray(from, from + ENTRY), ENTRY * target);
  }
  index = bigger;
  indexMask = mask;
}

function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

/**
 * The word text[start, end) whose case-folded hashes are `hash` and `check`
 * (from the tokenizer), scored on first sight: its row in the table shifted
 * left by {@link WORD_ROW_SHIFT}, with the marks {@link WORD_IS_FUNCTION} and
 * {@link WORD_BEGINS_LOAN}.
 */
export function resolveWord(models: CompiledModels, text: string, hash: number, check: number, start: number, end: number): number {
  const set = 4 * (hash & (RECENT_SETS - 1));
  const tag = hash >>> RECENT_TAG_SHIFT;
  const first = recent[set + 1] ?? 0;
  if (recent[set] === check && first >>> RECENT_TAG_SHIFT === tag && first !== 0) return (first & RECENT_RESULT_MASK) - 1;
  const second = recent[set + 3] ?? 0;
  if (recent[set + 2] === check && second >>> RECENT_TAG_SHIFT === tag && second !== 0) {
    // most recently used first
    recent[set + 2] = recent[set] ?? 0;
    recent[set + 3] = first;
    recent[set] = check;
    recent[set + 1] = second;
    return (second & RECENT_RESULT_MASK) - 1;
  }
  return resolveFromIndex(models, text, hash, check, start, end);
}

/** {@link resolveWord} for a word not in the cache (kept apart so that the fast path is small enough to inline). */
function resolveFromIndex(models: CompiledModels, text: string, hash: number, check: number, start: number, end: number): number {
  const length = end - start;
  const mask = indexMask;
  let slot = slotOf(hash, mask);
  for (;;) {
    const at = ENTRY * slot;
    const stored = index[at + 3] ?? 0;
    if (stored === 0) break;
    if (index[at] === hash && index[at + 1] === check && index[at + 2] === length) {
      remember(hash, check, stored);
      return stored - 1;
    }
    slot = (slot + 1) & mask;
  }
  const result = addWord(models, text, check, start, end);
  const at = ENTRY * slot;
  index[at] = hash;
  index[at + 1] = check;
  index[at + 2] = length;
  index[at + 3] = result + 1;
  remember(hash, check, result + 1);
  if (rows * 2 > mask) growIndex();
  return result;
}

/** Scores a new word into a new row; returns {@link resolveWord}'s result for it. */
function addWord(models: CompiledModels, text: string, check: number, start: number, end: number): number {
  const length = end - start;
  let key = '';
  for (let i = start; i < end && key.length < MAX_WORD; i++) {
    const code = text.charCodeAt(i);
    key += String.fromCharCode(code < 0x250 ? (LATIN_LOWER[code] ?? code) : lowerCode(code, text, i));
  }
  if ((rows + 1) * ROW > meta.length) grow();
  const row = rows++;
  const base = row * ROW;
  meta.fill(0, base, base + ROW);
  meta[base + CHECK] = check;
  meta[base + KEY_LENGTH] = length;
  const functionWord = models.functionWords.get(key);
  let functionMask = 0;
  if (functionWord) for (let l = 0; l < models.count; l++) if ((functionWord[l] ?? 0) > 0) functionMask |= 1 << l;
  meta[base + FUNCTION_MASK] = functionMask;
  const loanGroup = length < MAX_WORD ? (models.loanPhraseIndex.get(key) ?? -1) + 1 : 0;
  meta[base + LOAN_PHRASES] = loanGroup;
  scoreWord(models, key, scratch);
  for (let l = 0; l < models.count && l < MAX_LANGUAGES; l++) values[base + SCORES + l] = scratch[l] ?? 0;
  return (row << WORD_ROW_SHIFT) | (functionMask === 0 ? 0 : WORD_IS_FUNCTION) | (loanGroup === 0 ? 0 : WORD_BEGINS_LOAN);
}

/** Puts a word's result + 1 (`stored`) first in its cache set, if it fits beside the tag (the set's second entry is dropped). */
function remember(hash: number, check: number, stored: number): void {
  if (stored > RECENT_RESULT_LIMIT) return;
  const set = 4 * (hash & (RECENT_SETS - 1));
  recent[set + 2] = recent[set] ?? 0;
  recent[set + 3] = recent[set + 1] ?? 0;
  recent[set] = check;
  recent[set + 1] = stored | ((hash >>> RECENT_TAG_SHIFT) << RECENT_TAG_SHIFT);
}

/** Rows in the table now (row ids are below this). */
export function wordRows(): number {
  return rows;
}

const partScores = new Float64Array(MAX_LANGUAGES);
const JOINERS = /['\u2019\u2010-]/;

/**
 * Writes log P(word | language) for every modelled language into `scores`;
 * `key` is the case-folded word. A word joined by apostrophes or hyphens
 * ("l'homme", "n'est", "US-Bloggern") that is not itself a function word is
 * scored as the sequence of its parts, as the models were trained (on letter
 * runs): the elided article or negation is strong evidence of its language.
 */
export function scoreWord(models: CompiledModels, key: string, scores: Float64Array): void {
  if (models.functionWords.has(key) || !JOINERS.test(key)) {
    scoreSimpleWord(models, key, scores);
    return;
  }
  scores.fill(0);
  const count = Math.min(models.count, scores.length);
  for (const part of key.split(JOINERS)) {
    if (part === '') continue;
    scoreSimpleWord(models, part, partScores);
    for (let l = 0; l < count; l++) scores[l] = (scores[l] ?? 0) + (partScores[l] ?? 0);
  }
}

function scoreSimpleWord(models: CompiledModels, key: string, scores: Float64Array): void {
  const count = Math.min(models.count, scores.length);
  scores.fill(0);
  let length = 0;
  for (let i = 0; i < key.length && length < MAX_WORD; i++) {
    const code = key.charCodeAt(i);
    if (code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2010) continue; // joiners
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    symbols[length++] = symbolOf(code);
  }
  addCharScores(models, symbols, length, scores);
  const functionWord = models.functionWords.get(key);
  for (let l = 0; l < count; l++) {
    const charLog = Math.log(models.otherWordMass[l] ?? 1) + (scores[l] ?? 0) + (FRAGMENT_PARAMETERS.charBias[models.codes[l] ?? ''] ?? 0) * (length + 1);
    const f = functionWord ? (functionWord[l] ?? 0) : 0;
    scores[l] = f > 0 ? logAdd(Math.log(f), charLog) : charLog;
  }
}

function logAdd(a: number, b: number): number {
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
