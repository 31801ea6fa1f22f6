// Public API of the clean capability; re-exported by src/index.ts.
export { cleanArticle } from './clean-article.js';
export { cleanArticles, type CleanArticlesOptions } from './clean-articles.js';
export { toOriginalOffset, toCleanedOffset } from './offsets.js';
export type { Block, BlockKind, BoilerplateReason, CleanOptions, CleanResult, Repair } from './types.js';
