import { assertString } from '../shared/assert.js';
import type { CountOptions } from './count-options.js';
import { TermCounter, resolveCountOptions } from './counter.js';
import type { TermFrequencies } from './term-frequencies.js';

/**
 * Counts the terms of a stream of texts (an async or sync iterable: lines
 * of a file, rows of a database, pages of a crawl), one text at a time.
 * Memory stays proportional to the vocabulary, not to the corpus: each text
 * is dropped once counted, and terms are stored without references to it.
 * The result equals `termFrequencies([...texts], options)`.
 *
 * @param texts - The texts; each is one document.
 * @param options - {@link CountOptions}.
 * @returns A promise of the {@link TermFrequencies} of all texts.
 * @throws TypeError (as a rejected promise) when `texts` is not iterable or
 *   yields a non-string.
 *
 * @example
 * ```ts
 * import { countTermsStream } from 'article-lens';
 * async function* texts() {
 *   yield 'Die USA und Russland.';
 *   yield 'Russland und China.';
 * }
 * const tf = await countTermsStream(texts(), { language: 'de' });
 * tf.get('russland'); // 2
 * tf.documents; // 2
 * ```
 */
export async function countTermsStream(
  texts: AsyncIterable<string> | Iterable<string>,
  options?: CountOptions,
): Promise<TermFrequencies> {
  const resolved = resolveCountOptions(options, 'countTermsStream');
  if (Array.isArray(resolved.segments)) {
    throw new TypeError('countTermsStream: option `segments` must be a function when counting a stream');
  }
  if (
    texts === null ||
    typeof texts !== 'object' ||
    !(Symbol.asyncIterator in texts || Symbol.iterator in texts)
  ) {
    throw new TypeError('countTermsStream: argument `texts` must be an async or sync iterable of strings');
  }
  const counter = new TermCounter(resolved);
  for await (const text of texts) {
    assertString(text, 'texts', 'countTermsStream');
    counter.countText(text);
  }
  return counter.result();
}
