import type { VocabularyEntry } from '../shared/vocabulary.js';

/** What a word of the cleaner's vocabulary is (its {@link VocabularyEntry} flags); a word can be several things. */
export const WORD_FLAGS = {
  stopword: 1,
  month: 2,
  weekday: 4,
  dateWord: 8,
  credit: 16,
  bio: 32,
  /** The word starts an exact, prefix, anywhere or long phrase (set by the compiler; the scan skips other words). */
  startsExact: 64,
  startsPrefix: 128,
  startsAnywhere: 512,
  startsAnywhereLong: 1024,
  /** The word starts a byline opening ("von") or an author box opening ("über"): only such lines are looked up in those tries. */
  startsByline: 2048,
  startsAuthorBox: 4096,
} as const;

