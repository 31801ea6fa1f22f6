import { describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  cleanArticle,
  detectLanguage,
  findForeignFragments,
  findQuotes,
  renderHTMLFragment,
  TermFrequencies,
  termFrequencies,
  tokenize,
  toOriginalOffset,
  type ArticleReport,
} from '../../src/index.js';
import { CleanedToOriginal } from '../../src/article/offset-map.js';
import { SEED_003, devArticles, gold, seed, seeds, spansIn } from './helpers.js';

const JUPYTER = Symbol.for('Jupyter.display');

/** Every span of the report is a slice of the original; segments tile every kept block. */
function expectFaithful(report: ArticleReport, original: string): void {
  const spans = spansIn(report);
  for (const span of spans) {
    expect(span.start, span.path).toBeGreaterThanOrEqual(0);
    expect(span.end, span.path).toBeGreaterThanOrEqual(span.start);
    expect(span.end, span.path).toBeLessThanOrEqual(original.length);
    expect(original.slice(span.start, span.end), span.path).toBe(span.text);
  }
  for (const repair of report.clean.repairs) expect(original.slice(repair.start, repair.end)).toBe(repair.original);
  for (const quote of report.quotes) {
    expect(quote.start).toBeLessThanOrEqual(quote.contentStart);
    expect(quote.contentEnd).toBeLessThanOrEqual(quote.end);
  }
  // the segments tile each kept block exactly, in order
  const kept = report.clean.blocks.filter((block) => block.cleanedStart !== undefined);
  let index = 0;
  for (const block of kept) {
    let at = block.start;
    while (index < report.segments.length && (report.segments[index]?.start ?? Infinity) < block.end) {
      const segment = report.segments[index++];
      expect(segment?.start).toBe(at);
      at = segment?.end ?? at;
    }
    if (block.text !== '') expect(at).toBe(block.end);
  }
  expect(index).toBe(report.segments.length);
  // everything found lies inside kept blocks
  const inKept = (start: number, end: number): boolean => kept.some((block) => start >= block.start && end <= block.end);
  for (const fragment of report.fragments) expect(inKept(fragment.start, fragment.end)).toBe(true);
  for (const quote of report.quotes) expect(inKept(quote.start, quote.end)).toBe(true);
}

