import { FunctionWordTable } from '../shared/function-word-vote.js';
import { cleanLanguageCodes, compiledLanguage } from './compile-language.js';

/** The vote reads this many code units from the middle of the text. */
const SAMPLE_CHARS = 3_000;
/** Fewest function words for a language to win. */
const MIN_VOTES = 2;

let voters: FunctionWordTable | undefined;

/** Function words of every language with cleaning data, for the shared vote; built once. */
function cleanVoters(): FunctionWordTable {
  voters ??= new FunctionWordTable(cleanLanguageCodes().map((lang) => ({ lang, words: compiledLanguage(lang).stopwords })));
  return voters;
}

/**
 * Guesses the language of `text` by a vote of function words: the language
 * whose stopword list covers most words of the 3,000 characters in the middle of the text wins.
 * Returns `'und'` when fewer than two function words of any language occur.
 */
export function guessLanguage(text: string): string {
  // the middle of a page: past the menus at the top, before the footer
  const from = text.length > SAMPLE_CHARS ? Math.floor((text.length - SAMPLE_CHARS) / 2) : 0;
  const [winner] = cleanVoters().count(text, from, from + SAMPLE_CHARS).ranked;
  return winner !== undefined && winner.votes >= MIN_VOTES ? winner.lang : 'und';
}
