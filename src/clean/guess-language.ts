import { compiledLanguage, cleanLanguageCodes } from './compile-language.js';
import { matchWords } from './normalize.js';

const SAMPLE_CHARS = 3_000;

/**
 * Guesses the language of `text` by a vote of function words: the language
 * whose stopword list covers most words of the 3,000 characters in the middle of the text wins.
 * Returns `'und'` when fewer than two function words of any language occur.
 */
export function guessLanguage(text: string): string {
  // the middle of a page: past the menus at the top, before the footer
  const from = Math.max(0, Math.floor((text.length - SAMPLE_CHARS) / 2));
  const sample = text.length > SAMPLE_CHARS ? text.slice(from, from + SAMPLE_CHARS) : text;
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
