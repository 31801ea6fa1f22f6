import type { CompiledLanguage } from './compile-language.js';
import { hasWordWithFlags } from './cues.js';
import { blockFeatures, type BlockFeatures } from './features.js';
import { normalizeForMatch, templateKey } from './normalize.js';
import { contentRegions } from './regions.js';
import type { RawBlock } from './split-lines.js';
import type { BlockKind, BoilerplateReason } from './types.js';
import { WORD_FLAGS } from './word-flags.js';
import { wordLowerCode } from '../shared/char-case.js';

/** jusText's context-free classes. */
type ContextClass = 'good' | 'near-good' | 'short' | 'bad';

/** Thresholds of the classifier: jusText's, adapted to plain-text lines (tuned on the even-indexed dev pages, see scripts/eval-clean.ts). */
export const THRESHOLDS = {
  /** Below this many characters a block is `short` and decided by its neighbours. */
  lengthLow: 40,
  /** Above this many characters a dense block is `good` on its own. */
  lengthHigh: 150,
  /** Stopword density from which a block is at least `near-good`. */
  stopwordsLow: 0.15,
  /** Stopword density from which a long block is `good`. */
  stopwordsHigh: 0.32,
  /** A heading-like block followed by good text within this many characters counts as near-good. */
  maxHeadingDistance: 300,
  /** A line with a date and at most this many words is a byline or time stamp, passed over when searching the title. */
  metaMaxWords: 8,
  /** Blocks looked back from the first good block when searching the title. */
  titleWindow: 8,
};

/** Weights of the region search: what a block adds to or takes from the article body's score. */
export const REGION = {
  /**
   * A block with a boilerplate cue: a wall. The article body does not reach
   * across share prompts, related links, comment sections or footers; what
   * lies beyond must form a region of its own.
   */
  cuePenalty: 4000,
  /** Near-good blocks count this share of their length. */
  nearGoodWeight: 0.7,
  /** A short block jusText kept. */
  shortKeptPenalty: 15,
  /** A short block jusText dropped. */
  shortPenalty: 20,
  /** Long blocks with few function words cost this share of their length. */
  badWeight: 0.1,
  /** Regions before the main region must score this share of it. */
  leftShare: 0.03,
  /** Regions after the main region must score this share of it (1: none is ever added). */
  rightShare: 1,
  /** … and at least this much. */
  minScore: 50,
  /** A heading-like kept line with more dropped lines than this before the next kept line is dropped. */
  headingMaxGap: 3,
  /** Outside the regions, good blocks of at least this many characters … */
  outsideMinChars: 300,
  /** … and this stopword density are kept (before any comment section). */
  outsideMinDensity: 0.38,
  /** Which blocks without cues are kept inside a region. */
  keepInside: (c: string, f: BlockFeatures): boolean => c !== 'bad' || f.density > 0,
};

/** Characters of a teaser line of a link list, at most. */
const TEASER_MAX_CHARS = 200;

/**
 * Reasons of blocks that stand inside article bodies (photo credits between
 * paragraphs, an ad slot): the body goes on across them.
 */
function isInlineReason(reason: BoilerplateReason | undefined): boolean {
  return reason === 'caption' || reason === 'advertisement';
}

/**
 * The article body goes on across captions and ad slots: a good or near-good
 * block whose nearest block before (or after) that is not such a cue line is
 * kept is kept too. Two sweeps, so a chain of paragraphs and captions is
 * taken whole.
 */
function bridgeInlineCues(reasons: readonly (BoilerplateReason | undefined)[], classes: readonly ContextClass[], final: ContextClass[]): void {
  const n = final.length;
  const bridgeable = (i: number) => reasons[i] === undefined && (classes[i] === 'good' || classes[i] === 'near-good');
  for (const [from, to, step] of [[0, n, 1], [n - 1, -1, -1]] as const) {
    let afterKept = false;
    let crossed = false;
    for (let i = from; i !== to; i += step) {
      if (isInlineReason(reasons[i])) {
        crossed = true;
        continue;
      }
      if (final[i] !== 'good' && afterKept && crossed && bridgeable(i)) final[i] = 'good';
      afterKept = final[i] === 'good';
      crossed = false;
    }
  }
}

