/**
 * Grid search over FRAGMENT_PARAMETERS on the TUNING split only (spliced
 * quotes-de `train` articles + the models' training text; false fragments on
 * the `train` articles). Usage: npx tsx scripts/languages/tune.ts key=v1,v2 key2=v3,…
 */
import { findForeignFragments } from '../../src/language/index.js';
import { FRAGMENT_PARAMETERS } from '../../src/language/parameters.js';
import { clearWordScoreCache } from '../../src/language/score-words.js';
import { buildSplicedSet, readQuoteArticles } from './spliced-set.js';
import { score, wordSpans } from './metrics.js';

const documents = buildSplicedSet('tune');
const articles = readQuoteArticles().filter((a) => a.split === 'train');
const words = articles.reduce((sum, a) => sum + wordSpans(a.text).length, 0);
const grid = process.argv.slice(2).map((arg) => {
  const [key, values] = arg.split('=');
  return { key: key ?? '', values: (values ?? '').split(',').map(Number) };
});
const params = FRAGMENT_PARAMETERS as unknown as Record<string, number | Record<string, number>>;
function* combos(index: number): Generator<void> {
  const axis = grid[index];
  if (!axis) {
    yield;
    return;
  }
  for (const value of axis.values) {
    if (axis.key.startsWith('bias.')) (params['languageBias'] as Record<string, number>)[axis.key.slice(5)] = value;
    else if (axis.key.startsWith('char.')) (params['charBias'] as Record<string, number>)[axis.key.slice(5)] = value;
    else params[axis.key] = value;
    yield* combos(index + 1);
  }
}
for (const _ of combos(0)) {
  clearWordScoreCache();
  const s = score(documents, (text, main) => findForeignFragments(text, { mainLanguage: main }));
  let reported = 0;
  for (const a of articles) reported += findForeignFragments(a.text, { mainLanguage: 'deu' }).length;
  const setting = grid.map((g) => `${g.key}=${g.values.length === 1 ? g.values[0] : JSON.stringify(g.key.startsWith('bias.') ? (params['languageBias'] as Record<string, number>)[g.key.slice(5)] : g.key.startsWith('char.') ? (params['charBias'] as Record<string, number>)[g.key.slice(5)] : params[g.key])}`).join(' ');
  console.log(`${setting} | span F1 ${s.spanF1.toFixed(3)} token F1 ${s.tokenF1.toFixed(3)} | news reported/10k ${((reported / words) * 1e4).toFixed(2)}`);
}
