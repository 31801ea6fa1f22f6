/**
 * Per-word evidence: log P(word | language) for every modelled language,
 * mixing the function-word lexicon with the character n-gram model:
 *
 *   P_L(w) = f_L(w) + m_L · P_char,L(w)
 *
 * where f_L is the word's relative frequency if it is a function word of L and
 * m_L the probability mass of all other words.
 */
import { addCharScores, type CompiledModels } from './model.js';
import type { WordToken } from './tokenize.js';

/** A per-call cache of word scores keyed by the case-folded word. */
export type WordScoreCache = Map<string, Float64Array>;

/** log P(word | language) for every modelled language (cached by case-folded form). */
export function scoreWord(models: CompiledModels, token: WordToken, cache: WordScoreCache, charBias: Float64Array): Float64Array {
  const cached = cache.get(token.key);
  if (cached) return cached;
  const count = models.count;
  const scores = new Float64Array(count);
  addCharScores(models, token.symbols, token.symbols.length, scores);
  const functionWord = models.functionWords.get(token.key);
  const length = token.symbols.length + 1;
  for (let l = 0; l < count; l++) {
    const charLog = Math.log(models.otherWordMass[l] ?? 1) + (scores[l] ?? 0) + (charBias[l] ?? 0) * length;
    const f = functionWord ? (functionWord[l] ?? 0) : 0;
    scores[l] = f > 0 ? logAdd(Math.log(f), charLog) : charLog;
  }
  cache.set(token.key, scores);
  return scores;
}

function logAdd(a: number, b: number): number {
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}