/**
 * A list between two kept blocks belongs to the article ("- Ort: Kasberg im
 * Frankenland" between paragraphs of a report) when its items are phrases,
 * not the one- or two-word items of a menu: a run of list items without cues,
 * with kept blocks right before and after it, and {@link ENCLOSED_LIST}
 * words per item on average, is kept.
 */
function keepEnclosedLists(features: readonly BlockFeatures[], reasons: readonly (BoilerplateReason | undefined)[], final: ContextClass[]): void {
  const n = final.length;
  let i = 0;
  while (i < n) {
    if (!features[i]!.listItem || reasons[i] !== undefined) {
      i++;
      continue;
    }
    let end = i;
    let words = 0;
    while (end < n && features[end]!.listItem && reasons[end] === undefined) words += features[end++]!.words;
    const enclosed = i > 0 && end < n && final[i - 1] === 'good' && final[end] === 'good';
    if (enclosed && words >= ENCLOSED_LIST.minWordsPerItem * (end - i)) for (let k = i; k < end; k++) final[k] = 'good';
    i = end;
  }
}

/** Words per item from which {@link keepEnclosedLists} takes a list for article text. */
export const ENCLOSED_LIST = { minWordsPerItem: 3 };

/** A short line that reads as a sentence: ends like one, has a few words and function words among them. */
function isShortSentence(f: BlockFeatures): boolean {
  return f.terminal && !f.listItem && f.words >= SHORT_SENTENCE.minWords && f.density >= SHORT_SENTENCE.minDensity;
}

/** What makes a short line a sentence that belongs to the article body next to it. */
export const SHORT_SENTENCE = { minWords: 3, minDensity: 0.2 };

/**
 * Short sentences right before a kept block lead into it ("Für eine 26er
 * Springform.", "Es werden Whiskys verkostet."): jusText drops them when the
 * block before is boilerplate. (After a kept block, short sentences are as
 * often a sign-off of the page as of the article, so they are left alone.)
 */
function attachShortSentences(features: readonly BlockFeatures[], reasons: readonly (BoilerplateReason | undefined)[], classes: readonly ContextClass[], final: ContextClass[]): void {
  const n = final.length;
  const attachable = (i: number) => final[i] !== 'good' && reasons[i] === undefined && classes[i] === 'short' && isShortSentence(features[i]!);
  for (let i = n - 2; i >= 0; i--) if (final[i + 1] === 'good' && attachable(i)) final[i] = 'good';
}

/**
 * A set of lines keyed by length first: most lines of a page differ in
 * length, so a string is hashed (read whole) only when another line of the
 * same length was added before.
 */
class SeenLines {
  private readonly byLength = new Map<number, string | Set<string>>();

  /** Adds `line`; returns whether it was there already. */
  add(line: string): boolean {
    const known = this.byLength.get(line.length);
    if (known === undefined) {
      this.byLength.set(line.length, line);
      return false;
    }
    if (typeof known === 'string') {
      if (known === line) return true;
      this.byLength.set(line.length, new Set([known, line]));
      return false;
    }
    if (known.has(line)) return true;
    known.add(line);
    return false;
  }
}

/** Where the text after a leading "1. " ordinal starts in `text`, or -1 when it does not start with ordinal `ordinal`. */
function afterOrdinal(text: string, ordinal: number): number {
  const digits = String(ordinal);
  if (!text.startsWith(digits)) return -1;
  let at = digits.length;
  if (text.charCodeAt(at) !== 0x2e) return -1;
  at++;
  if (at < text.length && text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0xa0) return -1;
  while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0)) at++;
  return at;
}

/**
 * A breadcrumb trail written as a numbered list, one step a line ("1. Startseite",
 * "2. Aktuelles", "3. Pressemitteilungen", "4. <title of the page>"): a line
 * that is "1." and a breadcrumb opening of the language (followed at most by a
 * separator), and the lines right after it numbered 2, 3, … on, are a breadcrumb.
 */
