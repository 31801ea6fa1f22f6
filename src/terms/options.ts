import { toLanguageCode } from '../shared/language-codes.js';
import type { LanguageCode } from '../shared/span.js';

/** Throws a TypeError naming `options` unless it is undefined or an object. */
export function assertOptions(options: unknown, fn: string): asserts options is Record<string, unknown> | undefined {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`${fn}: argument \`options\` must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options}`);
  }
}

/** Validates `options.language` and normalises it to ISO 639-3. */
export function resolveLanguageOption(options: { language?: unknown } | undefined, fn: string): LanguageCode | undefined {
  assertOptions(options, fn);
  const language = options?.language;
  if (language === undefined) return undefined;
  if (typeof language !== 'string' || language.trim() === '') {
    throw new TypeError(`${fn}: option \`language\` must be a language code such as 'de' or 'deu'`);
  }
  if (language !== lastLanguage) {
    lastCode = toLanguageCode(language);
    lastLanguage = language;
  }
  return lastCode;
}

/** The language option normalised last, and its code: callers usually pass the same one call after call. */
let lastLanguage = '';
let lastCode: LanguageCode = 'und';