describe('analyzeArticle on seed 003', () => {
  const original = seed(SEED_003);
  const report = analyzeArticle(original);
  const key = gold.files[SEED_003];

  it('detects German and drops the boilerplate blocks of the answer key', () => {
    expect(report.language.lang).toBe('deu');
    const dropped = report.clean.blocks.filter((block) => block.kind === 'boilerplate').map((block) => block.start);
    expect(dropped).toEqual(key?.blocks.filter((block) => block.kind === 'boilerplate').map((block) => block.start));
    expect(report.stats.blocksDropped).toBe(dropped.length);
    expect(report.stats.blocksKept + report.stats.blocksDropped).toBe(report.stats.blocks);
  });

  it('finds the Spanish clause with original offsets 6096-6137', () => {
    const spanish = report.fragments.find((fragment) => fragment.lang === 'spa' && fragment.text.startsWith('Aunque'));
    expect(spanish).toBeDefined();
    expect(Math.abs((spanish?.start ?? 0) - 6096)).toBeLessThanOrEqual(1);
    expect(Math.abs((spanish?.end ?? 0) - 6137)).toBeLessThanOrEqual(1);
    expect(original.slice(spanish?.start, spanish?.end)).toBe(spanish?.text);
    expect(report.stats.fragmentLanguages.spa).toBeGreaterThanOrEqual(1);
  });

  it('maps the quotes back onto the answer key, with speakers', () => {
    for (const expected of key?.quotes ?? []) {
      const found = report.quotes.find((quote) => quote.contentStart === expected.start && quote.contentEnd === expected.end);
      expect(found, expected.text).toBeDefined();
      expect(found?.text).toBe(expected.text);
    }
    const speakers = new Set(report.quotes.map((quote) => quote.speaker?.head.text));
    expect(speakers).toContain('Rubio');
    expect(report.stats.speakers).toBeGreaterThanOrEqual(3);
    expect(report.stats.quotes).toBe(report.quotes.length);
    expect(report.stats.quoteShare).toBeGreaterThan(0);
    expect(report.stats.quoteShare).toBeLessThan(1);
  });

  it('finds in the kept blocks what each capability finds in the cleaned text', () => {
    const clean = cleanArticle(original);
    expect(report.clean).toEqual(clean);
    expect(report.quotes.length).toBe(findQuotes(clean.text, { language: 'deu' }).length);
    expect(report.fragments.map((fragment) => fragment.text)).toEqual(
      findForeignFragments(clean.text, { mainLanguage: 'deu' }).map((fragment) => fragment.text),
    );
  });

  it('counts terms with one shared tokenisation, equal to termFrequencies on the cleaned text', () => {
    const full = analyzeArticle(original, { top: 100_000 });
    const counts = new Map(full.terms.top.map((row) => [row.term, row.count]));
    for (const [term, count] of Object.entries(key?.terms ?? {})) expect(counts.get(term), term).toBe(count);
    const direct = termFrequencies(cleanArticle(original).text, { language: 'deu' });
    expect(full.terms.total).toBe(direct.total);
    expect(full.terms.unique).toBe(direct.size);
    expect(report.terms.top).toHaveLength(20);
    expect(report.terms.top[0]).toEqual({ term: 'ukraine', count: 16 });
  });

  it('has only spans that are slices of the original text', () => {
    expectFaithful(report, original);
  });

  it('survives a JSON round trip unchanged and is deterministic', () => {
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(JSON.stringify(analyzeArticle(original))).toBe(json);
    expect(json).not.toContain('Jupyter');
    // worker threads send reports with the structured clone algorithm
    expect(structuredClone(report)).toEqual(JSON.parse(json));
  });

  it('displays itself in Jupyter through a non-enumerable symbol method', () => {
    expect(Object.getOwnPropertyDescriptor(report, JUPYTER)?.enumerable).toBe(false);
    const display = Reflect.get(report, JUPYTER) as () => Record<string, string>;
    const bundle = display.call(report);
    expect(bundle['text/html']).toBe(renderHTMLFragment(report));
    expect(bundle['text/html']).toContain('data-lang="spa"');
    expect(bundle['text/plain']).toContain('article-lens report: deu');
    expect(Object.keys({ ...report })).toEqual(['language', 'clean', 'fragments', 'quotes', 'segments', 'terms', 'stats']);
  });
});

