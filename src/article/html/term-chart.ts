import type { TermCount } from '../types.js';
import { BAR_COLOUR } from '../data/palette.js';
import { escapeHTML } from './escape.js';

const ROW_HEIGHT = 22;
const BAR_HEIGHT = 15;
const CHART_WIDTH = 560;
const COUNT_WIDTH = 40;

/**
 * A horizontal bar chart of term counts as inline SVG: one `<g>` per term
 * with `data-term`/`data-count`, a label, a bar scaled to the largest count
 * and the count at the bar's end.
 */
export function renderTermChart(rows: readonly TermCount[]): string {
  if (rows.length === 0) return '<p class="al-empty">No terms counted.</p>';
  const longest = rows.reduce((max, row) => Math.max(max, row.term.length), 0);
  const labelWidth = Math.min(220, Math.max(60, Math.round(longest * 7.2) + 12));
  const barSpace = CHART_WIDTH - labelWidth - COUNT_WIDTH;
  const maxCount = rows.reduce((max, row) => Math.max(max, row.count), 1);
  const height = rows.length * ROW_HEIGHT + 6;
  let svg =
    `<svg class="al-chart" xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="Top ${rows.length} terms by count">`;
  rows.forEach((row, index) => {
    const y = index * ROW_HEIGHT + 3;
    const width = Math.max(1, Math.round((row.count / maxCount) * barSpace * 10) / 10);
    const term = escapeHTML(row.term);
    svg +=
      `<g class="al-bar-row" data-term="${term}" data-count="${row.count}">` +
      `<title>${term}: ${row.count}</title>` +
      `<text x="${labelWidth - 8}" y="${y + BAR_HEIGHT - 3}" text-anchor="end" fill="#1f2328">${term}</text>` +
      `<rect class="al-bar" x="${labelWidth}" y="${y}" width="${width}" height="${BAR_HEIGHT}" rx="2" fill="${BAR_COLOUR}" data-term="${term}" data-count="${row.count}"/>` +
      `<text x="${labelWidth + width + 5}" y="${y + BAR_HEIGHT - 3}" fill="#57606a">${row.count}</text>` +
      `</g>`;
  });
  return svg + '</svg>';
}
