/**
 * Finds quotation-mark pairs in one linear pass: a per-document style vote,
 * then a stack per mark family, closed at each paragraph (line) end.
 *
 * @internal
 */
import { isWordCode } from '../shared/char-case.js';
import { CLOSING_PUNCTUATION, OPENING_PUNCTUATION, QUOTE_MARK_BY_CODE, TWO_LETTER_CLITICS, type MarkFamily, type QuoteMarkEntry } from './data/marks.js';

/** A pair of marks before attribution. */
export interface MarkPair {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  open: string;
  close: string;
  unclosed: boolean;
  family: MarkFamily;
  children: MarkPair[];
}

/** Which way the ambiguous marks go in this document. */
export interface MarkStyle {
  /** “ and ‘ close (German „…“ ‚…‘) rather than open (English “…” ‘…’). */
  lowNineCloses: boolean;
  /** » opens and « closes (German »…«) rather than the reverse (French/Swiss «…»). */
  rightGuillemetOpens: boolean;
}

const isSpaceCode = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 12;

const isWordChar = (char: string): boolean => char !== '' && isWordCode(char.charCodeAt(0));

const OPENING_CODES = new Set(Array.from(OPENING_PUNCTUATION, (char) => char.charCodeAt(0)));
const CLOSING_CODES = new Set(Array.from(CLOSING_PUNCTUATION, (char) => char.charCodeAt(0)));

/** Looks like an opening mark: followed by a non-space, preceded by a space, start, bracket or another mark. */
function opensHere(text: string, index: number): boolean {
  const next = text.charCodeAt(index + 1);
  if (Number.isNaN(next) || isSpaceCode(next)) return false;
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  return isSpaceCode(prev) || OPENING_CODES.has(prev) || QUOTE_MARK_BY_CODE.has(prev);
}

/** Looks like a closing mark: preceded by a non-space, followed by a space, end, punctuation or another mark. */
function closesHere(text: string, index: number): boolean {
  if (index === 0) return false;
  const prev = text.charCodeAt(index - 1);
  if (isSpaceCode(prev)) return false;
  const next = text.charCodeAt(index + 1);
  return Number.isNaN(next) || isSpaceCode(next) || CLOSING_CODES.has(next) || QUOTE_MARK_BY_CODE.has(next);
}

/** An apostrophe: between letters (geht’s), or before a clitic after a space (’s, 'n, ’ne). */
function isApostrophe(text: string, index: number): boolean {
  const prev = text[index - 1] ?? '';
  const next = text[index + 1] ?? '';
  if (isWordChar(prev) && isWordChar(next)) return true;
  if (isWordChar(next) && !isWordChar(text[index + 2] ?? '')) return true; // ’s Wirtshaus, 'n
  if (isWordChar(next) && isWordChar(text[index + 2] ?? '') && !isWordChar(text[index + 3] ?? '') && TWO_LETTER_CLITICS.has(text.slice(index + 1, index + 3).toLowerCase())) return true;
  return false;
}

/**
 * Votes on the document's style: „ and ‚ make “ ‘ closers; » after a space
 * versus « after a space decides the guillemets.
 */
export function voteMarkStyle(text: string, marks: readonly number[] = scanMarks(text)): MarkStyle {
  let lowNine = 0;
  let curlyOpening = 0;
  let rightOpening = 0;
  let leftOpening = 0;
  for (let k = 0; k < marks.length; k++) {
    const index = marks[k]!;
    const code = text.charCodeAt(index);
    if (code === 0x201e || code === 0x201a) lowNine++;
    else if (code === 0x201c) {
      if (opensHere(text, index) && !closesHere(text, index)) curlyOpening++;
    } else if (code === 0xbb) {
      if (opensHere(text, index)) rightOpening++;
    } else if (code === 0xab && opensHere(text, index)) leftOpening++;
  }
  return { lowNineCloses: lowNine > 0 && lowNine * 2 >= curlyOpening, rightGuillemetOpens: rightOpening > leftOpening };
}

/** Every quotation mark of the table (a regex character class is the fastest scan V8 has). */
const MARK_SCAN = /["'\u00AB\u00BB\u2018\u2019\u201A\u201C\u201D\u201E\u201F\u2039\u203A\uFF02]/g;

/**
 * Offsets of every quotation mark in `text`, in order: one linear scan, shared
 * by the style vote and the pairing (a plain array: a typed array costs more
 * to allocate than most texts have marks).
 */
export function scanMarks(text: string): number[] {
  const found: number[] = [];
  const scan = MARK_SCAN;
  scan.lastIndex = 0;
  while (scan.test(text)) found.push(scan.lastIndex - 1);
  scan.lastIndex = 0;
  return found;
}

/** Deeper nesting is not real quotation; capping it keeps results linear in size. */
const MAX_DEPTH = 12;

interface OpenEntry {
  index: number;
  entry: QuoteMarkEntry;
  family: MarkFamily;
  children: MarkPair[] | null;
}

type Direction = 'open' | 'close' | 'none';

function directionOf(
  entry: QuoteMarkEntry,
  text: string,
  index: number,
  hasOpen: boolean,
  style: MarkStyle,
): Direction {
  if (entry.behaviour === 'open') return 'open';
  const opens = opensHere(text, index);
  const closes = closesHere(text, index);
  switch (entry.behaviour) {
    case 'close-or-open':
      if (hasOpen && (style.lowNineCloses || closes || !opens)) return 'close';
      if (entry.family === 'single' && isApostrophe(text, index)) return 'none';
      if (opens) return 'open';
      return 'none';
    case 'close':
      if (entry.apostrophe && isApostrophe(text, index)) return 'none';
      if (hasOpen && (closes || !opens)) return 'close';
      if (!hasOpen && opens && !closes && !entry.apostrophe) return 'open';
      return 'none';
    case 'straight':
      if (entry.apostrophe) {
        if (isApostrophe(text, index)) return 'none';
        if (hasOpen && closes) return 'close';
        if (opens && !isWordChar(text[index - 1] ?? '')) return 'open';
        return 'none';
      }
      if (hasOpen && closes) return 'close';
      if (opens) return 'open';
      if (hasOpen) return 'close';
      return 'none';
    case 'guillemet-left': {
      const leftOpens = !style.rightGuillemetOpens;
      if (leftOpens) return opens || !hasOpen ? 'open' : 'close';
      return hasOpen ? 'close' : 'none';
    }
    case 'guillemet-right': {
      if (style.rightGuillemetOpens) return opens || !hasOpen ? 'open' : 'close';
      return hasOpen ? 'close' : 'none';
    }
  }
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (isWordCode(text.charCodeAt(i))) return true;
  }
  return false;
}

