import type { FindQuotesOptions } from './types.js';

/** Throws a TypeError naming `options` unless it is undefined or a plain object. @internal */
export function checkOptions(options: unknown, fn: string): FindQuotesOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: argument \`options\` must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options}`);
  }
  const { language, style } = options as FindQuotesOptions;
  if (language !== undefined && typeof language !== 'string') throw new TypeError(`${fn}: option \`language\` must be a string`);
  if (style !== undefined && style !== 'auto' && style !== 'german' && style !== 'english') {
    throw new TypeError(`${fn}: option \`style\` must be 'auto', 'german' or 'english'`);
  }
  return options as FindQuotesOptions;
}
