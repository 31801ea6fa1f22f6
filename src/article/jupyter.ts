import type { ArticleReport } from './types.js';
import { renderView } from './html/render-view.js';

/** The key Deno's Jupyter kernel looks for on a displayed value. */
const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/** A short plain-text view, for frontends that cannot show HTML. */
function plainSummary(report: ArticleReport): string {
  const { stats } = report;
  const terms = report.terms.top
    .slice(0, 8)
    .map((row) => `${row.term} ${row.count}`)
    .join(', ');
  return [
    `article-lens report: ${report.language.lang}, ${stats.words} words, ${stats.blocksKept}/${stats.blocks} blocks kept`,
    `quotes: ${stats.quotes} (${stats.speakers} speakers), fragments: ${stats.fragments}`,
    `top terms: ${terms}`,
  ].join('\n');
}

/**
 * Gives the report a non-enumerable `Symbol.for('Jupyter.display')` method:
 * Deno's Jupyter kernel calls it to show the report as the HTML view.
 * `JSON.stringify`, `structuredClone` and object spreads do not see it.
 */
export function attachJupyterDisplay(report: ArticleReport): ArticleReport {
  Object.defineProperty(report, JUPYTER_DISPLAY, {
    value(this: ArticleReport) {
      return { 'text/html': renderView(this, true), 'text/plain': plainSummary(this) };
    },
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return report;
}
