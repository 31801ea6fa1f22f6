/**
 * Renders a stretch of the original text with styled spans (quotes, foreign
 * fragments, speakers) and edits (the cleaner's repairs), so the terminal
 * shows the cleaned text with the findings highlighted in place. With colour
 * off the result is exactly the edited text.
 */
import type { Painter, Style } from './colour.js';

/** Styles applied to `[start, end)` of the original text. */
export interface Mark {
  start: number;
  end: number;
  styles: readonly Style[];
}

/** `[start, end)` of the original text is shown as `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

function boundaries(start: number, end: number, marks: readonly Mark[], edits: readonly Edit[]): number[] {
  const points = new Set<number>([start, end]);
  for (const span of [...marks, ...edits]) {
    if (span.start > start && span.start < end) points.add(span.start);
    if (span.end > start && span.end < end) points.add(span.end);
  }
  return [...points].sort((a, b) => a - b);
}

function stylesAt(marks: readonly Mark[], from: number, to: number): Style[] {
  const styles: Style[] = [];
  for (const mark of marks) {
    if (mark.start <= from && mark.end >= to) styles.push(...mark.styles);
  }
  return styles;
}

/**
 * `text.slice(start, end)` with `edits` applied and `marks` painted.
 * Marks may nest (a fragment inside a quote gets both styles); edits must
 * not overlap one another.
 */
export function renderMarked(
  text: string,
  start: number,
  end: number,
  marks: readonly Mark[],
  edits: readonly Edit[],
  painter: Painter,
): string {
  const inside = <T extends { start: number; end: number }>(span: T): boolean => span.end >= start && span.start <= end;
  const localMarks = marks.filter((mark) => inside(mark) && mark.end > mark.start);
  const localEdits = edits.filter(inside);
  const points = boundaries(start, end, localMarks, localEdits);
  let out = '';
  let skipUntil = start;
  for (let i = 0; i < points.length; i++) {
    const from = points[i] ?? end;
    for (const edit of localEdits) {
      if (edit.start === from) {
        out += painter.paint(edit.replacement, ...stylesAt(localMarks, from, Math.max(edit.end, from + 1)));
        skipUntil = Math.max(skipUntil, edit.end);
      }
    }
    const to = points[i + 1];
    if (to === undefined || to <= skipUntil) continue;
    const segmentStart = Math.max(from, skipUntil);
    out += painter.paint(text.slice(segmentStart, to), ...stylesAt(localMarks, segmentStart, to));
  }
  return out;
}
