import { isLowerCode, isUpperCode, lowerCode, startsWithLower } from '../shared/char-case.js';
import type { CompiledLanguage, PhraseNode } from './compile-language.js';
import { MAX_BREADCRUMB_CHARS, MAX_LISTED_WORDS, NUMERIC_WORD, type BlockFeatures, type WordScan } from './features.js';
import { isWordCode } from './normalize.js';
import type { BoilerplateReason } from './types.js';
import { WORD_FLAGS } from './word-flags.js';

const PREFIX_MAX_WORDS = 25;
const ANYWHERE_MAX_WORDS = 14;
const LABEL_MAX_WORDS = 30;
const CAPTION_MAX_WORDS = 40;
const DATE_MAX_WORDS = 10;
const DATED_ENTRY_MAX_WORDS = 14;
const BYLINE_MAX_WORDS = 7;
const DATED_BYLINE_MAX_WORDS = 14;
const CALENDAR = WORD_FLAGS.month | WORD_FLAGS.weekday;

/**
 * A line that is only a date or time: "Sonntag, April 28, 2024", "Veröffentlicht am 26. Oktober 2023"; or one
 * label word before a numeric date: "Energie 12.12.2022, 08:30 Uhr", "Recht 30.07.2021" (a teaser's section and date).
 */
function isDateLine(text: string, scan: WordScan): boolean {
  if ((scan.anyFlags & NUMERIC_WORD) === 0) return false;
  let numbers = 0;
  let calendar = 0;
  for (let w = 0; w < scan.count; w++) {
    const flags = scan.flags[w]!;
    if ((flags & NUMERIC_WORD) !== 0 && scan.ends[w]! - scan.starts[w]! <= 4) numbers++;
    else if ((flags & CALENDAR) !== 0) calendar++;
    else if ((flags & WORD_FLAGS.dateWord) === 0 && (w > 0 || !isNumericDateAt(text, scan, 1))) return false;
  }
  return numbers >= 1 && (calendar >= 1 || numbers >= 2);
}

/** Whether words `w` to `w + 2` are a numeric date: "27.01.2022", "2.2.22". */
function isNumericDateAt(text: string, scan: WordScan, w: number): boolean {
  if (scan.count < w + 3) return false;
  for (let k = w; k < w + 3; k++) {
    const length = scan.ends[k]! - scan.starts[k]!;
    if ((scan.flags[k]! & NUMERIC_WORD) === 0 || length > 4 || (k < w + 2 && length > 2)) return false;
    if (k < w + 2 && (text.charCodeAt(scan.ends[k]!) !== 0x2e || scan.starts[k + 1] !== scan.ends[k]! + 1)) return false;
  }
  return true;
}

/** A line that opens with "27.01.2022" or "2.2.22": a dated entry of a news listing ("27.01.2022 Mineralölabsatz im November"). */
function startsWithNumericDate(text: string, scan: WordScan): boolean {
  return isNumericDateAt(text, scan, 0);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09;
}

/** Index of the first character at or after `from` (before `to`) that is not a space, NBSP or tab. */
function nextNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function isBreadcrumbSeparator(code: number): boolean {
  // > › » / | → ·
  return code === 0x3e || code === 0x203a || code === 0xbb || code === 0x2f || code === 0x7c || code === 0x2192 || code === 0xb7;
}

/** No breadcrumb opening starts with the line's first character. */
const NO_STARTS: readonly string[] = [];

/** Words a breadcrumb trail has per segment on average, at most. */
const BREADCRUMB_SEGMENT_WORDS = 5;

/** "StartPolitikGesetzgebung…", "Home › Politik › …", "Sie sind hier: …". */
function isBreadcrumb(text: string, from: number, to: number, scan: WordScan, words: number, language: CompiledLanguage): boolean {
  for (const start of language.breadcrumbStartsByCode[lowerCode(text.charCodeAt(from))] ?? NO_STARTS) {
    if (from + start.length > to || !startsWithLower(text, from, start)) continue;
    const end = from + start.length;
    if (end < to && isUpperCode(text.charCodeAt(end))) return true;
    const after = nextNonSpace(text, end, to);
    if (after < to && isBreadcrumbSeparator(text.charCodeAt(after))) return true;
  }
  // trail segments are a few words each; » and « also quote titles inside sentences
  return to - from <= MAX_BREADCRUMB_CHARS && scan.separators >= 2 && words <= BREADCRUMB_SEGMENT_WORDS * (scan.separators + 1);
}

