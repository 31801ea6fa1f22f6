/**
 * The hand-written tokenizer behind `tokenize` and the term counters: one
 * left-to-right pass over UTF-16 code units, no backtracking regex. Every
 * look-ahead is either bounded (abbreviation parts, ordinal context) or
 * consumed by the token it builds, and the scans that may run far (e-mail
 * local parts, domain labels) are cached so no position is rescanned more
 * than a constant number of times: time is linear in the text's length.
 */
import * as chars from './chars.js';
import { topLevelDomains } from './data/index.js';
import type { LanguageProfile } from './profile.js';
import {
  KIND_ABBREVIATION,
  KIND_EMAIL,
  KIND_HANDLE,
  KIND_HASHTAG,
  KIND_NUMBER,
  KIND_ORDINAL,
  KIND_PUNCTUATION,
  KIND_SYMBOL,
  KIND_URL,
  KIND_WORD,
} from './token-kinds.js';

// Local bindings: module namespace accesses in the hot loop cost a getter call each under some loaders.
const {
  CLASS_MASK,
  DIGIT,
  HIGH_SURROGATE,
  IRREGULAR_CASE,
  LETTER,
  LOW_SURROGATE,
  LOWER,
  MARK,
  OTHER,
  PUNCT,
  SOFT_HYPHEN,
  SPACE,
  SYMBOL,
  UPPER,
  astralClass,
  charTable,
  foldTable,
  foldedClassTable,
  isApostrophe,
  isSymbolContinuation,
  isWordHyphen,
} = chars;

/**
 * Receives tokens as the scanner finds them: `kind` is a code from
 * token-kinds.ts, `normalized` is undefined when it equals the text. For a
 * plain word of letters and digits (no hyphen, apostrophe, mark, astral
 * character, capital sigma or `İ`, and `normalized` undefined) `hash` is a
 * non-zero hash of its code units lower-cased ({@link foldTable},
 * {@link hashFolded}), else 0.
 */
export interface TokenSink {
  token(kind: number, start: number, end: number, normalized: string | undefined, hash: number): void;
}

/** The start value of the scanner's word hash. */
export const HASH_SEED = 0x811c9dc5 | 0;
/** The multiplier of the scanner's word hash. */
export const HASH_PRIME = 0x01000193;

/**
 * The scanner's word hash of `word` (FNV-1a style, never 0): of its code
 * units lower-cased by {@link foldTable} when `fold` is given, else of its
 * code units as they are.
 */
export function hashFolded(word: string, fold: Uint16Array | undefined): number {
  let hash = HASH_SEED;
  if (fold === undefined) for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), HASH_PRIME);
  else for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ (fold[word.charCodeAt(k)] ?? 0), HASH_PRIME);
  return hash || 1;
}

const tlds: ReadonlySet<string> = new Set(topLevelDomains);

/** Characters that end a web address even without white space. */
function endsUrl(code: number): boolean {
  return (
    code === 0x22 || code === 0x3c || code === 0x3e || code === 0x201c || code === 0x201d ||
    code === 0x201e || code === 0xab || code === 0xbb || code === 0x2039 || code === 0x203a ||
    code === 0x2018 || code === 0x2019 || code === 0x60
  );
}

/** Trailing characters trimmed off a web address: sentence punctuation. */
function trimmedFromUrl(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x27;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

function isEmailLocalChar(code: number): boolean {
  return isAsciiWordChar(code) || code === 0x2e || code === 0x25 || code === 0x2b || code === 0x2d;
}

function isDomainChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d;
}

function isWordClass(c: number): boolean {
  return c === LETTER || c === DIGIT || c === MARK;
}

/** Builds the normalised form: ASCII apostrophes and hyphens, no soft hyphens or inner spaces, NFC. */
export function normalizeSpan(text: string, start: number, end: number): string {
  let out = '';
  let marks = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2019 || code === 0x2bc) out += "'";
    else if (code === 0x2010 || code === 0x2011 || code === 0x2212) out += '-';
    else if (code === 0xad) continue;
    else if (code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009) continue;
    else {
      if (code >= 0x300) marks = true;
      out += text[i];
    }
  }
  return marks ? out.normalize('NFC') : out;
}

