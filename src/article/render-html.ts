import type { ArticleReport } from './types.js';
import { renderDocument, renderView } from './html/render-view.js';

function assertReport(report: unknown, fn: string): asserts report is ArticleReport {
  const candidate = report as Partial<ArticleReport> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.clean !== 'object' ||
    !Array.isArray(candidate.quotes) ||
    !Array.isArray(candidate.fragments) ||
    typeof candidate.terms !== 'object'
  ) {
    throw new TypeError(`${fn}: argument \`report\` must be a report from analyzeArticle`);
  }
}

/**
 * Renders a report as one self-contained HTML page (inline CSS and SVG, no
 * scripts, no external resources, a Content-Security-Policy that forbids
 * them; every piece of text escaped):
 *
 * - boilerplate blocks struck through and greyed, their reason as a label and tooltip;
 * - quotes tinted in their speaker's colour, the speaker underlined and the cue verb
 *   dotted in the same colour, reported speech with a wavy underline;
 * - foreign-language fragments highlighted with their language code;
 * - a bar chart of the top terms as inline SVG.
 *
 * Elements carry data attributes for scripts and tests: every block has
 * `data-kind` (`title`, `heading`, `content`, `boilerplate`), `data-start`,
 * `data-end` (and `data-reason` when dropped); quotes have `data-kind="quote"`,
 * `data-index`, `data-speaker`, `data-role`, `data-placement`; speakers
 * `data-kind="speaker"`, cues `data-kind="cue"` with `data-lemma`, fragments
 * `data-kind="fragment"` with `data-lang`; chart bars `data-term` and
 * `data-count`. A mark that must be split to nest properly repeats its
 * attributes on the later pieces with `data-part="continued"`.
 *
 * @param report - What {@link analyzeArticle} returned (or its JSON, parsed).
 * @returns A complete `<!doctype html>` document.
 *
 * @example
 * ```ts
 * import { analyzeArticle, renderHTML } from 'article-lens';
 * import { writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 *
 * const report = analyzeArticle('„Wir verhandeln“, sagte Rubio.', { clean: false });
 * const html = renderHTML(report);
 * html.includes('data-kind="quote"'); // true
 * html.startsWith('<!doctype html>'); // true
 * writeFileSync(join(tmpdir(), 'article.html'), html);
 * ```
 */
export function renderHTML(report: ArticleReport): string {
  assertReport(report, 'renderHTML');
  return renderDocument(report);
}

/**
 * Renders a report as the same view as {@link renderHTML}, but as one
 * `<div class="article-lens">` with a scoped `<style>` element instead of a
 * whole document: for embedding in another page or a notebook output. This is
 * what a report displays in a Deno Jupyter notebook.
 *
 * @param report - What {@link analyzeArticle} returned (or its JSON, parsed).
 * @returns An HTML fragment.
 *
 * @example
 * ```ts
 * import { analyzeArticle, renderHTMLFragment } from 'article-lens';
 * const html = renderHTMLFragment(analyzeArticle('Die Ukraine und die USA.', { clean: false }));
 * html.startsWith('<div class="article-lens"'); // true
 * ```
 */
export function renderHTMLFragment(report: ArticleReport): string {
  assertReport(report, 'renderHTMLFragment');
  return renderView(report, true);
}
