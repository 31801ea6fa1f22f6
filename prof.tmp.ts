import { findQuotes } from './src/index.js';
import { readQuoteArticles } from './bench/data.js';
const texts = readQuoteArticles().map((a) => a.text);
const t0 = performance.now();
for (let k = 0; k < 8; k++) for (const t of texts) findQuotes(t);
console.log((performance.now() - t0) / 8, 'ms/iter');
