import type { ArticleReport } from '../types.js';
import type { Block } from '../../clean/index.js';
import type { Quote, QuoteCue, QuoteSpeaker } from '../../quotes/index.js';
import { FRAGMENT_COLOUR, SPEAKER_COLOURS, UNKNOWN_SPEAKER_COLOUR } from '../data/palette.js';
import { ISO_639_3_TO_BCP47 } from '../data/html-lang.js';
import { escapeHTML } from './escape.js';
import { renderNested, type InlineMark } from './nest.js';
import { renderTermChart } from './term-chart.js';
import { VIEW_CSS } from './styles.js';

interface Colour { strong: string; tint: string }

/** BCP 47 tag for an ISO 639-3 code, for `lang` attributes. */
export function htmlLang(code: string): string {
  return ISO_639_3_TO_BCP47[code] ?? code;
}

function colourStyle(colour: Colour): string {
  return `--al-strong:${colour.strong};--al-tint:${colour.tint}`;
}

/** Speakers in order of first appearance, each with its colour. */
function speakerColours(report: ArticleReport): Map<string, Colour> {
  const colours = new Map<string, Colour>();
  const add = (name: string | undefined): void => {
    if (name === undefined || colours.has(name)) return;
    colours.set(name, SPEAKER_COLOURS[colours.size % SPEAKER_COLOURS.length] ?? UNKNOWN_SPEAKER_COLOUR);
  };
  const visit = (quote: Quote): void => {
    add(quote.speaker?.head.text);
    quote.nested.forEach(visit);
  };
  report.quotes.forEach(visit);
  for (const segment of report.segments) if (segment.reported === true) add(segment.speaker?.head.text);
  return colours;
}

function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) out += ` ${name}="${escapeHTML(value)}"`;
  }
  return out;
}

