import { prepareCaseTables, wordLowerCode } from './char-case.js';
import { cleanLanguageCodes, compiledLanguage } from './compile-language.js';
import { Vocabulary, WORD_HASH_SEED, wordHashStep } from './vocabulary.js';

const SAMPLE_CHARS = 3_000;

/** Function words of every language with data; a word's flags say (bit per language) whose it is. Built once. */
let functionWords: { codes: string[]; vocabulary: Vocabulary } | undefined;

function allFunctionWords(): { codes: string[]; vocabulary: Vocabulary } {
  if (functionWords) return functionWords;
  const codes = cleanLanguageCodes();
  const vocabulary = new Vocabulary();
  codes.forEach((code, i) => {
    for (const word of compiledLanguage(code).stopwords) vocabulary.add(word, 1 << i);
  });
  functionWords = { codes, vocabulary };
  return functionWords;
}

/**
 * Guesses the language of `text` by a vote of function words: the language
 * whose stopword list covers most words of the 3,000 characters in the middle of the text wins.
 * Returns `'und'` when fewer than two function words of any language occur.
 */
export function guessLanguage(text: string): string {
  prepareCaseTables();
  const { codes, vocabulary } = allFunctionWords();
  // the middle of a page: past the menus at the top, before the footer
  const from = text.length > SAMPLE_CHARS ? Math.floor((text.length - SAMPLE_CHARS) / 2) : 0;
  const to = text.length > SAMPLE_CHARS ? from + SAMPLE_CHARS : text.length;
  const votes = new Array<number>(codes.length).fill(0);
  const maxLength = vocabulary.maxLength;
  let start = -1;
  let hash = 0;
  for (let i = from; i <= to; i++) {
    const lower = i < to ? wordLowerCode(text.charCodeAt(i)) : 0;
    if (lower !== 0) {
      if (start < 0) {
        start = i;
        hash = WORD_HASH_SEED;
      }
      hash = wordHashStep(hash, lower);
      continue;
    }
    if (start < 0) continue;
    const entry = i - start <= maxLength ? vocabulary.find(text, start, i, hash) : undefined;
    if (entry !== undefined) {
      for (let k = 0; k < codes.length; k++) if ((entry.flags & (1 << k)) !== 0) votes[k]!++;
    }
    start = -1;
  }
  let best = -1;
  let bestVotes = 1;
  for (let i = 0; i < votes.length; i++) {
    const count = votes[i] ?? 0;
    if (count > bestVotes) {
      best = i;
      bestVotes = count;
    }
  }
  return best >= 0 ? (codes[best] ?? 'und') : 'und';
}
