/**
 * Per-word evidence: log P(word | language) for every modelled language,
 * mixing the function-word lexicon with the character n-gram model:
 *
 *   P_L(w) = f_L(w) + m_L · P_char,L(w)
 *
 * where f_L is the word's relative frequency if it is a function word of L and
 * m_L the probability mass of all other words. Scores depend only on the
 * case-folded word, so they are cached (bounded) across calls.
 */
import { addCharScores, type CompiledModels } from './model.js';
import { symbolOf } from './alphabet.js';

/** Most words kept in the score cache before it is emptied (bounded memory). */
const CACHE_LIMIT = 200_000;
/** Longest word scored; longer "words" (1 MB without a space) are scored on their first letters. */
const MAX_WORD = 64;

/** What the finder needs to know about a case-folded word, cached across calls. */
export interface WordEntry {
  /** log P(word | language) per modelled language. */
  scores: Float64Array;
  /** A function word of any modelled language. */
  functionWord: boolean;
  /** Per-call scratch: the call's stamp and the word's count in that document. */
  stamp: number;
  count: number;
}

const cache = new Map<string, WordEntry>();
const symbols = new Uint8Array(MAX_WORD);

/** Empties the score cache (benchmarks use it to time cold text). */
export function clearWordScoreCache(): void {
  cache.clear();
}

/** The cached entry of a case-folded word, scored on first sight. */
export function lookupWord(models: CompiledModels, key: string, charBias: Float64Array): WordEntry {
  const cached = cache.get(key);
  if (cached) return cached;
  const entry: WordEntry = { scores: scoreWord(models, key, charBias), functionWord: models.functionWords.has(key), stamp: 0, count: 0 };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, entry);
  return entry;
}

/** log P(word | language) for every modelled language; `key` is the case-folded word. */
export function scoreWord(models: CompiledModels, key: string, charBias: Float64Array): Float64Array {
  const count = models.count;
  const scores = new Float64Array(count);
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
    const charLog = Math.log(models.otherWordMass[l] ?? 1) + (scores[l] ?? 0) + (charBias[l] ?? 0) * (length + 1);
    const f = functionWord ? (functionWord[l] ?? 0) : 0;
    scores[l] = f > 0 ? logAdd(Math.log(f), charLog) : charLog;
  }
  return scores;
}

function logAdd(a: number, b: number): number {
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
