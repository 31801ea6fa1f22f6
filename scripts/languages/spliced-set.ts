/**
 * Builds the spliced evaluation set for findForeignFragments reproducibly
 * (fixed seed): fragments of 2 to 8 words in Spanish, English, French,
 * Italian, Portuguese and Dutch inserted into German news, and German into
 * English and Spanish text, both inside sentences and as whole clauses at
 * sentence starts ("Aunque no se ha especificado oficialmente, die …").
 *
 * `split: 'eval'` (what `npm run eval:languages` reports):
 * - German hosts and German fragments: the `dev` split of quotes-de.jsonl;
 * - foreign fragments and English/Spanish hosts: held-out text the models were
 *   NOT built from: UDHR articles 19–30 (legal register; the models saw articles
 *   1–18 and software messages, so vocabulary overlap is limited but not nil).
 * `split: 'tune'` (used only to choose FRAGMENT_PARAMETERS): the `train` split of
 * quotes-de.jsonl and training text of the models (UDHR 1–18, TypeScript messages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, udhrParagraphs, typescriptMessages, projectRoot } from './sources.js';

export interface GoldFragment {
  start: number;
  end: number;
  lang: string;
  text: string;
}

export interface SplicedDocument {
  id: string;
  main: string;
  text: string;
  fragments: GoldFragment[];
}

export interface QuotesArticle {
  doc: string;
  split: string;
  text: string;
}

export function readQuoteArticles(): QuotesArticle[] {
  const path = join(projectRoot, '..', 'shared', 'dev', 'quotes-de.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as QuotesArticle);
}

/** mulberry32: a small seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20260303;
const DOCUMENTS_PER_LANGUAGE = 120;
const FRAGMENTS_PER_DOCUMENT = 2;

/** Sentence-initial words lower-cased after a spliced clause (German, English, Spanish hosts). */
const FUNCTION_WORDS = new Set(
  [
    'der die das den dem des ein eine einer einen einem es er sie wir ich ihr man dies diese dieser dass auch aber und doch so nun da dann zudem damit nach in im am an auf bei mit von vor zu zum zur für über unter seit laut wie was wer wo',
    'the a an this these that it he she they we no any everyone all each in on at for with by of to and but nothing',
    'el la los las un una toda todo todos nadie ninguna ninguno en con por para de del se no es este esta esto',
  ]
    .join(' ')
    .split(' '),
);

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A window of 2–8 words from a paragraph, stripped of punctuation at its ends. */
function window(paragraphs: readonly string[], next: () => number, size: number): string | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)] ?? '';
    const list = words(paragraph);
    if (list.length < size) continue;
    const from = Math.floor(next() * (list.length - size + 1));
    const chosen = list.slice(from, from + size);
    const text = chosen.join(' ').replace(EDGE, '');
    // no digits or brackets, no sentence ends inside (keeps clean fragments)
    if (/[\d()[\]{}<>«»"„“”:;?!]/.test(text) || /\.\s/.test(text)) continue;
    if (words(text).length !== size) continue;
    // no code identifiers or acronyms (JSX, tsconfig.json, camelCase)
    if (words(text).some((word) => /\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}|[._/=]/u.test(word))) continue;
    return text;
  }
  return undefined;
}

function sentences(paragraph: string): { start: number; end: number }[] {
  // A sentence ends at . ! ? (optionally followed by a closing quote) before
  // white space and an upper-case letter or opening quote; "12.000" does not split.
  const out: { start: number; end: number }[] = [];
  let start = paragraph.length - paragraph.trimStart().length;
  // Not after a digit: "Am 9. Juni", "13. Oktober" are dates, not sentence ends.
  for (const match of paragraph.matchAll(/(?<!\d)[.!?]["“”»]?(\s+)(?=["„“»]?\p{Lu})/gu)) {
    const end = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
    if (end > start) out.push({ start, end });
    start = (match.index ?? 0) + match[0].length;
  }
  const last = paragraph.trimEnd().length;
  if (last > start) out.push({ start, end: last });
  return out;
}

function lowerFirst(text: string): string {
  return (text[0] ?? '').toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return (text[0] ?? '').toUpperCase() + text.slice(1);
}

interface Splice {
  at: number;
  /** Text to insert at `at`; the fragment is `insert.slice(fragmentStart, fragmentEnd)`. */
  insert: string;
  fragmentStart: number;
  fragmentEnd: number;
  lang: string;
  /** Replace the character at `at` with its lower-case form (sentence-start clause). */
  lowerNext: boolean;
}

