/**
 * Small tests on tokens and quote texts shared by attribution and the quote
 * roles: the window of tokens looked at, clause ends, Konjunktiv forms, and
 * first-character tests with an ASCII fast path (the Unicode regexes are
 * module constants, never built per call).
 *
 * @internal
 */
import type { LanguageIndex } from './attribution.js';
import { SENTENCE_END } from './data/marks.js';
import type { Token } from './sentences.js';
import { isIn, WordClass } from './word-classes.js';

/**
 * `tokens[index]`, or undefined outside the array, for an index that may be
 * negative: `tokens[-1]` is undefined too, but it reads a property named
 * "-1" instead of an array element, many times slower, and slows the read
 * site down for every other index as well.
 */
export function peek(tokens: readonly Token[], index: number): Token | undefined {
  return index >= 0 ? tokens[index] : undefined;
}

/** Tokens around a quote that attribution looks at (keeps long sentences linear). */
export const WINDOW = 60;

/** Whether a token ends a clause: one of , ; : . ! ? ( ) (tested on its code, not its text). */
export function endsClause(token: Token): boolean {
  if (token.kind !== 'punct') return false;
  const code = token.first;
  return code === 44 || code === 59 || code === 58 || code === 46 || code === 33 || code === 63 || code === 40 || code === 41;
}

/** A Konjunktiv form; where nouns are capitalised only in lower case ("Folge", "Stelle" are nouns). */
export function isSubjunctive(token: Token, lang: LanguageIndex): boolean {
  return token.kind === 'word' && isIn(token, WordClass.subjunctive) && (!lang.data.nounsCapitalised || token.text === token.lower);
}

/**
 * Words in `text` (runs of characters other than space, tab, line feed and
 * no-break space), counted up to `cap`: the roles only ask about a few, and a
 * long block quote need not be read to its end.
 */
export function countWords(text: string, cap: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 0xa0;
    if (!space && !inWord && ++count === cap) return count;
    inWord = !space;
  }
  return count;
}

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;

const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether `text`, whose first code unit is `first`, starts with an upper-case letter (Latin-1 by code, beyond by the regex). */
export function startsUpperAt(first: number, text: string): boolean {
  if (first < 0x100) return isAsciiUpper(first) || (first >= 0xc0 && first <= 0xde && first !== 0xd7);
  return STARTS_UPPER.test(text);
}

/** Whether `text` starts with an upper-case letter. */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return isAsciiUpper(code);
  return STARTS_UPPER.test(text);
}

/** Whether `text` starts with a lower-case letter. */
export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return STARTS_LOWER.test(text);
}

/** Whether `text` starts with an upper-case letter or an ASCII digit. */
export function startsUpperOrDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return isAsciiUpper(code) || isAsciiDigit(code);
  return STARTS_UPPER_OR_DIGIT.test(text);
}

/** Whether `text` starts with an upper-case letter, an ASCII digit or "&" (a word of a name: "Research & Development"). */
export function startsNameWord(text: string): boolean {
  return text.charCodeAt(0) === 38 || startsUpperOrDigit(text);
}

const SENTENCE_END_CODES: ReadonlySet<number> = new Set(Array.from(SENTENCE_END, (char) => char.charCodeAt(0)));

/** Whether `text` ends with sentence punctuation ({@link SENTENCE_END}). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END_CODES.has(text.charCodeAt(text.length - 1));
}