function quoteMarks(quote: Quote, index: number, depth: number, colours: Map<string, Colour>, marks: InlineMark[]): void {
  const speaker = quote.speaker?.head.text;
  const colour = speaker === undefined ? UNKNOWN_SPEAKER_COLOUR : colours.get(speaker) ?? UNKNOWN_SPEAKER_COLOUR;
  const kind = depth === 0 ? 'quote' : 'nested-quote';
  const tooltip = [
    speaker === undefined ? 'speaker unknown' : `speaker: ${speaker}`,
    quote.cue ? `cue: ${quote.cue.lemma}` : undefined,
    `${quote.role}, ${quote.placement}`,
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
  const common = {
    class: 'al-quote',
    'data-kind': kind,
    'data-index': depth === 0 ? index : undefined,
    'data-start': quote.start,
    'data-end': quote.end,
    'data-speaker': speaker,
    'data-role': quote.role,
    'data-placement': quote.placement,
    title: tooltip,
    style: colourStyle(colour),
  };
  marks.push({ start: quote.start, end: quote.end, rank: depth, tag: 'span', attributes: attrs(common) });
  for (const nested of quote.nested) quoteMarks(nested, index, depth + 1, colours, marks);
}

function spanMark(
  kind: string,
  span: { start: number; end: number },
  rank: number,
  extra: Record<string, string | undefined>,
  colour: Colour,
): InlineMark {
  const attributes = attrs({
    class: `al-${kind}`,
    'data-kind': kind,
    ...extra,
    'data-start': span.start,
    'data-end': span.end,
    style: colourStyle(colour),
  });
  return { start: span.start, end: span.end, rank, tag: 'span', attributes };
}

/** Speakers (the phrase naming them, and the pronoun that referred to them) and cue verbs, each span once. */
function personMarks(report: ArticleReport, colours: Map<string, Colour>): InlineMark[] {
  const marks: InlineMark[] = [];
  const seen = new Set<string>();
  const pushOnce = (key: string, mark: InlineMark): void => {
    if (seen.has(key)) return;
    seen.add(key);
    marks.push(mark);
  };
  const visit = (speaker: QuoteSpeaker | null | undefined, cue: QuoteCue | null | undefined): void => {
    const name = speaker?.head.text;
    const colour = name === undefined ? UNKNOWN_SPEAKER_COLOUR : colours.get(name) ?? UNKNOWN_SPEAKER_COLOUR;
    if (speaker) {
      pushOnce(`s${speaker.start}:${speaker.end}`, spanMark('speaker', speaker, 10, { 'data-speaker': name, title: `speaker: ${speaker.text}` }, colour));
      if (speaker.mention) {
        const mention = speaker.mention;
        pushOnce(`m${mention.start}:${mention.end}`, spanMark('mention', mention, 10, { 'data-speaker': name, title: `refers to ${speaker.text}` }, colour));
      }
    }
    if (cue) {
      for (const part of cue.parts) {
        pushOnce(`c${part.start}:${part.end}`, spanMark('cue', part, 11, { 'data-lemma': cue.lemma, title: `cue: ${cue.lemma}` }, colour));
      }
    }
  };
  const visitQuote = (quote: Quote): void => {
    visit(quote.speaker, quote.cue);
    quote.nested.forEach(visitQuote);
  };
  report.quotes.forEach(visitQuote);
  for (const segment of report.segments) if (segment.reported === true) visit(segment.speaker, null);
  return marks;
}

function inlineMarks(report: ArticleReport, colours: Map<string, Colour>): InlineMark[] {
  const marks: InlineMark[] = [];
  report.quotes.forEach((quote, index) => quoteMarks(quote, index, 0, colours, marks));
  for (const segment of report.segments) {
    if (segment.kind !== 'narration' || segment.reported !== true) continue;
    const speaker = segment.speaker?.head.text;
    const colour = speaker === undefined ? UNKNOWN_SPEAKER_COLOUR : colours.get(speaker) ?? UNKNOWN_SPEAKER_COLOUR;
    const attributes = attrs({
      class: 'al-reported',
      'data-kind': 'reported',
      'data-speaker': speaker,
      'data-start': segment.start,
      'data-end': segment.end,
      title: speaker === undefined ? 'reported speech' : `reported speech: ${speaker}`,
      style: colourStyle(colour),
    });
    marks.push({ start: segment.start, end: segment.end, rank: 0, tag: 'span', attributes });
  }
  for (const fragment of report.fragments) {
    const common = {
      class: 'al-fragment',
      'data-kind': 'fragment',
      'data-lang': fragment.lang,
      'data-start': fragment.start,
      'data-end': fragment.end,
      'data-confidence': fragment.confidence.toFixed(2),
      lang: htmlLang(fragment.lang),
      title: `${fragment.lang} (confidence ${fragment.confidence.toFixed(2)})`,
    };
    marks.push({ start: fragment.start, end: fragment.end, rank: 5, tag: 'mark', attributes: attrs(common) });
  }
  marks.push(...personMarks(report, colours));
  return marks.sort((a, b) => a.start - b.start);
}

function renderBlock(block: Block, marks: readonly InlineMark[], first: number, last: number): string {
  const base = { 'data-kind': block.kind, 'data-start': block.start, 'data-end': block.end };
  if (block.kind === 'boilerplate') {
    const reason = block.reason ?? 'boilerplate';
    const a = attrs({ class: 'al-block', ...base, 'data-reason': reason, title: `Dropped as boilerplate: ${reason}` });
    return `<p${a}>${escapeHTML(block.text)}</p>`;
  }
  const tag = block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p';
  const inside = marks.slice(first, last);
  return `<${tag}${attrs({ class: 'al-block', ...base })}>${renderNested(block.text, block.start, inside)}</${tag}>`;
}

function renderArticle(report: ArticleReport, colours: Map<string, Colour>): string {
  const marks = inlineMarks(report, colours);
  let html = '';
  let cursor = 0;
  for (const block of report.clean.blocks) {
    // marks are sorted by start; take those starting inside this block
    while (cursor < marks.length && (marks[cursor] as InlineMark).start < block.start) cursor++;
    let last = cursor;
    while (last < marks.length && (marks[last] as InlineMark).start < block.end) last++;
    html += renderBlock(block, marks, cursor, last);
  }
  return html === '' ? '<p class="al-empty">The text is empty.</p>' : html;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function renderHeader(report: ArticleReport, colours: Map<string, Colour>): string {
  const { stats, language } = report;
  const fragmentLangs = Object.entries(stats.fragmentLanguages)
    .map(([lang, count]) => `${lang} ×${count}`)
    .join(', ');
  const items: [string, string][] = [
    ['language', `${language.lang} (${language.confidence.toFixed(2)})`],
    ['words', String(stats.words)],
    ['blocks kept', `${stats.blocksKept} of ${stats.blocks}`],
    ['quotes', `${stats.quotes} (${percent(stats.quoteShare)} of words)`],
    ['speakers', String(stats.speakers)],
    ['foreign fragments', stats.fragments === 0 ? '0' : `${stats.fragments} (${fragmentLangs})`],
  ];
  let html = '<header class="al-header"><p class="al-brand">article-lens report</p><ul class="al-stats">';
  for (const [label, value] of items) html += `<li data-stat="${escapeHTML(label)}">${escapeHTML(label)}: <b>${escapeHTML(value)}</b></li>`;
  html += '</ul>';
  if (colours.size > 0 || report.fragments.length > 0) {
    html += '<ul class="al-legend" aria-label="Legend">';
    for (const [speaker, colour] of colours) {
      const count = report.quotes.filter((quote) => quote.speaker?.head.text === speaker).length;
      const what = count === 0 ? 'reported speech' : `${count} quote${count === 1 ? '' : 's'}`;
      html += `<li class="al-legend-speaker" data-speaker="${escapeHTML(speaker)}" style="${colourStyle(colour)}"><span class="al-legend-key">${escapeHTML(speaker)}</span> ${what}</li>`;
    }
    if (report.quotes.some((quote) => quote.speaker === null)) {
      html += `<li class="al-legend-speaker" style="${colourStyle(UNKNOWN_SPEAKER_COLOUR)}"><span class="al-legend-key">speaker unknown</span></li>`;
    }
    if (report.fragments.length > 0) {
      html += `<li class="al-legend-fragment" style="${colourStyle(FRAGMENT_COLOUR)}"><span class="al-legend-key">foreign fragment</span> ${escapeHTML(fragmentLangs)}</li>`;
    }
    html += '</ul>';
  }
  return html + '</header>';
}

/** The view as one `<div class="article-lens">`, with or without its `<style>` element. */
export function renderView(report: ArticleReport, withStyle: boolean): string {
  const colours = speakerColours(report);
  const top = report.terms.top;
  return (
    `<div class="article-lens" lang="${escapeHTML(htmlLang(report.language.lang))}" data-article-lens="1">` +
    (withStyle ? `<style>${VIEW_CSS}</style>` : '') +
    renderHeader(report, colours) +
    `<article class="al-article">${renderArticle(report, colours)}</article>` +
    `<section class="al-terms" aria-label="Top terms"><h2>Top ${top.length} terms</h2>${renderTermChart(top)}</section>` +
    '</div>'
  );
}

/** A whole HTML document around the view. */
export function renderDocument(report: ArticleReport): string {
  const title = report.clean.title ?? report.clean.blocks.find((block) => block.kind !== 'boilerplate')?.text ?? 'article';
  return (
    '<!doctype html>\n' +
    `<html lang="${escapeHTML(htmlLang(report.language.lang))}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="generator" content="article-lens">' +
    `<title>${escapeHTML(title.length > 120 ? `${title.slice(0, 117)}…` : title)} · article-lens</title>` +
    `<style>body{margin:0;background:#fff}${VIEW_CSS}</style></head>` +
    `<body>${renderView(report, false)}</body></html>\n`
  );
}
