// Public API of the whole-article stage; re-exported by src/index.ts.
export { analyzeArticle } from './analyze-article.js';
export { renderHTML, renderHTMLFragment } from './render-html.js';
export type { AnalyzeArticleOptions, ArticleReport, ArticleStats, TermCount, TermsSummary } from './types.js';
