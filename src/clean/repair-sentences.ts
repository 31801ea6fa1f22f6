import { isLowerCode, isUpperCode, prepareCaseTables, startsWithLower } from '../shared/char-case.js';
import type { CompiledLanguage } from './compile-language.js';

/** Tokens longer than this (no white space) are not checked: long runs are URLs, code or garbage. */
const MAX_TOKEN = 80;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a);
}

/**
 * Where a scraper glued two sentences together ("fest.Wie", "Staaten“.In",
 * "aufgenommen.„Ich"): the offsets in `text` (searched from `from` to `to`) at which a space belongs. A
 * sentence end is a `.`, `!` or `?` after a lower-case letter (closing quotes
 * between them allowed) and directly before an upper-case letter followed by
 * a lower-case one (opening quotes before it allowed). Abbreviations of the
 * language, single letters ("z.B."), digits ("18.Februar", "3.5") and tokens
 * with `/` or `@` (URLs, e-mail addresses) are left alone. Linear: each mark
 * looks at most 80 characters around it.
 */
export function findGluedSentences(text: string, language: CompiledLanguage, from = 0, to = text.length): number[] {
  prepareCaseTables();
  const offsets: number[] = [];
  const closers = language.sentenceClosers;
  const openers = language.sentenceOpeners;
  for (let i = from; i < to; i++) {
    const mark = text.charCodeAt(i);
    if (mark !== 0x2e && mark !== 0x21 && mark !== 0x3f) continue;
    // cheap tests first: a lower-case letter before (closing quotes between), an upper- and a lower-case letter after
    let before = i - 1;
    while (before >= from && closers.includes(text.charCodeAt(before))) before--;
    if (before < from || !isLowerCode(text.charCodeAt(before))) continue;
    let insertAt = i + 1;
    while (insertAt < to && closers.includes(text.charCodeAt(insertAt)) && !openers.includes(text.charCodeAt(insertAt))) insertAt++;
    let letter = insertAt;
    while (letter < to && letter - insertAt < 2 && openers.includes(text.charCodeAt(letter))) letter++;
    if (letter + 1 >= to || !isUpperCode(text.charCodeAt(letter)) || !isLowerCode(text.charCodeAt(letter + 1))) continue;
    // the token (run of non-space characters) the mark is in, looked at up to MAX_TOKEN characters
    let tokenStart = i;
    while (tokenStart > from && i - tokenStart < MAX_TOKEN && !isSpace(text.charCodeAt(tokenStart - 1))) tokenStart--;
    if (i - tokenStart >= MAX_TOKEN) continue;
    let tokenEnd = i + 1;
    while (tokenEnd < to && tokenEnd - tokenStart < MAX_TOKEN && !isSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
    let address = tokenStart + 4 <= to && startsWithLower(text, tokenStart, 'www.');
    for (let k = tokenStart; k < tokenEnd && !address; k++) {
      const code = text.charCodeAt(k);
      address = code === 0x2f || code === 0x40;
    }
    if (address) continue;
    let wordStart = before;
    while (wordStart - 1 >= tokenStart && (isLowerCode(text.charCodeAt(wordStart - 1)) || isUpperCode(text.charCodeAt(wordStart - 1)))) wordStart--;
    if (before - wordStart + 1 < 2) continue;
    if (language.abbreviations.has(text.slice(wordStart, before + 1).toLowerCase())) continue;
    offsets.push(insertAt);
  }
  return offsets;
}
