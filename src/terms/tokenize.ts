import { assertString } from '../shared/assert.js';
import { detectTermsLanguage } from './detect.js';
import { languageProfile } from './profile.js';
import { scanTokens, type TokenSink } from './scanner.js';
import { KIND_NAMES } from './token-kinds.js';
import type { Token, TokenizeOptions } from './types.js';
import { resolveLanguageOption } from './options.js';

class TokenCollector implements TokenSink {
  readonly tokens: Token[] = [];
  constructor(private readonly text: string) {}
  token(kind: number, start: number, end: number, normalized: string | undefined): void {
    const text = this.text.slice(start, end);
    this.tokens.push({ start, end, text, normalized: normalized ?? text, kind: KIND_NAMES[kind] ?? 'symbol' });
  }
}

/**
 * Splits text into tokens with offsets into the original string, in one
 * linear pass. German-aware: capital umlauts and ß stay inside words
 * ("Österreichs"), hyphenated compounds stay whole ("US-Bloggern",
 * "Saudi-Arabien"), abbreviations come from the language's data
 * ("z. B.", "Dr.", "u. a."), ordinals keep their period ("18."), decimals
 * and thousands stay one number ("3,5", "1.000"), elisions stay whole
 * ("geht's"), and dashes are punctuation. White space produces no token.
 *
 * @param text - The text to split.
 * @param options - {@link TokenizeOptions}; `language` is detected when absent.
 * @returns The tokens in text order; `text.slice(t.start, t.end) === t.text`.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { tokenize } from 'article-lens';
 * tokenize('Österreichs US-Bloggern sagten am 18. Mai z. B. 3,5 – geht’s?', { language: 'de' })
 *   .map((t) => `${t.kind}:${t.normalized}`);
 * // ['word:Österreichs', 'word:US-Bloggern', 'word:sagten', 'word:am', 'ordinal:18.',
 * //  'word:Mai', 'abbreviation:z.B.', 'number:3,5', 'punctuation:–', "word:geht's", 'punctuation:?']
 * ```
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertString(text, 'text', 'tokenize');
  const language = resolveLanguageOption(options, 'tokenize') ?? detectTermsLanguage(text);
  const collector = new TokenCollector(text);
  scanTokens(text, languageProfile(language), collector);
  return collector.tokens;
}
