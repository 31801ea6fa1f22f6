/**
 * analyzeArticle against the sum of its stages, on German news (the five
 * seeds and the 850 WikiNews articles of ../shared/dev/quotes-de.jsonl).
 *
 * The baseline is what a user pays calling each capability on their own:
 * cleanArticle on the page, then detectLanguage, findForeignFragments,
 * findQuotes + splitQuotes, tokenize + termFrequencies on the cleaned text.
 * Each stage is timed alone (throughput counted in bytes of the ORIGINAL
 * pages, so rows add up), and the "sum of stages" row adds their times.
 * analyzeArticle should cost less than that sum: it shares one cleaning, one
 * tokenisation and one quote analysis between the stages, decides the
 * language by a function-word vote over the tokens it has anyway (franc only
 * when the vote is unclear), and adds only the offset mapping and the
 * statistics. Target: >= 20 MB/s single thread.
 */
import { readQuoteArticles, readSeeds } from './data.js';
import { measure, utf8Bytes, type BenchRow } from './harness.js';
import {
  analyzeArticle,
  cleanArticle,
  detectLanguage,
  findForeignFragments,
  findQuotes,
  renderHTML,
  splitQuotes,
  termFrequencies,
  tokenize,
} from '../src/index.js';

export const title = 'analyzeArticle (German news: seeds + quotes-de.jsonl articles)';

export function run(): BenchRow[] {
  const texts = [...readSeeds().map((seed) => seed.text), ...readQuoteArticles().map((article) => article.text)];
  const cleaned = new Map<string, string>();
  const language = new Map<string, string>();
  for (const text of texts) {
    const clean = cleanArticle(text);
    cleaned.set(text, clean.text);
    language.set(text, detectLanguage(clean.text).lang);
  }
  const cleanOf = (text: string): string => cleaned.get(text) ?? '';
  const langOf = (text: string): string => language.get(text) ?? 'deu';
  const megabytes = (utf8Bytes(texts) / 1e6).toFixed(2);

  const stages: BenchRow[] = [
    measure('stage: cleanArticle', texts, (text) => cleanArticle(text).text.length),
    measure('stage: detectLanguage (cleaned)', texts, (text) => detectLanguage(cleanOf(text)).lang),
    measure('stage: findForeignFragments (cleaned)', texts, (text) =>
      findForeignFragments(cleanOf(text), { mainLanguage: langOf(text) }).length + 1,
    ),
    measure('stage: findQuotes + splitQuotes (cleaned)', texts, (text) =>
      findQuotes(cleanOf(text), { language: langOf(text) }).length + splitQuotes(cleanOf(text), { language: langOf(text) }).length,
    ),
    measure('stage: tokenize + termFrequencies (cleaned)', texts, (text) =>
      tokenize(cleanOf(text), { language: langOf(text) }).length +
      termFrequencies(cleanOf(text), { language: langOf(text) }).size,
    ),
  ];
  const sumMs = stages.reduce((sum, row) => sum + row.msPerIteration, 0);
  const sum: BenchRow = {
    name: 'baseline: sum of the stages above',
    mbPerSecond: utf8Bytes(texts) / 1e6 / (sumMs / 1000),
    msPerIteration: sumMs,
    iterations: 0,
    note: 'computed from the stage rows',
  };
  const article = measure('analyzeArticle', texts, (text) => analyzeArticle(text).stats.words + 1, { minMs: 3000 });
  article.note = `${texts.length} articles, ${megabytes} MB; target >= 20 MB/s; ${(sum.msPerIteration / article.msPerIteration).toFixed(2)}x the speed of the sum of stages`;
  const german = measure('analyzeArticle { language: "de" }', texts, (text) => analyzeArticle(text, { language: 'de' }).stats.words + 1);
  german.note = 'language given: no vote, no franc';
  const reports = new Map(texts.map((text) => [text, analyzeArticle(text)]));
  const html = measure('renderHTML(report) (MB of article text)', texts, (text) => {
    const report = reports.get(text);
    return report === undefined ? 0 : renderHTML(report).length;
  });
  html.note = 'the HTML view of reports made beforehand';
  return [...stages, sum, article, german, html];
}