function markNumberedTrails(blocks: readonly RawBlock[], language: CompiledLanguage, reasons: (BoilerplateReason | undefined)[]): void {
  const n = blocks.length;
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    if (text.charCodeAt(0) !== 0x31) continue; // "1"
    const at = afterOrdinal(text, 1);
    if (at < 0 || text.length - at > NUMBERED_TRAIL.maxStartChars) continue;
    const rest = normalizeForMatch(text.slice(at));
    if (!language.breadcrumbStarts.includes(rest)) continue;
    let end = i + 1;
    while (end < n && end - i < NUMBERED_TRAIL.maxSteps && afterOrdinal(blocks[end]!.text, end - i + 1) >= 0) end++;
    for (let k = i; k < end; k++) reasons[k] ??= 'breadcrumb';
    i = end - 1;
  }
}

/** Steps of a numbered breadcrumb trail looked at, at most; characters of its first step after "1.", at most. */
const NUMBERED_TRAIL = { maxSteps: 12, maxStartChars: 40 };

/**
 * Where the article text starts, for the title search: a good block, or a
 * near-good one that is a paragraph (ends like a sentence, at least
 * {@link THRESHOLDS.lengthHigh} characters, a stopword density at least midway
 * between the two density thresholds) — a lead with many names and
 * numbers has fewer function words, and the title is above it, not below.
 */
function opensArticle(c: ContextClass, f: BlockFeatures): boolean {
  return c === 'good' || (c === 'near-good' && f.terminal && f.chars >= THRESHOLDS.lengthHigh &&
    f.density >= (THRESHOLDS.stopwordsLow + THRESHOLDS.stopwordsHigh) / 2);
}

/**
 * The first word character of `text`, lower-cased and with digits folded to 0, as {@link templateKey}
 * reads it (-1 without one): lines with equal keys start with the same one.
 */
function firstKeyCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const lower = wordLowerCode(text.charCodeAt(i));
    if (lower !== 0) return lower >= 48 && lower <= 57 ? 48 : lower;
  }
  return -1;
}

/**
 * A kept list item that also stands elsewhere on the page as a dropped line is a teaser of a link list
 * repeated in the page's navigation ("- Verweigert der Anwalt die Maske, …" in both). Lines are compared by
 * {@link templateKey}; only dropped lines that start (see {@link firstKeyCode}) like one of the page's kept
 * list items are keyed.
 */
function dropRepeatedTeasers(blocks: readonly RawBlock[], features: readonly BlockFeatures[], reasons: readonly (BoilerplateReason | undefined)[], final: ContextClass[], title: number): void {
  const n = blocks.length;
  const isTeaser = (i: number) => final[i] === 'good' && i !== title && features[i]!.listItem && features[i]!.chars <= TEASER_MAX_CHARS;
  const teaserStarts = new Set<number>();
  for (let i = 0; i < n; i++) if (isTeaser(i)) teaserStarts.add(firstKeyCode(blocks[i]!.text));
  if (teaserStarts.size === 0) return;
  const droppedLines = new Set<number>();
  for (let i = 0; i < n; i++) {
    const reason = reasons[i];
    if (final[i] === 'good' || reason === 'duplicate' || reason === 'duplicate-title' || features[i]!.chars > TEASER_MAX_CHARS) continue;
    if (teaserStarts.has(firstKeyCode(blocks[i]!.text))) droppedLines.add(templateKey(blocks[i]!.text));
  }
  if (droppedLines.size === 0) return;
  for (let i = 0; i < n; i++) if (isTeaser(i) && droppedLines.has(templateKey(blocks[i]!.text))) final[i] = 'bad';
}

/** One block with its features and decision. */
export interface Decision {
  block: RawBlock;
  features: BlockFeatures;
  kind: BlockKind;
  reason?: BoilerplateReason;
}

/** Extra knowledge handed to the classifier (corpus mode). */
export interface ClassifyContext {
  /** Indices of blocks that are lines repeated across a site's pages. */
  templateBlocks?: ReadonlySet<number>;
}

function isHeadingLike(features: BlockFeatures): boolean {
  return !features.terminal && !features.listItem && features.startsUpper && features.words >= 1 && features.words <= 25 && features.chars <= 200;
}

