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
import { addCharScores as importedAddCharScores, type CompiledModels } from './model.js';
import { symbolOf as importedSymbolOf } from './alphabet.js';

const addCharScores = importedAddCharScores;
const symbolOf = importedSymbolOf;
import { lowerCode as importedLowerCode, LATIN_LOWER as importedLatinLower } from './tokenize.js';

// Local bindings: loaders may keep imports live, costing a call per use.
const lowerCode = importedLowerCode;
const LATIN_LOWER = importedLatinLower;

/** Most words kept in the score cache before it is emptied (bounded memory). */
const CACHE_LIMIT = 200_000;
/** Longest word scored; longer "words" (1 MB without a space) are scored on their first letters. */
const MAX_WORD = 64;

/** What the finder needs to know about a case-folded word, cached across calls. */
export interface WordEntry {
  /** The case-folded word. */
  key: string;
  /** Next entry with the same hash. */
  next: WordEntry | undefined;
  /** log P(word | language) per modelled language. */
  scores: Float64Array;
  /** A function word of any modelled language. */
  functionWord: boolean;
  /** Per-call scratch: the call's stamp and the word's count in that document. */
  stamp: number;
  count: number;
  /** Per-call scratch: the main language's score with the document cache mixed in. */
  mainStamp: number;
  mainScore: number;
}

const cache = new Map<number, WordEntry>();
let cached = 0;
const symbols = new Uint8Array(MAX_WORD);

/** Empties the score cache (benchmarks use it to time cold text). */
export function clearWordScoreCache(): void {
  cache.clear();
  cached = 0;
}

/**
 * The cached entry of the word text[start, end) with case-folded FNV-1a hash
 * `hash` (from the tokenizer), scored on first sight. A hit is verified
 * against the text, so hash collisions cannot mix words up.
 */
export function resolveWord(models: CompiledModels, charBias: Float64Array, text: string, hash: number, start: number, end: number): WordEntry {
  const first = cache.get(hash);
  for (let entry = first; entry; entry = entry.next) {
    const key = entry.key;
    if (key.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < key.length; i++) {
      const code = text.charCodeAt(start + i);
      const lower = code < 0x250 ? (LATIN_LOWER[code] ?? code) : lowerCode(code, text, start + i);
      if (key.charCodeAt(i) !== lower) {
        same = false;
        break;
      }
    }
    if (same) return entry;
  }
  const key = text.slice(start, end).toLowerCase();
  const entry: WordEntry = { key, next: first, scores: scoreWord(models, key, charBias), functionWord: models.functionWords.has(key), stamp: 0, count: 0, mainStamp: 0, mainScore: 0 };
  if (cached >= CACHE_LIMIT) {
    cache.clear();
    cached = 0;
    entry.next = undefined;
  }
  cache.set(hash, entry);
  cached++;
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
