import { analyzeQuotes } from './src/quotes/analyze.js';
import { readQuoteArticles } from './bench/data.js';
let chars = 0, tok = 0, sents = 0, analyzed = 0, tokChars = 0, quotes = 0;
for (const a of readQuoteArticles()) {
  const r = analyzeQuotes(a.text, {}, true);
  chars += a.text.length; quotes += r.quotes.length;
  sents += r.sentences.length;
  for (let s = 0; s < r.sentences.length; s++) { /* count only cached */ }
  // @ts-ignore
  const cache = (r as any);
}
console.log({ chars, sents, quotes });
console.log((globalThis as any).__qstats);
