/**
 * Words of the main language's text that look foreign but are not evidence:
 * loan phrases ("de facto", "status quo") and short lower-case words inside
 * names ("Tour de France", "Ciudad de México").
 */
import { LATIN_LOWER, type TokenList } from './tokenize.js';
import { FUNCTION_MASK, LOAN_PHRASES, ROW } from './score-words.js';
import { NAME_PARTICLES } from './data/name-particles.js';
import { FRAGMENT_PARAMETERS as P } from './parameters.js';

// Token flag bits (see tokenize.ts and find-foreign-fragments.ts), as local constants.
const SHAPE_MASK = 3;
const SENTENCE_START = 4;
const NEUTRAL = 8;
const BEGINS_LOAN = 32;
/**
 * Most lower-case words taken for part of a name ("de", "de la", "van der"):
 * three short words between German nouns are mostly a foreign phrase
 * ("Slowenien cuyo tipo von Moody's").
 */
const NAME_WORDS = 2;

/**
 * Marks loan phrases and short lower-case words inside names as neutral
 * (flag, and 0 in `informative`, `potential` and `reach`). Returns how many word
 * tokens became neutral. `nounLanguageMask` has bit l set for a candidate
 * language l that capitalises nouns when the main language does not: its
 * function words between capitalised words are its syntax, not a name
 * ("Hebel für die Luftdruckkontrolle", "Flug käme für Demjanjuk" in English
 * text), unless a name particle comes first ("Ursula von der Leyen").
 */
export function markNeutralPhrases(
  text: string,
  tokens: TokenList,
  wordMeta: Int32Array,
  loanPhrases: readonly (readonly string[])[][],
  nounLanguageMask: number,
  informative: Uint8Array,
  potential: Float64Array,
  reach: Float64Array,
): number {
  const { count, flags, lines, rows, starts, ends } = tokens;
  let neutralised = 0;
  const neutralise = (t: number): void => {
    const flag = flags[t] ?? 0;
    if ((flag & NEUTRAL) !== 0) return;
    flags[t] = flag | NEUTRAL;
    informative[t] = 0;
    potential[t] = 0;
    reach[t] = 0;
    if ((rows[t] ?? -1) >= 0) neutralised++;
  };
  for (let t = 0; t < count; t++) {
    if (((flags[t] ?? 0) & (NEUTRAL | BEGINS_LOAN)) !== BEGINS_LOAN) continue;
    const phrase = loanPhraseAt(text, tokens, t, loanPhrases[(wordMeta[(rows[t] ?? 0) * ROW + LOAN_PHRASES] ?? 0) - 1]);
    for (let k = 0; k < phrase; k++) neutralise(t + k);
  }
  const nameStartsInside = P.nameStartsInside === 1;
  const nameWordMaxLength = P.nameWordMaxLength;
  // Up to NAME_WORDS short lower-case words between capitalised words of a name.
  for (let t = 1; t < count; t++) {
    const flag = flags[t] ?? 0;
    const previous = flags[t - 1] ?? 0;
    if ((flag & SHAPE_MASK) !== 0 || (previous & SHAPE_MASK) === 0 || lines[t - 1] !== lines[t]) continue;
    if (nameStartsInside && (previous & SENTENCE_START) !== 0) continue;
    const line = lines[t];
    let end = t;
    while (end < count && end - t < NAME_WORDS && ((flags[end] ?? 0) & SHAPE_MASK) === 0 && (ends[end] ?? 0) - (starts[end] ?? 0) <= nameWordMaxLength && lines[end] === line) end++;
    const after = flags[end] ?? 0;
    if (end === t || end >= count || lines[end] !== line || (after & SENTENCE_START) !== 0 || (after & SHAPE_MASK) === 0) continue;
    if (!spacedOnly(text, tokens, t, end)) continue;
    // German function words between nouns inside English text: German, not a name
    if (nounLanguageMask !== 0 && anyFunctionWordOf(nounLanguageMask, tokens, wordMeta, t, end) && !isNameParticle(text, tokens, t)) continue;
    for (let k = t; k < end; k++) neutralise(k);
  }
  return neutralised;
}

/** Whether token t is a name particle ("von" of "Ursula von der Leyen"). */
function isNameParticle(text: string, tokens: TokenList, t: number): boolean {
  const start = tokens.starts[t] ?? 0;
  const end = tokens.ends[t] ?? 0;
  return NAME_PARTICLES.some((particle) => sameWord(text, start, end, particle));
}

/** Whether a token in [from, to) is a function word of a language in `mask`. */
function anyFunctionWordOf(mask: number, tokens: TokenList, wordMeta: Int32Array, from: number, to: number): boolean {
  if (mask === 0) return false;
  for (let t = from; t < to; t++) {
    const row = tokens.rows[t] ?? -1;
    if (row >= 0 && ((wordMeta[row * ROW + FUNCTION_MASK] ?? 0) & mask) !== 0) return true;
  }
  return false;
}

/**
 * Whether tokens from..to are separated by white space only. The short words
 * of a name lead into its next capitalised word without punctuation ("Tour de
 * France", "Plata, in Santo Domingo"); in "Feuer aus, Complejidad" the comma
 * ends a clause, not a name.
 */
function spacedOnly(text: string, tokens: TokenList, from: number, to: number): boolean {
  const { starts, ends } = tokens;
  for (let t = from; t < to; t++) {
    for (let i = ends[t] ?? 0; i < (starts[t + 1] ?? 0); i++) {
      const code = text.charCodeAt(i);
      if (code !== 0x20 && code !== 0xa0) return false;
    }
  }
  return true;
}

/** Words of the longest of `phrases` (lower-case word lists, longest first) that begins at token t on its line, or 0. */
function loanPhraseAt(text: string, tokens: TokenList, t: number, phrases: readonly (readonly string[])[] | undefined): number {
  const { count, lines, starts, ends } = tokens;
  for (const phrase of phrases ?? []) {
    let ok = t + phrase.length <= count;
    for (let k = 1; ok && k < phrase.length; k++) ok = lines[t + k] === lines[t] && sameWord(text, starts[t + k] ?? 0, ends[t + k] ?? 0, phrase[k] ?? '');
    if (ok) return phrase.length;
  }
  return 0;
}

/** Whether text[start, end) is `word` (lower-case) in any case. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    if ((code < 0x250 ? (LATIN_LOWER[code] ?? code) : code) !== word.charCodeAt(i)) return false;
  }
  return true;
}
