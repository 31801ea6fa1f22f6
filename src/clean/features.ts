import { STOPWORD_HASH_SEED, stopwordHashStep, type CompiledLanguage } from './compile-language.js';
import { isWordCode, matchWords } from './normalize.js';

/** Per-block features the classifier decides from. */
export interface BlockFeatures {
  /** Length in code units. */
  chars: number;
  /** Number of words (runs of letters and digits). */
  words: number;
  /** Words that are function words of the block's language (among the first 1,000 characters). */
  stopwords: number;
  /** Share of function words among the words of the first 1,000 characters (0 without words). */
  density: number;
  /** Share of words that start with a capital letter. */
  capitalised: number;
  /** Share of words that are all digits. */
  digits: number;
  /** Ends like a sentence: `. ! ? …`, possibly followed by closing quotes or brackets. */
  terminal: boolean;
  /** Ends with a colon. */
  colon: boolean;
  /** Starts with a list marker ("- ", "• ", "* ", "» "). */
  listItem: boolean;
  /** Starts with a capital letter, digit or quotation mark. */
  startsUpper: boolean;
  /** Contains a comma. */
  comma: boolean;
  /** The lower-cased words, for blocks of up to {@link MAX_LISTED_WORDS} words. */
  lowerWords: string[] | undefined;
}

const CLOSERS = '"\'”“’‘»«)]›‹';
/** Blocks with more words than this keep no word list (cue phrases only look at shorter blocks). */
export const MAX_LISTED_WORDS = 60;
const SAMPLE_CHARS = 1000;
/** Longer words are never function words: their hash is not computed. */
const MAX_STOPWORD_LENGTH = 16;

/** Computes the {@link BlockFeatures} of one trimmed block. */
export function blockFeatures(text: string, language: CompiledLanguage): BlockFeatures {
  let words = 0;
  let sampled = 0;
  let stopwords = 0;
  let capitalised = 0;
  let digits = 0;
  // Function words are counted over the first SAMPLE_CHARS characters: enough for the density, bounded per block.
  // Words are hashed while scanning and looked up by hash, so no string is made per word.
  const head = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const lowerHead = head.toLowerCase();
  const sameLength = lowerHead.length === head.length;
  const headLength = sameLength ? head.length : 0;
  const bounds: number[] = [];
  const length = text.length;
  let start = -1;
  let numeric = true;
  let hash = 0;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) {
        start = i;
        numeric = true;
        hash = STOPWORD_HASH_SEED;
        if (code >= 65 && code <= 90) capitalised++;
        else if (code >= 0xc0 && i < headLength && lowerHead.charCodeAt(i) !== code) capitalised++;
      }
      if (code < 48 || code > 57) numeric = false;
      if (i < headLength && i - start < MAX_STOPWORD_LENGTH) hash = stopwordHashStep(hash, lowerHead.charCodeAt(i));
      continue;
    }
    if (start < 0) continue;
    words++;
    if (numeric) digits++;
    if (words <= MAX_LISTED_WORDS + 1) bounds.push(start, i);
    if (i <= headLength) {
      sampled++;
      const candidates = i - start <= MAX_STOPWORD_LENGTH ? language.stopwordsByHash.get(hash) : undefined;
      if (candidates !== undefined) {
        for (const candidate of candidates) {
          if (candidate.length === i - start && lowerHead.startsWith(candidate, start)) {
            stopwords++;
            break;
          }
        }
      }
    }
    start = -1;
  }
  if (!sameLength) {
    // lower-casing changed the length (rare scripts): count per word instead
    sampled = 0;
    stopwords = 0;
    for (const word of matchWords(head)) {
      sampled++;
      if (language.stopwords.has(word)) stopwords++;
    }
  }
  let list: string[] | undefined;
  if (words <= MAX_LISTED_WORDS) {
    list = [];
    for (let k = 0; k < bounds.length; k += 2) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      list.push(to <= headLength ? lowerHead.slice(from, to) : text.slice(from, to).toLowerCase());
    }
  }
  let last = text.length - 1;
  while (last > 0 && CLOSERS.includes(text[last] ?? '')) last--;
  const lastChar = text[last] ?? '';
  const first = text[0] ?? '';
  const second = text[1] ?? '';
  const listItem = (first === '-' || first === '•' || first === '*' || first === '·' || first === '»' || first === '–' || first === '>' || first === '▪' || first === '■') &&
    (second === ' ' || second === '\u00a0' || text.length === 1);
  const firstLetter = listItem ? (text.trimStart().slice(2, 3)) : first;
  return {
    chars: text.length,
    words,
    stopwords,
    density: sampled === 0 ? 0 : stopwords / sampled,
    capitalised: words === 0 ? 0 : capitalised / words,
    digits: words === 0 ? 0 : digits / words,
    terminal: lastChar === '.' || lastChar === '!' || lastChar === '?' || lastChar === '…',
    colon: lastChar === ':',
    listItem,
    startsUpper: firstLetter !== '' && (firstLetter !== firstLetter.toLowerCase() || /[0-9„“"«»‚']/.test(firstLetter)),
    comma: text.includes(','),
    lowerWords: list,
  };
}
