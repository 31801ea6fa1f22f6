import { assertString } from '../shared/assert.js';
import { analyzeQuotes } from './analyze.js';
import { checkOptions } from './options.js';
import type { FindQuotesOptions, Quote } from './types.js';

/**
 * Finds every quotation in `text` — German „…“ ‚…‘ »…«, English “…” ‘…’,
 * French/Swiss/Spanish «…» ‹…›, straight "…" and broken mixes such as „…”
 * or "…“ — and says who said it with which cue verb.
 *
 * Marks are paired per family with a stack within a paragraph (a line); a
 * quote left open ends at the paragraph and has `unclosed: true`. Apostrophes
 * (geht’s, Putin's) are not quotes. Runs in linear time.
 *
 * Speakers come from templates („Q“, sagte X. / „Q“, so X. / X sagte: „Q“ /
 * heißt es in X), cue verbs with separable particles (fügte … hinzu), source
 * phrases (laut X, X zufolge), pronouns resolved to the nearest person,
 * chained quotes and, as a last resort, the previous sentence.
 *
 * @param text - The article text; all offsets index this string.
 * @param options - Language (default: detected, else German), mark style, filters.
 * @returns Top-level quotes in text order; quotes inside them are in `nested`.
 * @throws TypeError when `text` is not a string or `options` not an object.
 *
 * @example
 * ```ts
 * import { findQuotes } from 'article-lens';
 * const text = '„Wir haben keine Einigung“, sagte der Vizeaußenminister. Rjabkow fügte hinzu: „Noch nicht.“';
 * const quotes = findQuotes(text);
 * quotes.map((quote) => quote.text); // ['Wir haben keine Einigung', 'Noch nicht.']
 * quotes[0]?.speaker?.text; // 'der Vizeaußenminister'
 * quotes[1]?.cue?.lemma; // 'hinzufügen'
 * quotes[1]?.placement; // 'inline'
 * ```
 */
export function findQuotes(text: string, options?: FindQuotesOptions): Quote[] {
  assertString(text, 'text', 'findQuotes');
  const checked = checkOptions(options, 'findQuotes');
  if (text === '') return [];
  const quotes = analyzeQuotes(text, checked, true).quotes;
  return checked.includeNonSpeech === false ? quotes.filter((quote) => quote.role === 'speech') : quotes;
}
