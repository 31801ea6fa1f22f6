// Public API of the quotes capability; re-exported by src/index.ts.
export { findQuotes } from './find-quotes.js';
export { splitQuotes, type SplitQuotesOptions } from './split-quotes.js';
export { findReportedSpeech } from './find-reported-speech.js';
export type {
  Quote,
  QuoteCue,
  QuoteSpeaker,
  QuoteRole,
  QuotePlacement,
  AttributionMethod,
  FindQuotesOptions,
  ReportedSpeech,
  QuoteSegment,
} from './types.js';
