import type { LanguageCode, TextSpan } from '../shared/span.js';

/**
 * Where a quote sits: `'block'` when it opens its sentence (after a line
 * start or a sentence end), `'inline'` when quoted words sit inside a
 * narrating sentence.
 *
 * @example
 * ```ts
 * import type { QuotePlacement } from 'article-lens';
 * const placement: QuotePlacement = 'block';
 * ```
 */
export type QuotePlacement = 'block' | 'inline';

/**
 * What a pair of quotation marks is used for: reported words (`'speech'`),
 * a name or title such as „Einiges Russland“ (`'title'`), or a short
 * scare-quoted term nobody is said to have spoken (`'scare'`).
 *
 * @example
 * ```ts
 * import type { QuoteRole } from 'article-lens';
 * const role: QuoteRole = 'title';
 * ```
 */
export type QuoteRole = 'speech' | 'title' | 'scare';

/**
 * How the speaker of a quote was found, from strongest to weakest:
 * `'template'` („Q“, sagte X / X sagte: „Q“ / „Q“, so X), `'cue'` (a cue
 * verb and its subject in the quote's sentence), `'source'` (laut X,
 * X zufolge, heißt es in X), `'chain'` (inherited from the quote before),
 * `'previous'` (the sentence before), `'none'`.
 *
 * @example
 * ```ts
 * import type { AttributionMethod } from 'article-lens';
 * const method: AttributionMethod = 'template';
 * ```
 */
export type AttributionMethod = 'template' | 'cue' | 'source' | 'chain' | 'previous' | 'none';

/**
 * The verb or phrase that introduces speech. A separable verb may be
 * discontinuous ("fügte … hinzu"): then `start`/`end` cover the whole stretch
 * and `parts` lists the pieces; `lemma` is the dictionary form
 * (`'hinzufügen'`).
 *
 * @example
 * ```ts
 * import { findQuotes } from 'article-lens';
 * const [quote] = findQuotes('„Ja“, fügte Bruce hinzu.');
 * quote?.cue?.lemma; // 'hinzufügen'
 * quote?.cue?.parts.map((part) => part.text); // ['fügte', 'hinzu']
 * ```
 */
export interface QuoteCue extends TextSpan {
  /** Dictionary form, e.g. `'sagen'`, `'hinzufügen'`, `'laut'`. */
  lemma: string;
  /** The pieces of a discontinuous cue, in text order (one piece when continuous). */
  parts: TextSpan[];
}

/**
 * Who is said to have spoken. `start`/`end`/`text` are the noun phrase in the
 * text ("der russische Außenminister Sergei Lawrow"); `head` is its name or
 * head noun ("Lawrow"). When the speaker was a pronoun, the span is the
 * person it refers to and `mention` the pronoun itself; likewise when a quote
 * is attributed to a role description in the sentence before ("Der Diplomat
 * sagte …"), the span is the last named person and `mention` the description.
 *
 * @example
 * ```ts
 * import { findQuotes } from 'article-lens';
 * const [quote] = findQuotes('„Nein“, sagte der Diplomat Sergej Rjabkow.');
 * quote?.speaker?.text; // 'der Diplomat Sergej Rjabkow'
 * quote?.speaker?.head.text; // 'Rjabkow'
 * ```
 */
export interface QuoteSpeaker extends TextSpan {
  /** The name (surname) or head noun inside the span. */
  head: TextSpan;
  /** The pronoun or role description that referred to this speaker, when one did. */
  mention: TextSpan | null;
}

/**
 * One quotation: a pair of marks and the words between them, with who said
 * them. All offsets index the caller's original string.
 *
 * @example
 * ```ts
 * import { findQuotes } from 'article-lens';
 * const text = '„Das ist der einzig richtige Weg“, so Lawrow.';
 * const [quote] = findQuotes(text);
 * quote?.text; // 'Das ist der einzig richtige Weg'
 * text.slice(quote!.contentStart, quote!.contentEnd) === quote!.text; // true
 * quote?.speaker?.text; // 'Lawrow'
 * ```
 */
