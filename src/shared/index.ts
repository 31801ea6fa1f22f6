export type { Span, TextSpan, LanguageCode } from './span.js';
export { toLanguageCode } from './language-codes.js';
