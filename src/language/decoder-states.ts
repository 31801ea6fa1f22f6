/**
 * The decoder's states for a main language (the main language first, then the
 * candidate languages) and the weights that depend on them, built once per
 * set of states and kept.
 */
import type { LanguageCode } from '../shared/span.js';
import type { CompiledModels } from './model.js';
import { FRAGMENT_PARAMETERS as P } from './parameters.js';

/** The decoder's states and the weights that depend on them. */
export interface DecoderStates {
  /** Model indexes: the main language first, then the candidates. */
  states: readonly number[];
  index: Int32Array;
  count: number;
  /** Names the states (bounds are kept per key). */
  key: string;
  /** Language bias per state (P.languageBias). */
  bias: number[];
  /** 1 for a state whose language capitalises nouns when the main language does not. */
  nounStates: number[];
  /** Bit l set for a candidate language l that capitalises nouns when the main language does not (German inside English). */
  nounLanguageMask: number;
  /** Weight of a capitalised word inside a sentence. */
  capitalWeight: number;
  /** The largest weight a capitalised word inside a sentence can have in any state. */
  capitalBoundWeight: number;
  /** The largest positive language bias. */
  positiveBias: number;
  /** Extra threshold per state: P.relatedMargin for a language related to the main one. */
  related: number[];
}

/** Sets of states kept (past it the cache is emptied: callers rarely vary the candidates much). */
const KEPT_DECODERS = 64;
const kept = new Map<string, DecoderStates>();
/** The default decoder (every modelled language) per main language. */
let defaults: (DecoderStates | undefined)[] = [];
let keptFor: CompiledModels | undefined;

/** The decoder's states for a main language: the main language first, then the wanted candidates (ISO 639-3) that have a model (default: all). */
export function decoderFor(models: CompiledModels, mainIndex: number, wanted: readonly LanguageCode[] | undefined): DecoderStates {
  if (keptFor !== models || kept.size >= KEPT_DECODERS) {
    kept.clear();
    defaults = [];
    keptFor = models;
  }
  if (wanted === undefined) {
    let decoder = defaults[mainIndex];
    if (!decoder) {
      decoder = buildAndKeep(models, defaultStates(models, mainIndex));
      defaults[mainIndex] = decoder;
    }
    return decoder;
  }
  const states = [mainIndex];
  for (const code of wanted) {
    const index = models.codes.indexOf(code);
    if (index >= 0 && !states.includes(index)) states.push(index);
  }
  return kept.get(statesKey(states)) ?? buildAndKeep(models, states);
}

/** The default states: the main language, then every other modelled language. */
function defaultStates(models: CompiledModels, mainIndex: number): number[] {
  const states = [mainIndex];
  for (let index = 0; index < models.count; index++) if (index !== mainIndex) states.push(index);
  return states;
}

function statesKey(states: readonly number[]): string {
  return states.join(' ');
}

function buildAndKeep(models: CompiledModels, states: readonly number[]): DecoderStates {
  const decoder = buildDecoder(models, states, statesKey(states));
  kept.set(decoder.key, decoder);
  return decoder;
}

function buildDecoder(models: CompiledModels, states: readonly number[], key: string): DecoderStates {
  const count = states.length;
  const mainIndex = states[0] ?? 0;
  const capitalWeight = models.capitalisesNouns[mainIndex] ? P.capitalisedWeightNounLanguage : P.capitalisedWeight;
  const mainCapitalisesNouns = models.capitalisesNouns[mainIndex] === true;
  // plain arrays: the finder's loops read them as small arrays of numbers
  const bias: number[] = new Array<number>(count).fill(0);
  const nounStates: number[] = new Array<number>(count).fill(0);
  for (let s = 1; s < count; s++) {
    const state = states[s] ?? 0;
    bias[s] = P.languageBias[models.codes[state] ?? ''] ?? 0;
    nounStates[s] = !mainCapitalisesNouns && models.capitalisesNouns[state] ? 1 : 0;
  }
  let nounLanguageMask = 0;
  for (let s = 1; s < count; s++) if (nounStates[s] === 1) nounLanguageMask |= 1 << (states[s] ?? 0);
  let positiveBias = 0;
  for (let s = 1; s < count; s++) positiveBias = Math.max(positiveBias, bias[s] ?? 0);
  let capitalBoundWeight = capitalWeight;
  for (let s = 1; s < count; s++) if (nounStates[s] === 1) capitalBoundWeight = Math.max(capitalWeight, P.nounWeightInForeign);
  const mainCode = models.codes[mainIndex] ?? '';
  const group = P.relatedLanguages.find((languages) => languages.includes(mainCode));
  const related = states.map((state, s) => (s > 0 && group?.includes(models.codes[state] ?? '') ? P.relatedMargin : 0));
  return { states, index: Int32Array.from(states), count, key, bias, nounStates, nounLanguageMask, capitalWeight, capitalBoundWeight, positiveBias, related };
}
