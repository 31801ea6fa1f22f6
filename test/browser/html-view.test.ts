/**
 * The HTML view in a real browser: Debian's chromium, headless, driven by
 * playwright-core. Renders seed 003, opens the page from a file, checks that
 * the highlighted elements match the report and saves a screenshot to
 * .tmp/html-view.png (gitignored).
 *
 * Without /usr/bin/chromium (scripts/setup-system.sh installs it) the test
 * fails under CI and is skipped with a message otherwise.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { analyzeArticle, renderHTML, type ArticleReport } from '../../src/index.js';

// The page functions below run in the browser; the project compiles without the DOM lib.
declare const getComputedStyle: (
  element: unknown,
  pseudo?: string,
) => { backgroundColor: string; color: string; content: string; fontWeight: string; textDecorationLine: string };

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = join(ROOT, '.tmp');
const SEED = join(ROOT, 'seeds', '003_b09a0b073d080f35.txt');
const hasChromium = existsSync(CHROMIUM);
const underCI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

if (!hasChromium && !underCI) {
  console.warn(`html-view: SKIPPED: ${CHROMIUM} is missing (run scripts/setup-system.sh as root to install Debian's chromium)`);
}

describe.runIf(!hasChromium && underCI)('HTML view in chromium (CI)', () => {
  it('needs Debian chromium at /usr/bin/chromium', () => {
    throw new Error(`${CHROMIUM} is missing: CI must run scripts/setup-system.sh first`);
  });
});

describe.runIf(hasChromium)('HTML view of seed 003 in headless chromium', () => {
  const original = readFileSync(SEED, 'utf8');
  let report: ArticleReport;
  let browser: Browser;
  let page: Page;
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    report = analyzeArticle(original);
    mkdirSync(OUT_DIR, { recursive: true });
    const file = join(OUT_DIR, 'html-view.html');
    writeFileSync(file, renderHTML(report));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('request', (request) => {
      if (!/^(file|data|about):/.test(request.url())) externalRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing from outside the page and logs no errors', () => {
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('marks every quote of the report, with its speaker, in order and with the quoted text', async () => {
    expect(report.quotes.length).toBeGreaterThan(0);
    const quotes = await page.$$eval('[data-kind="quote"]:not([data-part])', (elements) =>
      elements.map((element) => ({
        start: Number(element.getAttribute('data-start')),
        end: Number(element.getAttribute('data-end')),
        speaker: element.getAttribute('data-speaker'),
        text: element.textContent,
        background: getComputedStyle(element).backgroundColor,
      })),
    );
    expect(quotes.map(({ start, end }) => [start, end])).toEqual(report.quotes.map((quote) => [quote.start, quote.end]));
    expect(quotes.map((quote) => quote.speaker)).toEqual(report.quotes.map((quote) => quote.speaker?.head.text ?? null));
    for (const quote of quotes) {
      expect(quote.text).toBe(original.slice(quote.start, quote.end));
      expect(quote.background).not.toBe('rgba(0, 0, 0, 0)');
    }
    // one colour per speaker, different speakers in different colours
    const colourOf = new Map<string, string>();
    for (const quote of quotes) {
      if (quote.speaker === null) continue;
      const seen = colourOf.get(quote.speaker);
      if (seen !== undefined) expect(quote.background).toBe(seen);
      colourOf.set(quote.speaker, quote.background);
    }
    const speakers = new Set(report.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.head.text] : [])));
    expect(new Set(colourOf.keys())).toEqual(speakers);
    expect(new Set(colourOf.values()).size).toBe(Math.min(speakers.size, 10));
  });

  it('marks the speakers and cue verbs of the quotes', async () => {
    const speakerSpans = new Map<string, string>();
    const cueSpans = new Map<string, string>();
    const visit = (quote: ArticleReport['quotes'][number]): void => {
      if (quote.speaker) speakerSpans.set(`${quote.speaker.start}:${quote.speaker.end}`, quote.speaker.head.text);
      for (const part of quote.cue?.parts ?? []) cueSpans.set(`${part.start}:${part.end}`, quote.cue?.lemma ?? '');
      quote.nested.forEach(visit);
    };
    report.quotes.forEach(visit);
    // narration that reports speech marks its speaker too
    for (const segment of report.segments) {
      if (segment.reported && segment.speaker) speakerSpans.set(`${segment.speaker.start}:${segment.speaker.end}`, segment.speaker.head.text);
    }
    expect(speakerSpans.size).toBeGreaterThan(0);
    const marked = await page.$$eval('[data-kind="speaker"]:not([data-part]), [data-kind="cue"]:not([data-part])', (elements) =>
      elements.map((element) => ({
        kind: element.getAttribute('data-kind'),
        key: `${element.getAttribute('data-start')}:${element.getAttribute('data-end')}`,
        speaker: element.getAttribute('data-speaker'),
        lemma: element.getAttribute('data-lemma'),
        text: element.textContent,
        weight: Number(getComputedStyle(element).fontWeight),
        visible: element.getBoundingClientRect().width > 0,
      })),
    );
    const speakers = marked.filter((element) => element.kind === 'speaker');
    const cues = marked.filter((element) => element.kind === 'cue');
    expect(new Map(speakers.map((element) => [element.key, element.speaker]))).toEqual(speakerSpans);
    expect(new Map(cues.map((element) => [element.key, element.lemma]))).toEqual(cueSpans);
    for (const element of marked) {
      const [start, end] = element.key.split(':').map(Number);
      expect(element.text).toBe(original.slice(start, end));
      expect(element.visible).toBe(true);
    }
    for (const element of speakers) expect(element.weight).toBeGreaterThanOrEqual(600);
  });

  it('highlights the Spanish fragment with its language', async () => {
    const fragments = await page.$$eval('[data-kind="fragment"]:not([data-part])', (elements) =>
      elements.map((element) => ({
        lang: element.getAttribute('data-lang'),
        start: Number(element.getAttribute('data-start')),
        end: Number(element.getAttribute('data-end')),
        text: element.textContent,
        label: getComputedStyle(element, '::after').content,
        background: getComputedStyle(element).backgroundColor,
      })),
    );
    expect(fragments.map(({ lang, start, end }) => [lang, start, end])).toEqual(
      report.fragments.map((fragment) => [fragment.lang, fragment.start, fragment.end]),
    );
    for (const fragment of fragments) expect(fragment.text).toBe(original.slice(fragment.start, fragment.end));
    const spanish = fragments.find((fragment) => fragment.text?.startsWith('Aunque no se ha'));
    expect(spanish).toBeDefined();
    expect(spanish?.lang).toBe('spa');
    expect(spanish?.label).toBe('"spa"');
    expect(spanish?.background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('strikes through and greys every boilerplate block, with its reason as tooltip', async () => {
    const expected = report.clean.blocks.filter((block) => block.kind === 'boilerplate');
    expect(expected.length).toBeGreaterThan(0);
    const struck = await page.$$eval('[data-kind="boilerplate"]', (elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return {
          start: Number(element.getAttribute('data-start')),
          reason: element.getAttribute('data-reason'),
          title: element.getAttribute('title'),
          text: element.textContent,
          decoration: style.textDecorationLine,
          color: style.color,
        };
      }),
    );
    expect(struck.map((block) => [block.start, block.reason])).toEqual(expected.map((block) => [block.start, block.reason]));
    for (const block of struck) {
      expect(block.decoration).toContain('line-through');
      expect(block.title).toContain(block.reason);
      expect(block.color).not.toBe('rgb(31, 35, 40)'); // greyed, not the body colour
    }
    expect(struck.map((block) => block.text)).toEqual(expected.map((block) => block.text));
    // kept blocks are not struck
    const kept = await page.$$eval('.al-block:not([data-kind="boilerplate"])', (elements) =>
      elements.map((element) => getComputedStyle(element).textDecorationLine),
    );
    expect(kept.length).toBe(report.clean.blocks.length - expected.length);
    for (const decoration of kept) expect(decoration).not.toContain('line-through');
  });

  it('draws one SVG bar per top term, longest for the most frequent', async () => {
    expect(report.terms.top.length).toBeGreaterThan(0);
    const bars = await page.$$eval('svg rect.al-bar', (elements) =>
      elements.map((element) => ({
        term: element.getAttribute('data-term'),
        count: Number(element.getAttribute('data-count')),
        width: element.getBoundingClientRect().width,
      })),
    );
    expect(bars.map(({ term, count }) => ({ term, count }))).toEqual(report.terms.top);
    for (let i = 1; i < bars.length; i++) {
      expect((bars[i] as { width: number }).width).toBeLessThanOrEqual((bars[i - 1] as { width: number }).width + 0.01);
    }
    expect((bars[0] as { width: number }).width).toBeGreaterThan(100);
  });

  it('saves a screenshot', async () => {
    const path = join(OUT_DIR, 'html-view.png');
    await page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
  });
});
