/**
 * A small stopword vote that decides which language's data (abbreviations,
 * stopwords, stemmer) applies when the caller did not say. It is not a
 * language identifier (that is `detectLanguage` in the language capability):
 * it only chooses among the languages the terms capability has data for.
 */
import type { LanguageCode } from '../shared/span.js';
import * as chars from './chars.js';
import { termsLanguages } from './data/index.js';

const { CLASS_MASK, LETTER, charTable } = chars;

let votes: Map<string, number> | undefined;

function voteTable(): Map<string, number> {
  if (votes === undefined) {
    votes = new Map();
    termsLanguages.forEach((data, index) => {
      for (const word of data.stopwords) {
        if (word.includes("'") || word.includes('.')) continue;
        votes?.set(word, (votes.get(word) ?? 0) | (1 << index));
      }
    });
  }
  return votes;
}

/** How much of a text the vote reads at most. */
const SAMPLE = 4096;

/** Adds the stopword votes of each word in `text` (first {@link SAMPLE} code units) to `counts`. */
export function addLanguageVotes(text: string, counts: number[]): void {
  const table = charTable();
  const words = voteTable();
  const n = Math.min(text.length, SAMPLE);
  let i = 0;
  while (i < n) {
    if (((table[text.charCodeAt(i)] ?? 0) & CLASS_MASK) !== LETTER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && ((table[text.charCodeAt(j)] ?? 0) & CLASS_MASK) === LETTER) j++;
    if (j - i <= 12) {
      const mask = words.get(text.slice(i, j).toLowerCase());
      if (mask !== undefined) {
        for (let k = 0; k < counts.length; k++) if (mask & (1 << k)) counts[k] = (counts[k] ?? 0) + 1;
      }
    }
    i = j;
  }
}

/** The language whose stopwords occur most often; `'und'` when no language wins outright. */
export function pickLanguage(counts: readonly number[]): LanguageCode {
  let best = -1;
  let bestCount = 0;
  let tie = false;
  counts.forEach((count, index) => {
    if (count > bestCount) {
      best = index;
      bestCount = count;
      tie = false;
    } else if (count === bestCount && count > 0) tie = true;
  });
  if (best === -1 || tie) return 'und';
  return termsLanguages[best]?.code ?? 'und';
}

/** Detects the terms language of one text by stopword vote. */
export function detectTermsLanguage(text: string): LanguageCode {
  const counts = termsLanguages.map(() => 0);
  addLanguageVotes(text, counts);
  return pickLanguage(counts);
}
