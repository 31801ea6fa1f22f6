import { isWordCode } from '../shared/char-case.js';
import { FunctionWordTable, rankVotes, type LanguageVotes } from '../shared/function-word-vote.js';
import { cleanLanguageCodes, compiledLanguage } from './compile-language.js';

/** The vote reads at most this many code units from the middle of the text … */
const SAMPLE_CHARS = 3_000;
/** … the middle this many of them first … */
const FIRST_SAMPLE_CHARS = 1_000;
/**
 * … and stops there when the leading language already has this many votes
 * and this many times the votes of the next one (a page of running text in
 * one language); otherwise the rest of the sample is read as well.
 */
const EARLY_DECISION = { minVotes: 25, ratio: 4 };
/** Fewest function words for a language to win. */
const MIN_VOTES = 2;

let voters: FunctionWordTable | undefined;

/** Function words of every language with cleaning data, for the shared vote; built once. */
function cleanVoters(): FunctionWordTable {
  voters ??= new FunctionWordTable(cleanLanguageCodes().map((lang) => ({ lang, words: compiledLanguage(lang).stopwords })));
  return voters;
}

/** Where the `chars` code units in the middle of `text` start. */
function middleStart(text: string, chars: number): number {
  return text.length > chars ? Math.floor((text.length - chars) / 2) : 0;
}

/**
 * The first position at or after `at` (up to `end`) that is not inside a word:
 * the vote's stretches are cut there, so no word is read twice or in part.
 */
function wordBoundary(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** Whether the leader of `ranked` wins however the rest of the sample would vote. */
function decidesEarly(ranked: readonly LanguageVotes[]): boolean {
  const [first, second] = ranked;
  return first !== undefined && first.votes >= EARLY_DECISION.minVotes && first.votes >= EARLY_DECISION.ratio * (second?.votes ?? 0);
}

/**
 * Guesses the language of `text` by a vote of function words: the language
 * whose stopword list covers most words of the 3,000 characters in the middle
 * of the text wins. The middle 1,000 of them are counted first; when one
 * language clearly leads there ({@link EARLY_DECISION}) it wins without the rest
 * being read. Returns `'und'` when fewer than two function words of any language occur.
 */
export function guessLanguage(text: string): string {
  const table = cleanVoters();
  // the middle of a page: past the menus at the top, before the footer
  const from = middleStart(text, SAMPLE_CHARS);
  const to = from + SAMPLE_CHARS;
  const votes = new Array<number>(table.languages.length).fill(0);
  const middleFrom = Math.max(from, wordBoundary(text, middleStart(text, FIRST_SAMPLE_CHARS), to));
  const middleTo = wordBoundary(text, Math.max(middleFrom, middleStart(text, FIRST_SAMPLE_CHARS) + FIRST_SAMPLE_CHARS), to);
  table.addVotes(votes, text, middleFrom, middleTo);
  let ranked = rankVotes(table.languages, votes);
  if (!decidesEarly(ranked)) {
    // the rest of the sample, on both sides of the middle: together one count over from..to
    table.addVotes(votes, text, from, middleFrom);
    table.addVotes(votes, text, middleTo, to);
    ranked = rankVotes(table.languages, votes);
  }
  const [winner] = ranked;
  return winner !== undefined && winner.votes >= MIN_VOTES ? winner.lang : 'und';
}
