/**
 * `npm run eval:clean`: scores cleanArticle on ../shared/dev/boilerplate-de.jsonl
 * with the snippet protocol of that folder's README (trafilatura's benchmark):
 * white space collapsed; a `with` snippet found in the cleaned text is a true
 * positive, a missing one a false negative, a `without` snippet found a false
 * positive; summed over pages.
 *
 * Reported for the uncleaned text (baseline), single-page mode (cleanArticle)
 * and corpus mode (cleanArticles over pages grouped by host), each on the
 * even-indexed pages (the tuning half), the odd-indexed pages (held out) and
 * all pages.
 *
 *   npm run eval:clean                 # the table
 *   npm run eval:clean -- --errors 40  # also print missed and leaked snippets (odd pages are not printed)
 */
import { readBoilerplatePages, type BoilerplatePage } from '../bench/data.js';
import { cleanArticle, cleanArticles } from '../src/clean/index.js';

interface Counts { tp: number; fn: number; fp: number }

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function score(page: BoilerplatePage, cleaned: string, errors?: string[]): Counts {
  const haystack = collapse(cleaned);
  const counts: Counts = { tp: 0, fn: 0, fp: 0 };
  for (const snippet of page.with) {
    if (haystack.includes(collapse(snippet))) counts.tp++;
    else {
      counts.fn++;
      errors?.push(`FN ${page.id}\n   ${snippet.slice(0, 140)}`);
    }
  }
  for (const snippet of page.without) {
    if (haystack.includes(collapse(snippet))) {
      counts.fp++;
      errors?.push(`FP ${page.id}\n   ${snippet.slice(0, 140)}`);
    }
  }
  return counts;
}

function prf(counts: Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.tp / Math.max(1, counts.tp + counts.fp);
  const recall = counts.tp / Math.max(1, counts.tp + counts.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function hostOf(id: string): string {
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]*\/(.+)$/.exec(id);
  const url = archived?.[1] ?? id;
  try {
    return new URL(url.startsWith('http') ? url : `http://${url}`).hostname.replace(/^www\./, '') || id;
  } catch {
    return id;
  }
}

const errorsWanted = (() => {
  const at = process.argv.indexOf('--errors');
  return at >= 0 ? Number(process.argv[at + 1] ?? 30) : 0;
})();

const pages = readBoilerplatePages();
const single = pages.map((page) => cleanArticle(page.text).text);
const corpus = new Array<string>(pages.length);
const groups = new Map<string, number[]>();
pages.forEach((page, i) => {
  const host = hostOf(page.id);
  groups.set(host, [...(groups.get(host) ?? []), i]);
});
for (const members of groups.values()) {
  const results = cleanArticles(members.map((i) => pages[i]!.text));
  members.forEach((i, k) => (corpus[i] = results[k]!.text));
}

const errors: string[] = [];
const systems: [string, (i: number) => string][] = [
  ['uncleaned text (baseline)', (i) => pages[i]!.text],
  ['cleanArticle (single page)', (i) => single[i]!],
  [`cleanArticles (corpus, ${groups.size} hosts, ${[...groups.values()].filter((members) => members.length > 1).length} with several pages)`, (i) => corpus[i]!],
];
const splits: [string, (i: number) => boolean][] = [
  ['even (tuning)', (i) => i % 2 === 0],
  ['odd (held out)', (i) => i % 2 === 1],
  ['all', () => true],
];
console.log(`# cleanArticle on boilerplate-de.jsonl (${pages.length} pages, snippet protocol)\n`);
console.log('| system | pages | precision | recall | F1 | TP | FN | FP |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, textOf] of systems) {
  for (const [split, inSplit] of splits) {
    const total: Counts = { tp: 0, fn: 0, fp: 0 };
    pages.forEach((page, i) => {
      if (!inSplit(i)) return;
      const wantErrors = errorsWanted > 0 && name.startsWith('cleanArticle (') && split === 'even (tuning)';
      const counts = score(page, textOf(i), wantErrors ? errors : undefined);
      total.tp += counts.tp;
      total.fn += counts.fn;
      total.fp += counts.fp;
    });
    const { precision, recall, f1 } = prf(total);
    console.log(`| ${name} | ${split} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${total.tp} | ${total.fn} | ${total.fp} |`);
  }
}
if (errorsWanted > 0) {
  console.log(`\n${errors.length} errors on the tuning half; a sample:`);
  for (let i = 0; i < errors.length && i < errorsWanted; i++) console.log(errors[Math.floor((i * errors.length) / errorsWanted)]);
}
