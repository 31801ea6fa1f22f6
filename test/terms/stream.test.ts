import { describe, expect, it } from 'vitest';
import { countTermsStream, termFrequencies } from '../../src/index.js';

const texts = [
  'Die USA und Russland verhandeln in Riad über die Ukraine.',
  'Russlands Außenminister Lawrow traf US-Außenminister Rubio.',
  '',
  'The United States and Russia met in Riyadh.',
];

describe('countTermsStream', () => {
  it('counts an async iterable exactly like termFrequencies counts the array', async () => {
    async function* source(): AsyncGenerator<string> {
      for (const text of texts) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield text;
      }
    }
    for (const options of [undefined, { language: 'de', stem: true, ngrams: [1, 2] }]) {
      const streamed = await countTermsStream(source(), options);
      expect(streamed.toJSON()).toEqual(termFrequencies(texts, options).toJSON());
    }
  });

  it('accepts a sync iterable and counts documents, empty ones included', async () => {
    const tf = await countTermsStream(new Set(texts), { language: 'de' });
    expect(tf.documents).toBe(4);
    expect(tf.get('russland')).toBe(1);
  });

  it('counts many texts with the vocabulary, not the corpus, held', async () => {
    let produced = 0;
    async function* many(): AsyncGenerator<string> {
      for (let i = 0; i < 2000; i++) {
        produced++;
        yield `Bericht ${i}: Die USA und Russland verhandeln erneut über die Ukraine. `.repeat(20);
      }
    }
    const tf = await countTermsStream(many(), { language: 'de' });
    expect(produced).toBe(2000);
    expect(tf.get('ukraine')).toBe(40_000);
    expect(tf.size).toBe(6); // bericht usa russland verhandeln erneut ukraine; numbers are not terms by default
    expect(tf.documents).toBe(2000);
  });

  it('rejects non-iterables and non-string items with a TypeError naming the argument', async () => {
    await expect(countTermsStream(5 as never)).rejects.toThrow(/`texts`/);
    await expect(countTermsStream(['ok', 5] as never)).rejects.toThrow(/`texts`/);
    await expect(countTermsStream([], 'de' as never)).rejects.toThrow(/`options`/);
    expect((await countTermsStream([])).size).toBe(0);
  });
});
