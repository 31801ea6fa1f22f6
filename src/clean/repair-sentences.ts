import type { CompiledLanguage } from './compile-language.js';

function isLowerLetter(char: string): boolean {
  return char !== '' && char === char.toLowerCase() && char !== char.toUpperCase();
}

function isUpperLetter(char: string): boolean {
  return char !== '' && char === char.toUpperCase() && char !== char.toLowerCase();
}

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
 * with `/` or `@` (URLs, e-mail addresses) are left alone. One linear pass.
 */
export function findGluedSentences(text: string, language: CompiledLanguage): number[] {
  const offsets: number[] = [];
  const closers = `${language.closingQuotes}"')`;
  const openers = `${language.openingQuotes}"(`;
  let tokenStart = 0;
  let tokenIsAddress = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      tokenStart = i + 1;
      tokenIsAddress = false;
      continue;
    }
    if (code === 0x2f || code === 0x40) {
      tokenIsAddress = true;
      continue;
    }
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue;
    if (code === 0x2e && i - tokenStart === 3 && text.slice(tokenStart, i).toLowerCase() === 'www') tokenIsAddress = true;
    if (tokenIsAddress) continue;
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
