import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTokens, termFrequencies, tokenize, type CountOptions, type TermFrequencies } from '../../src/index.js';

// termFrequencies counts straight from the scanner (no Token objects, a per-text cache of word
// outcomes, stopwords remembered in the count map); countTokens counts tokenize()'s tokens one by
// one. Both must give the same counts, in the same order, for any text and options.

const pieces = [
  'a', 'B', 'Ä', 'ö', 'ß', 'İ', 'σ', 'ǅ', 'Ⅻ', '𐐀', '𐐨', '1', '2', '.', ',', '-', '‐', '’', "'", ' ',
  '\u00a0', '\n', '@', '#', 'h', 't', ':', '/', 'e\u0301', '\u00ad', '👍🏽', 'die', 'Die', 'DIE', 'und',
  'Russland', 'russland', 'Russlands', 'USA', 'z. B.', 'Dr.', 'am 18. Mai', 'https://x.de/a', 'a@b.de',
  'geht’s', "l'homme", "it's", 'U.S.', 'Ein- und', 'the', 'The', 'el', 'le', 'Lawrow', 'Lawrows',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));
const options = fc.record(
  {
    language: fc.constantFrom('de', 'en', 'fr', 'es', 'und'),
    stem: fc.boolean(),
    lowercase: fc.boolean(),
    stopwords: fc.oneof(fc.boolean(), fc.constant(['die', 'russland'])),
    ngrams: fc.constantFrom<number | number[]>(1, [1, 2], [2, 3]),
    minLength: fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: ['language'] },
);

const pairs = (tf: TermFrequencies): [string, number][] => [...tf.entries()];

describe('termFrequencies fast path', () => {
  it('equals countTokens(tokenize(text)) for any text and options (property)', () => {
    fc.assert(
      fc.property(text, options, (input, counted: CountOptions & { language: string }) => {
        const direct = termFrequencies(input, counted);
        const viaTokens = countTokens(tokenize(input, { language: counted.language }), { ...counted, text: input });
        expect(pairs(direct)).toEqual(pairs(viaTokens));
        expect(direct.total).toBe(viaTokens.total);
        expect(direct.size).toBe(viaTokens.size);
      }),
      { numRuns: 400 },
    );
  });

  it('counts a word repeated past the per-text cache and in another case the same', () => {
    // more distinct words than the cache has slots, each twice, and case variants of one word
    const words = Array.from({ length: 3000 }, (_, i) => `wort${i.toString(36)}`);
    const input = `${words.join(' ')} ${words.join(' ')} Russland RUSSLAND russland`;
    const tf = termFrequencies(input, { language: 'de' });
    expect(tf.size).toBe(3001);
    expect(tf.get('wort0')).toBe(2);
    expect(tf.get(`wort${(2999).toString(36)}`)).toBe(2);
    expect(tf.get('russland')).toBe(3);
    expect(pairs(tf)).toEqual(pairs(countTokens(tokenize(input, { language: 'de' }), { language: 'de', text: input })));
  });

  it('checks stopwords per text when the detected language changes between texts', () => {
    // "die" is a German stopword but counts in the English text ("to die"); "the" the other way round
    const tf = termFrequencies(['They will die and the end is near, the people say.', 'Die Leute und die Regierung sagen the.']);
    expect(tf.languages.get('eng')).toBe(1);
    expect(tf.languages.get('deu')).toBe(1);
    expect(tf.get('die')).toBe(1);
    expect(tf.get('the')).toBe(1);
  });

  it('gives the same counts whatever was counted before (caches shared between calls)', () => {
    const text = 'Die Regierung sagte: „Russland und Russlands Nachbarn“. DIE REGIERUNG, die Regierungen.';
    const options: CountOptions[] = [
      { language: 'de' },
      { language: 'de', stem: true },
      { language: 'de', lowercase: false },
      { language: 'de', lowercase: false, stem: true },
      { language: 'de', stopwords: false, stem: true },
    ];
    const first = options.map((o) => pairs(termFrequencies(text, o)));
    // custom stopwords must not leak into the shared caches, nor other texts' forms into this one
    termFrequencies(text, { language: 'de', stem: true, stopwords: ['russland', 'regierung'] });
    termFrequencies(text.toUpperCase(), { language: 'de', stem: true });
    termFrequencies('Regierungen regierten Russland', { language: 'en', stem: true });
    expect(options.map((o) => pairs(termFrequencies(text, o)))).toEqual(first);
    expect(termFrequencies(text, { language: 'de', stem: true }).get('russland')).toBe(2);
    // "Russland" is dropped as a stopword, "Russlands" is not and stems to "russland"
    expect(termFrequencies(text, { language: 'de', stem: true, stopwords: ['russland'] }).get('russland')).toBe(1);
  });

  it('counts a text with more distinct forms than the stem cache keeps, and the next text, as token by token', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => `wort${i.toString(36)}en`);
    const big = `${words.join(' ')} Wort0en`;
    const small = 'Wörter und Worte, wort0en wort1en';
    for (const input of [big, small]) {
      const direct = termFrequencies(input, { language: 'de', stem: true });
      const viaTokens = countTokens(tokenize(input, { language: 'de' }), { language: 'de', stem: true, text: input });
      expect(pairs(direct)).toEqual(pairs(viaTokens));
    }
    expect(termFrequencies(big, { language: 'de' }).size).toBe(70_000);
  });
});
