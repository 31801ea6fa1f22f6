/**
 * Compiles the shipped language data into fast tables, lazily on first use:
 * - an interpolated (Witten–Bell) character trigram model per language as one
 *   dense table indexed by the 18-bit trigram index, languages interleaved;
 * - order-4 refinements in an open-addressing hash table keyed by the 24-bit
 *   4-gram index (one probe yields all languages' log-probabilities);
 * - function-word log-frequencies per language.
 * `scoreWord` then gives log P(word | language) for every language at once.
 */
import { SYMBOL_BITS, SYMBOL_COUNT, symbolOfDataChar } from './alphabet.js';
import { decodeCount, MAX_ORDER, type LanguageModelData } from './model-data.js';
import { LANGUAGE_MODEL_DATA } from './data/index.js';
import { LOAN_PHRASES } from './data/loan-phrases.js';

const TRIGRAMS = SYMBOL_COUNT ** 3;
const BIGRAMS = SYMBOL_COUNT ** 2;

export interface CompiledModels {
  codes: readonly string[];
  count: number;
  /** log P(c | a b) at [index3 * count + language]. */
  trigram: Float32Array;
  /** log of the backoff weight for an unseen 4-gram after history abc, at [index3 * count + language]. */
  backoff4: Float32Array;
  /** Open-addressing keys (index4 + 1; 0 = empty). */
  quadKeys: Int32Array;
  /** log P(d | a b c) at [slot * count + language]. */
  quadValues: Float32Array;
  quadMask: number;
  /** Function words: lower-case word -> probability per language (0 when absent). */
  functionWords: Map<string, Float64Array>;
  /** 1 - total function-word probability, per language. */
  otherWordMass: Float64Array;
  capitalisesNouns: readonly boolean[];
  /** Loan phrases ("de facto") as word lists, grouped by first word, longest first. */
  loanPhrases: readonly (readonly string[])[][];
  /** First word of a loan phrase -> index into `loanPhrases`. */
  loanPhraseIndex: ReadonlyMap<string, number>;
}

function gramIndex(gram: string): number {
  let index = 0;
  for (const char of gram) index = (index << SYMBOL_BITS) | symbolOfDataChar(char);
  return index;
}

interface Counts {
  /** counts per order: index -> count */
  orders: Map<number, number>[];
}

function readCounts(data: LanguageModelData): Counts {
  const orders: Map<number, number>[] = [];
  for (let order = 1; order <= MAX_ORDER; order++) {
    const grams = data.grams[order - 1] ?? '';
    const counts = data.counts[order - 1] ?? '';
    const map = new Map<number, number>();
    for (let i = 0, j = 0; i < grams.length; i += order, j++) {
      map.set(gramIndex(grams.slice(i, i + order)), decodeCount(counts[j] ?? '!'));
    }
    orders.push(map);
  }
  return { orders };
}

/** Witten–Bell statistics of histories: total continuation count and distinct continuations. */
function historyStats(map: Map<number, number>): Map<number, [number, number]> {
  const stats = new Map<number, [number, number]>();
  for (const [index, count] of map) {
    const history = index >>> SYMBOL_BITS;
    const entry = stats.get(history);
    if (entry) {
      entry[0] += count;
      entry[1] += 1;
    } else stats.set(history, [count, 1]);
  }
  return stats;
}

let compiled: CompiledModels | undefined;

/** The compiled shipped models (built once, on first call). */
export function getModels(): CompiledModels {
  compiled ??= compile(LANGUAGE_MODEL_DATA);
  return compiled;
}