/** A short line with a date: the byline or time stamp between a title and its article, never the title. */
function isMetaLine(features: BlockFeatures): boolean {
  return features.dated && features.words <= THRESHOLDS.metaMaxWords;
}

function isTitleLike(features: BlockFeatures): boolean {
  return (
    !features.terminal && !features.listItem && !features.colon && features.startsUpper &&
    features.words >= 2 && features.words <= 25 && features.chars >= 15 && features.chars <= 220 &&
    features.digits < 0.5 // a line of mostly numbers is a date or a time stamp, not a title
  );
}

/**
 * For every block, the class of the nearest block before (`prev`) and after
 * (`next`) it that is good or bad (and near-good unless ignored); `'bad'` at
 * the edges. Two linear sweeps, so long runs of short blocks stay linear.
 */
function neighbours(classes: readonly ContextClass[], ignoreNearGood: boolean): { prev: ContextClass[]; next: ContextClass[] } {
  const decisive = (c: ContextClass | undefined) => c === 'good' || c === 'bad' || (c === 'near-good' && !ignoreNearGood);
  const prev = new Array<ContextClass>(classes.length);
  const next = new Array<ContextClass>(classes.length);
  let last: ContextClass = 'bad';
  for (let i = 0; i < classes.length; i++) {
    prev[i] = last;
    if (decisive(classes[i])) last = classes[i]!;
  }
  last = 'bad';
  for (let i = classes.length - 1; i >= 0; i--) {
    next[i] = last;
    if (decisive(classes[i])) last = classes[i]!;
  }
  return { prev, next };
}

/** Reasons a block keeps or loses by where it stands, for {@link classifyBlocks}' phases. */
type Reasons = (BoilerplateReason | undefined)[];

/** Every block's features, and the reason its own words give. */
function featuresAndCues(page: string, blocks: readonly RawBlock[], language: CompiledLanguage): { features: BlockFeatures[]; reasons: Reasons } {
  const n = blocks.length;
  const features = new Array<BlockFeatures>(n);
  const reasons: Reasons = new Array<BoilerplateReason | undefined>(n);
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    const f = blockFeatures(page, language, block.start, block.end);
    features[i] = f;
    reasons[i] = f.cue;
  }
  return { features, reasons };
}

/**
 * Author biographies: a block mentioning the profession right after a byline, in the second half of the page;
 * the block right after an author box heading ("Über Simon Dückert"), which counts only in the second half of
 * the page or after the article's end (a share prompt, related links, … after a paragraph).
 */
function markAuthorBios(blocks: readonly RawBlock[], features: readonly BlockFeatures[], reasons: Reasons, language: CompiledLanguage): void {
  const n = blocks.length;
  const total = n === 0 ? 0 : blocks[n - 1]!.end;
  let paragraphSeen = false;
  let articleEnded = false;
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    if (reasons[i] === undefined && f.chars > THRESHOLDS.lengthHigh && f.density >= THRESHOLDS.stopwordsHigh) paragraphSeen = true;
    else if (paragraphSeen && reasons[i] !== undefined && language.articleEndReasons.has(reasons[i]!) && reasons[i] !== 'author-bio') articleEnded = true;
    if (reasons[i] === 'author-bio') {
      if (blocks[i]!.start < total / 2 && !articleEnded) reasons[i] = undefined;
      else if (i + 1 < n && reasons[i + 1] === undefined && features[i + 1]!.words <= 120) reasons[++i] = 'author-bio';
      continue;
    }
    if (reasons[i] !== 'byline') continue;
    for (let j = i + 1; j <= i + 2 && j < n; j++) {
      if (reasons[j] !== undefined || features[j]!.words > 120 || blocks[j]!.start < total / 2) continue;
      if (hasWordWithFlags(blocks[j]!.text, language, WORD_FLAGS.bio)) reasons[j] = 'author-bio';
    }
  }
}