function applySplices(host: string, splices: Splice[]): { text: string; fragments: GoldFragment[] } {
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  let text = '';
  let cursor = 0;
  const fragments: GoldFragment[] = [];
  for (const item of sorted) {
    text += host.slice(cursor, item.at);
    const base = text.length;
    text += item.insert;
    fragments.push({
      start: base + item.fragmentStart,
      end: base + item.fragmentEnd,
      lang: item.lang,
      text: item.insert.slice(item.fragmentStart, item.fragmentEnd),
    });
    cursor = item.at;
    if (item.lowerNext && cursor < host.length) {
      const nextWord = /^\p{L}+/u.exec(host.slice(cursor))?.[0] ?? '';
      text += FUNCTION_WORDS.has(nextWord.toLowerCase()) ? lowerFirst(host[cursor] ?? '') : (host[cursor] ?? '');
      cursor++;
    }
  }
  text += host.slice(cursor);
  return { text, fragments };
}

/** Chooses splice points in a host: inside a sentence (between words) or at a sentence start. */
function plan(host: string, fragments: readonly string[], lang: string, next: () => number): Splice[] {
  const all = sentences(host).filter((s) => host.slice(s.start, s.end).split(' ').length >= 6);
  const used = new Set<number>();
  const splices: Splice[] = [];
  for (const fragment of fragments) {
    if (all.length === 0) break;
    let index = Math.floor(next() * all.length);
    for (let k = 0; k < all.length && used.has(index); k++) index = (index + 1) % all.length;
    if (used.has(index)) break;
    used.add(index);
    const sentence = all[index];
    if (!sentence) continue;
    if (next() < 0.35) {
      // whole clause at the sentence start, as in seed 003
      const clause = upperFirst(fragment);
      splices.push({ at: sentence.start, insert: `${clause}, `, fragmentStart: 0, fragmentEnd: clause.length, lang, lowerNext: true });
    } else {
      // between two words inside the sentence
      const body = host.slice(sentence.start, sentence.end);
      const gaps: number[] = [];
      for (let i = 1; i < body.length - 2; i++) if (body[i] === ' ' && /\p{L}/u.test(body[i + 1] ?? '')) gaps.push(sentence.start + i + 1);
      const at = gaps[Math.floor(next() * gaps.length)];
      if (at === undefined) continue;
      const text = lang === 'deu' ? fragment : lowerFirst(fragment);
      splices.push({ at, insert: `${text} `, fragmentStart: 0, fragmentEnd: text.length, lang, lowerNext: false });
    }
  }
  return splices;
}

/** Foreign-language material for one side of the split. */
function foreignParagraphs(code: string, split: 'eval' | 'tune'): string[] {
  const language = LANGUAGES.find((l) => l.code === code);
  if (!language) return [];
  const udhr = language.udhr.map(udhrParagraphs);
  const ts = typescriptMessages(language.ts);
  return split === 'eval' ? udhr.flatMap((u) => u.heldOut) : [...udhr.flatMap((u) => u.train), ...ts.train, ...ts.heldOut];
}

function germanParagraphs(articles: readonly QuotesArticle[]): string[] {
  return articles.flatMap((a) => a.text.split(/\n+/)).filter((p) => words(p).length >= 8);
}

/** The spliced documents of one split. */
export function buildSplicedSet(split: 'eval' | 'tune'): SplicedDocument[] {
  const next = random(split === 'eval' ? SEED : SEED + 1);
  const articles = readQuoteArticles().filter((a) => a.split === (split === 'eval' ? 'dev' : 'train'));
  const german = germanParagraphs(articles);
  const documents: SplicedDocument[] = [];
  for (const lang of ['spa', 'eng', 'fra', 'ita', 'por', 'nld']) {
    const source = foreignParagraphs(lang, split);
    for (let d = 0; d < DOCUMENTS_PER_LANGUAGE; d++) {
      const article = articles[Math.floor(next() * articles.length)];
      if (!article) continue;
      const fragments: string[] = [];
      for (let f = 0; f < FRAGMENTS_PER_DOCUMENT; f++) {
        const fragment = window(source, next, 2 + Math.floor(next() * 7));
        if (fragment) fragments.push(fragment);
      }
      const { text, fragments: gold } = applySplices(article.text, plan(article.text, fragments, lang, next));
      documents.push({ id: `deu+${lang}-${d}`, main: 'deu', text, fragments: gold });
    }
  }
  for (const host of ['eng', 'spa']) {
    const source = foreignParagraphs(host, split);
    for (let d = 0; d < DOCUMENTS_PER_LANGUAGE; d++) {
      // a host document: 8 consecutive paragraphs/messages joined as sentences
      const from = Math.floor(next() * Math.max(1, source.length - 8));
      const hostText = source
        .slice(from, from + 8)
        .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
        .join(' ');
      const fragments: string[] = [];
      for (let f = 0; f < FRAGMENTS_PER_DOCUMENT; f++) {
        const fragment = window(german, next, 2 + Math.floor(next() * 7));
        if (fragment) fragments.push(fragment);
      }
      const { text, fragments: gold } = applySplices(hostText, plan(hostText, fragments, 'deu', next));
      documents.push({ id: `${host}+deu-${d}`, main: host, text, fragments: gold });
    }
  }
  return documents;
}
