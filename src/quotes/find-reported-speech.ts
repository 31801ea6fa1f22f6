import { assertString } from '../shared/assert.js';
import { analyzeQuotes, reportedSentences } from './analyze.js';
import { checkOptions } from './options.js';
import type { FindQuotesOptions, ReportedSpeech } from './types.js';

/**
 * Finds narrating sentences that report speech indirectly: German
 * Konjunktiv I ("Es seien nun Gespräche geplant"), a cue verb with "dass"/"ob",
 * or a source phrase ("laut X", "X zufolge"), with the speaker where one is
 * named (a Konjunktiv sentence without a cue inherits the speaker of the
 * reported sentence right before it).
 *
 * @param text - The article text.
 * @param options - Language and mark style, as for {@link findQuotes}.
 * @returns Sentence spans in text order.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { findReportedSpeech } from 'article-lens';
 * const text = 'Peskow zufolge waren die Beziehungen eingefroren. Es seien nun Gespräche geplant.';
 * const sentences = findReportedSpeech(text);
 * sentences.map((sentence) => sentence.marker); // ['source', 'subjunctive']
 * sentences[1]?.speaker?.text; // 'Peskow'
 * ```
 */
export function findReportedSpeech(text: string, options?: FindQuotesOptions): ReportedSpeech[] {
  assertString(text, 'text', 'findReportedSpeech');
  const checked = checkOptions(options, 'findReportedSpeech');
  if (text === '') return [];
  return reportedSentences(analyzeQuotes(text, checked));
}
