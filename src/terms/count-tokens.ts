import type { CountOptions } from './count-options.js';
import { TermCounter, resolveCountOptions } from './counter.js';
import { addLanguageVotes, pickLanguage } from './detect.js';
import { termsLanguages } from './data/index.js';
import type { TermFrequencies } from './term-frequencies.js';
import type { Token } from './types.js';

/**
 * Options of {@link countTokens}: the counting options, plus the text the
 * tokens came from.
 *
 * @example
 * ```ts
 * import { countTokens, tokenize, type CountTokensOptions } from 'article-lens';
 * const text = 'Die USA\nund Russland';
 * const options: CountTokensOptions = { language: 'de', ngrams: 2, text };
 * countTokens(tokenize(text, options), options).size; // 0: no bigram spans the line break
 * ```
 */
export interface CountTokensOptions extends CountOptions {
  /**
   * The text the tokens were made from. Needed only so that n-grams stop
   * at line breaks, and for `segments` given as a function.
   */
  text?: string;
}

/**
 * Counts terms from tokens that were already made by {@link tokenize}, so a
 * pipeline (such as `analyzeArticle`) tokenizes once and shares the tokens.
 * Gives the same counts as {@link termFrequencies} on the same text with
 * the same options. The language, when absent, is detected from the
 * tokens' words.
 *
 * @param tokens - Tokens of one text, in text order.
 * @param options - {@link CountTokensOptions}.
 * @throws TypeError when `tokens` is not an array.
 *
 * @example
 * ```ts
 * import { countTokens, tokenize } from 'article-lens';
 * const text = 'Lawrow traf Rubio. Lawrow sagte …';
 * const tokens = tokenize(text, { language: 'de' });
 * countTokens(tokens, { language: 'de', text }).get('lawrow'); // 2
 * ```
 */
export function countTokens(tokens: readonly Token[], options?: CountTokensOptions): TermFrequencies {
  if (!Array.isArray(tokens)) throw new TypeError('countTokens: argument `tokens` must be an array of tokens');
  const resolved = resolveCountOptions(options, 'countTokens');
  const text = options?.text;
  if (text !== undefined && typeof text !== 'string') throw new TypeError('countTokens: option `text` must be a string');
  let language = resolved.language;
  if (language === undefined) {
    const counts = termsLanguages.map(() => 0);
    for (const token of tokens) if (token.kind === 'word') addLanguageVotes(token.normalized, counts);
    language = pickLanguage(counts);
  }
  let segments = resolved.segments;
  if (resolved.settings.from !== 'all' && segments === undefined && text === undefined) {
    throw new TypeError(`countTokens: option \`from: '${resolved.settings.from}'\` needs option \`text\` (for splitQuotes) or \`segments\``);
  }
  if (typeof segments === 'function') {
    if (text === undefined) throw new TypeError('countTokens: option `segments` as a function needs option `text`');
    segments = segments(text);
  }
  const counter = new TermCounter(resolved);
  counter.countTokens(tokens, language, text, segments);
  return counter.result();
}