/**
 * Scans `text` and reports every token to `sink`. `profile` supplies the
 * language's abbreviations, elisions, clitics and ordinal rules.
 */
export function scanTokens(text: string, profile: LanguageProfile, sink: TokenSink): void {
  new Scanner(text, profile, sink).run();
}

/**
 * The scanner's state for one text. A class rather than closures, so a call
 * allocates one object and the hot methods stay monomorphic and inlinable.
 */
class Scanner {
  private readonly table: Uint8Array;
  private readonly fold: Uint16Array;
  /** {@link charTable} and {@link foldTable} in one: the lower case times 256 plus the class bits. */
  private readonly foldedClasses: Uint32Array;
  private readonly n: number;
  // caches that keep the look-aheads linear
  /** Index of the next '@' at or after the position asked for, n when none. */
  private nextAt = -1;
  private atLocalStart = -1;
  /** -1: no valid e-mail at nextAt. */
  private atEmailEnd = -1;
  /** Domain scans that failed covered everything before this index. */
  private noDomainBefore = 0;

  constructor(
    private readonly text: string,
    private readonly profile: LanguageProfile,
    private readonly sink: TokenSink,
  ) {
    this.table = charTable();
    this.fold = foldTable();
    this.foldedClasses = foldedClassTable();
    this.n = text.length;
  }

