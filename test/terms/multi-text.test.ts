import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTokens, termFrequencies, tokenize, type CountOptions, type Token } from '../../src/index.js';

// A counter over several texts takes shortcuts from its second text on (stopwords remembered in
// the count map, a memo of surface forms when stemming) that a one-text counter skips: the counts
// must not depend on that. countTokens keys its per-text cache by a token's normalised form, which
// need not be the text's characters at the token's offsets.

const pieces = [
  'a', 'B', 'Ä', 'ß', 'İ', 'Σ', 'σ', '1', '.', ',', '-', '’', ' ', '\n', 'die', 'Die', 'DIE', 'und', 'the',
  'Russland', 'russland', 'Russlands', 'USA', 'z. B.', 'Lawrow', 'Lawrows', 'Außenministerium', 'ΟΔΟΣ',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const options = fc.record({
  language: fc.constantFrom('de', 'en'),
  stem: fc.boolean(),
  lowercase: fc.boolean(),
  stopwords: fc.oneof(fc.boolean(), fc.constant(['die', 'russland'])),
  ngrams: fc.constantFrom<number | number[]>(1, [1, 2]),
  minLength: fc.integer({ min: 0, max: 3 }),
});

describe('termFrequencies over several texts', () => {
  it('counts each term as often as the texts counted one by one (property)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), options, (texts, counted: CountOptions) => {
        const together = termFrequencies(texts, counted);
        const oneByOne = texts.map((input) => termFrequencies(input, counted)).reduce((sum, tf) => sum.merge(tf));
        expect(together.top()).toEqual(oneByOne.top());
        expect(together.total).toBe(oneByOne.total);
      }),
      { numRuns: 300 },
    );
  });
});

describe('termFrequencies term order and lookups', () => {
  const texts = ['Die USA und Russland. Lawrow traf Rubio.', 'die die und', 'Rubio, USA, China und Lawrow.', 'The USA and China met.'];

  it('lists terms in order of first count over several texts, as merging them one by one does', () => {
    for (const counted of [{ language: 'de' }, { language: 'de', lowercase: false }, {}] satisfies CountOptions[]) {
      const together = termFrequencies(texts, counted);
      const oneByOne = texts.map((input) => termFrequencies(input, counted)).reduce((sum, tf) => sum.merge(tf));
      expect([...together.entries()]).toEqual([...oneByOne.entries()]);
      expect(together.size).toBe(oneByOne.size);
    }
  });

  it('answers lookups the same before and after listing the terms, also when stems and plain forms mix', () => {
    for (const counted of [{ language: 'de' }, { stem: true }] satisfies CountOptions[]) {
      const first = termFrequencies(texts, counted);
      const second = termFrequencies(texts, counted);
      const before = ['usa', 'lawrow', 'rubio', 'die', 'china'].map((term) => first.get(term));
      expect([...first.entries()]).toEqual([...second.entries()]);
      expect(['usa', 'lawrow', 'rubio', 'die', 'china'].map((term) => second.get(term))).toEqual(before);
      if (counted.stem !== true) expect(first.get('usa')).toBe(3);
      expect(second.has('die')).toBe(false);
    }
  });
});

describe('countTokens', () => {
  it('counts tokens by their normalised form, whatever the text says', () => {
    const token = (start: number, normalized: string): Token => ({ start, end: start + 3, text: 'xyz', normalized, kind: 'word' });
    const tokens = [token(0, 'Lawrow'), token(4, 'lawrow'), token(8, 'Rubio'), token(12, 'LAWROW'), token(16, 'die'), token(20, 'Rubio')];
    const tf = countTokens(tokens, { language: 'de', text: 'xyz xyz xyz xyz xyz xyz' });
    expect(tf.top()).toEqual([['lawrow', 3], ['rubio', 2]]);
    expect(countTokens(tokens, { language: 'de', lowercase: false }).top()).toEqual([['Rubio', 2], ['LAWROW', 1], ['Lawrow', 1], ['lawrow', 1]]);
  });

  it('equals termFrequencies on the tokens of a long German text', () => {
    const input = 'Die USA und Russland: Lawrow traf Rubio. Russlands Außenminister Lawrow sagte, DIE Gespräche seien gut. '.repeat(40);
    const tokens = tokenize(input, { language: 'de' });
    for (const counted of [{ language: 'de' }, { language: 'de', stem: true }, { language: 'de', ngrams: [1, 2] }] satisfies CountOptions[]) {
      expect([...countTokens(tokens, { ...counted, text: input }).entries()]).toEqual([...termFrequencies(input, counted).entries()]);
    }
  });
});