export interface Quote {
  /** Index of the opening mark. */
  start: number;
  /** Index after the closing mark (after the content when unclosed). */
  end: number;
  /** Index of the first quoted character (marks and surrounding white space excluded). */
  contentStart: number;
  /** Index after the last quoted character. */
  contentEnd: number;
  /** The quoted words: `text.slice(contentStart, contentEnd)`. */
  text: string;
  /** The opening mark. */
  open: string;
  /** The closing mark, or `''` when the quote is cut off. */
  close: string;
  /** True when no closing mark was found before the paragraph ended. */
  unclosed: boolean;
  /** Whether the quote opens its sentence. */
  placement: QuotePlacement;
  /** Speech, title or scare quote. */
  role: QuoteRole;
  /**
   * True when the quote sits inside a narrating sentence that reports speech
   * indirectly (Konjunktiv I, "dass"), as in: Er sagte, das sei „völlig
   * normal“; or when it is relayed through a medium, nested in the medium's
   * report ("Die Zeitung zitiert X: „…“", "„…“, sagte X laut ndr.de").
   */
  inReportedSpeech: boolean;
  /** Who said it, or null. */
  speaker: QuoteSpeaker | null;
  /** The verb or phrase that introduces it, or null. */
  cue: QuoteCue | null;
  /** Confidence of the attribution, 0 (none) to 1. */
  confidence: number;
  /** How the speaker was found. */
  attribution: AttributionMethod;
  /** Quotes inside this one (one level; each may have its own). */
  nested: Quote[];
}

/**
 * Options for {@link findQuotes}, {@link splitQuotes} and {@link findReportedSpeech}.
 *
 * @example
 * ```ts
 * import { findQuotes, type FindQuotesOptions } from 'article-lens';
 * const options: FindQuotesOptions = { language: 'de' };
 * findQuotes('„Ja“, sagte sie.', options);
 * ```
 */
export interface FindQuotesOptions {
  /** Language of the cue-verb data: `'de'`/`'deu'`, `'en'`, `'fr'`, `'es'`. Default: detected from stopwords, else `'deu'`. */
  language?: string;
  /** Quote-mark style: `'auto'` (vote per document, default), `'german'` („…“ and »…«) or `'english'` (“…” and «…»). */
  style?: 'auto' | 'german' | 'english';
  /** Also return quotes whose role is `'title'` or `'scare'` (default true). */
  includeNonSpeech?: boolean;
}

/**
 * A sentence of narration that reports speech indirectly, as found by
 * {@link findReportedSpeech}.
 *
 * @example
 * ```ts
 * import { findReportedSpeech } from 'article-lens';
 * const [sentence] = findReportedSpeech('Peskow sagte, es seien Gespräche geplant.');
 * sentence?.speaker?.head.text; // 'Peskow'
 * sentence?.marker; // 'subjunctive'
 * ```
 */
export interface ReportedSpeech extends TextSpan {
  /** Who is reported, or null when nobody is named. */
  speaker: QuoteSpeaker | null;
  /** The cue verb or source phrase, or null. */
  cue: QuoteCue | null;
  /** What marks the sentence as reported: Konjunktiv I, a cue verb with "dass"/a clause, or a source phrase ("laut X"). */
  marker: 'subjunctive' | 'complement' | 'source';
  /** 0 to 1. */
  confidence: number;
  /** Language data used (ISO 639-3). */
  language: LanguageCode;
}

/**
 * A piece of text returned by {@link splitQuotes}: a quote (marks included)
 * or narration. Segments tile the input exactly.
 *
 * @example
 * ```ts
 * import { splitQuotes } from 'article-lens';
 * const segments = splitQuotes('Er sagte: „Ja.“');
 * segments.map((segment) => segment.kind); // ['narration', 'quote']
 * ```
 */
export interface QuoteSegment extends TextSpan {
  /** `'quote'` or `'narration'`. */
  kind: 'quote' | 'narration';
  /** The quote, for quote segments. */
  quote?: Quote;
  /** True for narration inside a sentence that reports speech indirectly. */
  reported?: boolean;
  /** The speaker of the quote, or of the reported narration, when known. */
  speaker?: QuoteSpeaker | null;
}