/** jusText's context-free classes. */
function contextFreeClasses(features: readonly BlockFeatures[], reasons: Reasons): ContextClass[] {
  return features.map((f, i) => {
    if (reasons[i] !== undefined) return 'bad';
    if (f.chars < THRESHOLDS.lengthLow) return 'short';
    if (f.density >= THRESHOLDS.stopwordsHigh) return f.chars > THRESHOLDS.lengthHigh ? 'good' : 'near-good';
    if (f.density >= THRESHOLDS.stopwordsLow) return 'near-good';
    return 'bad';
  });
}

/** Template lines that are long, dense real content between content stay content (syndicated text). */
function keepSyndicatedText(templateBlocks: ReadonlySet<number>, features: readonly BlockFeatures[], reasons: Reasons, classes: ContextClass[]): void {
  const near = neighbours(classes, false);
  const content = (c: ContextClass | undefined) => c === 'good' || c === 'near-good';
  for (const i of templateBlocks) {
    if (reasons[i] !== 'template') continue;
    const f = features[i]!;
    if (f.chars >= 2 * THRESHOLDS.lengthLow && f.density >= THRESHOLDS.stopwordsHigh && content(near.prev[i]) && content(near.next[i])) {
      reasons[i] = undefined;
      classes[i] = 'good';
    }
  }
}

/**
 * jusText: heading-like short blocks followed closely by good text become near-good.
 * One backward sweep: the nearest good block after each block and the characters between.
 * (Only near-good is assigned here, so which blocks are good does not change during the loop.)
 */
function promoteHeadings(features: readonly BlockFeatures[], reasons: Reasons, classes: ContextClass[]): void {
  let nextGood = -1;
  let charsBefore = 0; // characters of the blocks after i up to (not including) nextGood
  for (let i = classes.length - 1; i >= 0; i--) {
    if (reasons[i] === undefined && (classes[i] === 'short' || classes[i] === 'bad') && nextGood >= 0 &&
      charsBefore <= THRESHOLDS.maxHeadingDistance && isHeadingLike(features[i]!)) {
      classes[i] = 'near-good';
    }
    if (classes[i] === 'good') {
      nextGood = i;
      charsBefore = 0;
    } else charsBefore += features[i]!.chars;
  }
}

/** jusText's context-sensitive pass: short blocks take the class of their neighbours, then near-good blocks are good unless both neighbours are bad. */
function contextSensitiveClasses(classes: readonly ContextClass[]): ContextClass[] {
  const n = classes.length;
  const afterShort = classes.slice();
  const strict = neighbours(classes, true);
  const loose = neighbours(classes, false);
  for (let i = 0; i < n; i++) {
    if (classes[i] !== 'short') continue;
    const prev = strict.prev[i];
    const next = strict.next[i];
    if (prev === 'good' && next === 'good') afterShort[i] = 'good';
    else if (prev === 'bad' && next === 'bad') afterShort[i] = 'bad';
    else if (prev === 'bad' && loose.prev[i] === 'near-good') afterShort[i] = 'good';
    else if (next === 'bad' && loose.next[i] === 'near-good') afterShort[i] = 'good';
    else afterShort[i] = 'bad';
  }
  const final = afterShort.slice();
  const resolved = neighbours(afterShort, true);
  for (let i = 0; i < n; i++) {
    if (afterShort[i] !== 'near-good') continue;
    final[i] = resolved.prev[i] === 'bad' && resolved.next[i] === 'bad' ? 'bad' : 'good';
  }
  return final;
}

type Region = { start: number; end: number; score: number };

/**
 * The article body: the best-scoring contiguous regions (Body Text Extraction over blocks). Inside them
 * blocks without cues are kept; outside them, a long paragraph dense with function words is still article
 * text (jusText keeps every good block), unless a comment section or the page's end furniture has begun.
 */
