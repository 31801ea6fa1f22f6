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
 * The lines of a corpus by {@link templateKey}, each with the number of pages
 * it occurs on: each page counts once per line, so the page that counted a
 * line last is remembered. One map lookup per line of the corpus.
 */
class TemplateLines {
  private readonly lineOf = new Map<number, number>();
  private readonly pageCounts: number[] = [];
  private readonly lastPages: number[] = [];

  /** Counts the line with key `key` (-1: no words, never counted) on page `page`; returns its line number, or -1. */
  count(key: number, page: number): number {
    if (key < 0) return -1;
    let line = this.lineOf.get(key);
    if (line === undefined) {
      line = this.pageCounts.length;
      this.lineOf.set(key, line);
      this.pageCounts.push(0);
      this.lastPages.push(-1);
    }
    if (this.lastPages[line] !== page) {
      this.lastPages[line] = page;
      this.pageCounts[line]!++;
    }
    return line;
  }

  /** On how many pages line number `line` occurs (0 for -1). */
  pages(line: number): number {
    return line < 0 ? 0 : this.pageCounts[line]!;
  }
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
  const lines = new TemplateLines();
  const pages = texts.map((text, index) => {
    const blocks = splitLines(text);
    return { text, blocks, lines: blocks.map((block) => lines.count(templateKey(block.text), index)) };
  });
  const needed = Math.max(minPages, Math.ceil(minShare * pages.length));
  return pages.map((page) => {
    const templateBlocks = new Set<number>();
    page.lines.forEach((line, i) => {
      if (lines.pages(line) >= needed) templateBlocks.add(i);
    });
    return cleanBlocks(page.text, page.blocks, options, { templateBlocks });
  });
}