  /** Class of the code unit at i, or of the astral code point starting there. */
  private cls(i: number): number {
    const text = this.text;
    const code = text.charCodeAt(i);
    const c = (this.table[code] ?? 0) & CLASS_MASK;
    if (c === HIGH_SURROGATE && i + 1 < this.n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return astralClass(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
    }
    return c;
  }

  private wordCharBefore(i: number): boolean {
    if (i <= 0) return false;
    const c = (this.table[this.text.charCodeAt(i - 1)] ?? 0) & CLASS_MASK;
    return c === LETTER || c === DIGIT || c === MARK || c === LOW_SURROGATE || c === SOFT_HYPHEN;
  }

  private isUpperAt(i: number): boolean {
    return i < this.n && ((this.table[this.text.charCodeAt(i)] ?? 0) & UPPER) !== 0;
  }

  private isLowerAt(i: number): boolean {
    return i < this.n && ((this.table[this.text.charCodeAt(i)] ?? 0) & LOWER) !== 0;
  }

  /** End of the run of letters starting at i (BMP and astral letters, marks), at most `limit` units. */
  private letterRunEnd(i: number, limit: number): number {
    const n = this.n;
    let j = i;
    const stop = Math.min(n, i + limit);
    while (j < stop) {
      const c = this.cls(j);
      if (c === LETTER || c === MARK) j += j + 1 < n && (this.table[this.text.charCodeAt(j)] ?? 0) === HIGH_SURROGATE ? 2 : 1;
      else break;
    }
    return j;
  }

  private updateAt(from: number): void {
    if (this.nextAt >= from) return;
    const text = this.text;
    const n = this.n;
    const found = text.indexOf('@', from);
    this.nextAt = found === -1 ? n : found;
    this.atEmailEnd = -1;
    this.atLocalStart = -1;
    if (found === -1) return;
    // local part: scan back over e-mail characters, then forward to the first letter or digit
    let s = found;
    while (s > 0 && isEmailLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < found && !isAsciiWordChar(text.charCodeAt(s))) s++;
    if (s === found) return;
    // domain: labels separated by single dots, at least one dot, a final label of 2+ letters
    let j = found + 1;
    let labels = 0;
    let lastLabelStart = j;
    let end = -1;
    for (;;) {
      const labelStart = j;
      while (j < n && isDomainChar(text.charCodeAt(j))) j++;
      if (j === labelStart) break;
      labels++;
      lastLabelStart = labelStart;
      end = j;
      if (j + 1 < n && text.charCodeAt(j) === 0x2e && isDomainChar(text.charCodeAt(j + 1))) j++;
      else break;
    }
    if (labels < 2 || end - lastLabelStart < 2) return;
    for (let k = lastLabelStart; k < end; k++) {
      const code = text.charCodeAt(k) | 0x20;
      if (code < 0x61 || code > 0x7a) return;
    }
    if (end < n && this.cls(end) === LETTER) return;
    this.atLocalStart = s;
    this.atEmailEnd = end;
  }

  /** Consumes a web address from `start`; returns its end. */
  private scanUrl(start: number, from: number): number {
    const text = this.text;
    const n = this.n;
    let j = from;
    while (j < n) {
      const code = text.charCodeAt(j);
      const c = (this.table[code] ?? 0) & CLASS_MASK;
      if (c === SPACE || endsUrl(code)) break;
      j++;
    }
    // trim sentence punctuation and unbalanced closing brackets
    let parens = 0;
    let brackets = 0;
    for (let k = start; k < j; k++) {
      const code = text.charCodeAt(k);
      if (code === 0x28) parens++;
      else if (code === 0x29) parens--;
      else if (code === 0x5b) brackets++;
      else if (code === 0x5d) brackets--;
    }
    while (j > from) {
      const last = text.charCodeAt(j - 1);
      if (trimmedFromUrl(last)) j--;
      else if (last === 0x29 && parens < 0) {
        parens++;
        j--;
      } else if (last === 0x5d && brackets < 0) {
        brackets++;
        j--;
      } else break;
    }
    return j;
  }

  private startsWithAscii(i: number, prefix: string): boolean {
    if (i + prefix.length > this.n) return false;
    for (let k = 0; k < prefix.length; k++) {
      if ((this.text.charCodeAt(i + k) | (prefix.charCodeAt(k) >= 0x61 ? 0x20 : 0)) !== prefix.charCodeAt(k)) return false;
    }
    return true;
  }

  /** If a domain name `label.label.tld` continues at `dot` (a period), returns the end of the address. */
  private domainEnd(tokenStart: number, dot: number): number {
    if (dot < this.noDomainBefore) return -1;
    const text = this.text;
    const n = this.n;
    let j = dot;
    let lastStart = -1;
    let lastEnd = -1;
    while (j + 1 < n && text.charCodeAt(j) === 0x2e && isDomainChar(text.charCodeAt(j + 1))) {
      const labelStart = j + 1;
      let k = labelStart;
      while (k < n && k - labelStart <= 63 && isDomainChar(text.charCodeAt(k))) k++;
      lastStart = labelStart;
      lastEnd = k;
      j = k;
    }
    if (lastStart === -1 || (j < n && isWordClass(this.cls(j))) || !tlds.has(text.slice(lastStart, lastEnd))) {
      this.noDomainBefore = Math.max(this.noDomainBefore, j);
      return -1;
    }
    if (j < n && text.charCodeAt(j) === 0x2f) return this.scanUrl(tokenStart, j);
    return j;
  }

  /** Longest abbreviation (from the language data) whose first part ends at `dot`; returns its end or -1. */
  private abbreviationEnd(wordStart: number, dot: number): number {
    // toLowerCase never shortens a word, so a word longer than every first part is none
    if (dot - wordStart > this.profile.longestAbbreviationStart) return -1;
    const text = this.text;
    const n = this.n;
    const first = text.slice(wordStart, dot).toLowerCase();
    let node = this.profile.abbreviations.children.get(first);
    if (node === undefined) return -1;
    let best = node.terminal ? dot + 1 : -1;
    let pos = dot + 1;
    for (let depth = 0; depth < 4; depth++) {
      let p = pos;
      const space = p < n ? text.charCodeAt(p) : 0;
      if (space === 0x20 || space === 0xa0 || space === 0x202f) p++;
      const partEnd = this.letterRunEnd(p, 12);
      if (partEnd === p || partEnd >= n || text.charCodeAt(partEnd) !== 0x2e) break;
      const next: typeof node | undefined = node.children.get(text.slice(p, partEnd).toLowerCase());
      if (next === undefined) break;
      node = next;
      pos = partEnd + 1;
      if (node.terminal) best = pos;
    }
    return best;
  }

  /** Whether the number ending at `dot` (a period) is an ordinal ("am 18. Februar"). */
  private isOrdinal(numberStart: number, dot: number): boolean {
    const profile = this.profile;
    if (!profile.hasOrdinals) return false;
    const text = this.text;
    const n = this.n;
    let p = dot + 1;
    if (p >= n || text.charCodeAt(p) !== 0x20 && text.charCodeAt(p) !== 0xa0 && text.charCodeAt(p) !== 0x202f) return false;
    p++;
    const wordEnd = this.letterRunEnd(p, 24);
    if (wordEnd > p) {
      if (this.isLowerAt(p)) return true;
      if (profile.ordinalFollowing.has(text.slice(p, wordEnd).toLowerCase())) return true;
    } else if (!(p < n && this.cls(p) === DIGIT)) {
      return false;
    }
    // the word before the number
    let b = numberStart;
    while (b > 0 && b > numberStart - 4 && text.charCodeAt(b - 1) === 0x20) b--;
    if (b === numberStart) return false;
    let a = b;
    while (a > 0 && a > b - 16 && this.cls(a - 1) === LETTER) a--;
    return a < b && profile.ordinalPreceding.has(text.slice(a, b).toLowerCase());
  }

  /** A web address or e-mail address starting at `start`: returns its end, or -1. */
  private addressAt(start: number): number {
    const text = this.text;
    const n = this.n;
    const first = text.charCodeAt(start) | 0x20;
    if (first === 0x68 || first === 0x77) {
      let from = -1;
      if (this.startsWithAscii(start, 'https://')) from = start + 8;
      else if (this.startsWithAscii(start, 'http://')) from = start + 7;
      else if (this.startsWithAscii(start, 'www.') && start + 4 < n && isDomainChar(text.charCodeAt(start + 4))) from = start + 4;
      if (from !== -1 && from < n && (this.table[text.charCodeAt(from)] ?? 0) !== SPACE) {
        const end = this.scanUrl(start, from);
        this.sink.token(KIND_URL, start, end, undefined, 0);
        return end;
      }
    }
    this.updateAt(start);
    if (this.atEmailEnd !== -1 && this.atLocalStart === start) {
      this.sink.token(KIND_EMAIL, start, this.atEmailEnd, undefined, 0);
      return this.atEmailEnd;
    }
    return -1;
  }

  /**
   * The common case of {@link scanWord}, without its look-aheads: a run of
   * letters starting at `start` that ends the text or is followed by a
   * character that cannot continue or change the token (white space, most
   * punctuation, a symbol), and that cannot begin a web or e-mail address.
   * Reports the word and returns its end; returns -1 for anything else,
   * which `scanWord` then scans from `start` (so no position is scanned
   * more than twice). `firstCode` is the code unit at `start`.
   */
  private plainWordEnd(start: number, firstCode: number): number {
    const text = this.text;
    const classes = this.foldedClasses;
    const n = this.n;
    let code = firstCode;
    const first = code | 0x20;
    if (first === 0x68 || first === 0x77) {
      const second = start + 1 < n ? text.charCodeAt(start + 1) | 0x20 : 0;
      if ((first === 0x68 && second === 0x74) || (first === 0x77 && second === 0x77)) return -1;
    }
    if (this.nextAt < start || (this.atEmailEnd !== -1 && this.atLocalStart === start)) return -1;
    // a capital sigma lower-cases by context, "İ" into two code units: left to scanWord, as anything but letters
    let bits = classes[code] ?? 0;
    if ((bits & IRREGULAR_CASE) !== 0) return -1;
    let hash = HASH_SEED;
    let j = start;
    for (;;) {
      hash = Math.imul(hash ^ (bits >>> 8), HASH_PRIME);
      if (++j === n) break;
      code = text.charCodeAt(j);
      bits = classes[code] ?? 0;
      if ((bits & (CLASS_MASK | IRREGULAR_CASE)) !== LETTER) break;
    }
    if (j < n) {
      const c = bits & CLASS_MASK;
      if (c === PUNCT ? (code === 0x2e && !this.endsSentence(start, j)) || isWordHyphen(code) || isApostrophe(code) : c !== SPACE && c !== SYMBOL && c !== OTHER) return -1;
    }
    this.sink.token(KIND_WORD, start, j, undefined, hash || 1);
    return j;
  }

  /**
   * Whether the word of letters at `start`–`dot` is a plain word at the end
   * of a sentence: the period at `dot` ends the text or is followed by white
   * space, and the word is too long to be an abbreviation or initial (as
   * {@link wordEnding} would find).
   */
  private endsSentence(start: number, dot: number): boolean {
    if (dot - start <= this.profile.longestDottedWord) return false;
    return dot + 1 === this.n || ((this.table[this.text.charCodeAt(dot + 1)] ?? 0) & CLASS_MASK) === SPACE;
  }

  /**
   * Scans a word, number, abbreviation, e-mail or web address starting at
   * `start` (a letter, digit or mark); `tokenStart` is before `start` when a
   * sign precedes a number. Returns the index after it.
   */
  private scanWord(start: number, tokenStart: number): number {
    // web addresses and e-mail addresses first
    if (tokenStart === start) {
      // "ht…" and "ww…" may begin a web address; other words only an e-mail address
      const first = this.text.charCodeAt(start) | 0x20;
      const second = start + 1 < this.n ? this.text.charCodeAt(start + 1) | 0x20 : 0;
      if ((first === 0x68 && second === 0x74) || (first === 0x77 && second === 0x77) || this.nextAt < start) {
        const address = this.addressAt(start);
        if (address !== -1) return address;
      } else if (this.atEmailEnd !== -1 && this.atLocalStart === start) {
        this.sink.token(KIND_EMAIL, start, this.atEmailEnd, undefined, 0);
        return this.atEmailEnd;
      }
    }
    const text = this.text;
    const table = this.table;
    const fold = this.fold;
    const n = this.n;
    const profile = this.profile;

    let segStart = tokenStart;
    let j = start;
    let letters = 0;
    let digits = 0;
    let joined = false; // hyphen or apostrophe inside
    let separated = false; // decimal or thousands separator inside a number
    let normalize = tokenStart < start && text.charCodeAt(tokenStart) !== 0x2d;
    let lastDigit = false;
    // hash of the code units while the word is plain letters and digits (see TokenSink)
    let hash = HASH_SEED;
    let plain = tokenStart === start;
    while (j < n) {
      const code = text.charCodeAt(j);
      let c = (table[code] ?? 0) & CLASS_MASK;
      if (c === LETTER) {
        // a run of letters (the common case) in a tight loop
        const runStart = j;
        let letter = code;
        let flags = 0;
        for (;;) {
          hash = Math.imul(hash ^ (fold[letter] ?? 0), HASH_PRIME);
          if (++j === n) break;
          letter = text.charCodeAt(j);
          const bits = table[letter] ?? 0;
          if ((bits & CLASS_MASK) !== LETTER) break;
          flags |= bits;
        }
        // capital sigma lower-cases by context, "İ" into two code units
        if (((flags | (table[code] ?? 0)) & IRREGULAR_CASE) !== 0) plain = false;
        letters += j - runStart;
        lastDigit = false;
        continue;
      }
      if (c === DIGIT) {
        digits++;
        lastDigit = true;
        hash = Math.imul(hash ^ code, HASH_PRIME);
        j++;
        continue;
      }
      if (c === MARK || c === SOFT_HYPHEN) {
        normalize = true;
        j++;
        continue;
      }
      if (c === HIGH_SURROGATE) {
        c = this.cls(j);
        if (c === LETTER || c === MARK) {
          letters++;
          lastDigit = false;
          plain = false;
          j += 2;
          continue;
        }
        if (c === DIGIT) {
          digits++;
          lastDigit = true;
          plain = false;
          j += 2;
          continue;
        }
        break;
      }
      if (j + 1 >= n) break;
      // fast exit at the usual word ends: white space and punctuation that cannot continue a token
      if (c === SPACE) {
        if (letters > 0 || !lastDigit || (code !== 0xa0 && code !== 0x202f && code !== 0x2009)) break;
      } else if (c === PUNCT && !isWordHyphen(code) && !isApostrophe(code) && (letters > 0 || (code !== 0x2e && code !== 0x2c && code !== 0x3a))) {
        break;
      }
      const nextClass = this.cls(j + 1);
      if (isWordHyphen(code) && j > start) {
        if (nextClass !== LETTER && nextClass !== DIGIT) break;
        if (lastDigit && nextClass === DIGIT && letters === 0) break; // a range: 2022-2023
        if (code !== 0x2d) normalize = true;
        joined = true;
        j++;
        continue;
      }
      if (isApostrophe(code)) {
        if (lastDigit || letters === 0 || nextClass !== LETTER) break;
        if (profile.elisionPrefixes.size > 0 && profile.elisionPrefixes.has(text.slice(segStart, j).toLowerCase())) {
          this.sink.token(KIND_WORD, segStart, j + 1, code === 0x27 ? undefined : normalizeSpan(text, segStart, j + 1), 0);
          segStart = j + 1;
          letters = 0;
          digits = 0;
          joined = false;
          normalize = false;
          j++;
          continue;
        }
        if (profile.cliticSuffixes.length > 0) {
          const clitic = this.cliticEnd(j);
          if (clitic !== -1) {
            this.sink.token(KIND_WORD, segStart, j, normalize ? normalizeSpan(text, segStart, j) : undefined, 0);
            this.sink.token(KIND_WORD, j, clitic, code === 0x27 ? undefined : normalizeSpan(text, j, clitic), 0);
            return clitic;
          }
        }
        if (code !== 0x27) normalize = true;
        joined = true;
        j++;
        continue;
      }
      if (letters === 0 && lastDigit && nextClass === DIGIT && (code === 0x2e || code === 0x2c || code === 0x3a)) {
        separated = true;
        j++;
        continue;
      }
      if (
        letters === 0 && lastDigit && (code === 0xa0 || code === 0x202f || code === 0x2009) &&
        j + 4 <= n && nextClass === DIGIT && this.cls(j + 2) === DIGIT && this.cls(j + 3) === DIGIT && (j + 4 === n || this.cls(j + 4) !== DIGIT)
      ) {
        separated = true;
        normalize = true;
        j++;
        continue;
      }
      break;
    }

    const end = j;
    const after = end < n ? text.charCodeAt(end) : -1;
    // mark, soft hyphen, sign: normalize; hyphen, apostrophe: joined; split elision: segStart moved
    if (normalize || joined || separated || segStart !== start) plain = false;
    if (letters === 0) {
      // numbers, and ordinals such as "18."
      if (after === 0x2e && !separated && digits <= 3 && digits > 0 && this.isOrdinal(tokenStart, end)) {
        this.sink.token(KIND_ORDINAL, segStart, end + 1, undefined, 0);
        return end + 1;
      }
      this.sink.token(digits > 0 ? KIND_NUMBER : KIND_WORD, segStart, end, normalize ? normalizeSpan(text, segStart, end) : undefined, plain ? hash || 1 : 0);
      return end;
    }
    if (after === 0x2e || (isWordHyphen(after) && end + 1 < n)) return this.wordEnding(segStart, end, after, letters, joined, normalize, plain ? hash || 1 : 0);
    this.sink.token(KIND_WORD, segStart, end, normalize ? normalizeSpan(text, segStart, end) : undefined, plain ? hash || 1 : 0);
    return end;
  }

  /** The end of an English-style clitic ("'s") after the apostrophe at j, or -1. */
  private cliticEnd(j: number): number {
    const text = this.text;
    const n = this.n;
    for (const suffix of this.profile.cliticSuffixes) {
      const end = j + 1 + suffix.length;
      if (end <= n && text.slice(j + 1, end).toLowerCase() === suffix && (end >= n || !isWordClass(this.cls(end)))) return end;
    }
    return -1;
  }

  /**
   * A word with letters that ends before a period or a hyphen: a domain,
   * an abbreviation, initials, a truncated compound, or a plain word.
   * Reports it and returns the index after it.
   */
  private wordEnding(segStart: number, end: number, after: number, letters: number, joined: boolean, normalize: boolean, hash: number): number {
    const text = this.text;
    const n = this.n;
    const sink = this.sink;
    const profile = this.profile;
    if (after === 0x2e && end + 1 < n) {
      const nextClass = this.cls(end + 1);
      if ((nextClass === LETTER || nextClass === DIGIT) && !joined) {
        const domain = this.domainEnd(segStart, end);
        if (domain !== -1) {
          sink.token(KIND_URL, segStart, domain, undefined, 0);
          return domain;
        }
      }
    }
    if (after === 0x2e && !joined) {
      const abbreviation = this.abbreviationEnd(segStart, end);
      if (abbreviation !== -1) {
        sink.token(KIND_ABBREVIATION, segStart, abbreviation, abbreviation - segStart === end + 1 - segStart ? undefined : normalizeSpan(text, segStart, abbreviation), 0);
        return abbreviation;
      }
      if (end - segStart <= profile.longestNumberAbbreviation && profile.numberAbbreviations.has(text.slice(segStart, end).toLowerCase())) {
        let p = end + 1;
        if (p < n && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0xa0)) p++;
        if (p < n && this.cls(p) === DIGIT) {
          sink.token(KIND_ABBREVIATION, segStart, end + 1, undefined, 0);
          return end + 1;
        }
      }
      if (end - segStart === 1 && letters === 1) {
        // dotted acronyms without spaces: U.S., e.g., U.S.A.
        let p = end + 1;
        let parts = 1;
        while (p + 1 < n && this.cls(p) === LETTER && text.charCodeAt(p + 1) === 0x2e && (p + 2 >= n || !isWordClass(this.cls(p + 2)) || (p + 3 < n && text.charCodeAt(p + 3) === 0x2e))) {
          p += 2;
          parts++;
        }
        if (parts >= 2) {
          sink.token(KIND_ABBREVIATION, segStart, p, undefined, 0);
          return p;
        }
        // initials: "Donald J. Trump"
        if (this.isUpperAt(segStart) && end + 2 < n && text.charCodeAt(end + 1) === 0x20 && this.isUpperAt(end + 2)) {
          sink.token(KIND_ABBREVIATION, segStart, end + 1, undefined, 0);
          return end + 1;
        }
      }
    }
    if (isWordHyphen(after) && end + 1 < n && letters > 0) {
      // truncated compound: "Ein- und Ausreise", "Vor-, Haupt- und Nachsaison"
      const p = end + 1;
      const c = text.charCodeAt(p);
      let truncated = c === 0x2c;
      if (!truncated && c === 0x20) {
        const wordEnd = this.letterRunEnd(p + 1, 12);
        truncated = wordEnd > p + 1 && profile.truncationFollowers.has(text.slice(p + 1, wordEnd).toLowerCase());
      }
      if (truncated) {
        sink.token(KIND_WORD, segStart, end + 1, normalize || after !== 0x2d ? normalizeSpan(text, segStart, end + 1) : undefined, 0);
        return end + 1;
      }
    }
    sink.token(KIND_WORD, segStart, end, normalize ? normalizeSpan(text, segStart, end) : undefined, hash);
    return end;
  }