/** The pairing state of one text: the open marks, the finished top-level pairs, open counts per family. */
interface PairingState {
  text: string;
  top: MarkPair[];
  stack: OpenEntry[];
  openCount: Record<MarkFamily, number>;
}

/** Where a finished pair goes: the children of the innermost open mark, else the top level. */
function childrenOfTop(state: PairingState): MarkPair[] {
  const { stack } = state;
  if (stack.length === 0) return state.top;
  const parent = stack[stack.length - 1]!;
  if (parent.children === null) parent.children = [];
  return parent.children;
}

/** Hands the children of an entry that will not become a quote to its parent. */
function adoptChildren(state: PairingState, entry: OpenEntry): void {
  if (entry.children === null) return;
  const target = childrenOfTop(state);
  for (const child of entry.children) target.push(child);
}

/** Pops one entry that will not become a quote; its children go to its parent. */
function discard(state: PairingState, entry: OpenEntry): void {
  state.openCount[entry.family]--;
  adoptChildren(state, entry);
}

/** Closes `entry` at `closeIndex` with `closeMark` (`''`: cut off by the paragraph end). */
function accept(state: PairingState, entry: OpenEntry, closeIndex: number, closeMark: string): void {
  const text = state.text;
  const unclosed = closeMark === '';
  let contentStart = entry.index + 1;
  let contentEnd = closeIndex;
  while (contentStart < contentEnd && isSpaceCode(text.charCodeAt(contentStart))) contentStart++;
  while (contentEnd > contentStart && isSpaceCode(text.charCodeAt(contentEnd - 1))) contentEnd--;
  state.openCount[entry.family]--;
  const minimum = entry.family === 'single' || entry.family === 'single-guillemet' ? 3 : 1;
  if (contentEnd - contentStart < minimum || !hasLetter(text, contentStart, contentEnd)) {
    adoptChildren(state, entry);
    return;
  }
  childrenOfTop(state).push({
    start: entry.index,
    end: unclosed ? contentEnd : closeIndex + 1,
    contentStart,
    contentEnd,
    open: entry.entry.mark,
    close: closeMark,
    unclosed,
    family: entry.family,
    children: entry.children ?? [],
  });
}

/**
 * Ends a paragraph at `paragraphEnd`: keeps only the outermost unclosed quote
 * of each family (inner unclosed marks of the same family are strays; single
 * marks left open are apostrophes).
 */
function closeParagraph(state: PairingState, paragraphEnd: number): void {
  const { stack } = state;
  const kept = new Set<OpenEntry>();
  const seen = new Set<MarkFamily>();
  for (const entry of stack) {
    if (entry.family === 'single' || entry.family === 'single-guillemet' || seen.has(entry.family)) continue;
    seen.add(entry.family);
    kept.add(entry);
  }
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (kept.has(entry)) accept(state, entry, paragraphEnd, '');
    else discard(state, entry);
  }
}

/**
 * Pairs every quotation mark of `text`. Linear: each mark is pushed and
 * popped at most once; a paragraph end closes whatever is still open.
 */
export function pairQuoteMarks(text: string, style: MarkStyle, marks: readonly number[] = scanMarks(text)): MarkPair[] {
  const state: PairingState = { text, top: [], stack: [], openCount: { double: 0, single: 0, guillemet: 0, 'single-guillemet': 0 } };
  const { stack, openCount } = state;
  const length = text.length;
  // The next newline after the last mark seen, found lazily (each stretch of text is searched once).
  let newline = -1;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    const code = text.charCodeAt(i);
    if (stack.length > 0) {
      if (newline < (k > 0 ? marks[k - 1]! : 0)) {
        newline = text.indexOf('\n', k > 0 ? marks[k - 1]! : 0);
        if (newline < 0) newline = length;
      }
      if (newline < i) closeParagraph(state, newline);
    }
    const entry = QUOTE_MARK_BY_CODE.get(code);
    if (entry === undefined) continue;
    const hasOpen = openCount[entry.family] > 0;
    const direction = directionOf(entry, text, i, hasOpen, style);
    if (direction === 'open' && stack.length < MAX_DEPTH) {
      stack.push({ index: i, entry, family: entry.family, children: null });
      openCount[entry.family]++;
    } else if (direction === 'close' && hasOpen) {
      let popped = stack.pop()!;
      while (popped.family !== entry.family) {
        discard(state, popped);
        popped = stack.pop()!;
      }
      accept(state, popped, i, entry.mark);
    }
  }
  if (stack.length > 0) {
    const last = marks.length > 0 ? marks[marks.length - 1]! : 0;
    const end = text.indexOf('\n', last);
    closeParagraph(state, end < 0 ? length : end);
  }
  return state.top;
}