function keepArticleRegions(features: readonly BlockFeatures[], reasons: Reasons, classes: readonly ContextClass[], final: ContextClass[]): Region[] {
  const n = classes.length;
  const scores = classes.map((c, i) => {
    const f = features[i]!;
    if (reasons[i] !== undefined) return -REGION.cuePenalty;
    if (c === 'good') return f.chars;
    if (c === 'near-good') return f.chars * REGION.nearGoodWeight;
    if (c === 'short') return final[i] === 'good' ? -REGION.shortKeptPenalty : -REGION.shortPenalty;
    return -f.chars * REGION.badWeight;
  });
  const regions = contentRegions(scores, REGION.leftShare, REGION.rightShare, REGION.minScore);
  const inRegion = new Array<boolean>(n).fill(false);
  for (const region of regions) for (let i = region.start; i <= region.end; i++) inRegion[i] = true;
  if (regions.length === 0) {
    // Nothing scores as article text (a short note, a page of short lines): keep the sentence-like lines.
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      if (reasons[i] === undefined && f.terminal && f.words >= 3 && f.density > 0) inRegion[i] = true;
    }
  }
  const firstRegionStart = regions[0]?.start ?? n;
  let commentsFrom = n;
  for (let i = 0; i < n; i++) {
    if (reasons[i] === 'comments') {
      commentsFrom = i;
      break;
    }
  }
  const keepOutside = (i: number): boolean => {
    const f = features[i]!;
    return i > firstRegionStart && i < commentsFrom && classes[i] === 'good' && reasons[i] === undefined &&
      f.chars >= REGION.outsideMinChars && f.density >= REGION.outsideMinDensity;
  };
  for (let i = 0; i < n; i++) {
    if (!inRegion[i]) final[i] = keepOutside(i) ? 'good' : 'bad';
    else if (reasons[i] === undefined && REGION.keepInside(classes[i]!, features[i]!)) final[i] = 'good';
  }
  return regions;
}

/**
 * Where the article opens (the first block of the first region that {@link opensArticle}, -1 without
 * regions) and the title: the heading-like block just before it (a repeated one wins, its earliest copy).
 */
function findTitle(blocks: readonly RawBlock[], features: readonly BlockFeatures[], reasons: Reasons, classes: readonly ContextClass[], firstRegion: Region | undefined): { title: number; firstGood: number } {
  let title = -1;
  let firstGood = firstRegion ? firstRegion.start : -1;
  while (firstRegion && firstGood < firstRegion.end && !opensArticle(classes[firstGood]!, features[firstGood]!)) firstGood++;
  if (firstGood <= 0) return { title, firstGood };
  const candidates: number[] = [];
  for (let i = firstGood - 1; i >= 0 && i >= firstGood - THRESHOLDS.titleWindow; i--) {
    if (reasons[i] !== undefined || isMetaLine(features[i]!)) continue;
    if (isTitleLike(features[i]!)) candidates.push(i);
    else if (classes[i] !== 'near-good') break;
  }
  if (candidates.length === 0) return { title, firstGood };
  title = candidates[0]!;
  const keys = candidates.map((i) => normalizeForMatch(blocks[i]!.text));
  for (let c = candidates.length - 1; c >= 0; c--) {
    if (keys.indexOf(keys[c]!) !== c) {
      title = candidates[keys.indexOf(keys[c]!)]!;
      break;
    }
  }
  // the earliest copy of the title is the title
  const key = normalizeForMatch(blocks[title]!.text);
  for (const i of candidates) if (i < title && keys[candidates.indexOf(i)] === key) title = i;
  return { title, firstGood };
}

/**
 * With a title: its repeats are `duplicate-title`, everything above it is dropped, and between it and
 * the article's first good block, short dated lines are dropped as `page-date` and other blocks that are
 * not bad on their own are kept.
 */
function markTitleZone(blocks: readonly RawBlock[], features: readonly BlockFeatures[], reasons: Reasons, classes: readonly ContextClass[], final: ContextClass[], title: number, firstGood: number): void {
  const n = blocks.length;
  const titleText = blocks[title]!.text;
  const key = normalizeForMatch(titleText);
  for (let i = 0; i < n; i++) {
    if (i === title) continue;
    if (reasons[i] === undefined && features[i]!.chars === titleText.length && normalizeForMatch(blocks[i]!.text) === key) {
      reasons[i] = 'duplicate-title';
      final[i] = 'bad';
    }
  }
  final[title] = 'good';
  for (let i = 0; i < title; i++) final[i] = 'bad';
  for (let i = title + 1; i < firstGood; i++) {
    if (reasons[i] !== undefined) continue;
    if (isMetaLine(features[i]!)) {
      reasons[i] = 'page-date';
      final[i] = 'bad';
    } else if (classes[i] !== 'bad') final[i] = 'good';
  }
}

