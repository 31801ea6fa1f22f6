// Public API of the language capability; re-exported by src/index.ts.
export { detectLanguage } from './detect-language.js';
export { findForeignFragments } from './find-foreign-fragments.js';
export { MODELLED_LANGUAGES, DEFAULT_CANDIDATE_LANGUAGES } from './languages.js';
export type {
  LanguageScore,
  LanguageGuess,
  DetectLanguageOptions,
  ForeignFragment,
  FindForeignFragmentsOptions,
} from './types.js';
