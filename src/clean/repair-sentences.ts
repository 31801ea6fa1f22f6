import type { CompiledLanguage } from './compile-language.js';

function isLowerLetter(char: string): boolean {
  return char !== '' && char === char.toLowerCase() && char !== char.toUpperCase();
}

function isUpperLetter(char: string): boolean {
  return char !== '' && char === char.toUpperCase() && char !== char.toLowerCase();
}

/** Sentence-ending marks; found with a native scan instead of a loop over every character. */
const SENTENCE_END = /[.!?]/g;
/** Tokens longer than this (no white space) are not checked: long runs are URLs, code or garbage. */
const MAX_TOKEN = 80;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f || (code >= 0x2000 && code <= 0x200a);
}

/**
 * Where a scraper glued two sentences together ("fest.Wie", "Staaten“.In",
 * "aufgenommen.„Ich"): the offsets in `text` at which a space belongs. A
 * sentence end is a `.`, `!` or `?` after a lower-case letter (closing quotes
 * between them allowed) and directly before an upper-case letter followed by
 * a lower-case one (opening quotes before it allowed). Abbreviations of the
 * language, single letters ("z.B."), digits ("18.Februar", "3.5") and tokens
 * with `/` or `@` (URLs, e-mail addresses) are left alone. Linear: each mark
 * looks at most 80 characters around it.
 */
export function findGluedSentences(text: string, language: CompiledLanguage): number[] {
  const offsets: number[] = [];
  const closers = `${language.closingQuotes}"')`;
  const openers = `${language.openingQuotes}"(`;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const i = match.index;
    // the token (run of non-space characters) the mark is in, looked back at most MAX_TOKEN characters
    let tokenStart = i;
    while (tokenStart > 0 && i - tokenStart < MAX_TOKEN && !isSpace(text.charCodeAt(tokenStart - 1))) tokenStart--;
    if (i - tokenStart >= MAX_TOKEN) continue;
    let tokenEnd = i + 1;
    while (tokenEnd < text.length && tokenEnd - tokenStart < MAX_TOKEN && !isSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
    let address = text.slice(tokenStart, tokenStart + 4).toLowerCase() === 'www.';
    for (let k = tokenStart; k < tokenEnd && !address; k++) {
      const code = text.charCodeAt(k);
      address = code === 0x2f || code === 0x40;
    }
    if (address) continue;
    let before = i - 1;
    while (before >= tokenStart && closers.includes(text[before] ?? '')) before--;
    if (before < tokenStart || !isLowerLetter(text[before] ?? '')) continue;
    let wordStart = before;
    while (wordStart - 1 >= tokenStart && (isLowerLetter(text[wordStart - 1] ?? '') || isUpperLetter(text[wordStart - 1] ?? ''))) wordStart--;
    if (before - wordStart + 1 < 2) continue;
    if (language.abbreviations.has(text.slice(wordStart, before + 1).toLowerCase())) continue;
    let insertAt = i + 1;
    while (insertAt < text.length && closers.includes(text[insertAt] ?? '') && !openers.includes(text[insertAt] ?? '')) insertAt++;
    let letter = insertAt;
    while (letter < text.length && letter - insertAt < 2 && openers.includes(text[letter] ?? '')) letter++;
    if (isUpperLetter(text[letter] ?? '') && isLowerLetter(text[letter + 1] ?? '')) offsets.push(insertAt);
  }
  return offsets;
}
