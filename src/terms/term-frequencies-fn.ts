import { assertString } from '../shared/assert.js';
import type { CountOptions } from './count-options.js';
import { TermCounter, resolveCountOptions } from './counter.js';
import type { TermFrequencies } from './term-frequencies.js';

/**
 * Counts the terms of a text, or of several texts together: German-aware
 * tokens ({@link tokenize}), lower-cased, curated stopwords removed,
 * optionally stemmed and with n-grams. Linear time; memory proportional to
 * the vocabulary.
 *
 * @param textOrTexts - One text, or an iterable of texts counted together
 *   (each text is a document; its language is detected separately unless
 *   `language` is given).
 * @param options - {@link CountOptions}.
 * @returns A {@link TermFrequencies}; empty for an empty text.
 * @throws TypeError when `textOrTexts` is neither a string nor an iterable of
 *   strings, or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { termFrequencies } from 'article-lens';
 * const text = 'Die USA und Russland: Lawrow traf Rubio. Russlands Außenminister Lawrow sagte …';
 * const tf = termFrequencies(text, { language: 'de' });
 * tf.get('lawrow'); // 2
 * tf.get('russland'); // 1
 * termFrequencies(text, { language: 'de', stem: true }).get('russland'); // 2
 * termFrequencies(text, { language: 'de', ngrams: 2 }).get('russlands außenminister'); // 1
 * ```
 */
export function termFrequencies(textOrTexts: string | Iterable<string>, options?: CountOptions): TermFrequencies {
  const resolved = resolveCountOptions(options, 'termFrequencies');
  const counter = new TermCounter(resolved);
  if (typeof textOrTexts === 'string') {
    counter.countText(textOrTexts);
    return counter.result();
  }
  if (textOrTexts === null || typeof textOrTexts !== 'object' || !(Symbol.iterator in textOrTexts)) {
    assertString(textOrTexts, 'textOrTexts', 'termFrequencies');
  }
  if (Array.isArray(resolved.segments)) {
    throw new TypeError('termFrequencies: option `segments` must be a function when counting several texts');
  }
  let index = 0;
  for (const text of textOrTexts) {
    assertString(text, `textOrTexts[${index}]`, 'termFrequencies');
    index++;
    counter.countText(text);
  }
  return counter.result();
}
