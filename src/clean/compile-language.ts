import { cleanLanguages, type CleanLanguageData } from './data/index.js';
import { normalizeForMatch } from './normalize.js';
import type { BoilerplateReason } from './types.js';
import { Vocabulary, type VocabularyEntry } from '../shared/vocabulary.js';
import { WORD_FLAGS } from './word-flags.js';

/** A word trie of cue phrases keyed by vocabulary id: no string is built while matching. */
export interface PhraseNode {
  reason?: BoilerplateReason;
  next: Map<number, PhraseNode>;
}

function addPhrase(root: PhraseNode, words: readonly number[], reason: BoilerplateReason): void {
  let node = root;
  for (const id of words) {
    let child = node.next.get(id);
    if (!child) {
      child = { next: new Map() };
      node.next.set(id, child);
    }
    node = child;
  }
  node.reason ??= reason;
}

/** Language data turned into a vocabulary and word tries, built once per language. */
export interface CompiledLanguage {
  code: string;
  data: CleanLanguageData;
  /** Every word the cleaner looks for, with {@link WORD_FLAGS}. */
  vocabulary: Vocabulary;
  stopwords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Byline openings ("von", "ein beitrag von") as a trie; a node with a reason ends one. */
  bylineStarts: PhraseNode;
  /** Author box openings ("über") as a trie; a node with a reason ends one. */
  authorBoxStarts: PhraseNode;
  /** Word endings that make a short line a byline ("redaktion"). */
  bylineWords: readonly string[];
  /** Length of the shortest of {@link bylineWords}. */
  bylineWordsMinLength: number;
  /** The last code units of {@link bylineWords}. */
  bylineWordsLastCodes: readonly number[];
  /** Breadcrumb openings, lower case ("startseite", "sie sind hier"). */
  breadcrumbStarts: readonly string[];
  /**
   * {@link breadcrumbStarts} by their first code unit (the array's index; no entry where none starts with it), so a
   * line is compared only with those starting like it, found by one array read.
   */
  breadcrumbStartsByCode: readonly (readonly string[] | undefined)[];
  openingQuotes: string;
  closingQuotes: string;
  /** Code units that may stand between a sentence end and its mark (closing quotes, `"`, `'`, `)`). */
  sentenceClosers: readonly number[];
  /** Code units that may open the next sentence (opening quotes, `"`, `(`). */
  sentenceOpeners: readonly number[];
  /** Whole-line phrases. */
  exact: PhraseNode;
  /** Line openings. */
  prefix: PhraseNode;
  /** Phrases anywhere in a short line. */
  anywhere: PhraseNode;
  /** Phrases anywhere in a line of up to 60 words. */
  anywhereLong: PhraseNode;
  articleEndReasons: ReadonlySet<BoilerplateReason>;
  /** Longest exact phrase in words. */
  maxExactWords: number;
}

const cache = new Map<string, CompiledLanguage>();

function codeUnits(chars: string): number[] {
  return Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i));
}

function groupByFirstCode(words: readonly string[]): (string[] | undefined)[] {
  const groups: (string[] | undefined)[] = [];
  for (const word of words) {
    const code = word.charCodeAt(0);
    const group = groups[code];
    if (group) group.push(word);
    else groups[code] = [word];
  }
  return groups;
}

