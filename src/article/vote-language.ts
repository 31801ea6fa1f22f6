import { MODELLED_LANGUAGES, type LanguageGuess, type LanguageScore } from '../language/index.js';
import { stopwordList } from '../terms/index.js';
import { FunctionWordTable } from '../shared/function-word-vote.js';
import { LANGUAGE_VOTE } from './data/language-vote.js';

let voters: FunctionWordTable | undefined;

/** The stopword lists of the modelled languages that have one; built once, on first use. */
function languageVoters(): FunctionWordTable {
  voters ??= new FunctionWordTable(
    MODELLED_LANGUAGES.map((lang) => ({ lang, words: stopwordList(lang) })).filter((list) => list.words.length > 0),
  );
  return voters;
}

/**
 * The article's language from a vote of function words over its first
 * words: each word votes for every language whose stopword list holds it.
 * Returns `undefined` when the vote is not decisive ({@link LANGUAGE_VOTE}),
 * and the caller asks franc. `confidence` is the winner's share of the
 * votes; the alternatives are the other languages with votes, by share.
 */
export function voteLanguage(text: string): LanguageGuess | undefined {
  const { ranked, words } = languageVoters().count(text, 0, text.length, LANGUAGE_VOTE.sampleWords);
  const [winner, runnerUp] = ranked;
  if (
    winner === undefined ||
    winner.votes < LANGUAGE_VOTE.minVotes ||
    winner.votes < LANGUAGE_VOTE.minCoverage * words ||
    winner.votes < LANGUAGE_VOTE.minLead * (runnerUp?.votes ?? 0)
  ) {
    return undefined;
  }
  const total = ranked.reduce((sum, entry) => sum + entry.votes, 0);
  const share = (count: number): number => Math.round((count / total) * 10_000) / 10_000;
  const alternatives: LanguageScore[] = ranked
    .slice(1)
    .filter((entry) => entry.votes > 0)
    .map((entry) => ({ lang: entry.lang, confidence: share(entry.votes) }));
  return { lang: winner.lang, confidence: share(winner.votes), alternatives };
}
