import { assertString } from '../shared/assert.js';
import { toLanguageCode } from '../shared/language-codes.js';
import { classifyBlocks, type ClassifyContext } from './classify.js';
import { compiledLanguage } from './compile-language.js';
import { guessLanguage } from './guess-language.js';
import { findGluedSentences } from './repair-sentences.js';
import { splitLines, type RawBlock } from './split-lines.js';
import type { Block, CleanOptions, CleanResult, Repair } from './types.js';

/** @internal Throws a TypeError naming `options` when it is not an object. */
export function assertOptions(options: unknown, fn: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: argument \`options\` must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options}`);
  }
}

const NO_INSERTS: readonly number[] = [];

/** Blank line between kept blocks in the cleaned text. */
const SEPARATOR = '\n\n';

/** @internal Shared by cleanArticle and cleanArticles. */
export function cleanBlocks(text: string, blocks: readonly RawBlock[], options: CleanOptions, context: ClassifyContext): CleanResult {
  const language = options.language !== undefined ? toLanguageCode(options.language) : guessLanguage(text);
  const data = compiledLanguage(language);
  const decisions = classifyBlocks(text, blocks, data, context);
  const keepTitle = options.keepTitle ?? true;
  const repairSentences = options.repairSentences ?? true;
  const parts: string[] = [];
  const resultBlocks: Block[] = [];
  const repairs: Repair[] = [];
  let cleanedLength = 0;
  let title: string | undefined;
  for (const decision of decisions) {
    const { block, kind } = decision;
    const out: Block = { start: block.start, end: block.end, text: block.text, kind };
    if (decision.reason !== undefined) out.reason = decision.reason;
    resultBlocks.push(out);
    if (kind === 'title') title = block.text;
    if (kind === 'boilerplate' || (kind === 'title' && !keepTitle)) continue;
    if (parts.length > 0) {
      parts.push(SEPARATOR);
      cleanedLength += SEPARATOR.length;
    }
    out.cleanedStart = cleanedLength;
    const inserts = repairSentences && decision.features.sentenceMarkGlued ? findGluedSentences(text, data, block.start, block.end) : NO_INSERTS;
    let from = 0;
    for (const absolute of inserts) {
      const at = absolute - block.start;
      parts.push(block.text.slice(from, at));
      cleanedLength += at - from;
      repairs.push({
        start: block.start + at,
        end: block.start + at,
        original: '',
        replacement: ' ',
        cleanedStart: cleanedLength,
        kind: 'sentence-space',
      });
      parts.push(' ');
      cleanedLength += 1;
      from = at;
    }
    parts.push(block.text.slice(from));
    cleanedLength += block.text.length - from;
  }
  const result: CleanResult = { text: parts.join(''), blocks: resultBlocks, repairs, language };
  if (title !== undefined) result.title = title;
  return result;
}

/**
 * Removes scraped boilerplate (navigation, dates, share prompts, related
 * links, captions, bylines, …) from the plain text of one web page and
 * repairs sentences the scraper glued together.
 *
 * Every non-blank line is a block. Each block gets features (length,
 * stopword density for the text's language, terminal punctuation, share of
 * capitalised words, digits, list markers) and is checked against per-language
 * cue phrases; blocks are then classified the way jusText does (good,
 * near-good, short, bad, with short and near-good blocks decided by their
 * neighbours), the article body is the best-scoring run of blocks that no
 * cue line interrupts (Body Text Extraction; long paragraphs dense with
 * function words outside it are kept too, up to a comment section), the body
 * goes on across photo captions and ad slots, short sentences leading into a
 * kept paragraph and lists of phrases between kept paragraphs are kept, the
 * title is the heading-like line just before it (bylines with a date are
 * passed over and dropped), the zone above the title is dropped, and repeats
 * of kept lines are dropped. Each line is read once, in
 * place, with words looked up by hash in per-language data compiled once.
 *
 * @param text - The scraped page as plain text (`\n`, `\r\n` or `\r` line ends).
 * @param options - See {@link CleanOptions}.
 * @returns Plain data: the cleaned text, every block with its decision, the repairs, the language.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { cleanArticle } from 'article-lens';
 * const page = [
 *   'Sonntag, April 28, 2024',
 *   'Lawrow: Keine einseitigen Zugeständnisse',
 *   'Der russische Außenminister hat am Sonntag erklärt, dass Russland bei den geplanten Gesprächen mit den USA seine Interessen durchsetzen werde. Das Datum steht noch nicht fest.Wie Lawrow sagte, sei man aber bereit.',
 *   'Mehr zum Thema – Russland und die USA',
 * ].join('\n');
 * const result = cleanArticle(page);
 * result.title; // 'Lawrow: Keine einseitigen Zugeständnisse'
 * result.blocks.map((block) => block.reason ?? block.kind); // ['page-date', 'title', 'content', 'related-link']
 * result.text.includes('fest. Wie'); // true
 * ```
 */
export function cleanArticle(text: string, options: CleanOptions = {}): CleanResult {
  assertString(text, 'text', 'cleanArticle');
  assertOptions(options, 'cleanArticle');
  if (options.language !== undefined) assertString(options.language, 'options.language', 'cleanArticle');
  return cleanBlocks(text, splitLines(text), options, {});
}
