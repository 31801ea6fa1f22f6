/**
 * article-lens: clean scraped news articles, find mixed-language fragments,
 * split quotes from narration and count terms. Every span points into the
 * caller's original text.
 *
 * @packageDocumentation
 */
export * from './shared/index.js';
export * from './clean/index.js';
export * from './language/index.js';
export * from './quotes/index.js';
export * from './terms/index.js';
export * from './article/index.js';
