/**
 * The article section of the terminal report: the cleaned text, rebuilt from
 * the kept blocks of the original with the cleaner's repairs applied, and the
 * findings painted in place (quotes in their speaker's colour, speakers and
 * cues underlined, foreign fragments on yellow). With colour off it is exactly
 * `report.clean.text`.
 */
import type { ArticleReport } from '../index.js';
import { SPEAKER_STYLES, type Painter, type Style } from './colour.js';
import { renderMarked, type Edit, type Mark } from './marked-text.js';

type Quote = ArticleReport['quotes'][number];

/** Assigns each speaker (by name) a colour, in order of first appearance. */
export class SpeakerColours {
  private readonly styles = new Map<string, Style>();

  /** The colour of the quote's speaker; grey when it has none. */
  styleOf(quote: Quote): Style {
    const name = speakerName(quote);
    if (name === undefined) return 'grey';
    let style = this.styles.get(name);
    if (style === undefined) {
      style = SPEAKER_STYLES[this.styles.size % SPEAKER_STYLES.length] ?? 'cyan';
      this.styles.set(name, style);
    }
    return style;
  }
}

/** The name a quote is attributed to: the speaker's head, else its text. */
export function speakerName(quote: Quote): string | undefined {
  const speaker = quote.speaker;
  if (speaker === null) return undefined;
  return speaker.head.text === '' ? speaker.text : speaker.head.text;
}

function quoteMarks(quote: Quote, colours: SpeakerColours): Mark[] {
  const style = colours.styleOf(quote);
  const marks: Mark[] = [{ start: quote.start, end: quote.end, styles: [style] }];
  if (quote.speaker !== null) marks.push({ start: quote.speaker.start, end: quote.speaker.end, styles: [style, 'bold', 'underline'] });
  for (const part of quote.cue?.parts ?? []) marks.push({ start: part.start, end: part.end, styles: ['italic', 'underline'] });
  return marks;
}

/** Every highlight of the report, in original-text offsets. */
export function reportMarks(report: ArticleReport, colours: SpeakerColours): Mark[] {
  const marks = report.quotes.flatMap((quote) => quoteMarks(quote, colours));
  for (const fragment of report.fragments) marks.push({ start: fragment.start, end: fragment.end, styles: ['onYellow'] });
  return marks;
}

/** The cleaned article text with the findings painted in. */
export function renderArticleText(text: string, report: ArticleReport, colours: SpeakerColours, painter: Painter): string {
  const marks = reportMarks(report, colours);
  const edits: Edit[] = report.clean.repairs.map(({ start, end, replacement }) => ({ start, end, replacement }));
  const paragraphs: string[] = [];
  for (const block of report.clean.blocks) {
    if (block.kind === 'boilerplate' || block.cleanedStart === undefined) continue;
    const emphasis: Mark[] = block.kind === 'content' ? [] : [{ start: block.start, end: block.end, styles: ['bold'] }];
    paragraphs.push(renderMarked(text, block.start, block.end, [...emphasis, ...marks], edits, painter));
  }
  return paragraphs.join('\n\n');
}