export function compile(models: readonly LanguageModelData[]): CompiledModels {
  const count = models.length;
  const trigram = new Float32Array(TRIGRAMS * count);
  const backoff4 = new Float32Array(TRIGRAMS * count);
  const quadIndexSet = new Set<number>();
  const perLanguage = models.map(readCounts);
  for (const counts of perLanguage) for (const index of counts.orders[3]?.keys() ?? []) quadIndexSet.add(index);
  let size = 1;
  while (size < quadIndexSet.size * 2) size <<= 1;
  const quadKeys = new Int32Array(size);
  const quadValues = new Float32Array(size * count);
  const quadMask = size - 1;
  const slotOf = new Map<number, number>();
  for (const index of quadIndexSet) {
    let slot = hash4(index) & quadMask;
    while (quadKeys[slot] !== 0) slot = (slot + 1) & quadMask;
    quadKeys[slot] = index + 1;
    slotOf.set(index, slot);
  }
  const functionWords = new Map<string, Float64Array>();
  const otherWordMass = new Float64Array(count);

  perLanguage.forEach((counts, language) => {
    const [uni, bi, tri, quad] = counts.orders as [Map<number, number>, Map<number, number>, Map<number, number>, Map<number, number>];
    // Unigram over symbols (excluding boundary as a history-free event is fine), add-one smoothed.
    let uniTotal = 0;
    for (const value of uni.values()) uniTotal += value;
    const p1 = new Float64Array(SYMBOL_COUNT);
    for (let symbol = 0; symbol < SYMBOL_COUNT; symbol++) p1[symbol] = ((uni.get(symbol) ?? 0) + 0.5) / (uniTotal + 0.5 * SYMBOL_COUNT);
    const biStats = historyStats(bi);
    const p2 = new Float64Array(BIGRAMS);
    for (let a = 0; a < SYMBOL_COUNT; a++) {
      const [total, types] = biStats.get(a) ?? [0, 0];
      for (let b = 0; b < SYMBOL_COUNT; b++) {
        const index = (a << SYMBOL_BITS) | b;
        const lower = p1[b] ?? 0;
        p2[index] = total === 0 ? lower : ((bi.get(index) ?? 0) + types * lower) / (total + types);
      }
    }
    const triStats = historyStats(tri);
    const triCount = new Float64Array(TRIGRAMS);
    for (const [index, value] of tri) triCount[index] = value;
    const logP2 = new Float64Array(BIGRAMS);
    for (let index = 0; index < BIGRAMS; index++) logP2[index] = Math.log(p2[index] ?? 1);
    const p3 = new Float64Array(TRIGRAMS);
    for (let history = 0; history < BIGRAMS; history++) {
      const stats = triStats.get(history);
      const lowerHistory = (history & (SYMBOL_COUNT - 1)) << SYMBOL_BITS;
      const base = history << SYMBOL_BITS;
      if (!stats) {
        for (let c = 0; c < SYMBOL_COUNT; c++) {
          p3[base | c] = p2[lowerHistory | c] ?? 0;
          trigram[(base | c) * count + language] = logP2[lowerHistory | c] ?? 0;
        }
        continue;
      }
      const [total, types] = stats;
      for (let c = 0; c < SYMBOL_COUNT; c++) {
        const index = base | c;
        const p = ((triCount[index] ?? 0) + types * (p2[lowerHistory | c] ?? 0)) / (total + types);
        p3[index] = p;
        trigram[index * count + language] = Math.log(p);
      }
    }
    const quadStats = historyStats(quad);
    for (const [history, [total, types]] of quadStats) backoff4[history * count + language] = Math.log(types / (total + types));
    for (const index of quadIndexSet) {
      const history = index >>> SYMBOL_BITS;
      const lower = p3[index & (TRIGRAMS - 1)] ?? 0;
      const stats = quadStats.get(history);
      const slot = slotOf.get(index) ?? 0;
      const p = stats ? ((quad.get(index) ?? 0) + stats[1] * lower) / (stats[0] + stats[1]) : lower;
      quadValues[slot * count + language] = Math.log(p);
    }
    // Function words.
    const data = models[language];
    const pairs = (data?.words ?? '').split(' ');
    const tokens = Math.max(1, data?.tokens ?? 1);
    let mass = 0;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const word = pairs[i] ?? '';
      const probability = decodeCount(pairs[i + 1] ?? '!') / tokens;
      let entry = functionWords.get(word);
      if (!entry) {
        entry = new Float64Array(count);
        functionWords.set(word, entry);
      }
      entry[language] = probability;
      mass += probability;
    }
    otherWordMass[language] = Math.max(0.3, 1 - mass);
  });
  return {
    codes: models.map((m) => m.code),
    count,
    trigram,
    backoff4,
    quadKeys,
    quadValues,
    quadMask,
    functionWords,
    otherWordMass,
    capitalisesNouns: models.map((m) => m.capitalisesNouns),
    ...groupLoanPhrases(),
  };
}

function groupLoanPhrases(): Pick<CompiledModels, 'loanPhrases' | 'loanPhraseIndex'> {
  const loanPhrases: string[][][] = [];
  const loanPhraseIndex = new Map<string, number>();
  for (const phrase of LOAN_PHRASES) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    let group = loanPhraseIndex.get(first);
    if (group === undefined) {
      group = loanPhrases.length;
      loanPhrases.push([]);
      loanPhraseIndex.set(first, group);
    }
    loanPhrases[group]?.push(words);
  }
  for (const group of loanPhrases) group.sort((a, b) => b.length - a.length);
  return { loanPhrases, loanPhraseIndex };
}

function hash4(index: number): number {
  return Math.imul(index, 0x9e3779b1) >>> 8;
}

/**
 * Adds log P_char(word | language) for every language to `out`, reading the
 * symbols `symbols[0..length)` (case-folded letters, no boundaries).
 */
export function addCharScores(models: CompiledModels, symbols: Uint8Array, length: number, out: Float64Array): void {
  const { count, trigram, backoff4, quadKeys, quadValues, quadMask } = models;
  // Local copies: a bundler keeps imported constants as live bindings.
  const bits = 6;
  let a = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i <= length; i++) {
    const d = i < length ? (symbols[i] ?? 0) : 0;
    const index3 = (((b << bits) | c) << bits) | d;
    const index4 = (a << (3 * bits)) | index3;
    let slot = hash4(index4) & quadMask;
    let key = quadKeys[slot] ?? 0;
    while (key !== 0 && key !== index4 + 1) {
      slot = (slot + 1) & quadMask;
      key = quadKeys[slot] ?? 0;
    }
    if (key !== 0) {
      const base = slot * count;
      for (let l = 0; l < count; l++) out[l] = (out[l] ?? 0) + (quadValues[base + l] ?? 0);
    } else {
      const base = index3 * count;
      const history = ((((a << bits) | b) << bits) | c) * count;
      for (let l = 0; l < count; l++) out[l] = (out[l] ?? 0) + (trigram[base + l] ?? 0) + (backoff4[history + l] ?? 0);
    }
    a = b;
    b = c;
    c = d;
  }
}
