/**
 * A single-pass, linear-time tokenizer for language scoring. It yields word
 * tokens with offsets into the original text and the facts the scorer needs:
 * case shape, position in the sentence, and whether the word is neutral
 * (numbers, URLs, e-mail addresses, handles, acronyms, other scripts).
 */

/** Case shape of a word: lower, Capitalised, UPPER (acronym, 2+ letters), MiXed. */
export const WordShape = { Lower: 0, Capitalised: 1, Upper: 2, Mixed: 3 } as const;
export type WordShape = (typeof WordShape)[keyof typeof WordShape];

export interface WordToken {
  start: number;
  end: number;
  /** Case-folded word (for the function-word lexicon and the score cache). */
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
const UPPER = /\p{Lu}/u;

// Character classes of code units below 0x250: 0 other, 1 lower letter, 2 upper letter.
const LATIN_CLASS = new Uint8Array(0x250);
for (let code = 0; code < 0x250; code++) {
  const char = String.fromCharCode(code);
  if (code < 0xc0 && !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) continue;
  if (code === 0xd7 || code === 0xf7) continue;
  if (!LETTER.test(char)) continue;
  LATIN_CLASS[code] = UPPER.test(char) ? 2 : 1;
}

/** 0 not a letter, 1 lower-case letter, 2 upper-case letter, 3 letter of a script without a model. */
function letterClass(code: number, text: string, index: number): number {
  if (code < 0x250) return LATIN_CLASS[code] ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0; // astral characters (emoji, rare scripts) and lone surrogates
  if (code === 0x1e9e) return 2; // capital sharp s
  return LETTER.test(text[index] ?? '') ? 3 : 0;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000;
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3a || code === 0x3b;
}

function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x29 || code === 0x22 || code === 0x201c || code === 0x201d;
}

function isJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2010;
}

/**
 * Splits `text` into word tokens. Words are letter runs, joined across a
 * single inner hyphen or apostrophe; a whitespace-free chunk containing
 * digits, `@`, `#`, `/`, `_`, `://` or a dot followed by a lower-case letter is
 * one neutral token.
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
    if (isSpace(code)) {
      i++;
      continue;
    }
    const kind = letterClass(code, text, i);
    if (kind === 0) {
      if ((code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x23) {
        // a number-like chunk or a handle: up to the next space, neutral
        const start = i;
        while (i < length && !isSpace(text.charCodeAt(i))) i++;
        let end = i;
        while (end > start && isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
        tokens.push({ start, end, key: '', shape: WordShape.Mixed, sentenceStart, neutral: true, line });
        // "am 9. Juni": a period after a one- or two-digit number is an ordinal.
        const ordinal = text.charCodeAt(end) === 0x2e && end - start <= 2;
        sentenceStart = end < i && isSentenceEnd(text.charCodeAt(end)) && !ordinal;
        continue;
      }
      if (isSentenceEnd(code)) sentenceStart = true;
      i++;
      continue;
    }
    // A word: letters, optionally joined by single inner hyphens or apostrophes.
    const start = i;
    let uppers = 0;
    let letters = 0;
    let other = 0;
    let firstUpper = false;
    let j = i;
    while (j < length) {
      const c = text.charCodeAt(j);
      const k = letterClass(c, text, j);
      if (k !== 0) {
        if (k === 2) {
          uppers++;
          if (letters === 0) firstUpper = true;
        } else if (k === 3) {
          other++;
        }
        letters++;
        j++;
        continue;
      }
      if (isJoiner(c) && j + 1 < length && letterClass(text.charCodeAt(j + 1), text, j + 1) !== 0) {
        j++;
        continue;
      }
      break;
    }
    // A chunk continuing with URL-ish characters makes the whole chunk neutral.
    const next = j < length ? text.charCodeAt(j) : 0;
    const after = j + 1 < length ? text.charCodeAt(j + 1) : 0;
    if (
      next === 0x40 || next === 0x5f || next === 0x2f || next === 0x5c ||
      (next >= 0x30 && next <= 0x39) ||
      (next === 0x2e && ((after >= 0x61 && after <= 0x7a) || (after >= 0x30 && after <= 0x39))) ||
      (next === 0x3a && after === 0x2f)
    ) {
      let end = j;
      while (end < length && !isSpace(text.charCodeAt(end))) end++;
      let trimmed = end;
      while (trimmed > start && isTrailingPunctuation(text.charCodeAt(trimmed - 1))) trimmed--;
      tokens.push({ start, end: trimmed, key: '', shape: WordShape.Mixed, sentenceStart, neutral: true, line });
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
            : WordShape.Mixed;
    tokens.push({
      start,
      end: j,
      key: text.slice(start, j).toLowerCase(),
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
