import { compiledLanguage, cleanLanguageCodes } from './compile-language.js';
import { matchWords } from './normalize.js';

const SAMPLE_CHARS = 6_000;

/**
 * Guesses the language of `text` by a vote of function words: the language
 * whose stopword list covers most words of the first 6,000 characters wins.
 * Returns `'und'` when fewer than two function words of any language occur.
 */
export function guessLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const codes = cleanLanguageCodes();
  const votes = new Array<number>(codes.length).fill(0);
  const sets = codes.map((code) => compiledLanguage(code).stopwords);
  for (const word of matchWords(sample)) {
    for (let i = 0; i < sets.length; i++) if (sets[i]?.has(word)) votes[i] = (votes[i] ?? 0) + 1;
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
