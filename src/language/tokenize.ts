/**
 * A single-pass, linear-time tokenizer for language scoring. It yields word
 * tokens with offsets into the original text and the facts the scorer needs:
 * case shape, position in the sentence, and whether the word is neutral
 * (numbers, URLs, e-mail addresses, handles, acronyms, other scripts).
 */
import { symbolOf, isUpperLatin, OTHER_LETTER } from './alphabet.js';

/** Case shape of a word: lower, Capitalised, UPPER (acronym, 2+ letters), MiXed. */
export const WordShape = { Lower: 0, Capitalised: 1, Upper: 2, Mixed: 3 } as const;
export type WordShape = (typeof WordShape)[keyof typeof WordShape];

export interface WordToken {
  start: number;
  end: number;
  /** Case-folded symbols of the letters (hyphens and apostrophes skipped). */
  symbols: Uint8Array;
  /** Case-folded word as a string (for the function-word lexicon and the cache). */
  key: string;
  shape: WordShape;
  /** First word of a sentence, a line, or after an opening quotation mark. */
  sentenceStart: boolean;
  /** Carries no language evidence (number-like, URL, acronym, other script, …). */
  neutral: boolean;
  /** Index of the line (block) the word is on. */
  line: number;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetterCode(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code < 0x250) return code !== 0xd7 && code !== 0xf7 && code >= 0xc0;
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral letters are treated as other script via surrogates below
  return LETTER.test(text[index] ?? '');
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';']);

/**
 * Splits `text` into word tokens. Words are letter runs, joined across a
 * single inner hyphen or apostrophe; a whitespace-free chunk containing
 * digits, `@`, `#`, `/`, `://`, `www.` or `_` is one neutral token.
 */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let line = 0;
  let sentenceStart = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      line++;
      sentenceStart = true;
      i++;
      continue;
    }
    if (code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0) {
      i++;
      continue;
    }
    // Find the whitespace-delimited chunk, to recognise URLs and the like.
    if (!isLetterCode(code, text, i)) {
      const char = text[i] ?? '';
      if (SENTENCE_END.has(char)) sentenceStart = true;
      if ((code >= 0x30 && code <= 0x39) || char === '@' || char === '#') {
        // a number-like or handle chunk: skip to whitespace, neutral
        const start = i;
        while (i < length && !isSpace(text.charCodeAt(i))) i++;
        let end = i;
        while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
        tokens.push(neutralToken(start, end, line, sentenceStart));
        // "am 9. Juni": a period after a number is an ordinal, not a sentence end.
        const ordinal = text[end] === '.' && end - start <= 2 && /^\d+$/.test(text.slice(start, end));
        sentenceStart = end < i && SENTENCE_END.has(text[end] ?? '') && !ordinal;
        continue;
      }
      i++;
      continue;
    }
    // A word: letters, optionally joined by single inner hyphens/apostrophes.
    const start = i;
    let uppers = 0;
    let firstUpper = false;
    let other = 0;
    let letters = 0;
    const symbols: number[] = [];
    let j = i;
    while (j < length) {
      const c = text.charCodeAt(j);
      if (isLetterCode(c, text, j)) {
        const symbol = symbolOf(c);
        if (symbol === OTHER_LETTER) {
          other++;
          const lowerChar = (text[j] ?? '').toLowerCase();
          if (lowerChar !== text[j]) uppers++;
          if (letters === 0 && lowerChar !== text[j]) firstUpper = true;
        } else if (isUpperLatin(c) || c === 0x1e9e) {
          uppers++;
          if (letters === 0) firstUpper = true;
        }
        symbols.push(symbol);
        letters++;
        j++;
        continue;
      }
      if ((c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2010) && j + 1 < length && isLetterCode(text.charCodeAt(j + 1), text, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    // A chunk continuing with URL-ish characters makes the whole chunk neutral.
    const next = text[j] ?? '';
    if (next === '@' || next === '_' || next === '/' || next === '\\' || (next === '.' && isUrlContinuation(text, j)) || (next >= '0' && next <= '9') || next === ':' && text.startsWith('//', j + 1)) {
      let end = j;
      while (end < length && !isSpace(text.charCodeAt(end))) end++;
      let trimmed = end;
      while (trimmed > start && isTrailingPunctuation(text.charCodeAt(trimmed - 1))) trimmed--;
      tokens.push(neutralToken(start, trimmed, line, sentenceStart));
      sentenceStart = false;
      i = end;
      continue;
    }
    const shape =
      uppers === 0
        ? WordShape.Lower
        : uppers === letters && letters >= 2
          ? WordShape.Upper
          : firstUpper && uppers === 1
            ? WordShape.Capitalised
            : firstUpper && uppers === letters
              ? WordShape.Capitalised
              : WordShape.Mixed;
    const key = text.slice(start, j).toLowerCase();
    tokens.push({
      start,
      end: j,
      symbols: Uint8Array.from(symbols),
      key,
      shape,
      sentenceStart,
      neutral: shape === WordShape.Upper || shape === WordShape.Mixed || other * 2 > letters,
      line,
    });
    sentenceStart = false;
    i = j;
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x29 || code === 0x22 || code === 0x201c || code === 0x201d;
}

function isUrlContinuation(text: string, dot: number): boolean {
  // "example.com", "www.x" : a letter right after the dot and no space before the next space
  const after = text.charCodeAt(dot + 1);
  return (after >= 0x61 && after <= 0x7a) || (after >= 0x30 && after <= 0x39);
}

function neutralToken(start: number, end: number, line: number, sentenceStart: boolean): WordToken {
  return { start, end: Math.max(start, end), symbols: new Uint8Array(0), key: '', shape: WordShape.Mixed, sentenceStart, neutral: true, line };
}
