import { cleanLanguages, type CleanLanguageData } from './data/index.js';
import { normalizeForMatch } from './normalize.js';
import type { BoilerplateReason } from './types.js';

/** Language data turned into sets and maps for constant-time lookups. */
export interface CompiledLanguage {
  code: string;
  data: CleanLanguageData;
  stopwords: ReadonlySet<string>;
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
  prefix: ReadonlyMap<string, BoilerplateReason>;
  anywhere: ReadonlyMap<string, BoilerplateReason>;
  anywhereLong: ReadonlyMap<string, BoilerplateReason>;
  articleEndReasons: ReadonlySet<BoilerplateReason>;
  /** Longest prefix / anywhere phrase in words. */
  maxPhraseWords: number;
}

const cache = new Map<string, CompiledLanguage>();

function compile(data: CleanLanguageData): CompiledLanguage {
  const exact = new Map<string, BoilerplateReason>();
  const prefix = new Map<string, BoilerplateReason>();
  const anywhere = new Map<string, BoilerplateReason>();
  const anywhereLong = new Map<string, BoilerplateReason>();
  let maxPhraseWords = 1;
  for (const [reason, phrases] of Object.entries(data.cues) as [BoilerplateReason, typeof data.cues[BoilerplateReason]][]) {
    if (!phrases) continue;
    for (const phrase of phrases.exact ?? []) {
      const key = normalizeForMatch(phrase);
      if (key && !exact.has(key)) exact.set(key, reason);
    }
    for (const [list, map] of [[phrases.prefix, prefix], [phrases.anywhere, anywhere], [phrases.anywhereLong, anywhereLong]] as const) {
      for (const phrase of list ?? []) {
        const key = normalizeForMatch(phrase);
        if (!key || map.has(key)) continue;
        map.set(key, reason);
        maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);
      }
    }
  }
  const lower = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()));
  return {
    code: data.code,
    data,
    stopwords: lower(data.stopwords),
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
    prefix,
    anywhere,
    anywhereLong,
    articleEndReasons: new Set(data.articleEndReasons),
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
