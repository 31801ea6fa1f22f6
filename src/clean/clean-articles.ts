import { assertString } from '../shared/assert.js';
import { assertOptions, cleanBlocks } from './clean-article.js';
import { templateKey } from './normalize.js';
import { splitLines } from './split-lines.js';
import type { CleanOptions, CleanResult } from './types.js';

/**
 * Options of {@link cleanArticles}: those of {@link cleanArticle} plus how
 * often a line must recur across pages to count as the site's template.
 *
 * @example
 * ```ts
 * import { cleanArticles, type CleanArticlesOptions } from 'article-lens';
 * const options: CleanArticlesOptions = { language: 'de', minPages: 3 };
 * cleanArticles(['a', 'b', 'c'], options);
 * ```
 */
export interface CleanArticlesOptions extends CleanOptions {
  /** A line found on at least this many pages is a template line. Default 2. */
  minPages?: number;
  /** … and on at least this share of the pages. Default 0.1 (10 %). */
  minShare?: number;
}

/**
 * Corpus mode: cleans many pages of one site at once and learns the site's
 * template from them. A line (compared lower-cased, punctuation and white
 * space collapsed, digits folded to 0, as CCNet does) that occurs on several
 * pages is boilerplate with reason `'template'`; each page counts once, so a
 * line repeated inside one page does not make it a template line, and a long
 * content paragraph between content paragraphs stays content even when
 * another page repeats it (syndicated text). Everything else is decided as
 * by {@link cleanArticle}.
 *
 * @param texts - Pages of one site (group pages by host before calling).
 * @param options - See {@link CleanArticlesOptions}.
 * @returns One {@link CleanResult} per page, in order.
 * @throws TypeError when `texts` is not an array of strings.
 * @example
 * ```ts
 * import { cleanArticles } from 'article-lens';
 * const footer = 'Unsere Zeitung wird von Lesern finanziert und ist unabhängig';
 * const pages = [
 *   `Erster Bericht über die Ratssitzung\nDer Stadtrat hat am Montag nach langer Debatte beschlossen, dass der Haushalt für das kommende Jahr um zehn Prozent wächst und die Schulen mehr Geld bekommen.\n${footer}`,
 *   `Zweiter Bericht über den Bahnhof\nDie Bauarbeiten am Bahnhof dauern länger als geplant, weil die Firma, die den Auftrag hat, nicht genug Arbeiter findet und die Stadt neu ausschreiben muss.\n${footer}`,
 * ];
 * cleanArticles(pages).map((page) => page.blocks.at(-1)?.reason); // ['template', 'template']
 * ```
 */
export function cleanArticles(texts: readonly string[], options: CleanArticlesOptions = {}): CleanResult[] {
  if (!Array.isArray(texts)) throw new TypeError(`cleanArticles: argument \`texts\` must be an array of strings, got ${texts === null ? 'null' : typeof texts}`);
  texts.forEach((text, i) => assertString(text, `texts[${i}]`, 'cleanArticles'));
  assertOptions(options, 'cleanArticles');
  if (options.language !== undefined) assertString(options.language, 'options.language', 'cleanArticles');
  const minPages = Math.max(2, options.minPages ?? 2);
  const minShare = options.minShare ?? 0.1;
  const pages = texts.map((text) => {
    const blocks = splitLines(text);
    return { text, blocks, keys: blocks.map((block) => templateKey(block.text)) };
  });
  // Each page counts once per key: the page index that counted a key last is remembered with its count.
  const pageCounts = new Map<number, number>();
  const lastPage = new Map<number, number>();
  pages.forEach((page, index) => {
    for (const key of page.keys) {
      if (key < 0 || lastPage.get(key) === index) continue;
      lastPage.set(key, index);
      pageCounts.set(key, (pageCounts.get(key) ?? 0) + 1);
    }
  });
  const needed = Math.max(minPages, Math.ceil(minShare * pages.length));
  return pages.map((page) => {
    const templateBlocks = new Set<number>();
    page.keys.forEach((key, i) => {
      if ((pageCounts.get(key) ?? 0) >= needed) templateBlocks.add(i);
    });
    return cleanBlocks(page.text, page.blocks, options, { templateBlocks });
  });
}