/** The reason of the phrase of `phrases` that is exactly the block's words, if any. */
function exactPhrase(scan: WordScan, phrases: PhraseNode): BoilerplateReason | undefined {
  let node: PhraseNode | undefined = phrases;
  for (let w = 0; w < scan.count; w++) {
    node = node.next.get(scan.ids[w]!);
    if (node === undefined) return undefined;
  }
  return node.reason;
}

/** The reason of the first phrase of `phrases` that starts at word `from`, if any. */
function phraseAt(scan: WordScan, from: number, phrases: PhraseNode): BoilerplateReason | undefined {
  let node: PhraseNode | undefined = phrases;
  for (let w = from; w < scan.count; w++) {
    node = node.next.get(scan.ids[w]!);
    if (node === undefined) return undefined;
    if (node.reason !== undefined) return node.reason;
  }
  return undefined;
}

/** The reason of a phrase of `phrases` starting at any word flagged `startFlag`, if any. */
function phraseAnywhere(scan: WordScan, phrases: PhraseNode, startFlag: number): BoilerplateReason | undefined {
  if ((scan.anyFlags & startFlag) === 0) return undefined;
  for (let w = 0; w < scan.count; w++) {
    if ((scan.flags[w]! & startFlag) === 0) continue;
    const reason = phraseAt(scan, w, phrases);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** A credit word directly before a colon anywhere in the block: "(Foto: Getty)", "Bild: dpa". */
function isCredit(text: string, from: number, to: number, language: CompiledLanguage): boolean {
  for (let colon = from + 1; colon < to; colon++) {
    if (text.charCodeAt(colon) !== 0x3a) continue;
    let start = colon;
    while (start > from && colon - start < 20 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start === colon) continue;
    if (isCreditWord(text, start, colon, language)) return true;
    // a credit glued to the caption before it: "…des ATP-TurniersBild: AFP"
    let glued = colon - 2;
    while (glued > start && !(isUpperCode(text.charCodeAt(glued)) && isLowerCode(text.charCodeAt(glued - 1)))) glued--;
    if (glued > start && isCreditWord(text, glued, colon, language)) return true;
  }
  return false;
}

/** Characters looked back from the end of a block for the "(" of a closing source note. */
const SOURCE_NOTE_MAX_CHARS = 120;

/**
 * A caption that ends with its picture's source in brackets: "Neue Seminare starten
 * im März. (Quelle: Hume/Unsplash/DJV)". The block ends with ")" and the bracket
 * opens with a source label of the language ("quelle") and a colon.
 */
function hasSourceInBrackets(text: string, from: number, to: number, scan: WordScan, language: CompiledLanguage): boolean {
  if (text.charCodeAt(to - 1) !== 0x29) return false;
  let open = to - 2;
  const stop = Math.max(from, to - SOURCE_NOTE_MAX_CHARS);
  while (open >= stop && text.charCodeAt(open) !== 0x28) open--;
  if (open < stop) return false;
  const wordStart = nextNonSpace(text, open + 1, to);
  for (let w = scan.count - 1; w >= 0; w--) {
    if (scan.starts[w]! < wordStart) return false;
    if (scan.starts[w]! > wordStart) continue;
    const colon = nextNonSpace(text, scan.ends[w]!, to);
    return colon < to && text.charCodeAt(colon) === 0x3a && language.exact.next.get(scan.ids[w]!)?.reason === 'source-label';
  }
  return false;
}

function isCreditWord(text: string, start: number, end: number, language: CompiledLanguage): boolean {
  const entry = language.vocabulary.findRange(text, start, end);
  return entry !== undefined && (entry.flags & WORD_FLAGS.credit) !== 0;
}

/**
 * The boilerplate reason a block's own words give, from the language's cue
 * phrases and a few shape detectors (dates, breadcrumbs, captions, bylines);
 * `undefined` when the block's words say nothing. `scan` holds the block's
 * words as {@link blockFeatures} recorded them.
 */
export function cueReason(text: string, from: number, to: number, scan: WordScan, features: BlockFeatures, language: CompiledLanguage): BoilerplateReason | undefined {
  const words = features.words;
  if (words > MAX_LISTED_WORDS) return isBreadcrumb(text, from, to, scan, words, language) ? 'breadcrumb' : undefined;
  if (words === 0) return undefined;
  const firstFlags = scan.flags[0]!;
  if (words <= language.maxExactWords && (firstFlags & WORD_FLAGS.startsExact) !== 0) {
    const exact = exactPhrase(scan, language.exact);
    if (exact) return exact;
  }
  if (words <= DATE_MAX_WORDS && isDateLine(text, scan)) return 'page-date';
  if (words <= DATED_ENTRY_MAX_WORDS && !features.terminal && startsWithNumericDate(text, scan)) return 'page-date';
  if (isBreadcrumb(text, from, to, scan, words, language)) return 'breadcrumb';
  // "Label: value" lines: "Quelle: dpa", "Tags: …", "Foto: …", "Foto © …".
  if (words <= LABEL_MAX_WORDS) {
    const after = nextNonSpace(text, scan.ends[0]!, to);
    const code = after < to ? text.charCodeAt(after) : 0;
    if (code === 0x3a || code === 0xa9 || code === 0x7c) {
      const labelled = (firstFlags & WORD_FLAGS.startsExact) !== 0 ? language.exact.next.get(scan.ids[0]!)?.reason : undefined;
      if (labelled && labelled !== 'widget') return labelled;
      if ((scan.flags[0]! & WORD_FLAGS.credit) !== 0) return 'caption';
    }
  }
  if (words <= CAPTION_MAX_WORDS && scan.colons > 0 && (isCredit(text, from, to, language) || hasSourceInBrackets(text, from, to, scan, language))) return 'caption';
  if (words <= PREFIX_MAX_WORDS && isArrowLink(text, from, to)) return 'related-link';
  if (words <= PREFIX_MAX_WORDS && isGuillemetLink(text, from, to)) return 'widget';
  if (words <= PREFIX_MAX_WORDS) {
    const reason = (firstFlags & WORD_FLAGS.startsPrefix) !== 0 ? phraseAt(scan, 0, language.prefix)
      : isOrdinal(text, scan) && (scan.flags[1]! & WORD_FLAGS.startsPrefix) !== 0 ? phraseAt(scan, 1, language.prefix) : undefined;
    if (reason) return reason;
    if (scan.copyright) return 'caption';
    if (isByline(text, from, to, scan, features, language) || isDatedByline(text, to, scan, features, language)) return 'byline';
    if (isAuthorBoxHeading(text, from, to, scan, features, language)) return 'author-bio';
  } else if (words <= CAPTION_MAX_WORDS && scan.copyright) return 'caption'; // a longer caption with its credit
  if (words <= ANYWHERE_MAX_WORDS) {
    const reason = phraseAnywhere(scan, language.anywhere, WORD_FLAGS.startsAnywhere);
    if (reason) return reason;
  }
  return phraseAnywhere(scan, language.anywhereLong, WORD_FLAGS.startsAnywhereLong);
}

/** Whether the block opens with an ordinal of a numbered list ("1. Pingback von …") and has words after it. */
function isOrdinal(text: string, scan: WordScan): boolean {
  return scan.count > 1 && (scan.flags[0]! & NUMERIC_WORD) !== 0 && scan.ends[0]! - scan.starts[0]! <= 3 && text.charCodeAt(scan.ends[0]!) === 0x2e;
}

/** White space as `\s` of a regular expression sees it. */
function isSpaceCode(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isLetterCode(code: number): boolean {
  return isWordCode(code) && !(code >= 48 && code <= 57) && code !== 0xb2 && code !== 0xb3 && code !== 0xb9 && !(code >= 0xbc && code <= 0xbe);
}

/** Whether every white-space separated token after the first `skip` tokens that has a letter starts (at its first letter) with a capital. */
function restIsName(text: string, from: number, to: number, skip: number): boolean {
  let token = 0;
  let names = 0;
  let i = from;
  const length = to;
  while (i < length) {
    while (i < length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= length) break;
    let firstLetter = -1;
    while (i < length && !isSpaceCode(text.charCodeAt(i))) {
      if (firstLetter < 0 && isLetterCode(text.charCodeAt(i))) firstLetter = text.charCodeAt(i);
      i++;
    }
    if (token++ < skip || firstLetter < 0) continue;
    if (!isUpperCode(firstLetter)) return false;
    names++;
  }
  return names > 0;
}

/** Whether the word at `start..end` ends with `suffix` (lower case). */
function endsWithLower(text: string, start: number, end: number, suffix: string): boolean {
  if (end - start < suffix.length) return false;
  const from = end - suffix.length;
  for (let k = 0; k < suffix.length; k++) if (lowerCode(text.charCodeAt(from + k)) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** "Von Tim Ehlers", "By Jane Doe", "CiberCuba-Redaktionsteam". */
function isByline(text: string, from: number, to: number, scan: WordScan, features: BlockFeatures, language: CompiledLanguage): boolean {
  if (features.terminal || features.words > BYLINE_MAX_WORDS) return false;
  if (opensNamedLine(text, from, to, scan, language.bylineStarts, WORD_FLAGS.startsByline)) return true;
  if (features.words <= 4) {
    for (let w = 0; w < scan.count; w++) {
      const end = scan.ends[w]!;
      if (end - scan.starts[w]! < language.bylineWordsMinLength || !language.bylineWordsLastCodes.includes(lowerCode(text.charCodeAt(end - 1)))) continue;
      for (const suffix of language.bylineWords) if (endsWithLower(text, scan.starts[w]!, end, suffix)) return true;
    }
  }
  return false;
}

/**
 * Whether the line is an opening phrase of `starts` (up to three words, the first flagged `startFlag`)
 * and a name of one to four capitalised words.
 */
function opensNamedLine(text: string, from: number, to: number, scan: WordScan, starts: PhraseNode, startFlag: number): boolean {
  if (scan.count < 2 || (scan.flags[0]! & startFlag) === 0) return false;
  let node: PhraseNode | undefined = starts;
  for (let n = 1; n <= 3 && n < scan.count; n++) {
    node = node.next.get(scan.ids[n - 1]!);
    if (node === undefined) break;
    if (node.reason === undefined) continue;
    const rest = scan.count - n;
    if (rest < 1 || rest > BYLINE_NAME_MAX_WORDS) continue;
    // the name after the cue: capitalised words in the original
    if (restIsName(text, from, to, n)) return true;
  }
  return false;
}

/** "Über Simon Dückert": the heading of an author box. */
function isAuthorBoxHeading(text: string, from: number, to: number, scan: WordScan, features: BlockFeatures, language: CompiledLanguage): boolean {
  return !features.terminal && !features.colon && features.words <= BYLINE_MAX_WORDS && opensNamedLine(text, from, to, scan, language.authorBoxStarts, WORD_FLAGS.startsAuthorBox);
}

/** "← Voriger Beitrag", "Nächster Beitrag →": a line that starts with a left arrow or ends with a right arrow links to another post. */
function isArrowLink(text: string, from: number, to: number): boolean {
  return text.charCodeAt(from) === 0x2190 || text.charCodeAt(to - 1) === 0x2192;
}

/** "Weiter »", "Jetzt anmelden »", "« Zurück": a button or link whose guillemet points away, with no partner quoting a title. */
function isGuillemetLink(text: string, from: number, to: number): boolean {
  // "Weiter »", "« Ältere Beiträge": a guillemet pointing away, spaced off, with no partner quoting a title
  if (to - from < 3) return false;
  if (text.charCodeAt(to - 1) === 0xbb && isBlank(text.charCodeAt(to - 2))) return !includesCode(text, from, to, 0xab);
  if (text.charCodeAt(from) === 0xab && isBlank(text.charCodeAt(from + 1))) return !includesCode(text, from, to, 0xbb);
  return false;
}

function includesCode(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr": a byline opening and a date in a short line. */
function isDatedByline(text: string, to: number, scan: WordScan, features: BlockFeatures, language: CompiledLanguage): boolean {
  if (!features.dated || features.terminal || features.words > DATED_BYLINE_MAX_WORDS) return false;
  let node: PhraseNode | undefined = language.bylineStarts;
  for (let w = 0; w < 3 && w < scan.count; w++) {
    node = node.next.get(scan.ids[w]!);
    if (node === undefined) break;
    if (node.reason !== undefined) return true;
  }
  // "Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski": the byline opening before a closing name
  for (let w = 1; w < scan.count - 1; w++) {
    node = language.bylineStarts.next.get(scan.ids[w]!);
    for (let k = w; node !== undefined && k < scan.count - 1; node = node.next.get(scan.ids[++k]!)) {
      if (node.reason !== undefined && scan.count - k - 1 <= BYLINE_NAME_MAX_WORDS && restIsName(text, scan.ends[k]!, to, 0)) return true;
    }
  }
  return false;
}

/** Words of the name closing a dated byline, at most. */
const BYLINE_NAME_MAX_WORDS = 4;

/** Whether a word of `text` has one of `flags` in the language's vocabulary (e.g. a profession for author biographies). */
export function hasWordWithFlags(text: string, language: CompiledLanguage, flags: number): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordCode(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const entry = language.vocabulary.findRange(text, start, i);
    if (entry !== undefined && (entry.flags & flags) !== 0) return true;
    start = -1;
  }
  return false;
}
