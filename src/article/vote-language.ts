import { MODELLED_LANGUAGES, type LanguageGuess, type LanguageScore } from '../language/index.js';
import { stopwordList, type Token } from '../terms/index.js';
import type { LanguageCode } from '../shared/span.js';
import { LANGUAGE_VOTE } from './data/language-vote.js';

interface Voters {
  /** The modelled languages that have a stopword list. */
  languages: LanguageCode[];
  /** Each function word with a bit per language whose list holds it. */
  words: Map<string, number>;
}

let voters: Voters | undefined;

/** Built once, on first use. */
function languageVoters(): Voters {
  if (voters !== undefined) return voters;
  const languages: LanguageCode[] = [];
  const words = new Map<string, number>();
  for (const lang of MODELLED_LANGUAGES) {
    const list = stopwordList(lang);
    if (list.length === 0) continue;
    const bit = 1 << languages.length;
    languages.push(lang);
    for (const word of list) words.set(word, (words.get(word) ?? 0) | bit);
  }
  voters = { languages, words };
  return voters;
}

/**
 * The article's language from a vote of function words over its first
 * words (the tokens analyzeArticle made anyway): each word votes for every
 * language whose stopword list holds it. Returns `undefined` when the vote
 * is not decisive ({@link LANGUAGE_VOTE}), and the caller asks franc.
 * `confidence` is the winner's share of the votes; the alternatives are the
 * other languages with votes, by share.
 */
export function voteLanguage(tokens: readonly Token[]): LanguageGuess | undefined {
  const { languages, words: functionWords } = languageVoters();
  const votes = languages.map(() => 0);
  let words = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (++words > LANGUAGE_VOTE.sampleWords) break;
    const word = token.normalized;
    let bits = functionWords.get(word) ?? 0;
    const first = word.charAt(0);
    // capitalised function words open sentences ("Die", "The"): look them up lower-cased
    if (bits === 0 && first !== first.toLowerCase()) bits = functionWords.get(word.toLowerCase()) ?? 0;
    for (let i = 0; bits !== 0; i++, bits >>= 1) if (bits & 1) votes[i] = (votes[i] ?? 0) + 1;
  }
  words = Math.min(words, LANGUAGE_VOTE.sampleWords);
  const total = votes.reduce((sum, count) => sum + count, 0);
  const ranked = languages
    .map((lang, index) => ({ lang, votes: votes[index] ?? 0 }))
    .sort((a, b) => b.votes - a.votes || (a.lang < b.lang ? -1 : 1));
  const [winner, runnerUp] = ranked;
  if (
    winner === undefined ||
    winner.votes < LANGUAGE_VOTE.minVotes ||
    winner.votes < LANGUAGE_VOTE.minCoverage * words ||
    winner.votes < LANGUAGE_VOTE.minLead * (runnerUp?.votes ?? 0)
  ) {
    return undefined;
  }
  const share = (count: number): number => Math.round((count / total) * 10_000) / 10_000;
  const alternatives: LanguageScore[] = ranked
    .slice(1)
    .filter((entry) => entry.votes > 0)
    .map((entry) => ({ lang: entry.lang, confidence: share(entry.votes) }));
  return { lang: winner.lang, confidence: share(winner.votes), alternatives };
}
