/**
 * Per-word evidence: log P(word | language) for every modelled language,
 * mixing the function-word lexicon with the character n-gram model:
 *
 *   P_L(w) = f_L(w) + m_L · P_char,L(w)
 *
 * where f_L is the word's relative frequency if it is a function word of L and
 * m_L the probability mass of all other words. Scores depend only on the
 * case-folded word, so they are cached (bounded) across calls in one flat
 * table: an open-addressing index of (hash, row) pairs and one 64-byte row per
 * word (a cache line: scores as Float32, per-call scratch, key location), with
 * the case-folded keys in one UTF-16 pool. No object or string per word.
 */
import { addCharScores as importedAddCharScores, type CompiledModels } from './model.js';
import { symbolOf as importedSymbolOf } from './alphabet.js';
import { FRAGMENT_PARAMETERS } from './parameters.js';
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
export const KEY_START = 0; // meta: offset of the key in the pool
export const KEY_LENGTH = 1; // meta: key length
export const FUNCTION_MASK = 2; // meta: bit l set when the word is a function word of language l
export const STAMP = 3; // meta: per-call stamp of COUNT and MAIN_SCORE
export const COUNT = 4; // meta: occurrences in the current document (content words only)
export const MAIN_STAMP = 5; // meta: per-call stamp of MAIN_SCORE
export const MAIN_SCORE = 6; // values: main language's score with the document cache mixed in
export const FLAGS = 7; // meta: LOAN_START
export const SCORES = 8; // values: SCORES + l = log P(word | language l), l < 8
/** FLAGS bit: the word begins a loan phrase ("de facto"). */
export const LOAN_START = 1;

/** The cached word scores; `meta` and `values` view the same rows. */
export interface WordTable {
  meta: Int32Array;
  values: Float32Array;
}

let meta = new Int32Array(ROW * 1024);
let values = new Float32Array(meta.buffer);
let rows = 0;
/** Open addressing: [hash, row + 1] pairs; 0 = empty. */
let index = new Int32Array(2 * 2048);
let indexMask = 2047;
let pool = new Uint16Array(1 << 16);
let poolLength = 0;
const symbols = new Uint8Array(MAX_WORD);
const scratch = new Float64Array(8);
const table: WordTable = { meta, values };

/** Empties the score cache (benchmarks use it to time cold text). */
export function clearWordScoreCache(): void {
  index.fill(0);
  rows = 0;
  poolLength = 0;
}

/** The word table, emptied first when it holds more than the limit (call between documents only: rows stay valid during a document). */
export function wordTable(): WordTable {
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
  const bigger = new Int32Array(2 * size);
  const mask = size - 1;
  for (let slot = 0; slot <= indexMask; slot++) {
    const row = index[2 * slot + 1] ?? 0;
    if (row === 0) continue;
    const hash = index[2 * slot] ?? 0;
    let target = hash & mask;
    while (bigger[2 * target + 1] !== 0) target = (target + 1) & mask;
    bigger[2 * target] = hash;
    bigger[2 * target + 1] = row;
  }
  index = bigger;
  indexMask = mask;
}

/**
 * The row of the word text[start, end) whose case-folded FNV-1a hash is
 * `hash` (from the tokenizer), scored on first sight. A hit is verified
 * against the text, so hash collisions cannot mix words up.
 */
export function resolveWord(models: CompiledModels, text: string, hash: number, start: number, end: number): number {
  const length = end - start;
  const mask = indexMask;
  let slot = (hash ^ (hash >>> 15)) & mask;
  for (;;) {
    const stored = index[2 * slot + 1] ?? 0;
    if (stored === 0) break;
    if (index[2 * slot] === hash) {
      const row = stored - 1;
      const base = row * ROW;
      if (meta[base + KEY_LENGTH] === length) {
        const keyStart = meta[base + KEY_START] ?? 0;
        let i = 0;
        for (; i < length; i++) {
          const code = text.charCodeAt(start + i);
          const lower = code < 0x250 ? (LATIN_LOWER[code] ?? code) : lowerCode(code, text, start + i);
          if (pool[keyStart + i] !== lower) break;
        }
        if (i === length) return row;
      }
    }
    slot = (slot + 1) & mask;
  }
  // A new word: store its key, score it, index it.
  let key = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    key += String.fromCharCode(code < 0x250 ? (LATIN_LOWER[code] ?? code) : lowerCode(code, text, i));
  }
  if (poolLength + key.length > pool.length) {
    let size = pool.length * 2;
    while (size < poolLength + key.length) size *= 2;
    const bigger = new Uint16Array(size);
    bigger.set(pool.subarray(0, poolLength));
    pool = bigger;
  }
  const keyStart = poolLength;
  for (let i = 0; i < key.length; i++) pool[poolLength++] = key.charCodeAt(i);
  if ((rows + 1) * ROW > meta.length) grow();
  const row = rows++;
  const base = row * ROW;
  meta.fill(0, base, base + ROW);
  meta[base + KEY_START] = keyStart;
  meta[base + KEY_LENGTH] = length;
  const functionWord = models.functionWords.get(key);
  let functionMask = 0;
  if (functionWord) for (let l = 0; l < models.count; l++) if ((functionWord[l] ?? 0) > 0) functionMask |= 1 << l;
  meta[base + FUNCTION_MASK] = functionMask;
  meta[base + FLAGS] = models.loanPhraseStarts.has(key) ? LOAN_START : 0;
  scoreWord(models, key, scratch);
  for (let l = 0; l < models.count; l++) values[base + SCORES + l] = scratch[l] ?? 0;
  index[2 * slot] = hash;
  index[2 * slot + 1] = row + 1;
  if (rows * 2 > mask) growIndex();
  return row;
}

/** The case-folded word of a row. */
export function wordOfRow(row: number): string {
  const keyStart = meta[row * ROW + KEY_START] ?? 0;
  return String.fromCharCode(...pool.subarray(keyStart, keyStart + Math.min(MAX_WORD, meta[row * ROW + KEY_LENGTH] ?? 0)));
}

/** Writes log P(word | language) for every modelled language into `scores`; `key` is the case-folded word. */
export function scoreWord(models: CompiledModels, key: string, scores: Float64Array): void {
  const count = models.count;
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
