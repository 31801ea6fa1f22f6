/**
 * Snowball/Porter stemmers from natural, imported by module path (never
 * natural's index: that costs half a second and pulls in database clients).
 * Each of these modules requires only its base class, natural's small
 * tokenizer and a stopword list; none reads a file or prints anything.
 * Stems are memoised per language.
 */
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import type { LanguageCode } from '../shared/span.js';

type StemFunction = (word: string) => string;

const stemFunctions: Readonly<Record<string, StemFunction>> = {
  // German Snowball, with umlauts kept ("zugeständnisse" → "zugeständnis"); ß becomes ss
  deu: (word) => porterDe.stem(word, { preserveUmlauts: true }),
  eng: (word) => porterEn.stem(word),
  spa: (word) => porterEs.stem(word),
  fra: (word) => porterFr.stem(word),
};

/**
 * Longest word part (code units) handed to a stemmer; longer ones are kept as
 * they are. No word of any language is this long (German's longest
 * dictionary compounds have about 80 letters), and natural's stemmers take
 * far more than linear time on one huge token (a megabyte of consonants ran
 * for minutes).
 */
export const MAX_STEMMED_LENGTH = 100;

/** Memo entries kept per language before the memo is cleared. */
const MEMO_LIMIT = 200_000;
const memos = new Map<LanguageCode, Map<string, string>>();

/** Whether article-lens has a stemmer for the language. */
export function hasStemmer(language: LanguageCode): boolean {
  return Object.prototype.hasOwnProperty.call(stemFunctions, language);
}

/**
 * A memoised stemming function for `language`, or undefined when there is
 * none. Words are expected lower-case; hyphenated compounds are stemmed on
 * their last part.
 */
export function stemmerFor(language: LanguageCode): ((word: string) => string) | undefined {
  if (!hasStemmer(language)) return undefined;
  const stem = stemFunctions[language];
  if (stem === undefined) return undefined;
  let memo = memos.get(language);
  if (memo === undefined) {
    memo = new Map();
    memos.set(language, memo);
  }
  const cache = memo;
  return (word: string): string => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      const key = word.length > 12 ? detach(word) : word;
      const hyphen = key.lastIndexOf('-');
      stemmed = hyphen > 0 && hyphen < key.length - 1 ? key.slice(0, hyphen + 1) + stemPart(stem, key.slice(hyphen + 1)) : stemPart(stem, key);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(key, stemmed);
    }
    return stemmed;
  };
}

/** `stem(part)`, or `part` itself when it is longer than {@link MAX_STEMMED_LENGTH}. */
function stemPart(stem: StemFunction, part: string): string {
  return part.length > MAX_STEMMED_LENGTH ? part : stem(part);
}

/** A copy of `s` that does not keep a larger parent string alive (V8 sliced strings). */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
