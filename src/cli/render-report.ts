/**
 * The readable terminal report of one article: a header with the title and
 * key figures, the cleaned article with its findings highlighted, the dropped
 * blocks with their reasons, the foreign fragments, the quotes with speaker
 * and cue, and the top terms as a bar chart.
 */
import type { ArticleReport } from '../index.js';
import type { Painter } from './colour.js';
import { languageLabel } from './language-names.js';
import { renderArticleText, SpeakerColours, speakerName } from './render-article.js';

type Quote = ArticleReport['quotes'][number];

/** Longest excerpt shown for a dropped block or a quote in a list. */
const EXCERPT = 160;
/** Width of the longest bar of the term chart. */
const BAR_WIDTH = 24;

const number = new Intl.NumberFormat('en-US');

/** `text` on one line, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** `'1 quote'`, `'3 quotes'`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${number.format(count)} ${count === 1 ? one : many}`;
}

/** 1-based line number of each offset, from a sorted table of line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** The line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

function heading(title: string, painter: Painter): string {
  return painter.paint(`── ${title} ──`, 'bold', 'blue');
}

function summaryLine(report: ArticleReport): string {
  const { stats, language } = report;
  const parts = [
    `${languageLabel(language.lang)} ${language.confidence.toFixed(2)}`,
    plural(stats.words, 'word'),
    `${stats.blocksKept} of ${plural(stats.blocks, 'block')} kept`,
    `${plural(stats.quotes, 'quote')} (${stats.quotesWithSpeaker} with a speaker)`,
    plural(stats.fragments, 'foreign fragment'),
  ];
  if (stats.reportedSegments > 0) parts.push(`${plural(stats.reportedSegments, 'reported-speech passage')}`);
  if (stats.repairs > 0) parts.push(plural(stats.repairs, 'repair'));
  return parts.join(' · ');
}

function headerSection(source: string, report: ArticleReport, painter: Painter): string[] {
  const title = report.clean.title ?? '(no title found)';
  return [painter.paint(`══ ${source} ══`, 'bold'), painter.paint(title, 'bold'), painter.paint(summaryLine(report), 'dim')];
}

function droppedSection(report: ArticleReport, painter: Painter): string[] {
  const dropped = report.clean.blocks.filter((block) => block.kind === 'boilerplate');
  if (dropped.length === 0) return [];
  const width = Math.max(...dropped.map((block) => (block.reason ?? 'boilerplate').length));
  const lines = dropped.map((block) => {
    const reason = (block.reason ?? 'boilerplate').padEnd(width);
    return `  ${painter.paint(reason, 'yellow')}  ${painter.paint(excerpt(block.text, EXCERPT - width), 'dim', 'strike')}`;
  });
  return ['', heading(`Dropped: ${plural(dropped.length, 'block')}`, painter), ...lines];
}

function fragmentsSection(report: ArticleReport, lines: LineIndex, painter: Painter): string[] {
  if (report.fragments.length === 0) return ['', heading('Foreign fragments: none', painter)];
  const rows = report.fragments.map((fragment) => {
    const where = painter.paint(`line ${lines.lineOf(fragment.start)}`, 'dim');
    const language = painter.paint(`${languageLabel(fragment.lang)} ${fragment.confidence.toFixed(2)}`, 'yellow');
    return `  ${language}  ${painter.paint(excerpt(fragment.text), 'onYellow')}  ${where}`;
  });
  return ['', heading(`Foreign fragments: ${report.fragments.length}`, painter), ...rows];
}

/** Longest full speaker phrase shown beside the speaker's name. */
const SPEAKER_PHRASE = 60;

function speakerLabel(quote: Quote, colours: SpeakerColours, painter: Painter): string {
  const name = speakerName(quote);
  if (name === undefined || quote.speaker === null) return painter.paint('(no speaker)', 'grey');
  const label = painter.paint(name, colours.styleOf(quote), 'bold');
  const phrase = quote.speaker.text;
  return phrase !== name && phrase.length <= SPEAKER_PHRASE ? `${label} ${painter.paint(`(${phrase})`, 'dim')}` : label;
}

/** A cue's pieces, with `…` where words lie between them ("fügte … hinzu"). */
function cueText(cue: NonNullable<Quote['cue']>): string {
  let text = '';
  let previousEnd: number | undefined;
  for (const part of cue.parts) {
    if (previousEnd !== undefined) text += part.start - previousEnd > 1 ? ' … ' : ' ';
    text += part.text;
    previousEnd = part.end;
  }
  return text === '' ? cue.text : text;
}

function quoteAttribution(quote: Quote, colours: SpeakerColours, painter: Painter): string {
  const parts = [speakerLabel(quote, colours, painter)];
  if (quote.cue !== null) {
    parts.push(`${painter.paint(cueText(quote.cue), 'italic')} (${quote.cue.lemma})`);
  }
  const tags: string[] = [quote.placement];
  if (quote.role !== 'speech') tags.push(quote.role);
  if (quote.unclosed) tags.push('unclosed');
  if (quote.inReportedSpeech) tags.push('in reported speech');
  parts.push(painter.paint(tags.join(', '), 'dim'));
  return parts.join(' · ');
}

function quotesSection(report: ArticleReport, colours: SpeakerColours, painter: Painter): string[] {
  if (report.quotes.length === 0) return ['', heading('Quotes: none', painter)];
  const digits = String(report.quotes.length).length;
  const rows = report.quotes.flatMap((quote, index) => [
    `  ${String(index + 1).padStart(digits)}  ${quoteAttribution(quote, colours, painter)}`,
    `  ${' '.repeat(digits)}  ${painter.paint(`${quote.open}${excerpt(quote.text)}${quote.close}`, colours.styleOf(quote))}`,
  ]);
  return ['', heading(`Quotes: ${report.quotes.length}`, painter), ...rows];
}

function termsSection(report: ArticleReport, painter: Painter): string[] {
  const top = report.terms.top;
  if (top.length === 0) return ['', heading('Top terms: none', painter)];
  const width = Math.max(...top.map((row) => row.term.length));
  const most = Math.max(...top.map((row) => row.count));
  const countWidth = String(most).length;
  const rows = top.map(({ term, count }) => {
    const bar = '█'.repeat(Math.max(1, Math.round((count / most) * BAR_WIDTH)));
    return `  ${term.padEnd(width)}  ${String(count).padStart(countWidth)}  ${painter.paint(bar, 'green')}`;
  });
  const title = `Top terms (${report.terms.stem ? 'stems' : 'words'}, ${number.format(report.terms.total)} counted)`;
  return ['', heading(title, painter), ...rows];
}

/**
 * The whole report of one article as terminal text (ends with a newline).
 *
 * @param source - The file name shown in the header (`-` for standard input).
 * @param text - The article's original text, which the report's spans index.
 */
export function renderReport(source: string, text: string, report: ArticleReport, painter: Painter): string {
  const colours = new SpeakerColours();
  const article = renderArticleText(text, report, colours, painter);
  const lines = [
    ...headerSection(source, report, painter),
    '',
    heading('Article', painter),
    article === '' ? painter.paint('(nothing kept)', 'grey') : article,
    ...droppedSection(report, painter),
    ...fragmentsSection(report, new LineIndex(text), painter),
    ...quotesSection(report, colours, painter),
    ...termsSection(report, painter),
  ];
  return `${lines.join('\n')}\n`;
}
