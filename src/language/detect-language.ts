import { francAll } from 'franc';
import { assertString } from '../shared/assert.js';
import { toLanguageCode } from '../shared/language-codes.js';
import type { DetectLanguageOptions, LanguageGuess, LanguageScore } from './types.js';
import { DEFAULT_CANDIDATE_LANGUAGES } from './languages.js';

/** Softmax temperature applied to franc's 0–1 scores (documented in docs/languages.md). */
const SHARPNESS = 30;
/** Longer text is identified from this many windows spread evenly across it… */
const SAMPLE_WINDOWS = 15;
/** …of about this many characters each (franc's time grows with the text; its answer hardly does). */
const SAMPLE_WINDOW_LENGTH = 200;

/**
 * The text itself when short; otherwise {@link SAMPLE_WINDOWS} windows of whole
 * words centred at equal steps across it (so that each part of the text counts
 * as much as its share of the length), joined by spaces.
 */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_WINDOWS * SAMPLE_WINDOW_LENGTH) return text;
  const windows: string[] = [];
  for (let w = 0; w < SAMPLE_WINDOWS; w++) {
    const centre = Math.floor(((w + 0.5) * text.length) / SAMPLE_WINDOWS);
    const start = Math.max(0, centre - SAMPLE_WINDOW_LENGTH / 2);
    windows.push(wholeWordsOf(text, start, Math.min(text.length, start + SAMPLE_WINDOW_LENGTH)));
  }
  return windows.join(' ');
}

/**
 * text[start, end) without the partial words at its edges; a window without
 * white space (Japanese, Chinese, Thai) is kept whole, only never splitting a
 * surrogate pair.
 */
function wholeWordsOf(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  if (from > 0) while (from < to && !isSpace(text.charCodeAt(from - 1))) from++;
  if (to < text.length) while (to > from && !isSpace(text.charCodeAt(to))) to--;
  if (from < to) return text.slice(from, to);
  from = start;
  to = end;
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (to > from && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(from, to);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

/**
 * Detects the language of a text with franc, restricted to a candidate set
 * ({@link DEFAULT_CANDIDATE_LANGUAGES} unless `options.only` says otherwise).
 * Text longer than 3,000 characters is identified from fifteen windows of
 * about 200 characters spread evenly across it, so the time per call is
 * bounded.
 * `confidence` is a softmax over franc's normalised scores; empty or too short
 * text gives `'und'` with confidence 0.
 *
 * @param text - The text to identify.
 * @param options - Candidate languages and minimum length.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { detectLanguage } from 'article-lens';
 * const guess = detectLanguage('Aunque no se ha especificado oficialmente, la reunión terminó.');
 * guess.lang; // 'spa'
 * guess.alternatives[0]?.lang; // e.g. 'por'
 * detectLanguage('').lang; // 'und'
 * ```
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  assertString(text, 'text', 'detectLanguage');
  const only = (options.only ?? DEFAULT_CANDIDATE_LANGUAGES).map(toLanguageCode);
  const minLength = options.minLength ?? 10;
  if (only.length === 0) return { lang: 'und', confidence: 0, alternatives: [] };
  const ranked = francAll(sampleOf(text), { only, minLength });
  const first = ranked[0];
  if (!first || first[0] === 'und') return { lang: 'und', confidence: 0, alternatives: [] };
  let total = 0;
  const weights = ranked.map(([, score]) => {
    const weight = Math.exp(SHARPNESS * (score - 1));
    total += weight;
    return weight;
  });
  const scores: LanguageScore[] = ranked.map(([lang], index) => ({ lang, confidence: (weights[index] ?? 0) / total }));
  const [best, ...alternatives] = scores;
  return { lang: best?.lang ?? 'und', confidence: best?.confidence ?? 0, alternatives };
}