  /** A handle or hashtag at i (an '@' or '#'): returns its end, or -1. */
  private handleEnd(i: number, code: number): number {
    const text = this.text;
    const n = this.n;
    let j = i + 1;
    let letters = 0;
    while (j < n) {
      const k = this.cls(j);
      if (k === LETTER || k === MARK) letters++;
      else if (!(k === DIGIT || text.charCodeAt(j) === 0x5f)) break;
      j += (this.table[text.charCodeAt(j)] ?? 0) === HIGH_SURROGATE ? 2 : 1;
    }
    return j > i + 1 && (code === 0x40 || letters > 0) ? j : -1;
  }

  run(): void {
    const text = this.text;
    const table = this.table;
    const n = this.n;
    const sink = this.sink;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      const c = (table[code] ?? 0) & CLASS_MASK;
      if (c === SPACE) {
        i++;
        continue;
      }
      if (c === LETTER) {
        const end = this.plainWordEnd(i, code);
        i = end !== -1 ? end : this.scanWord(i, i);
        continue;
      }
      if (c === DIGIT) {
        i = this.scanWord(i, i);
        continue;
      }
      if (c === SOFT_HYPHEN) {
        i++;
        continue;
      }
      if (c === HIGH_SURROGATE) {
        const astral = this.cls(i);
        if (astral === LETTER || astral === DIGIT) {
          i = this.scanWord(i, i);
          continue;
        }
        if (i + 1 < n && (table[text.charCodeAt(i + 1)] ?? 0) === LOW_SURROGATE && astral !== SPACE) {
          i = this.scanSymbol(i);
          continue;
        }
        if (astral === SPACE) {
          i += 2;
          continue;
        }
      }
      if (c === PUNCT) {
        // handles and hashtags
        if ((code === 0x40 || code === 0x23) && !this.wordCharBefore(i) && i + 1 < n) {
          const j = this.handleEnd(i, code);
          if (j !== -1) {
            sink.token(code === 0x40 ? KIND_HANDLE : KIND_HASHTAG, i, j, undefined, 0);
            i = j;
            continue;
          }
        }
        // a signed number: "-3,5" after a space or an opening bracket
        if ((code === 0x2d || code === 0x2212) && i + 1 < n && this.cls(i + 1) === DIGIT && !this.wordCharBefore(i)) {
          i = this.scanWord(i + 1, i);
          continue;
        }
        // a run of the same mark is one token: "...", "!!!", "--"
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === code) j++;
        sink.token(KIND_PUNCTUATION, i, j, code === 0x2bc || code === 0x2019 ? "'".repeat(j - i) : undefined, 0);
        i = j;
        continue;
      }
      if (code === 0x2212 && i + 1 < n && this.cls(i + 1) === DIGIT && !this.wordCharBefore(i)) {
        i = this.scanWord(i + 1, i);
        continue;
      }
      i = this.scanSymbol(i);
    }
  }

  /** A symbol or emoji with its modifiers, zero-width joiners and flag pairs. */
  private scanSymbol(start: number): number {
    const text = this.text;
    const n = this.n;
    let j = start;
    const firstCp = text.codePointAt(j) ?? 0;
    j += firstCp > 0xffff ? 2 : 1;
    if (firstCp >= 0x1f1e6 && firstCp <= 0x1f1ff) {
      const second = text.codePointAt(j) ?? 0;
      if (second >= 0x1f1e6 && second <= 0x1f1ff) j += 2;
    }
    while (j < n) {
      const cp = text.codePointAt(j) ?? 0;
      if (isSymbolContinuation(cp)) {
        j += cp > 0xffff ? 2 : 1;
        continue;
      }
      if (cp === 0x200d && j + 1 < n) {
        const k = this.cls(j + 1);
        if (k !== LETTER && k !== DIGIT && k !== SPACE && k !== PUNCT) {
          j += 1;
          const joinedCp = text.codePointAt(j) ?? 0;
          j += joinedCp > 0xffff ? 2 : 1;
          continue;
        }
      }
      break;
    }
    this.sink.token(KIND_SYMBOL, start, j, undefined, 0);
    return j;
  }
}
