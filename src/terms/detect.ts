/**
 * A small stopword vote that decides which language's data (abbreviations,
 * stopwords, stemmer) applies when the caller did not say. It is not a
 * language identifier (that is `detectLanguage` in the language capability):
 * it only chooses among the languages the terms capability has data for,
 * with the function-word vote every capability shares.
 */
import { FunctionWordTable, rankVotes } from '../shared/function-word-vote.js';
import type { LanguageCode } from '../shared/span.js';
import { termsLanguages } from './data/index.js';

let voters: FunctionWordTable | undefined;

/** The terms languages' stopwords (without elided and abbreviated forms), built once. */
function voteTable(): FunctionWordTable {
  voters ??= new FunctionWordTable(
    termsLanguages.map((data) => ({
      lang: data.code,
      words: data.stopwords.filter((word) => !word.includes("'") && !word.includes('.')),
    })),
  );
  return voters;
}

/** How much of a text the vote reads at most (code units). */
const SAMPLE = 4096;

/** Adds the stopword votes of each word in `text` (first {@link SAMPLE} code units) to `counts` (one per terms language). */
export function addLanguageVotes(text: string, counts: number[]): void {
  voteTable().addVotes(counts, text, 0, SAMPLE);
}

/** The language whose stopwords occur most often; `'und'` when no language wins outright. */
export function pickLanguage(counts: readonly number[]): LanguageCode {
  const [winner, runnerUp] = rankVotes(voteTable().languages, counts);
  if (winner === undefined || winner.votes === 0 || winner.votes === runnerUp?.votes) return 'und';
  return winner.lang;
}

/** Detects the terms language of one text by stopword vote. */
export function detectTermsLanguage(text: string): LanguageCode {
  const counts = termsLanguages.map(() => 0);
  addLanguageVotes(text, counts);
  return pickLanguage(counts);
}
