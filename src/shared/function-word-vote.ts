/**
 * One function-word vote, shared by every capability that must guess a
 * text's language cheaply before it can pick its per-language data
 * (cleaning cues, tokenizer rules, quote cue verbs, the article's language).
 * Each caller brings its own word lists (the languages it has data for) and
 * its own rule for when a vote is decisive; the counting is done here once.
 *
 * It is not a language identifier: `detectLanguage` is. It only chooses
 * among a few languages whose function words ("der", "the", "que") make up
 * a large share of any running text.
 */
import { prepareCaseTables, wordLowerCode } from './char-case.js';
import type { LanguageCode } from './span.js';
import { Vocabulary, WORD_HASH_SEED, wordHashStep } from './vocabulary.js';

/** One language's function words (lower-case). */
export interface FunctionWordList {
  lang: LanguageCode;
  words: Iterable<string>;
}

/** A language and its number of votes. */
export interface LanguageVotes {
  lang: LanguageCode;
  votes: number;
}

/** The outcome of a vote: languages by votes (most first) and the words read. */
export interface VoteCount {
  /** Every language of the table, most votes first (ties by code). */
  ranked: LanguageVotes[];
  /** Words read (every word, function word or not). */
  words: number;
}

/**
 * The function words of several languages, each with a bit per language
 * whose list holds it (a {@link Vocabulary}: looked up by a hash computed
 * while the text is scanned, so reading a text makes no string); counts
 * votes over a stretch of text.
 */
export class FunctionWordTable {
  /** The languages voted for, in the order of the lists given. */
  readonly languages: readonly LanguageCode[];
  private readonly vocabulary = new Vocabulary();

  constructor(lists: readonly FunctionWordList[]) {
    if (lists.length > 31) throw new RangeError('FunctionWordTable: at most 31 languages');
    const languages: LanguageCode[] = [];
    for (const { lang, words } of lists) {
      const bit = 1 << languages.length;
      languages.push(lang);
      for (const word of words) this.vocabulary.add(word.toLowerCase(), bit);
    }
    this.languages = languages;
  }

  /**
   * Adds the votes of the words of `text` between `from` and `to` (code
   * units; a word running over `to` is read to its end) to `votes` (one
   * count per language of {@link FunctionWordTable.languages}), reading at
   * most `maxWords` words (runs of {@link wordLowerCode} characters not starting
   * with a digit). Each
   * word votes for every language whose list holds it, compared lower-cased.
   * Returns the number of words read.
   */
  addVotes(votes: number[], text: string, from = 0, to = text.length, maxWords = Infinity): number {
    prepareCaseTables();
    const vocabulary = this.vocabulary;
    const end = Math.min(to, text.length);
    let words = 0;
    let i = Math.max(0, from);
    while (i < end && words < maxWords) {
      let lower = wordLowerCode(text.charCodeAt(i));
      if (lower === 0) {
        i++;
        continue;
      }
      const start = i;
      const number = lower >= 0x30 && lower <= 0x39;
      let hash = WORD_HASH_SEED;
      while (lower !== 0) {
        hash = wordHashStep(hash, lower);
        lower = ++i < text.length ? wordLowerCode(text.charCodeAt(i)) : 0;
      }
      if (number) continue; // "2024", "3D": not a word of any language
      words++;
      if (i - start > vocabulary.maxLength) continue;
      let bits = vocabulary.find(text, start, i, hash)?.flags ?? 0;
      for (let k = 0; bits !== 0; k++, bits >>>= 1) if ((bits & 1) !== 0) votes[k] = (votes[k] ?? 0) + 1;
    }
    return words;
  }

  /** Counts the votes over one stretch of `text` (see {@link FunctionWordTable.addVotes}) and ranks the languages. */
  count(text: string, from = 0, to = text.length, maxWords = Infinity): VoteCount {
    const votes = new Array<number>(this.languages.length).fill(0);
    const words = this.addVotes(votes, text, from, to, maxWords);
    return { ranked: rankVotes(this.languages, votes), words };
  }
}

/** Languages by votes, most first; ties by language code so the order never depends on the table. */
export function rankVotes(languages: readonly LanguageCode[], votes: readonly number[]): LanguageVotes[] {
  return languages
    .map((lang, index) => ({ lang, votes: votes[index] ?? 0 }))
    .sort((a, b) => b.votes - a.votes || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
}