function compile(data: CleanLanguageData): CompiledLanguage {
  const vocabulary = new Vocabulary();
  const lower = (list: readonly string[]) => list.map((word) => word.toLowerCase());
  const addAll = (list: readonly string[], flags: number) => {
    for (const word of lower(list)) vocabulary.add(word, flags);
  };
  addAll(data.stopwords, WORD_FLAGS.stopword);
  addAll(data.months, WORD_FLAGS.month);
  addAll(data.weekdays, WORD_FLAGS.weekday);
  addAll(data.dateWords, WORD_FLAGS.dateWord);
  addAll(data.creditWords, WORD_FLAGS.credit);
  addAll(data.bioWords, WORD_FLAGS.bio);
  const entriesOf = (phrase: string): VocabularyEntry[] => normalizeForMatch(phrase).split(' ').filter((word) => word !== '').map((word) => vocabulary.add(word));
  /** Phrase word ids; the first word is flagged as starting a phrase of that kind. */
  const phraseIds = (phrase: string, startFlag: number): number[] => {
    const entries = entriesOf(phrase);
    if (entries[0]) entries[0].flags |= startFlag;
    return entries.map((entry) => entry.id);
  };

  const exact: PhraseNode = { next: new Map() };
  const prefix: PhraseNode = { next: new Map() };
  const anywhere: PhraseNode = { next: new Map() };
  const anywhereLong: PhraseNode = { next: new Map() };
  let maxExactWords = 1;
  for (const [reason, phrases] of Object.entries(data.cues) as [BoilerplateReason, typeof data.cues[BoilerplateReason]][]) {
    if (!phrases) continue;
    for (const phrase of phrases.exact ?? []) {
      const words = phraseIds(phrase, WORD_FLAGS.startsExact);
      if (words.length === 0) continue;
      addPhrase(exact, words, reason);
      maxExactWords = Math.max(maxExactWords, words.length);
    }
    for (const [list, root, flag] of [
      [phrases.prefix, prefix, WORD_FLAGS.startsPrefix],
      [phrases.anywhere, anywhere, WORD_FLAGS.startsAnywhere],
      [phrases.anywhereLong, anywhereLong, WORD_FLAGS.startsAnywhereLong],
    ] as const) {
      for (const phrase of list ?? []) {
        const words = phraseIds(phrase, flag);
        if (words.length > 0) addPhrase(root, words, reason);
      }
    }
  }
  const bylineWords = data.bylineWords.map(normalizeForMatch).filter((word) => word !== '');
  const bylineStarts: PhraseNode = { next: new Map() };
  for (const phrase of data.bylineStarts) addPhrase(bylineStarts, phraseIds(phrase, WORD_FLAGS.startsByline), 'byline');
  const authorBoxStarts: PhraseNode = { next: new Map() };
  for (const phrase of data.authorBoxStarts) addPhrase(authorBoxStarts, phraseIds(phrase, WORD_FLAGS.startsAuthorBox), 'author-bio');
  const breadcrumbStarts = data.breadcrumbStarts.map(normalizeForMatch);
  return {
    code: data.code,
    data,
    vocabulary,
    stopwords: new Set(lower(data.stopwords)),
    abbreviations: new Set(lower(data.abbreviations)),
    bylineStarts,
    authorBoxStarts,
    bylineWords,
    bylineWordsMinLength: Math.min(...bylineWords.map((word) => word.length)),
    bylineWordsLastCodes: bylineWords.map((word) => word.charCodeAt(word.length - 1)),
    breadcrumbStarts,
    breadcrumbStartsByCode: groupByFirstCode(breadcrumbStarts),
    openingQuotes: data.openingQuotes,
    closingQuotes: data.closingQuotes,
    sentenceClosers: codeUnits(`${data.closingQuotes}"')`),
    sentenceOpeners: codeUnits(`${data.openingQuotes}"(`),
    exact,
    prefix,
    anywhere,
    anywhereLong,
    articleEndReasons: new Set(data.articleEndReasons),
    maxExactWords,
  };
}

/** The compiled data for an ISO 639-3 code, built once and cached; German for languages without data. */
export function compiledLanguage(code: string): CompiledLanguage {
  const cached = cache.get(code);
  if (cached) return cached;
  const data = cleanLanguages.find((language) => language.code === code) ?? cleanLanguages[0];
  if (!data) throw new Error('article-lens: no cleaning data');
  const compiled = cache.get(data.code) ?? compile(data);
  cache.set(code, compiled);
  cache.set(data.code, compiled);
  return compiled;
}

/** ISO 639-3 codes with cleaning data. */
export function cleanLanguageCodes(): string[] {
  return cleanLanguages.map((language) => language.code);
}
