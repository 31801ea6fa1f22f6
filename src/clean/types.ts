import type { LanguageCode, Span } from '../shared/span.js';

/**
 * What a block of the input is: the article's `title`, a `heading` inside the
 * article, article `content`, or `boilerplate` that a reader would not miss.
 *
 * @example
 * ```ts
 * import type { BlockKind } from 'article-lens';
 * const kind: BlockKind = 'heading';
 * ```
 */
export type BlockKind = 'title' | 'heading' | 'content' | 'boilerplate';

/**
 * Why a block was dropped as boilerplate.
 *
 * - `page-date`: a bare date line ("Sonntag, April 28, 2024"), or a short line with a date
 *   between the title and the article ("Frank Hahn am 18. September 2019").
 * - `breadcrumb`: a trail such as "Start › Politik › …", also one step a line as a numbered list
 *   ("1. Startseite", "2. Aktuelles", "3. …").
 * - `navigation`: menu items, list links, short lines in the header or footer zone.
 * - `related-link`: "Mehr zum Thema", "Lesen Sie auch" and the teasers they introduce.
 * - `advertisement`: "Anzeige", "- Advertisment -".
 * - `widget`: page furniture such as "Translate »", "Drucken", "Newsletter abonnieren".
 * - `caption`: photo captions, credits and image furniture ("Foto: …", "© …", "Bild vergrößern",
 *   a caption ending with "(Quelle: …)").
 *   Captions and ads do not end the article body: paragraphs right after them are kept.
 * - `share-prompt`: "Artikel teilen", "Teilen Sie dies mit:".
 * - `follow-prompt`: "Folgen Sie uns auf …".
 * - `byline`: "Von Tim Ehlers", "CiberCuba-Redaktionsteam", "Veröffentlicht am 13. März 2019 von Anna Muster".
 * - `author-bio`: a short biography after a byline at the end of the article, or an author box
 *   ("Über Simon Dückert" and the biography after it) after the article.
 * - `archive-label`: "Archiviert unter:", "Tags:", "Schlagwörter:".
 * - `source-label`: "Quelle:", "Quelllink".
 * - `duplicate-title`: a repeat of the title.
 * - `duplicate`: a repeat of a line kept earlier on the page.
 * - `template`: a line repeated across many pages of the same site ({@link cleanArticles}).
 * - `cookie-notice`: consent banners.
 * - `legal`: copyright lines, "Impressum", "Datenschutz", "Alle Rechte vorbehalten".
 * - `comments`: comment-section furniture ("Kommentare", "Antworten", "Kommentar schreiben").
 * - `low-text-density`: a block with few function words and no content neighbours
 *   (jusText's "bad" class).
 *
 * @example
 * ```ts
 * import type { BoilerplateReason } from 'article-lens';
 * const reason: BoilerplateReason = 'share-prompt';
 * ```
 */
export type BoilerplateReason =
  | 'page-date'
  | 'breadcrumb'
  | 'navigation'
  | 'related-link'
  | 'advertisement'
  | 'widget'
  | 'caption'
  | 'share-prompt'
  | 'follow-prompt'
  | 'byline'
  | 'author-bio'
  | 'archive-label'
  | 'source-label'
  | 'duplicate-title'
  | 'duplicate'
  | 'template'
  | 'cookie-notice'
  | 'legal'
  | 'comments'
  | 'low-text-density';

/**
 * One non-blank line of the input, with its decision. `start`/`end` point
 * into the original text (white space, `\r` and non-breaking spaces trimmed).
 *
 * @example
 * ```ts
 * import { cleanArticle, type Block } from 'article-lens';
 * const blocks: Block[] = cleanArticle('Anzeige\nDer Rat tagte am Montag in Berlin und beschloss ein neues Gesetz.').blocks;
 * blocks[0]; // { start: 0, end: 7, text: 'Anzeige', kind: 'boilerplate', reason: 'advertisement' }
 * ```
 */
export interface Block extends Span {
  /** The block's text, equal to `original.slice(start, end)`. */
  text: string;
  /** The decision for this block. */
  kind: BlockKind;
  /** Why the block is boilerplate; present only when `kind` is `'boilerplate'`. */
  reason?: BoilerplateReason;
  /**
   * Where the block starts in {@link CleanResult.text}; present only for
   * blocks that are part of the cleaned text.
   */
  cleanedStart?: number;
}

/**
 * One change made to the text of a kept block, such as the space inserted
 * between glued sentences ("fest.Wie" becomes "fest. Wie").
 *
 * @example
 * ```ts
 * import { cleanArticle, type Repair } from 'article-lens';
 * const repairs: Repair[] = cleanArticle('Der Termin steht noch nicht fest.Wie Lawrow sagte, wird verhandelt.').repairs;
 * repairs[0]; // { start: 33, end: 33, original: '', replacement: ' ', cleanedStart: 33, kind: 'sentence-space' }
 * ```
 */
export interface Repair extends Span {
  /** The original text replaced (`''` for an insertion, then `start === end`). */
  original: string;
  /** What stands in the cleaned text instead. */
  replacement: string;
  /** Where the replacement starts in {@link CleanResult.text}. */
  cleanedStart: number;
  /** What was repaired: `'sentence-space'` is a space put between glued sentences. */
  kind: 'sentence-space';
}

/**
 * Options of {@link cleanArticle} and {@link cleanArticles}.
 *
 * @example
 * ```ts
 * import { cleanArticle, type CleanOptions } from 'article-lens';
 * const options: CleanOptions = { language: 'de', keepTitle: false };
 * cleanArticle('Titel der Seite\n\nEin Absatz.', options);
 * ```
 */
export interface CleanOptions {
  /**
   * Language of the text (`'de'`, `'deu'`, `'en'`, …). When absent it is
   * guessed from function words of the languages with cleaning data
   * (German, English, Spanish, French); `'und'` when none fits, and German
   * data is then used.
   */
  language?: string;
  /** Put the detected title at the head of {@link CleanResult.text}. Default `true`. */
  keepTitle?: boolean;
  /** Insert the missing space between glued sentences. Default `true`. */
  repairSentences?: boolean;
}

/**
 * What {@link cleanArticle} returns: plain, JSON-serialisable data.
 *
 * @example
 * ```ts
 * import { cleanArticle, type CleanResult } from 'article-lens';
 * const result: CleanResult = cleanArticle('Mehr zum Thema – Alles über Riad\n');
 * result.text; // ''
 * result.blocks[0]?.reason; // 'related-link'
 * ```
 */
export interface CleanResult {
  /** Kept blocks joined by blank lines (`"\n\n"`), glued sentences repaired. */
  text: string;
  /** The article's title, when one was found. */
  title?: string;
  /** Every non-blank line of the input, in order, with its decision. */
  blocks: Block[];
  /** Every change made to kept text, in order. */
  repairs: Repair[];
  /** ISO 639-3 code of the language whose data was used (`'und'` if unknown). */
  language: LanguageCode;
}
