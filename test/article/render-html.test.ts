import { describe, expect, it } from 'vitest';
import { analyzeArticle, renderHTML, renderHTMLFragment } from '../../src/index.js';
import { renderNested, type InlineMark } from '../../src/article/html/nest.js';
import { escapeHTML } from '../../src/article/html/escape.js';
import { SPEAKER_COLOURS, UNKNOWN_SPEAKER_COLOUR } from '../../src/article/data/palette.js';
import { SEED_003, seed } from './helpers.js';

function mark(start: number, end: number, name: string, rank = 0): InlineMark {
  return { start, end, rank, tag: name, attributes: '' };
}

/** Tags open and close in a proper nesting (a stack check over the tag names). */
function expectWellNested(html: string): void {
  const stack: string[] = [];
  const voidTags = new Set(['meta', 'rect', 'br']);
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (selfClosing === '/' || voidTags.has(name.toLowerCase()) || name === '!doctype') continue;
    if (closing === '/') expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

describe('renderNested', () => {
  it('nests marks and splits crossing ones', () => {
    expect(renderNested('abcdef', 10, [mark(10, 14, 'q'), mark(12, 16, 'f', 1)])).toBe(
      '<q>ab<f>cd</f></q><f data-part="continued">ef</f>',
    );
    // same start: the longer mark is outside; same span: the lower rank is outside
    expect(renderNested('abc', 0, [mark(0, 2, 'i', 1), mark(0, 3, 'o', 5)])).toBe('<o><i>ab</i>c</o>');
    expect(renderNested('abc', 0, [mark(0, 3, 'i', 1), mark(0, 3, 'o', 0)])).toBe('<o><i>abc</i></o>');
    expect(renderNested('abcdef', 10, [mark(11, 13, 's', 2), mark(10, 16, 'q')])).toBe('<q>a<s>bc</s>def</q>');
    expect(renderNested('a<b', 0, [])).toBe('a&lt;b');
    expect(renderNested('abc', 5, [mark(0, 6, 'x'), mark(7, 20, 'y')])).toBe('<x>a</x>b<y>c</y>');
  });
});

describe('escapeHTML', () => {
  it('escapes markup characters and replaces lone surrogates', () => {
    expect(escapeHTML(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHTML('\uD800x😀\uDC00')).toBe('\uFFFDx😀\uFFFD');
  });
});

describe('renderHTML', () => {
  const report = analyzeArticle(seed(SEED_003));
  const html = renderHTML(report);

  it('is one self-contained document: no scripts, no external resources', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expectWellNested(html);
  });

  it('marks every block, quote, speaker, cue, fragment and top term of the report', () => {
    const count = (pattern: RegExp): number => [...html.matchAll(pattern)].length;
    expect(count(/class="al-block"/g)).toBe(report.clean.blocks.length);
    expect(count(/data-kind="boilerplate"/g)).toBe(report.stats.blocksDropped);
    expect(count(/data-kind="quote" data-index=/g)).toBe(report.quotes.length);
    expect(count(/data-kind="fragment" data-lang="[a-z]{3}"/g)).toBe(report.fragments.length);
    expect(html).toContain('data-kind="fragment" data-lang="spa"');
    expect(count(/<rect class="al-bar"/g)).toBe(report.terms.top.length);
    expect(count(/data-kind="speaker"/g)).toBeGreaterThan(0);
    expect(count(/data-kind="cue"/g)).toBeGreaterThan(0);
    for (const block of report.clean.blocks.filter((entry) => entry.kind === 'boilerplate')) {
      expect(html).toContain(`data-reason="${block.reason}" title="Dropped as boilerplate: ${block.reason}"`);
    }
  });

  it('renders the same page from the report after a JSON round trip', () => {
    expect(renderHTML(JSON.parse(JSON.stringify(report)))).toBe(html);
  });

  it('escapes hostile text everywhere', () => {
    const hostile = analyzeArticle(
      '<script>alert(1)</script> Überschrift mit <b>Tags</b>\n\n„Wir <img src=x onerror=alert(1)> verhandeln mit den Partnern in Riad weiter“, sagte <i>Rubio</i> am Montag in Riad vor den Journalisten.\n\nDer Text & die Zeichen < und > bleiben Text, sagte die Sprecherin am Montag in Berlin.',
    );
    const page = renderHTML(hostile);
    expect(page).not.toMatch(/<script|<img|<i>|<b>Tags/);
    expect(page).toContain('&lt;script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectWellNested(page);
  });

  it('renders an empty report', () => {
    const page = renderHTML(analyzeArticle(''));
    expect(page).toContain('The text is empty.');
    expect(page).toContain('No terms counted.');
    expectWellNested(page);
  });

  it('throws a TypeError naming the argument for something that is not a report', () => {
    expect(() => renderHTML({} as never)).toThrow(/`report`/);
    expect(() => renderHTMLFragment('text' as never)).toThrow(TypeError);
  });
});

describe('renderHTMLFragment', () => {
  it('is one div with a scoped style element', () => {
    const fragment = renderHTMLFragment(analyzeArticle(seed(SEED_003)));
    expect(fragment.startsWith('<div class="article-lens" lang="de"')).toBe(true);
    expect(fragment.endsWith('</div>')).toBe(true);
    expect(fragment).toContain('<style>.article-lens{');
    expect(fragment).not.toContain('<html');
    expectWellNested(fragment.replace(/<style>.*?<\/style>/s, ''));
  });
});

describe('speaker palette', () => {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5]
      .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
      .map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (high + 0.05) / (low + 0.05);
  };

  it('has distinct colours that read as text on white and on their tint (WCAG AA 4.5:1)', () => {
    expect(new Set(SPEAKER_COLOURS.map((colour) => colour.strong)).size).toBe(SPEAKER_COLOURS.length);
    for (const colour of [...SPEAKER_COLOURS, UNKNOWN_SPEAKER_COLOUR]) {
      expect(contrast(colour.strong, '#ffffff'), colour.strong).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour.strong, colour.tint), colour.strong).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#1f2328', colour.tint), colour.tint).toBeGreaterThanOrEqual(7);
    }
  });
});
