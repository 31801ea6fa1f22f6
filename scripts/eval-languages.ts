/**
 * `npm run eval:languages`: scores findForeignFragments and two franc
 * baselines on the spliced evaluation set (scripts/languages/spliced-set.ts)
 * and counts fragments reported in unspliced German news (all 850
 * quotes-de.jsonl articles), separating the reviewed real foreign text
 * (scripts/languages/reviewed-foreign.ts) from false fragments.
 *
 *   npm run eval:languages             # the table
 *   npm run eval:languages -- --tune   # our scores on the tuning split only
 *   npm run eval:languages -- --list   # also list every fragment reported in the news
 */
import { findForeignFragments } from '../src/language/index.js';
import { buildSplicedSet, readQuoteArticles } from './languages/spliced-set.js';
import { score, francWindows, francSentences, wordSpans, type Finder, type Predicted } from './languages/metrics.js';
import { REVIEWED_FOREIGN } from './languages/reviewed-foreign.js';

const ours: Finder = (text, main) => findForeignFragments(text, { mainLanguage: main });

const tune = process.argv.includes('--tune');
const list = process.argv.includes('--list');
const documents = buildSplicedSet(tune ? 'tune' : 'eval');
const articles = readQuoteArticles();
const newsWords = articles.reduce((sum, article) => sum + wordSpans(article.text).length, 0);
const fragmentCount = documents.reduce((sum, d) => sum + d.fragments.length, 0);

interface NewsResult {
  reported: number;
  real: number;
  falseCount: number;
  items: { doc: string; text: string; lang: string; real: boolean }[];
}

function news(finder: Finder, withText: boolean): NewsResult {
  const items: NewsResult['items'] = [];
  for (const article of articles) {
    for (const found of finder(article.text, 'deu') as Predicted[]) {
      const text = article.text.slice(found.start, found.end);
      const real = REVIEWED_FOREIGN.some((reviewed) => reviewed.includes(text) || text.includes(reviewed));
      items.push({ doc: article.doc, text: withText ? text : '', lang: found.lang, real });
    }
  }
  const real = items.filter((item) => item.real).length;
  return { reported: items.length, real, falseCount: items.length - real, items };
}

const rows: [string, Finder][] = tune
  ? [['article-lens findForeignFragments', ours]]
  : [
      ['article-lens findForeignFragments', ours],
      ['franc, 3-word sliding windows', francWindows],
      ['franc, per sentence', francSentences],
    ];

console.log(`# findForeignFragments evaluation (${tune ? 'TUNING split' : 'evaluation split'})\n`);
console.log(
  `Spliced set: ${documents.length} documents, ${fragmentCount} fragments of 2–8 words (spa, eng, fra, ita, por, nld into German news; German into English and Spanish), seed fixed in scripts/languages/spliced-set.ts.`,
);
console.log(`Unspliced German news: ${articles.length} quotes-de.jsonl articles, ${newsWords} words.\n`);
console.log('| finder | exact-span P | exact-span R | exact-span F1 | token P | token R | token F1 | reported in news | of which reviewed real foreign | false fragments / 10k words |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const ourNews: NewsResult[] = [];
for (const [name, finder] of rows) {
  const s = score(documents, finder);
  const n = news(finder, finder === ours);
  if (finder === ours) ourNews.push(n);
  console.log(
    `| ${name} | ${s.spanPrecision.toFixed(3)} | ${s.spanRecall.toFixed(3)} | **${s.spanF1.toFixed(3)}** | ${s.tokenPrecision.toFixed(3)} | ${s.tokenRecall.toFixed(3)} | **${s.tokenF1.toFixed(3)}** | ${n.reported} | ${n.real} | **${((n.falseCount / newsWords) * 10_000).toFixed(2)}** |`,
  );
}
console.log('\n### article-lens by fragment language (exact-span F1 / token F1)\n');
for (const lang of ['spa', 'eng', 'fra', 'ita', 'por', 'nld', 'deu']) {
  const subset = documents.filter((d) => d.fragments.some((f) => f.lang === lang));
  const s = score(subset, ours);
  console.log(`- ${lang} (${subset.length} documents): ${s.spanF1.toFixed(3)} / ${s.tokenF1.toFixed(3)} (span P ${s.spanPrecision.toFixed(3)}, R ${s.spanRecall.toFixed(3)})`);
}
console.log('\nTargets: exact-span F1 ≥ 0.92, token F1 ≥ 0.97, < 1 false fragment per 10,000 words of German news.');

const mine = ourNews[0];
if (mine) {
  console.log('\n## Fragments article-lens reports in the unspliced news\n');
  const shown = list ? mine.items : mine.items.filter((item) => !item.real);
  console.log(list ? 'All of them (real = listed in scripts/languages/reviewed-foreign.ts after reading them):\n' : 'False ones (not in the reviewed list; run with --list for all):\n');
  for (const item of shown) console.log(`- ${item.real ? 'real ' : 'FALSE'} ${item.lang} ${JSON.stringify(item.text)} — ${item.doc}`);
}