describe('analyzeArticle on every seed and on dev articles', () => {
  const texts = [...seeds.map((entry) => ({ name: entry.file, text: entry.text })), ...devArticles(60).map((text, i) => ({ name: `dev ${i}`, text }))];

  it.each(texts)('$name: spans are slices of the original, segments tile the kept blocks', ({ text }) => {
    const report = analyzeArticle(text);
    expectFaithful(report, text);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it.each(texts)('$name: word statistics equal a count over tokenize and the speech quotes', ({ text }) => {
    for (const options of [undefined, { clean: false as const }, { terms: { from: 'narration' as const } }]) {
      const report = analyzeArticle(text, options);
      const cleaned = report.clean.text;
      const speech = findQuotes(cleaned, { language: report.terms.language }).filter((quote) => quote.role === 'speech');
      const words = tokenize(cleaned, { language: report.terms.language }).filter((token) => token.kind === 'word');
      const inside = words.filter((token) => speech.some((quote) => token.start >= quote.contentStart && token.end <= quote.contentEnd));
      expect(report.stats.words).toBe(words.length);
      expect(report.stats.quotedWords).toBe(inside.length);
    }
  });

  it('keeps offsets right with \\r\\n line ends and non-breaking spaces', () => {
    const original = seed(SEED_003).replace(/\n/g, '\r\n').replace(/ und /g, ' und\u00a0');
    const report = analyzeArticle(original);
    expectFaithful(report, original);
    const plain = analyzeArticle(seed(SEED_003));
    const texts = (spans: { text: string }[]): string[] => spans.map((span) => span.text.replace(/\u00a0/g, ' '));
    expect(texts(report.quotes)).toEqual(texts(plain.quotes));
    expect(texts(report.fragments)).toEqual(texts(plain.fragments));
    expect(report.fragments.some((fragment) => fragment.lang === 'spa' && fragment.text.startsWith('Aunque no se ha'))).toBe(true);
  });

  it('maps glued sentences through the repairs', () => {
    const original = 'Titel des Artikels über Riad\n\nDer Termin steht noch nicht fest.„Wir verhandeln weiter“, sagte Lawrow am Montag.\n\nArtikel teilen';
    const report = analyzeArticle(original);
    expectFaithful(report, original);
    expect(report.quotes[0]?.text).toBe('Wir verhandeln weiter');
  });
});

describe('the offset map', () => {
  it('agrees with toOriginalOffset inside every kept block of every seed', () => {
    for (const { text } of seeds) {
      const clean = cleanArticle(text);
      const map = new CleanedToOriginal(clean);
      for (const block of map.blocks) {
        for (let offset = block.cleanedStart; offset < block.cleanedEnd; offset++) {
          if (clean.text[offset] === ' ' && clean.repairs.some((repair) => repair.cleanedStart === offset)) continue;
          expect(map.start(offset)).toBe(toOriginalOffset(clean, offset));
          expect(text[map.start(offset)]).toBe(clean.text[offset]);
        }
        expect(map.end(block.cleanedEnd)).toBe(block.end);
      }
    }
  });
});

describe('analyzeArticle options', () => {
  it('takes the language as given, in either code', () => {
    const report = analyzeArticle('Die Regierung hat am Montag neue Gespräche angekündigt.', { language: 'de' });
    expect(report.language).toEqual({ lang: 'deu', confidence: 1, alternatives: [] });
    expect(report.terms.language).toBe('deu');
  });

  it('decides the language by a function-word vote, or by franc when the vote is unclear', () => {
    const german = analyzeArticle(seed(SEED_003));
    expect(german.language.lang).toBe('deu');
    expect(german.language.confidence).toBeGreaterThan(0.7);
    expect(german.language.alternatives.every((entry) => entry.confidence < german.language.confidence)).toBe(true);
    const english = analyzeArticle(
      'The two delegations met on Tuesday in Riyadh. They agreed that the embassies would be staffed again, and that the talks about the war in Ukraine should start at the right time. "We will need vibrant diplomatic missions that can function normally," Rubio said after the meeting, and he added that it was only a first step.',
      { clean: false },
    );
    expect(english.language.lang).toBe('eng');
    // Spanish wins the vote only narrowly (Portuguese and Catalan share its function words): franc decides
    const spanishText =
      'Las dos delegaciones se reunieron el martes en Riad. Acordaron que las embajadas volverán a tener personal y que las conversaciones sobre la guerra en Ucrania empezarán en el momento oportuno. Aunque no se ha especificado oficialmente, la ausencia de Ucrania ha causado preocupación en Kiev y entre los aliados europeos.';
    const spanish = analyzeArticle(spanishText, { clean: false });
    expect(spanish.language).toEqual(detectLanguage(spanishText));
    expect(spanish.language.lang).toBe('spa');
    // detect options hand the decision to franc
    expect(analyzeArticle(seed(SEED_003), { detect: {} }).language).toEqual(detectLanguage(cleanArticle(seed(SEED_003)).text));
  });

  it('lists `top` terms, most frequent first', () => {
    const report = analyzeArticle(seed(SEED_003), { top: 3 });
    expect(report.terms.top).toHaveLength(3);
    const counts = report.terms.top.map((row) => row.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(analyzeArticle(seed(SEED_003), { top: 0 }).terms.top).toEqual([]);
  });

  it('stems when asked: russland and russlands become one term', () => {
    const text = seeds.map((entry) => entry.text).join('\n\n');
    const plain = new Map(analyzeArticle(text, { top: 100_000 }).terms.top.map((row) => [row.term, row.count]));
    const stemmed = analyzeArticle(text, { top: 100_000, stem: true });
    expect(stemmed.terms.stem).toBe(true);
    const together = (plain.get('russland') ?? 0) + (plain.get('russlands') ?? 0);
    expect(plain.get('russlands')).toBeGreaterThan(0);
    expect(stemmed.terms.top.some((row) => row.count >= together && row.term.startsWith('russland'))).toBe(true);
  });

  it('keeps stopwords when asked', () => {
    const without = analyzeArticle(seed(SEED_003), { top: 5 });
    const withStopwords = analyzeArticle(seed(SEED_003), { top: 5, stopwords: false });
    expect(withStopwords.terms.stopwords).toBe(false);
    expect(withStopwords.terms.total).toBeGreaterThan(without.terms.total);
    expect(withStopwords.terms.top.map((row) => row.term)).toContain('die');
  });

  it('skips cleaning with clean: false, keeping every line as content', () => {
    const text = 'Anzeige\r\n\r\n„Wir verhandeln weiter“, sagte Lawrow.\n  Zweite Zeile\u00a0';
    const report = analyzeArticle(text, { clean: false });
    expect(report.clean.text).toBe(text);
    expect(report.clean.blocks.map((block) => [block.text, block.kind])).toEqual([
      ['Anzeige', 'content'],
      ['„Wir verhandeln weiter“, sagte Lawrow.', 'content'],
      ['Zweite Zeile', 'content'],
    ]);
    expect(report.quotes[0]?.speaker?.text).toBe('Lawrow');
    expect(report.stats.blocksDropped).toBe(0);
    expectFaithful(report, text);
    expect(() => analyzeArticle(text, { clean: true as never })).toThrow(/`clean`/);
  });

  it('puts every term count into the report with termCounts, mergeable and equal to termFrequencies', () => {
    const text = seed(SEED_003);
    const report = analyzeArticle(text, { termCounts: true });
    const counts = report.terms.counts;
    expect(counts).toBeDefined();
    const rebuilt = TermFrequencies.fromJSON(JSON.parse(JSON.stringify(counts)));
    const direct = termFrequencies(cleanArticle(text).text, { language: 'deu' });
    expect(rebuilt.top()).toEqual(direct.top());
    expect(rebuilt.merge(rebuilt).get('ukraine')).toBe(2 * direct.get('ukraine'));
    expect(analyzeArticle(text).terms.counts).toBeUndefined();
  });

  it('counts only the quotes with terms.from', () => {
    const text = seed(SEED_003);
    const quoted = analyzeArticle(text, { top: 100_000, terms: { from: 'quotes' } });
    const all = analyzeArticle(text, { top: 100_000 });
    expect(quoted.terms.total).toBeGreaterThan(0);
    expect(quoted.terms.total).toBeLessThan(all.terms.total / 2);
    expect(quoted.terms.top.some((row) => row.term === 'konsultationsmechanismus')).toBe(true);
  });

  it('passes stage options through', () => {
    const text = seed(SEED_003);
    const single = analyzeArticle(text, { fragments: { minWords: 1 } });
    expect(single.fragments.length).toBeGreaterThanOrEqual(analyzeArticle(text).fragments.length);
    const noTitle = analyzeArticle(text, { clean: { keepTitle: false } });
    expect(noTitle.clean.text.startsWith('Historische')).toBe(false);
    expectFaithful(noTitle, text);
  });
});

describe('analyzeArticle input checks', () => {
  it('throws a TypeError naming the argument for a non-string', () => {
    expect(() => analyzeArticle(42 as unknown as string)).toThrow(TypeError);
    expect(() => analyzeArticle(undefined as unknown as string)).toThrow(/`text`/);
    expect(() => analyzeArticle(null as unknown as string)).toThrow(/analyzeArticle/);
  });

  it('throws a TypeError for bad options', () => {
    expect(() => analyzeArticle('x', 'de' as never)).toThrow(/`options`/);
    expect(() => analyzeArticle('x', { top: -1 })).toThrow(/`top`/);
    expect(() => analyzeArticle('x', { top: 2.5 })).toThrow(TypeError);
    expect(() => analyzeArticle('x', { language: 7 as never })).toThrow(/`language`/);
  });

  it('gives an empty report for empty or blank text', () => {
    for (const text of ['', '   \n\n \r\n']) {
      const report = analyzeArticle(text);
      expect(report.clean.text).toBe('');
      expect(report.fragments).toEqual([]);
      expect(report.quotes).toEqual([]);
      expect(report.segments).toEqual([]);
      expect(report.terms).toMatchObject({ total: 0, unique: 0, top: [] });
      expect(report.stats).toMatchObject({ chars: text.length, words: 0, quotes: 0, fragments: 0, quoteShare: 0 });
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });

  it('handles hostile text and keeps every span faithful', () => {
    const hostile = [
      'a'.repeat(200_000),
      '„'.repeat(20_000) + ' Text ' + '“'.repeat(20_000),
      '"'.repeat(50_000),
      'Wort '.repeat(40_000),
      '\uD800 lone surrogate \uDC00 und 😀 Emoji „Zitat“, sagte er.',
    ];
    for (const text of hostile) expectFaithful(analyzeArticle(text), text);
  });
});
