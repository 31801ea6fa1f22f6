import type { CompiledLanguage, PhraseNode } from './compile-language.js';
import type { BlockFeatures } from './features.js';
import { isWordCode } from './normalize.js';
import type { BoilerplateReason } from './types.js';

const PREFIX_MAX_WORDS = 25;
const ANYWHERE_MAX_WORDS = 14;
const LABEL_MAX_WORDS = 30;
const CAPTION_MAX_WORDS = 40;
const BREADCRUMB_SEPARATORS = '>›»/|→·';

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return word.length > 0 && word.length <= 4;
}

/** A line that is only a date or time: "Sonntag, April 28, 2024", "Veröffentlicht am 26. Oktober 2023". */
export function isDateLine(words: readonly string[], language: CompiledLanguage): boolean {
  if (words.length === 0 || words.length > 10) return false;
  let numbers = 0;
  let calendar = 0;
  for (const word of words) {
    if (isNumber(word)) numbers++;
    else if (language.months.has(word) || language.weekdays.has(word)) calendar++;
    else if (!language.dateWords.has(word)) return false;
  }
  return numbers >= 1 && (calendar >= 1 || numbers >= 2);
}

function nextNonSpace(text: string, from: number): string {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) i++;
  return text[i] ?? '';
}

function isUpperLetter(char: string): boolean {
  return char !== '' && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** "StartPolitikGesetzgebung…", "Home › Politik › …", "Sie sind hier: …". */
export function isBreadcrumb(text: string, language: CompiledLanguage): boolean {
  const lower = text.slice(0, 24).toLowerCase();
  for (const start of language.breadcrumbStarts) {
    if (!lower.startsWith(start)) continue;
    const after = text[start.length] ?? '';
    if (isUpperLetter(after)) return true;
    if (BREADCRUMB_SEPARATORS.includes(nextNonSpace(text, start.length))) return true;
  }
  if (text.length > 250) return false;
  let separators = 0;
  for (let i = 1; i + 1 < text.length; i++) {
    const char = text[i] ?? '';
    if ((char === '›' || char === '>' || char === '»' || char === '→') && text[i - 1] === ' ' && text[i + 1] === ' ') separators++;
  }
  return separators >= 2;
}

/** The reason of the phrase of the trie `phrases` that is exactly `words`, if any. */
function exactPhrase(words: readonly string[], phrases: PhraseNode): BoilerplateReason | undefined {
  let node: PhraseNode | undefined = phrases;
  for (const word of words) {
    node = node.next.get(word);
    if (node === undefined) return undefined;
  }
  return node.reason;
}

/** A credit word directly before a colon anywhere in the block: "(Foto: Getty)", "Bild: dpa". */
function isCredit(text: string, language: CompiledLanguage): boolean {
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && colon - start < 20 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start < colon && language.creditWords.has(text.slice(start, colon).toLowerCase())) return true;
  }
  return false;
}

/** The reason of the first phrase of the trie `phrases` that starts at word `from`, if any. */
function phraseAt(words: readonly string[], from: number, phrases: PhraseNode): BoilerplateReason | undefined {
  let node: PhraseNode | undefined = phrases;
  for (let i = from; i < words.length; i++) {
    node = node.next.get(words[i]!);
    if (node === undefined) return undefined;
    if (node.reason !== undefined) return node.reason;
  }
  return undefined;
}

/**
 * The boilerplate reason a block's own words give, from the language's cue
 * phrases and a few shape detectors (dates, breadcrumbs, captions, bylines);
 * `undefined` when the block's words say nothing.
 */
export function cueReason(text: string, features: BlockFeatures, language: CompiledLanguage): BoilerplateReason | undefined {
  const words = features.lowerWords;
  if (words === undefined) return isBreadcrumb(text, language) ? 'breadcrumb' : undefined;
  if (words.length === 0) return undefined;
  if (words.length <= language.maxExactWords) {
    const exact = exactPhrase(words, language.exactTrie);
    if (exact) return exact;
  }
  if (features.words <= 10 && isDateLine(words, language)) return 'page-date';
  if (isBreadcrumb(text, language)) return 'breadcrumb';
  const firstWord = words[0] ?? '';
  // "Label: value" lines: "Quelle: dpa", "Tags: …", "Foto: …", "Foto © …".
  if (features.words <= LABEL_MAX_WORDS) {
    const head = text.slice(0, 80).toLowerCase();
    const afterFirst = nextNonSpace(head, head.indexOf(firstWord) + firstWord.length);
    if (afterFirst === ':' || afterFirst === '©' || afterFirst === '|') {
      const labelled = language.exact.get(firstWord);
      if (labelled && labelled !== 'widget') return labelled;
      if (language.creditWords.has(firstWord)) return 'caption';
    }
  }
  if (features.words <= CAPTION_MAX_WORDS && isCredit(text, language)) return 'caption';
  if (features.words <= PREFIX_MAX_WORDS) {
    const reason = phraseAt(words, 0, language.prefix);
    if (reason) return reason;
    if (text.includes('©') && features.words <= LABEL_MAX_WORDS) return 'caption';
    if (isByline(text, words, features, language)) return 'byline';
  }
  if (features.words <= ANYWHERE_MAX_WORDS) {
    for (let i = 0; i < words.length; i++) {
      const reason = phraseAt(words, i, language.anywhere);
      if (reason) return reason;
    }
  }
  if (language.anywhereLong.next.size > 0) {
    for (let i = 0; i < words.length; i++) {
      const reason = phraseAt(words, i, language.anywhereLong);
      if (reason) return reason;
    }
  }
  return undefined;
}

/** "Von Tim Ehlers", "By Jane Doe", "CiberCuba-Redaktionsteam". */
export function isByline(text: string, words: readonly string[], features: BlockFeatures, language: CompiledLanguage): boolean {
  if (features.terminal || features.words > 7) return false;
  for (let n = 1; n <= 3 && n < words.length; n++) {
    if (!language.bylineStarts.has(n === 1 ? words[0]! : words.slice(0, n).join(' '))) continue;
    const rest = words.length - n;
    if (rest < 1 || rest > 4) continue;
    // the name after the cue: capitalised words in the original
    const nameWords = text.split(/\s+/).slice(n).filter((word) => /\p{L}/u.test(word));
    if (nameWords.length > 0 && nameWords.every((word) => /^[\p{Lu}]/u.test(word.replace(/^[^\p{L}]+/u, '')))) return true;
  }
  if (features.words <= 4) {
    for (const word of words) {
      for (const suffix of language.bylineWords) if (word.endsWith(suffix)) return true;
    }
  }
  return false;
}