/** Repeats of a kept line are dropped (the title stays). */
function dropRepeats(blocks: readonly RawBlock[], reasons: Reasons, final: ContextClass[], title: number): void {
  const seen = new SeenLines();
  for (let i = 0; i < blocks.length; i++) {
    if (final[i] !== 'good') continue;
    if (seen.add(blocks[i]!.text) && i !== title) {
      final[i] = 'bad';
      reasons[i] = reasons[i] ?? 'duplicate';
    }
  }
}

/** A heading-like line whose next kept line is far (dropped lines between) introduces nothing that was kept: a teaser or a widget heading. */
function dropFarHeadings(features: readonly BlockFeatures[], final: ContextClass[], title: number): void {
  if (REGION.headingMaxGap === Infinity) return;
  let nextKept = final.length;
  for (let i = final.length - 1; i >= 0; i--) {
    if (final[i] !== 'good') continue;
    const f = features[i]!;
    if (i !== title && isHeadingLike(f) && !f.colon && !f.comma && nextKept - i - 1 > REGION.headingMaxGap) {
      final[i] = 'bad';
      continue;
    }
    nextKept = i;
  }
}

/** Kinds: title, headings between content, content; dropped blocks get their reason (or a default one). */
function decide(blocks: readonly RawBlock[], features: readonly BlockFeatures[], reasons: Reasons, final: readonly ContextClass[], title: number): Decision[] {
  const n = blocks.length;
  const decisions: Decision[] = [];
  let contentBefore = false;
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    const f = features[i]!;
    if (final[i] !== 'good') {
      const reason = reasons[i] ?? (f.listItem || f.chars < THRESHOLDS.lengthLow ? 'navigation' : 'low-text-density');
      decisions.push({ block, features: f, kind: 'boilerplate', reason });
      continue;
    }
    if (i === title) {
      decisions.push({ block, features: f, kind: 'title' });
      continue;
    }
    let kind: BlockKind = 'content';
    if (contentBefore && isHeadingLike(f) && !f.colon && !f.comma) {
      let next = i + 1;
      while (next < n && final[next] !== 'good') next++;
      if (next < n) kind = 'heading';
    }
    if (kind === 'content') contentBefore = true;
    decisions.push({ block, features: f, kind });
  }
  return decisions;
}

/**
 * Classifies every block: cues, jusText's context-free and context-sensitive passes, the article
 * regions, title, zones, repeats and kinds. Each phase is a function of its own over the page's arrays.
 */
export function classifyBlocks(page: string, blocks: readonly RawBlock[], language: CompiledLanguage, context: ClassifyContext = {}): Decision[] {
  const { features, reasons } = featuresAndCues(page, blocks, language);
  markNumberedTrails(blocks, language, reasons);
  markAuthorBios(blocks, features, reasons, language);
  const templateBlocks = context.templateBlocks !== undefined && context.templateBlocks.size > 0 ? context.templateBlocks : undefined;
  if (templateBlocks) for (const i of templateBlocks) if (reasons[i] === undefined) reasons[i] = 'template';
  const classes = contextFreeClasses(features, reasons);
  if (templateBlocks) keepSyndicatedText(templateBlocks, features, reasons, classes);
  promoteHeadings(features, reasons, classes);
  const final = contextSensitiveClasses(classes);
  const regions = keepArticleRegions(features, reasons, classes, final);
  bridgeInlineCues(reasons, classes, final);
  attachShortSentences(features, reasons, classes, final);
  keepEnclosedLists(features, reasons, final);
  const { title, firstGood } = findTitle(blocks, features, reasons, classes, regions[0]);
  if (title >= 0) markTitleZone(blocks, features, reasons, classes, final, title, firstGood);
  dropRepeats(blocks, reasons, final, title);
  dropRepeatedTeasers(blocks, features, reasons, final, title);
  dropFarHeadings(features, final, title);
  return decide(blocks, features, reasons, final, title);
}
