// Public API of the terms capability; re-exported by src/index.ts.
export { tokenize } from './tokenize.js';
export type { Token, TokenKind, TokenizeOptions } from './types.js';
export { termFrequencies } from './term-frequencies-fn.js';
export { countTokens, type CountTokensOptions } from './count-tokens.js';
export { countTermsStream } from './count-terms-stream.js';
export { stopwordList } from './stopword-list.js';
export type { CountOptions, TermSegment } from './count-options.js';
export { TermFrequencies, type TermFrequenciesJSON, type TermSettings } from './term-frequencies.js';
export {
  TermCorpus,
  createCorpus,
  type CorpusOptions,
  type CorpusWeighting,
  type Keyword,
  type SearchHit,
  type TermCorpusJSON,
} from './corpus.js';
