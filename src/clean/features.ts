import type { CompiledLanguage } from './compile-language.js';

/** Per-block features the classifier decides from. */
export interface BlockFeatures {
  /** Length in code units. */
  chars: number;
  /** Number of words (runs of letters and digits). */
  words: number;
  /** Words that are function words of the block's language. */
  stopwords: number;
  /** `stopwords / words` (0 for a block without words). */
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
}

const WORD = /[\p{L}\p{N}]+/gu;
const CLOSERS = '"\'”“’‘»«)]›‹';

/** Computes the {@link BlockFeatures} of one trimmed block. */
export function blockFeatures(text: string, language: CompiledLanguage): BlockFeatures {
  let words = 0;
  let stopwords = 0;
  let capitalised = 0;
  let digits = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    words++;
    const lower = word.toLowerCase();
    if (language.stopwords.has(lower)) stopwords++;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      if (/^[0-9]+$/.test(word)) digits++;
    } else if (word[0] !== lower[0]) capitalised++;
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
    density: words === 0 ? 0 : stopwords / words,
    capitalised: words === 0 ? 0 : capitalised / words,
    digits: words === 0 ? 0 : digits / words,
    terminal: lastChar === '.' || lastChar === '!' || lastChar === '?' || lastChar === '…',
    colon: lastChar === ':',
    listItem,
    startsUpper: firstLetter !== '' && (firstLetter !== firstLetter.toLowerCase() || /[0-9„“"«»‚']/.test(firstLetter)),
    comma: text.includes(','),
  };
}
