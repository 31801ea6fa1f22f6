import { escapeHTML } from './escape.js';

/** One inline mark to draw over a stretch of a block's text. */
export interface InlineMark {
  /** Start in the original text (inclusive). */
  start: number;
  /** End in the original text (exclusive). */
  end: number;
  /** Lower ranks nest outside higher ranks when two marks cover the same stretch. */
  rank: number;
  /** The element's name, e.g. `'span'`. */
  tag: string;
  /** Its attributes, escaped, with a leading space (`' class="x"'`). */
  attributes: string;
}

/** Opening tag of a mark's first piece, or of a later piece (marked `data-part="continued"`). */
function openTag(mark: InlineMark, continued: boolean): string {
  return `<${mark.tag}${mark.attributes}${continued ? ' data-part="continued"' : ''}>`;
}

/** Outermost first: earlier start, then longer, then lower rank. */
function compareMarks(a: InlineMark, b: InlineMark): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/**
 * Renders `text` (which starts at `offset` in the original text) with the
 * marks as properly nested HTML elements. Marks that cross each other are
 * split: the inner one closes where the outer one ends and reopens after it
 * (with `data-part="continued"`), so every element is well formed. Marks are clipped
 * to the text; empty marks are ignored.
 */
export function renderNested(text: string, offset: number, marks: readonly InlineMark[]): string {
  const end = offset + text.length;
  const usable = marks
    .map((mark) => ({ ...mark, start: Math.max(mark.start, offset), end: Math.min(mark.end, end) }))
    .filter((mark) => mark.start < mark.end)
    .sort(compareMarks);
  if (usable.length === 0) return escapeHTML(text);

  const cuts = new Set<number>([offset, end]);
  for (const mark of usable) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  let html = '';
  const open: InlineMark[] = [];
  const started = new Set<InlineMark>();
  let next = 0; // index into usable of the first mark not yet started
  let active: InlineMark[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    active = active.filter((mark) => mark.end > from);
    while (next < usable.length && (usable[next] as InlineMark).start <= from) {
      active.push(usable[next] as InlineMark);
      next++;
    }
    active.sort(compareMarks);
    let shared = 0;
    while (shared < open.length && shared < active.length && open[shared] === active[shared]) shared++;
    while (open.length > shared) html += `</${(open.pop() as InlineMark).tag}>`;
    for (let k = shared; k < active.length; k++) {
      const mark = active[k] as InlineMark;
      html += openTag(mark, started.has(mark));
      started.add(mark);
      open.push(mark);
    }
    html += escapeHTML(text.slice(from - offset, to - offset));
  }
  while (open.length > 0) html += `</${(open.pop() as InlineMark).tag}>`;
  return html;
}
