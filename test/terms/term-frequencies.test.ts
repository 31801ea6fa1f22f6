import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermFrequencies, countTokens, splitQuotes, stopwordList, termFrequencies, tokenize } from '../../src/index.js';

const sorted = (tf: TermFrequencies): [string, number][] => [...tf.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe('termFrequencies', () => {
  it('counts lower-cased terms without stopwords by default', () => {
    const tf = termFrequencies('Die USA und Russland: Die USA!', { language: 'de' });
    expect(sorted(tf)).toEqual([['russland', 1], ['usa', 2]]);
    expect(tf.total).toBe(3);
    expect(tf.size).toBe(2);
    expect(tf.documents).toBe(1);
    expect(tf.top()).toEqual([['usa', 2], ['russland', 1]]);
    expect(tf.top(1)).toEqual([['usa', 2]]);
  });

  it('keeps news words that stopwords-iso drops, and drops function words', () => {
    const tf = termFrequencies('Im Jahr 2022 hatten die Menschen keine Zeit, aber sie haben es nicht gesagt.', { language: 'de' });
    expect(sorted(tf)).toEqual([['gesagt', 1], ['jahr', 1], ['menschen', 1], ['zeit', 1]]);
    expect(stopwordList('deu')).toContain('keine');
    expect(stopwordList('de')).not.toContain('jahr');
  });

  it('accepts lowercase: false, stopwords: false and custom stopword lists', () => {
    expect(sorted(termFrequencies('Die USA und die', { language: 'de', lowercase: false }))).toEqual([['USA', 1]]);
    expect(sorted(termFrequencies('Die USA und die', { language: 'de', stopwords: false }))).toEqual([['die', 2], ['und', 1], ['usa', 1]]);
    expect(sorted(termFrequencies('Die USA und die', { language: 'de', stopwords: new Set(['USA']) }))).toEqual([['die', 2], ['und', 1]]);
    expect(sorted(termFrequencies('Die USA und die', { language: 'de', stopwords: [...stopwordList('de'), 'usa'] }))).toEqual([]);
  });

  it('stems with the Snowball stemmer, keeping umlauts', () => {
    const tf = termFrequencies('Russland Russlands Zugeständnisse Zugeständnis Ukraine-Konflikts Ukraine-Konflikt', { language: 'de', stem: true });
    expect(sorted(tf)).toEqual([['russland', 2], ['ukraine-konflikt', 2], ['zugeständnis', 2]]);
    expect(sorted(termFrequencies('running runs', { language: 'en', stem: true }))).toEqual([['run', 2]]);
  });

  it('counts n-grams inside clauses only', () => {
    const text = 'Die Vereinigten Staaten und Russland, Vereinigten Staaten.\nRussland Ukraine';
    const tf = termFrequencies(text, { language: 'de', ngrams: [1, 2] });
    expect(tf.get('vereinigten staaten')).toBe(2);
    expect(tf.get('staaten russland')).toBe(0); // "und" is a stopword: n-grams do not bridge it
    expect(tf.get('russland vereinigten')).toBe(0); // a comma stops n-grams
    expect(tf.get('staaten russland')).toBe(0);
    expect(tf.get('russland ukraine')).toBe(1);
    const lines = termFrequencies('Staaten\nRussland', { language: 'de', ngrams: 2 });
    expect(lines.size).toBe(0); // not across a line break
    const tri = termFrequencies('Sergej Wiktorowitsch Lawrow sagte', { language: 'de', ngrams: [3] });
    expect(sorted(tri)).toEqual([['sergej wiktorowitsch lawrow', 1], ['wiktorowitsch lawrow sagte', 1]]);
  });

  it('applies minLength and kinds', () => {
    expect(sorted(termFrequencies('EU und G7 in 2022 x', { language: 'de', minLength: 3 }))).toEqual([]);
    expect(sorted(termFrequencies('EU und G7 in 2022 x', { language: 'de', minLength: 1 }))).toEqual([['eu', 1], ['g7', 1], ['x', 1]]);
    expect(sorted(termFrequencies('Am 18. Mai 2022 #Ukraine', { language: 'de', kinds: ['number', 'ordinal', 'hashtag'] }))).toEqual([
      ['#ukraine', 1], ['18.', 1], ['2022', 1],
    ]);
  });

  it('detects the language of each text when none is given', () => {
    const tf = termFrequencies(['Die Regierung und das Parlament haben es beschlossen', 'The government and the parliament have decided it', 'USA']);
    expect([...tf.languages].sort()).toEqual([['deu', 1], ['eng', 1], ['und', 1]]);
    expect(tf.get('regierung')).toBe(1);
    expect(tf.get('the')).toBe(0);
    expect(tf.settings.language).toBeNull();
  });

  it('counts only quotes or only narration with `from`, through splitQuotes by default', () => {
    const text = 'Lawrow sagte: „Die USA lügen.“ Danach schwieg Lawrow.';
    const quotes = termFrequencies(text, { language: 'de', from: 'quotes' });
    const narration = termFrequencies(text, { language: 'de', from: 'narration' });
    const all = termFrequencies(text, { language: 'de' });
    expect(sorted(quotes)).toEqual([['lügen', 1], ['usa', 1]]);
    expect(sorted(narration)).toEqual([['lawrow', 2], ['sagte', 1], ['schwieg', 1]]);
    expect(quotes.total + narration.total).toBe(all.total);
    expect(() => quotes.merge(narration)).toThrow(/from/); // different parts of the text are different counts
    const segments = splitQuotes(text);
    expect(sorted(termFrequencies(text, { language: 'de', from: 'quotes', segments }))).toEqual(sorted(quotes));
    const manual = termFrequencies(text, { language: 'de', from: 'quotes', segments: [{ kind: 'quote', start: 0, end: 6 }] });
    expect(sorted(manual)).toEqual([['lawrow', 1]]);
  });

  it('returns empty counts for empty text', () => {
    const tf = termFrequencies('');
    expect(tf.size).toBe(0);
    expect(tf.total).toBe(0);
    expect(tf.top(5)).toEqual([]);
    expect(termFrequencies([]).documents).toBe(0);
  });

  it('throws TypeError naming the argument or option', () => {
    expect(() => termFrequencies(5 as unknown as string)).toThrow(/`textOrTexts`/);
    expect(() => termFrequencies(null as unknown as string)).toThrow(TypeError);
    expect(() => termFrequencies(['a', 3] as unknown as string[])).toThrow(/`textOrTexts\[1\]`/);
    expect(() => termFrequencies('a', 'de' as never)).toThrow(/`options`/);
    expect(() => termFrequencies('a', { lowercase: 'yes' as unknown as boolean })).toThrow(/`lowercase`/);
    expect(() => termFrequencies('a', { stopwords: 'und' as unknown as string[] })).toThrow(/`stopwords`/);
    expect(() => termFrequencies('a', { ngrams: [0] })).toThrow(RangeError);
    expect(() => termFrequencies('a', { minLength: -1 })).toThrow(/`minLength`/);
    expect(() => termFrequencies('a', { kinds: ['words' as never] })).toThrow(/`kinds`/);
    expect(() => termFrequencies('a', { from: 'speech' as never })).toThrow(/`from`/);
    expect(() => termFrequencies(['a'], { from: 'quotes', segments: [] })).toThrow(/`segments`/);
  });
});

describe('countTokens', () => {
  it('gives the same counts as termFrequencies from shared tokens', () => {
    const text = 'Die USA und Russland.\nRusslands Außenminister Lawrow sagte am 18. Februar: „Die USA lügen.“';
    for (const options of [{}, { stem: true }, { ngrams: [1, 2, 3] }, { lowercase: false }, { from: 'quotes' as const }]) {
      const tokens = tokenize(text, { language: 'de' });
      expect(sorted(countTokens(tokens, { language: 'de', text, ...options }))).toEqual(sorted(termFrequencies(text, { language: 'de', ...options })));
    }
    expect([...countTokens(tokenize(text)).languages]).toEqual([['deu', 1]]);
    expect(() => countTokens('text' as never)).toThrow(/`tokens`/);
    expect(() => countTokens(tokenize(text), { from: 'quotes' })).toThrow(/`text`/);
  });
});

describe('TermFrequencies', () => {
  it('round-trips through JSON', () => {
    const tf = termFrequencies(['Die USA und Russland', 'The USA and Russia'], { ngrams: [1, 2], stem: true });
    const back = TermFrequencies.fromJSON(JSON.stringify(tf));
    expect(back.toJSON()).toEqual(tf.toJSON());
    expect(sorted(back)).toEqual(sorted(tf));
    expect(back.languages).toEqual(tf.languages);
    expect(() => TermFrequencies.fromJSON('{')).toThrow(TypeError);
    expect(() => TermFrequencies.fromJSON({ ...tf.toJSON(), total: 1 })).toThrow(/total/);
    expect(() => TermFrequencies.fromJSON({ ...tf.toJSON(), format: 'x' } as never)).toThrow(/format/);
  });

  it('keeps terms such as __proto__ safe', () => {
    const tf = termFrequencies('constructor toString hasOwnProperty', { language: 'en', stopwords: false });
    expect(tf.get('tostring')).toBe(1);
    expect(tf.get('valueOf')).toBe(0);
    const json = { ...tf.toJSON(), terms: [...tf.toJSON().terms, ['__proto__', 2]] as [string, number][], total: tf.total + 2 };
    const back = TermFrequencies.fromJSON(JSON.stringify(json));
    expect(back.get('__proto__')).toBe(2);
    expect(back.get('constructor')).toBe(1);
    expect(Object.prototype.hasOwnProperty.call({}, 'x')).toBe(false);
  });

  it('refuses to merge counts made with different settings', () => {
    const a = termFrequencies('USA', { language: 'de' });
    expect(() => a.merge(termFrequencies('USA', { language: 'de', stem: true }))).toThrow(/stem/);
    expect(a.merge(termFrequencies('USA', { language: 'en' })).settings.language).toBeNull();
    expect(() => a.merge({} as TermFrequencies)).toThrow(TypeError);
  });

  it('merging shard counts equals counting everything at once (property)', () => {
    const word = fc.constantFrom('USA', 'Russland', 'Russlands', 'und', 'die', 'Lawrow', 'sagte', 'z. B.', '18.', 'Mai', 'Ukraine-Konflikt', '„', '“', ',', '.', '\n', 'geht’s');
    const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));
    const optionsArb = fc.record({
      language: fc.constantFrom('de', 'en', undefined),
      stem: fc.boolean(),
      ngrams: fc.constantFrom([1], [1, 2], [2, 3]),
      lowercase: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.integer({ min: 0, max: 8 }), optionsArb, (texts, cut, raw) => {
        const options = raw.language === undefined ? { ...raw, language: undefined } : raw;
        const whole = termFrequencies(texts, options);
        const left = termFrequencies(texts.slice(0, cut), options);
        const right = termFrequencies(texts.slice(cut), options);
        const merged = TermFrequencies.fromJSON(JSON.parse(JSON.stringify(left.merge(right))));
        expect(merged.toJSON()).toEqual(whole.toJSON());
        const perText = texts.map((t) => termFrequencies(t, options)).reduce((a, b) => a.merge(b), termFrequencies([], options));
        expect(perText.top()).toEqual(whole.top());
        expect(perText.total).toBe(whole.total);
      }),
      { numRuns: 200 },
    );
  });

  it('stems hostile text in linear time: a 1 MB word is kept as it is in every stemming language', () => {
    // natural's stemmers are far worse than linear on one huge token (ΣΑΣ… ran for minutes)
    for (const [unit, language] of [['σασ', 'en'], ['bcdfg', 'en'], ['straße', 'de'], ['bcdfg', 'es'], ['bcdfg', 'fr']] as const) {
      const word = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect([...termFrequencies(word, { language, stem: true })]).toEqual([[word, 1]]);
    }
    // real words are still stemmed, also as the last part of a long compound
    expect(termFrequencies('Ukraine-Konflikts', { language: 'de', stem: true }).top()).toEqual([['ukraine-konflikt', 1]]);
  });

  it('top(n) is the first n of the full ranking, for one text and for several', () => {
    const words = fc.constantFrom('usa', 'russland', 'moskau', 'kiew', 'lawrow', 'rubio', 'gipfel', 'botschaft', 'die', 'und');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), fc.array(words, { maxLength: 40 }), fc.nat({ max: 12 }), (a, b, n) => {
        for (const tf of [termFrequencies(a.join(' '), { language: 'de' }), termFrequencies([a.join(' '), b.join(' ')], { language: 'de' })]) {
          expect(tf.top(n)).toEqual(tf.top().slice(0, n));
        }
      }),
      { numRuns: 300 },
    );
  });
});

