/**
 * Decoder and verification parameters of findForeignFragments, in nats.
 * Tuned on spliced text built from the TRAINING split of quotes-de.jsonl and
 * training-side foreign text (scripts/eval-languages.ts --tune); never on the
 * evaluation set.
 */
export const FRAGMENT_PARAMETERS = {
  /** Cost of every language switch in the Viterbi decoder. */
  switchPenalty: 5,
  /** Largest disadvantage one word can put on a language. */
  clip: 8,
  /** Weight of a capitalised word inside a sentence when the main language capitalises nouns (German). */
  capitalisedWeightNounLanguage: 0.3,
  /** Weight of a capitalised word inside a sentence otherwise (mostly names). */
  capitalisedWeight: 0,
  /** Log-likelihood ratio a fragment of three or more evidence words needs. */
  threshold: 6,
  /** Added to the threshold per evidence word short of three. */
  perMissingWord: 2,
  /** Log-likelihood ratio a single word needs (minWords: 1). */
  singleWordThreshold: 9,
  /** Lower-case (or sentence-initial) words with evidence a fragment of two or more words needs. */
  minEvidenceWords: 2,
  /** Slope of the logistic confidence around the threshold. */
  confidenceSlope: 0.5,
} as const;
