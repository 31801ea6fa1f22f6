import { cleanLanguages, type CleanLanguageData } from './data/index.js';
import { normalizeForMatch } from './normalize.js';
import type { BoilerplateReason } from './types.js';

/** Start value of the word hash used to find function words without slicing strings. */
export const STOPWORD_HASH_SEED = 0x011c9dc5;

/** One step of that hash (FNV-1a over UTF-16 code units). */
export function stopwordHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) & 0x3fffffff; // stays a small integer: no heap numbers
}

function hashWord(word: string): number {
  let hash = STOPWORD_HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = stopwordHashStep(hash, word.charCodeAt(i));
  return hash;
}

/** A word trie of cue phrases: no string is built while matching. */
export interface PhraseNode {
  reason?: BoilerplateReason;
  next: Map<string, PhraseNode>;
}

function addPhrase(root: PhraseNode, phrase: string, reason: BoilerplateReason): void {
  let node = root;
  for (const word of phrase.split(' ')) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  node.reason ??= reason;
}

/** Language data turned into sets and maps for constant-time lookups. */
export interface CompiledLanguage {
  code: string;
  data: CleanLanguageData;
  stopwords: ReadonlySet<string>;
  /** Function words by {@link stopwordHashStep} hash. */
  stopwordsByHash: ReadonlyMap<number, readonly string[]>;
  abbreviations: ReadonlySet<string>;
  months: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  dateWords: ReadonlySet<string>;
  bylineStarts: ReadonlySet<string>;
  bylineWords: readonly string[];
  bioWords: ReadonlySet<string>;
  creditWords: ReadonlySet<string>;
  breadcrumbStarts: readonly string[];
  openingQuotes: string;
  closingQuotes: string;
  exact: ReadonlyMap<string, BoilerplateReason>;
  /** The exact phrases as a word trie. */
  exactTrie: PhraseNode;
  prefix: PhraseNode;
  anywhere: PhraseNode;
  anywhereLong: PhraseNode;
  articleEndReasons: ReadonlySet<BoilerplateReason>;
  /** Longest exact phrase in words. */
  maxExactWords: number;
  /** Longest prefix / anywhere phrase in words. */
  maxPhraseWords: number;
}

const cache = new Map<string, CompiledLanguage>();

function compile(data: CleanLanguageData): CompiledLanguage {
  const exact = new Map<string, BoilerplateReason>();
  const exactTrie: PhraseNode = { next: new Map() };
  const prefix: PhraseNode = { next: new Map() };
  const anywhere: PhraseNode = { next: new Map() };
  const anywhereLong: PhraseNode = { next: new Map() };
  let maxPhraseWords = 1;
  for (const [reason, phrases] of Object.entries(data.cues) as [BoilerplateReason, typeof data.cues[BoilerplateReason]][]) {
    if (!phrases) continue;
    for (const phrase of phrases.exact ?? []) {
      const key = normalizeForMatch(phrase);
      if (key && !exact.has(key)) {
        exact.set(key, reason);
        addPhrase(exactTrie, key, reason);
      }
    }
    for (const [list, map] of [[phrases.prefix, prefix], [phrases.anywhere, anywhere], [phrases.anywhereLong, anywhereLong]] as const) {
      for (const phrase of list ?? []) {
        const key = normalizeForMatch(phrase);
        if (!key) continue;
        addPhrase(map, key, reason);
        maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);
      }
    }
  }
  const lower = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()));
  const stopwords = lower(data.stopwords);
  const stopwordsByHash = new Map<number, string[]>();
  for (const word of stopwords) {
    const hash = hashWord(word);
    stopwordsByHash.set(hash, [...(stopwordsByHash.get(hash) ?? []), word]);
  }
  return {
    code: data.code,
    data,
    stopwords,
    stopwordsByHash,
    abbreviations: lower(data.abbreviations),
    months: lower(data.months),
    weekdays: lower(data.weekdays),
    dateWords: lower(data.dateWords),
    bylineStarts: new Set(data.bylineStarts.map(normalizeForMatch)),
    bylineWords: data.bylineWords.map(normalizeForMatch),
    bioWords: lower(data.bioWords),
    creditWords: lower(data.creditWords),
    breadcrumbStarts: data.breadcrumbStarts.map(normalizeForMatch),
    openingQuotes: data.openingQuotes,
    closingQuotes: data.closingQuotes,
    exact,
    exactTrie,
    prefix,
    anywhere,
    anywhereLong,
    articleEndReasons: new Set(data.articleEndReasons),
    maxExactWords: Math.max(1, ...[...exact.keys()].map((key) => key.split(' ').length)),
    maxPhraseWords,
  };
}

/** The compiled data for an ISO 639-3 code; German for languages without data. */
export function compiledLanguage(code: string): CompiledLanguage {
  const cached = cache.get(code);
  if (cached) return cached;
  const data = cleanLanguages.find((language) => language.code === code) ?? cleanLanguages[0];
  if (!data) throw new Error('article-lens: no cleaning data');
  const compiled = compile(data);
  cache.set(code, compiled);
  return compiled;
}

/** ISO 639-3 codes with cleaning data. */
export function cleanLanguageCodes(): string[] {
  return cleanLanguages.map((language) => language.code);
}
