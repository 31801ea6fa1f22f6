/**
 * The shared pipeline behind findQuotes, splitQuotes and findReportedSpeech:
 * pair marks, split sentences, attribute each quote, mark reported speech.
 * Work is linear in the text plus bounded work per quote.
 *
 * @internal
 */
import { FunctionWordTable } from '../shared/function-word-vote.js';
import { toLanguageCode } from '../shared/language-codes.js';
import { QUOTE_LANGUAGES } from './data/index.js';
import type { QuoteLanguageData } from './data/types.js';
import { SENTENCE_END } from './data/marks.js';
import { pairQuoteMarks, scanMarks, voteMarkStyle, type MarkPair, type MarkStyle } from './pair-marks.js';
import { mayContainWord, segmentSentences, tokenize, type Sentence, type Token } from './sentences.js';
import {
  clauseStart,
  nounPhraseEndingAt,
  parenthesisEnd,
  clauseSubject,
  subjectAfterAnyVerb,
  findCues,
  indexLanguage,
  isPersonLike,
  isStrongPerson,
  nounPhraseAt,
  speakerOfCue,
  toSpeaker,
  type CueHit,
  type LanguageIndex,
  type NounPhrase,
} from './attribution.js';
import type { AttributionMethod, FindQuotesOptions, Quote, QuoteCue, QuoteRole, QuoteSpeaker, ReportedSpeech } from './types.js';

/** Per-sentence analysis, computed on demand. */
interface SentenceInfo {
  tokens: Token[];
  cues: CueHit[];
  /** Token index of the first verb or participle cue, or -1. */
  firstVerbCue: number;
  /** Whether a verb, source or postposition cue is in the sentence. */
  hasSpeakerCue: boolean;
  /** What marks the sentence as reported speech (computed on first use; `undefined` until then). */
  reported?: ReportedSpeech['marker'] | null;
}

/** Everything the public functions need; sentence analyses are computed on demand by {@link sentenceInfo}. */
export interface QuoteAnalysis {
  text: string;
  language: string;
  quotes: Quote[];
  pairs: MarkPair[];
  sentences: Sentence[];
  lang: LanguageIndex;
  /** First top-level pair at or after each sentence start. */
  firstPairOf: Int32Array;
  /** Sentence analyses computed so far, by sentence index. */
  infos: (SentenceInfo | undefined)[];
  /** Token index of each top-level quote in its sentence (by pair index), -1 until its sentence is analysed. */
  quoteTokenOf: Int32Array;
}

/** Picks the language data: option, else a stopword vote over the first 800 characters, else German. */
export function quoteLanguage(text: string, language: string | undefined, marks?: Int32Array): QuoteLanguageData {
  const german = QUOTE_LANGUAGES['deu']!;
  if (language !== undefined) return QUOTE_LANGUAGES[toLanguageCode(language)] ?? german;
  // German low-9 marks decide at once; otherwise a stopword vote over the opening.
  if (marks === undefined ? text.includes('\u201E') : hasLowNine(text, marks)) return german;
  const [winner, runnerUp] = quoteVoters().count(text, 0, LANGUAGE_VOTE_CHARS).ranked;
  if (winner === undefined || winner.votes < MIN_VOTES || winner.votes === (runnerUp?.votes ?? 0)) return german;
  return QUOTE_LANGUAGES[winner.lang] ?? german;
}

/** The vote reads the text's opening, this many code units. */
const LANGUAGE_VOTE_CHARS = 800;
/** Fewest function words for a language to win the vote (a tie goes to German). */
const MIN_VOTES = 3;

function hasLowNine(text: string, marks: Int32Array): boolean {
  for (let k = 0; k < marks.length; k++) if (text.charCodeAt(marks[k]!) === 0x201e) return true;
  return false;
}

let voters: FunctionWordTable | undefined;

/** The quote languages' stopwords, for the shared function-word vote; built once. */
function quoteVoters(): FunctionWordTable {
  voters ??= new FunctionWordTable(Object.values(QUOTE_LANGUAGES).map((data) => ({ lang: data.code, words: data.stopwords })));
  return voters;
}

function styleFor(text: string, option: FindQuotesOptions['style'], marks: Int32Array): MarkStyle {
  if (option === 'german') return { lowNineCloses: true, rightGuillemetOpens: true };
  if (option === 'english') return { lowNineCloses: false, rightGuillemetOpens: false };
  return voteMarkStyle(text, marks);
}


function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The tokens and cues of sentence `index`, computed once. */
export function sentenceInfo(ctx: QuoteAnalysis, index: number): SentenceInfo {
  const cached = ctx.infos[index];
  if (cached !== undefined) return cached;
  const { text, pairs } = ctx;
  const sentence = ctx.sentences[index]!;
  const tokens = tokenize(text, sentence.start, sentence.end, pairs, ctx.firstPairOf[index] ?? pairs.length);
  const cues = findCues(text, tokens, ctx.lang);
  for (let t = 0; t < tokens.length; t++) if (tokens[t]!.kind === 'quote') ctx.quoteTokenOf[tokens[t]!.quote] = t;
  let firstVerbCue = -1;
  let hasSpeakerCue = false;
  for (const hit of cues) {
    if (firstVerbCue < 0 && isVerbCue(hit)) firstVerbCue = hit.token;
    if (hit.kind === 'verb' || hit.kind === 'source' || hit.kind === 'postposition') hasSpeakerCue = true;
  }
  const info: SentenceInfo = { tokens, cues, firstVerbCue, hasSpeakerCue };
  ctx.infos[index] = info;
  return info;
}

/** False when sentence `index` has none of the words reported speech needs (checked without tokenising). */
export function mayReport(ctx: QuoteAnalysis, index: number): boolean {
  if (ctx.infos[index] !== undefined) return true;
  const sentence = ctx.sentences[index]!;
  return mayContainWord(ctx.text, sentence.start, sentence.end, ctx.pairs, ctx.firstPairOf[index] ?? ctx.pairs.length, ctx.lang.reportTriggers);
}

/** Runs the whole pipeline. */
export function analyzeQuotes(text: string, options: FindQuotesOptions = {}, quotesOnly = false): QuoteAnalysis {
  const marks = scanMarks(text);
  const pairs = pairQuoteMarks(text, styleFor(text, options.style, marks), marks);
  if (quotesOnly && pairs.length === 0) {
    const data = QUOTE_LANGUAGES['deu']!;
    return { text, language: data.code, quotes: [], pairs, sentences: [], lang: indexLanguage(data), firstPairOf: new Int32Array(0), infos: [], quoteTokenOf: new Int32Array(0) };
  }
  const data = quoteLanguage(text, options.language, marks);
  const lang = indexLanguage(data);
  const sentences = segmentSentences(text, pairs, data, quotesOnly ? (pairs[pairs.length - 1]?.end ?? 0) : Infinity);

  // First top-level pair at or after each sentence start (pairs and sentences are both sorted).
  const firstPairOf = new Int32Array(sentences.length);
  {
    let p = 0;
    for (let s = 0; s < sentences.length; s++) {
      while (p < pairs.length && pairs[p]!.start < sentences[s]!.start) p++;
      firstPairOf[s] = p;
    }
  }
  const quotes: Quote[] = [];
  const ctx: QuoteAnalysis = { text, language: data.code, quotes, pairs, sentences, lang, firstPairOf, infos: new Array<SentenceInfo | undefined>(sentences.length), quoteTokenOf: new Int32Array(pairs.length).fill(-1) };
  let sentenceIndex = 0;
  let previous: { quote: Quote; sentence: number } | null = null;
  const knownHeads = new Set<string>();
  for (let p = 0; p < pairs.length; p++) {
    const pair = pairs[p]!;
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex + 1]!.start <= pair.start) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    const quote = buildQuote(text, pair, null);
    if (sentence === undefined || sentence.end < pair.start) {
      quotes.push(quote);
      continue;
    }
    quote.placement = pair.start <= sentence.start ? 'block' : 'inline';
    const info = sentenceInfo(ctx, sentenceIndex);
    const tokenIndex = ctx.quoteTokenOf[p]!;
    attribute(ctx, quote, sentenceIndex, tokenIndex, previous, knownHeads);
    if (quote.speaker !== null) knownHeads.add(quote.speaker.head.text);
    // Cue hits near the quote: what role and reported-speech tests look at (keeps long sentences linear).
    const nearCues = near(info.cues, tokenIndex);
    quote.role = roleOf(quote, info.tokens, nearCues, info.firstVerbCue, tokenIndex, lang);
    const template = quote.attribution === 'template';
    quote.inReportedSpeech =
      (quote.placement === 'inline' &&
        ((!template && (quote.attribution === 'source' || (quoteIsReported(info.tokens, nearCues, tokenIndex, lang, quote.text) && !isCharacterisation(info.tokens, nearCues, tokenIndex, lang)))) ||
          // A lower-case fragment continuing the narration („…“, erklärte X): mixed quotation.
          (template && tokenIndex > 0 && /^\p{Ll}/u.test(quote.text)))) ||
      isRelayed(ctx, quote, sentenceIndex);
    if (quote.role !== 'speech') {
      quote.speaker = null;
      quote.cue = null;
      quote.confidence = 0;
      quote.attribution = 'none';
    }
    for (const child of quote.nested) child.role = nestedRole(child, lang);
    quotes.push(quote);
    if (quote.role === 'speech' && quote.speaker !== null) previous = { quote, sentence: sentenceIndex };
  }
  return ctx;
}

/**
 * Records an attribution on `quote` (in sentence `s`): the speaker from
 * `phrase` in sentence `sentence` (pronouns and role descriptions resolved),
 * the cue, the method and confidence. False when there is nothing to record.
 */
function setAttribution(
  ctx: QuoteAnalysis,
  quote: Quote,
  s: number,
  known: Set<string>,
  phrase: NounPhrase | null,
  hit: CueHit | null,
  method: AttributionMethod,
  confidence: number,
  sentence: number,
): boolean {
  const { text } = ctx;
  if (phrase === null && hit === null) return false;
  const sentenceTokens = sentenceInfo(ctx, sentence).tokens;
  let speaker: QuoteSpeaker | null = null;
  if (phrase !== null) {
    // A description from another sentence ("Der Diplomat sagte …") is resolved to the person it names.
    const described = method === 'previous' && sentence < s ? resolveDescription(ctx, sentence, phrase, known) : null;
    speaker = phrase.pronoun ? resolvePronoun(ctx, sentence, phrase, known) : described ?? toSpeaker(text, sentenceTokens, phrase);
  }
  quote.speaker = speaker;
  quote.cue = hit === null ? null : hit.cue;
  quote.attribution = method;
  quote.confidence = speaker === null ? confidence / 2 : phrase?.pronoun === true ? confidence * 0.9 : confidence;
  return true;
}

function attribute(
  ctx: QuoteAnalysis,
  quote: Quote,
  s: number,
  q: number,
  prior: { quote: Quote; sentence: number } | null,
  known: Set<string>,
): void {
  const { text, lang, sentences } = ctx;
  const { tokens, cues: allCues } = sentenceInfo(ctx, s);
  const cues = near(allCues, q);
  if (q < 0) return;
  // „Q“, sagte X. / „Q“, so X. / „Q“, heißt es in X.
  let j = q + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '–') j++;
  const after = cues.find((hit) => hit.token === j && hit.kind !== 'postposition' && hit.kind !== 'source');
  // Without the comma only for an impersonal cue: „Q“ heißt es in X.
  if (after !== undefined && (j > q + 1 || after.kind === 'impersonal')) {
    const phrase = speakerOfCue(tokens, after, lang, true);
    if (phrase !== null || after.kind !== 'so') {
      setAttribution(ctx, quote, s, known, phrase, after, 'template', 0.95, s);
      if (quote.speaker !== null) return;
    }
  }
  // X sagte: „Q“ / X: „Q“ / heißt es in X: „Q“
  if (tokens[q - 1]?.text === ':') {
    const start = clauseStart(tokens, q - 2);
    const before = cues.filter((hit) => hit.token >= start && hit.token < q - 1);
    const hit = before[before.length - 1];
    // The nearest cue with a subject ("In dem Antrag heißt es:" has a verb and an impersonal cue),
    // verbs first: in "sagte X einigen Teilnehmern zufolge:" X speaks, the others relay.
    const ordered = [...before.filter((candidate) => !isVerbCue(candidate)), ...before.filter(isVerbCue)];
    for (let k = ordered.length - 1; k >= 0; k--) {
      const phrase = speakerOfCue(tokens, ordered[k]!, lang, false);
      if (phrase !== null && setAttribution(ctx, quote, s, known, phrase, ordered[k]!, 'template', 0.9, s) && quote.speaker !== null) return;
    }
    if (hit !== undefined) setAttribution(ctx, quote, s, known, null, hit, 'template', 0.9, s);
    // "warnte der Geschäftsführer, Peter Hahn, die Politik in einem Brief:" — a cue verb earlier in the sentence.
    if (hit === undefined) {
      // Only the nearest such cue word (a verb and an impersonal cue may share it: "heißt es").
      let tried = -1;
      for (let k = cues.length - 1; k >= 0; k--) {
        const earlier = cues[k]!;
        const impersonal = earlier.kind === 'impersonal';
        if (earlier.token >= start || (earlier.kind !== 'verb' && earlier.kind !== 'participle' && !impersonal) || hasQuoteBetween(tokens, earlier.token, q)) continue;
        if (tried >= 0 && earlier.token !== tried) break;
        tried = earlier.token;
        const subject = speakerOfCue(tokens, earlier, lang, false);
        if (subject !== null && !subject.pronoun && subject.first < start && (impersonal || isPersonLike(tokens, subject, lang)) && setAttribution(ctx, quote, s, known, subject, earlier, 'template', 0.85, s)) return;
      }
    }
    const phrase = nounPhraseAt(tokens, start, lang);
    if (phrase !== null && phrase.last === q - 2) {
      setAttribution(ctx, quote, s, known, phrase, null, 'template', 0.8, s);
      return;
    }
    if (hit !== undefined) return;
    // "Den Unmut … brachte die Sprecherin X zum Ausdruck: „Q“" — a person or pronoun in the clause before the colon.
    const person = speakerInClause(ctx, tokens, start, q - 1, known);
    if (person !== null && setAttribution(ctx, quote, s, known, person, null, 'template', 0.75, s)) return;
    // "Der Bundespräsident sparte nicht mit Kritik: „Q“" — the subject of the clause before the colon.
    const subject = clauseSubject(tokens, q - 1, lang);
    // "Seine Zuversicht gründet sich auf …: „Q“" — the possessive points back to the speaker.
    if (subject !== null && !subject.pronoun && lang.data.possessiveDeterminers.includes(tokens[subject.first]!.lower) && !isStrongPerson(tokens, subject, lang)) {
      if (setAttribution(ctx, quote, s, known, { first: subject.first, last: subject.first, head: subject.first, pronoun: true }, null, 'template', 0.6, s)) return;
    }
    if (subject !== null && setAttribution(ctx, quote, s, known, subject, null, 'template', 0.7, s)) return;
  }
  // "Mohammed ElBaradei („Q“)": the name right before the parenthesis.
  if (tokens[q - 1]?.text === '(' && q > 1) {
    const named = nounPhraseEndingAt(tokens, q - 2, Math.max(0, clauseStart(tokens, q - 2)), lang);
    if (named !== null && isPersonLike(tokens, named, lang) && setAttribution(ctx, quote, s, known, named, null, 'template', 0.7, s)) return;
  }
  // „Q“, zeigte sich X zufrieden. — any verb after the quote.
  if (j > q + 1 && tokens[q + 1]?.text === ',') {
    const phrase = subjectAfterAnyVerb(tokens, j, lang);
    if (phrase !== null && (phrase.pronoun || isPersonLike(tokens, phrase, lang))) {
      setAttribution(ctx, quote, s, known, phrase, null, 'template', 0.7, s);
      return;
    }
  }
  // A cue verb or source phrase elsewhere in the sentence.
  const candidates = cues.filter((hit) => !(hit.kind === 'so' && hit.token !== j) && !isAfterOtherQuote(tokens, hit, q));
  if (candidates.length > 0) {
    candidates.sort((a, b) => distance(a, q) - distance(b, q));
    for (const hit of candidates) {
      const phrase = speakerOfCue(tokens, hit, lang, false);
      if (phrase !== null) {
        setAttribution(ctx, quote, s, known, phrase, hit, hit.kind === 'source' || hit.kind === 'postposition' || hit.kind === 'impersonal' ? 'source' : 'cue', 0.75, s);
        return;
      }
    }
    // A cue without a subject here: the subject may be in the previous sentence (chains).
  }
  // Any verb: "Der Forscher riet zu „…“" — a person as the sentence's subject.
  if (quote.placement === 'inline' && candidates.length === 0) {
    const subject = clauseSubject(tokens, q, lang);
    if (subject !== null && !subject.pronoun && isPersonLike(tokens, subject, lang)) {
      const head = tokens[subject.head]!;
      const multiName = subject.head > subject.first && /^\p{Lu}/u.test(tokens[subject.head - 1]!.text);
      if (multiName || lang.isSpeakerNoun(head.lower) || known.has(head.text)) {
        setAttribution(ctx, quote, s, known, subject, null, 'cue', 0.5, s);
        return;
      }
    }
  }
  // Previous sentence ends with a colon: "Lawrow merkte an, …:" + quote on the next line.
  const colonBefore = s > 0 && text[sentences[s - 1]!.end - 1] === ':';
  if (quote.placement === 'block' && colonBefore) {
    const prev = sentenceInfo(ctx, s - 1);
    const last = prev.tokens[prev.tokens.length - 1];
    if (last?.text === ':') {
      const hits = near(prev.cues, prev.tokens.length).filter((hit) => hit.kind !== 'postposition');
      for (const hit of hits) {
        const phrase = speakerOfCue(prev.tokens, hit, lang, false);
        if (phrase !== null && setAttribution(ctx, quote, s, known, phrase, hit, 'cue', 0.8, s - 1)) return;
      }
      const chained = prior !== null && prior.quote.speaker !== null && prior.sentence >= s - 3;
      const subject = chained ? null : firstPerson(ctx, prev.tokens, 0, prev.tokens.length);
      if (subject !== null && setAttribution(ctx, quote, s, known, subject, null, 'previous', 0.6, s - 1)) return;
    }
  }
  // Chained quotes inherit the speaker.
  if (prior !== null && prior.quote.speaker !== null && (prior.sentence === s || prior.sentence === s - 1 || (colonBefore && prior.sentence >= s - 3) || onlyReportedBetween(ctx, prior.sentence, s))) {
    quote.speaker = prior.quote.speaker;
    quote.cue = prior.quote.cue;
    quote.attribution = 'chain';
    quote.confidence = quote.placement === 'block' ? 0.7 : 0.5;
    return;
  }
  if (candidates.length > 0) {
    setAttribution(ctx, quote, s, known, null, candidates[0]!, 'cue', 0.4, s);
  }
  // Last resort: the sentence before.
  if (s > 0) {
    const prev = sentenceInfo(ctx, s - 1);
    for (const hit of near(prev.cues, prev.tokens.length)) {
      const phrase = speakerOfCue(prev.tokens, hit, lang, false);
      if (phrase !== null) {
        const cue = quote.cue;
        setAttribution(ctx, quote, s, known, phrase, hit, 'previous', 0.45, s - 1);
        if (cue !== null) quote.cue = cue;
        return;
      }
    }
    const subject = firstPerson(ctx, prev.tokens, 0, prev.tokens.length);
    if (subject !== null && quote.placement === 'block') setAttribution(ctx, quote, s, known, subject, null, 'previous', 0.3, s - 1);
  }
}

/**
 * A quote relayed through a medium is nested in the medium's report: "X
 * zitiert Y: „Q“", "Y wird in X zitiert: „Q“", "„Q“, sagte Y laut X".
 */
function isRelayed(ctx: QuoteAnalysis, quote: Quote, s: number): boolean {
  const { lang } = ctx;
  const cue = quote.cue;
  if (cue === null || quote.role !== 'speech') return false;
  const cueStart = cue.parts[0]?.start ?? cue.start;
  let tokens = sentenceInfo(ctx, s).tokens;
  let c = tokenAt(tokens, cueStart);
  if (c < 0 && s > 0) {
    tokens = sentenceInfo(ctx, s - 1).tokens;
    c = tokenAt(tokens, cueStart);
  }
  if (c < 0) return false;
  const from = clauseStart(tokens, c);
  let to = c + 1;
  while (to < tokens.length && to < c + WINDOW && !CLAUSE_END.has(tokens[to]!.text) && tokens[to]!.kind !== 'quote') to++;
  if (lang.relayCues.has(cue.lemma)) {
    let passive = false;
    let medium = false;
    for (let i = from; i < to; i++) {
      const lower = tokens[i]!.lower;
      if (lang.impersonalSubjects.has(lower)) return false;
      if (lang.passiveAuxiliaries.has(lower)) passive = true;
      if (lang.relayPrepositions.has(lower)) medium = true;
    }
    return !passive || medium;
  }
  // „Q“, sagte Y laut X.
  if (quote.attribution !== 'template' || tokens !== sentenceInfo(ctx, s).tokens) return false;
  for (let i = c + 1; i < to; i++) {
    const lower = tokens[i]!.lower;
    if (lang.sourceStarts.has(lower) && tokens[i]!.kind === 'word') {
      const hit = near(sentenceInfo(ctx, s).cues, i).find((candidate) => candidate.token === i && candidate.kind === 'source');
      if (hit !== undefined) return true;
    }
  }
  // "sagte die Kanzlerin einigen Teilnehmern zufolge:", "soll Anelka gesagt haben:": heard through others.
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (lang.data.hearsayModals.includes(token.lower) || (i > c && lang.postpositions.has(token.lower))) return true;
  }
  return false;
}

/** Whether every sentence strictly between `from` and `to` (at most four) reports speech in Konjunktiv I: the speaker goes on talking. */
function onlyReportedBetween(ctx: QuoteAnalysis, from: number, to: number): boolean {
  const { lang } = ctx;
  if (to - from < 2 || to - from > 5) return false;
  for (let k = from + 1; k < to; k++) {
    const between = sentenceInfo(ctx, k);
    if (between.reported === undefined) between.reported = reportedMarker(between.tokens, between.cues, lang);
    if (between.reported !== 'subjunctive' || between.hasSpeakerCue) return false;
  }
  return true;
}

/**
 * The first noun phrase starting in `tokens[start, end)` that `accept`
 * takes, skipping prepositional objects.
 */
function firstPhraseIn(
  ctx: QuoteAnalysis,
  tokens: readonly Token[],
  start: number,
  end: number,
  accept: (phrase: NounPhrase, at: number) => boolean,
): NounPhrase | null {
  const { lang } = ctx;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (lang.prepositions.has(token.lower)) {
      const object = nounPhraseAt(tokens, i + 1, lang);
      if (object !== null) i = object.last;
      continue;
    }
    const phrase = nounPhraseAt(tokens, i, lang);
    if (phrase === null) continue;
    if (accept(phrase, i)) return phrase;
    i = phrase.last;
  }
  return null;
}

/** The first pronoun or surely-personal noun phrase of `tokens[from, to)` that is not a prepositional object. */
function speakerInClause(ctx: QuoteAnalysis, tokens: readonly Token[], from: number, to: number, known: Set<string>): NounPhrase | null {
  const { lang } = ctx;
  return firstPhraseIn(
    ctx,
    tokens,
    Math.max(0, from, to - WINDOW),
    to,
    (phrase, at) =>
      phrase.last < to && (phrase.pronoun ? at > from : isStrongPerson(tokens, phrase, lang) || known.has(tokens[phrase.head]!.text)),
  );
}

function firstPerson(ctx: QuoteAnalysis, tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  const { lang } = ctx;
  return firstPhraseIn(ctx, tokens, from, Math.min(to, from + WINDOW), (phrase) => !phrase.pronoun && isPersonLike(tokens, phrase, lang));
}

/**
 * The last noun phrase that `accept` takes, searching sentence `s` before
 * token `before` and then up to three sentences back, nearest sentence first.
 */
function lastPhraseBack(
  ctx: QuoteAnalysis,
  s: number,
  before: number,
  accept: (tokens: readonly Token[], phrase: NounPhrase) => boolean,
): { tokens: Token[]; phrase: NounPhrase } | null {
  const { lang } = ctx;
  for (let k = s; k >= Math.max(0, s - 3); k--) {
    const tokens = sentenceInfo(ctx, k).tokens;
    const limit = k === s ? before : tokens.length;
    let best: NounPhrase | null = null;
    for (let i = Math.max(0, limit - WINDOW); i < limit; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' || lang.prepositions.has(token.lower)) continue;
      if (i > 0 && lang.prepositions.has(tokens[i - 1]!.lower)) continue;
      const found = nounPhraseAt(tokens, i, lang);
      if (found === null || found.pronoun) continue;
      if (found.last >= limit) break;
      if (accept(tokens, found)) best = found;
      i = found.last;
    }
    if (best !== null) return { tokens, phrase: best };
  }
  return null;
}

/**
 * A definite description of a role without a name ("der Diplomat", "der
 * Vizeaußenminister") refers back to the last named person before it: the
 * speaker is that person, and `mention` the description.
 */
function resolveDescription(ctx: QuoteAnalysis, s: number, phrase: NounPhrase, known: Set<string>): QuoteSpeaker | null {
  const { text, lang } = ctx;
  const tokens = sentenceInfo(ctx, s).tokens;
  const first = tokens[phrase.first]!;
  const head = tokens[phrase.head]!;
  if (!lang.data.definiteArticles.includes(first.lower) || phrase.last !== phrase.head || !lang.isSpeakerNoun(head.lower)) return null;
  for (let i = phrase.first + 1; i < phrase.head; i++) if (tokens[i]!.kind !== 'word' || isCapitalisedWord(tokens[i]!)) return null;
  const antecedent = lastPhraseBack(ctx, s, phrase.first, (candidates, found) => {
    const name = candidates[found.head]!;
    // A first name and surname ("Sergej Rjabkow"), alone or after a role noun ("Vizeaußenminister Sergej Rjabkow").
    const multiName =
      found.head > found.first &&
      isCapitalisedWord(candidates[found.head - 1]!) &&
      (found.head - 1 === found.first || lang.isSpeakerNoun(candidates[found.head - 2]!.lower) || isCapitalisedWord(candidates[found.head - 2]!)) &&
      !lang.determiners.has(candidates[found.head - 1]!.lower);
    return (known.has(name.text) || multiName) && !lang.isSpeakerNoun(name.lower);
  });
  if (antecedent === null) return null;
  const mention = { start: first.start, end: tokens[phrase.last]!.end, text: text.slice(first.start, tokens[phrase.last]!.end) };
  return { ...toSpeaker(text, antecedent.tokens, antecedent.phrase), mention };
}

function resolvePronoun(ctx: QuoteAnalysis, s: number, pronoun: NounPhrase, known: Set<string>): QuoteSpeaker | null {
  const { text, lang } = ctx;
  const mentionToken = sentenceInfo(ctx, s).tokens[pronoun.first]!;
  const mention = { start: mentionToken.start, end: mentionToken.end, text: mentionToken.text };
  const antecedent = lastPhraseBack(ctx, s, pronoun.first, (tokens, phrase) => {
    const head = tokens[phrase.head]!;
    const multiName = phrase.head > phrase.first && /^\p{Lu}/u.test(tokens[phrase.head - 1]!.text);
    return known.has(head.text) || multiName || lang.isSpeakerNoun(head.lower);
  });
  if (antecedent !== null) return { ...toSpeaker(text, antecedent.tokens, antecedent.phrase), mention };
  // Unresolved: the pronoun itself is the best span there is.
  return { ...mention, head: { ...mention }, mention };
}

const CAPITAL = /^\p{Lu}/u;
function isCapitalisedWord(token: Token): boolean {
  return token.kind === 'word' && CAPITAL.test(token.text);
}

/** Index of the token starting at `start`, or -1 (tokens are sorted). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  return tokens[low]?.start === start ? low : -1;
}

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')']);

/** Tokens around a quote that attribution looks at (keeps long sentences linear). */
const WINDOW = 60;

/** The cue hits within WINDOW tokens of token `at` (hits are sorted by token). */
function near(hits: readonly CueHit[], at: number): CueHit[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.token < at - WINDOW) low = mid + 1;
    else high = mid;
  }
  const out: CueHit[] = [];
  for (let i = low; i < hits.length && hits[i]!.token <= at + WINDOW; i++) out.push(hits[i]!);
  return out;
}

function isVerbCue(hit: CueHit): boolean {
  return hit.kind === 'verb' || hit.kind === 'participle';
}

/** Whether a quote token lies strictly between tokens `from` and `to`. */
function hasQuoteBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.kind === 'quote') return true;
  return false;
}

function isAfterOtherQuote(tokens: readonly Token[], hit: CueHit, q: number): boolean {
  // ", sagte X" right after a different quote belongs to that quote.
  let i = hit.token - 1;
  if (tokens[i]?.text !== ',' && tokens[i]?.text !== '–') return false;
  i--;
  const token = tokens[i];
  return token !== undefined && token.kind === 'quote' && i !== q;
}

function distance(hit: CueHit, q: number): number {
  return hit.token < q ? q - hit.token : (hit.token - q) * 1.5;
}

/** A Konjunktiv form; where nouns are capitalised only in lower case ("Folge", "Stelle" are nouns). */
function isSubjunctive(token: Token, lang: LanguageIndex): boolean {
  return token.kind === 'word' && lang.subjunctive.has(token.lower) && (!lang.data.nounsCapitalised || token.text === token.lower);
}

function reportedMarker(tokens: readonly Token[], cues: readonly CueHit[], lang: LanguageIndex): ReportedSpeech['marker'] | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSubjunctive(token, lang) && !(i === 0 && startsUpper(token.text))) return 'subjunctive';
  }
  for (const hit of cues) {
    if (hit.kind !== 'verb' && hit.kind !== 'participle') continue;
    const before = tokens[hit.token - 1];
    if (before !== undefined && (before.text === ',' || before.kind === 'quote')) continue; // „Q“, sagte X
    for (let k = hit.token + 1; k < Math.min(tokens.length, hit.token + 8); k++) {
      const token = tokens[k]!;
      if (token.kind === 'quote' || token.text === ':') break;
      if (lang.complementizers.has(token.lower)) return 'complement';
      if (token.text === ',') {
        const next = tokens[k + 1];
        if (next !== undefined && lang.complementizers.has(next.lower)) return 'complement';
        if (next !== undefined && next.kind === 'word' && !lang.subordinators.has(next.lower) && !lang.data.relativePronouns.includes(next.lower)) return 'complement';
        break;
      }
    }
  }
  if (cues.some((hit) => hit.kind === 'source' || hit.kind === 'postposition')) return 'source';
  return null;
}

function buildQuote(text: string, pair: MarkPair, parent: MarkPair | null): Quote {
  const quote: Quote = {
    start: pair.start,
    end: pair.end,
    contentStart: pair.contentStart,
    contentEnd: pair.contentEnd,
    text: text.slice(pair.contentStart, pair.contentEnd),
    open: pair.open,
    close: pair.close,
    unclosed: pair.unclosed,
    placement: 'inline',
    role: 'speech',
    inReportedSpeech: false,
    speaker: null,
    cue: null,
    confidence: 0,
    attribution: 'none',
    nested: [],
  };
  if (parent !== null) {
    let i = pair.start - 1;
    while (i >= parent.contentStart && /\s/.test(text[i] ?? '')) i--;
    quote.placement = i < parent.contentStart || SENTENCE_END.includes(text[i] ?? '') ? 'block' : 'inline';
  }
  quote.nested = pair.children.map((child) => buildQuote(text, child, pair));
  return quote;
}

/**
 * A name in apposition to the noun before it: "die Enzyklika „Deus caritas
 * est“", "der Stern „HD 13189“" — capitalised, no sentence end, no
 * first-person pronoun or negation, right after a capitalised noun (in
 * languages that capitalise nouns) that is not the sentence's first word.
 */
function isApposedName(quote: Quote, tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  if (!lang.data.nounsCapitalised || q < 2) return false;
  const prev = tokens[q - 1]!;
  const code = prev.text.charCodeAt(0);
  if (prev.kind !== 'word' || prev.lower === prev.text || (code >= 48 && code <= 57)) return false;
  if (lang.determiners.has(prev.lower) || lang.prepositions.has(prev.lower) || lang.subordinators.has(prev.lower) || lang.nonPerson.has(prev.lower)) return false;
  const before = tokens[q - 2]!;
  if (before.kind !== 'word') return false;
  const content = quote.text;
  if (!/^[\p{Lu}\d]/u.test(content) || SENTENCE_END.includes(content[content.length - 1] ?? '')) return false;
  let words = 0;
  for (const word of content.split(/\s+/)) {
    if (word === '') continue;
    words++;
    if (lang.clauseMarkers.has(word.toLowerCase()) || lang.auxiliaries.has(word.toLowerCase())) return false;
  }
  return words <= 12;
}

/**
 * A name given with a naming verb: "die sich „X“ nennt", "nennt man einen
 * „X“", "als „X“ bezeichnet wird", "stets „X“ genannt".
 */
function isGivenName(tokens: readonly Token[], cues: readonly CueHit[], q: number, lang: LanguageIndex): boolean {
  const from = clauseStart(tokens, q);
  let to = q + 1;
  while (to < tokens.length && to < q + 10 && tokens[to]!.kind !== 'quote') {
    // A short parenthesis ("„Allianz …“ (AIE) nennt") stays in the clause.
    const closing = parenthesisEnd(tokens, to);
    if (closing > 0) to = closing;
    else if (CLAUSE_END.has(tokens[to]!.text)) break;
    to++;
  }
  // "die sich als „Schule ohne Rassismus“ präsentiert": a self-chosen name.
  if (isCharacterisingWord(tokens[q - 1], lang) && startsUpper(tokens[q]!.text.slice(1))) {
    for (let i = from; i < q - 1; i++) if (lang.data.reflexivePronouns.includes(tokens[i]!.lower)) return true;
  }
  let naming: CueHit | undefined;
  for (const hit of cues) {
    if (hit.token >= from && hit.token < to && hit.token !== q && (hit.kind === 'verb' || hit.kind === 'participle') && lang.data.characterisingCueLemmas.includes(hit.cue.lemma)) naming = hit;
  }
  if (naming === undefined) return false;
  let auxiliary = false;
  for (let i = from; i < to; i++) {
    const lower = tokens[i]!.lower;
    if (lang.data.reflexivePronouns.includes(lower) || lang.impersonalSubjects.has(lower)) return true;
    if (lang.auxiliaries.has(lower)) auxiliary = true;
  }
  // A bare participle: "von Freunden stets „der Dicke“ genannt".
  return naming.kind === 'participle' && !auxiliary;
}

/** The first of up to three lower-case adjectives ("neue", "besetzten") right before token `q`, or `q`. */
function adjectivesStart(tokens: readonly Token[], q: number, lang: LanguageIndex): number {
  let i = q;
  while (i > 0 && q - i < 3) {
    const token = tokens[i - 1]!;
    if (token.kind !== 'word' || token.text !== token.lower || token.lower.length <= 3 || !/(?:e|en|er|es|em)$/.test(token.lower) || lang.determiners.has(token.lower) || lang.prepositions.has(token.lower)) break;
    i--;
  }
  return i;
}

/** Title: a short capitalised name after a title noun, or a multi-word capitalised name. */
function isTitle(quote: Quote, tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  const content = quote.text;
  const words = content.split(/\s+/).filter((word) => word !== '');
  const prev = q > 0 ? tokens[q - 1] : undefined;
  const next = tokens[q + 1];
  if (content.includes(',') || words.length === 0 || words.length > 6) return false;
  const endsSentence = SENTENCE_END.includes(content[content.length - 1] ?? '');
  // "Wie „heise online“ berichtet": a name between "wie" and a verb, whatever its case.
  if (!endsSentence && prev?.kind === 'word' && lang.data.nameIntroducers.includes(prev.lower) && next?.kind === 'word' && lang.finite.has(next.lower)) return true;
  if (!/^[\p{Lu}\d]/u.test(words[0] ?? '')) return false;
  const afterTitleNoun = prev !== undefined && prev.kind === 'word' && lang.isTitleNoun(prev.lower);
  // "der Partei „Die Linke.“": a short name keeps its period.
  if (endsSentence) return afterTitleNoun && words.length <= 3;
  if (afterTitleNoun) return true;
  // "die französische „L’Alliance pour la Planète“": the article before the adjectives.
  const slot = tokens[adjectivesStart(tokens, q, lang) - 1];
  if (slot !== undefined && slot !== prev && slot.kind === 'word' && lang.data.definiteArticles.includes(slot.lower) && !words.some((word) => lang.clauseMarkers.has(word.toLowerCase()))) return true;
  // A capitalised name in a noun slot: "die „Kampagne für ein Freies Tibet“ berichtete", "Wie „heise online“ berichtet".
  const clauseWord = words.some((word) => lang.auxiliaries.has(word.toLowerCase()) || lang.pronouns.has(word.toLowerCase()) || /^(?:ich|wir|du|nicht|kein|keine)$/i.test(word));
  if (!clauseWord && words.length <= 10 && prev !== undefined && prev.kind === 'word' && (lang.data.definiteArticles.includes(prev.lower) || lang.prepositions.has(prev.lower) || lang.data.nameIntroducers.includes(prev.lower))) return true;
  const allCapitalised = words.every((word) => /^[\p{Lu}\d&]/u.test(word));
  if (words.length >= 2 && allCapitalised) return true;
  // Names with function words: "Board of Governors", "Die Früchte des Zorns".
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  const clauseWords = lang.stopwords;
  const hasClauseWord = words.some((word) => lang.auxiliaries.has(word.toLowerCase()) || lang.pronouns.has(word.toLowerCase()) || word === 'ich' || word === 'Ich' || word === 'wir' || word === 'Wir');
  const attributed = quote.attribution === 'cue' || quote.attribution === 'source';
  return !attributed && words.length >= 3 && capitalised * 2 > words.length && !hasClauseWord && words.every((word) => /^[\p{Lu}\d]/u.test(word) || clauseWords.has(word.toLowerCase()) || word.length <= 3);
}

/** "als" in "bezeichnete es als „…“". */
function isCharacterisingWord(token: Token | undefined, lang: LanguageIndex): boolean {
  return token !== undefined && lang.data.characterisingWords.includes(token.lower);
}

/** Whether `text` starts with an upper-case letter (ASCII fast path). */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(text);
}

/** A sentence with a clause word (ich, wir, nicht …): "(„Mir fällt niemand ein, …“)" is speech, not a gloss. */
function isClause(content: string, lang: LanguageIndex): boolean {
  if (!SENTENCE_END.includes(content[content.length - 1] ?? '')) return false;
  for (const word of content.split(/[\s,;:]+/)) if (lang.clauseMarkers.has(word.toLowerCase())) return true;
  return false;
}

/** Whether a punctuation or quote token lies strictly between tokens `from` and `to`. */
function hasBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.kind !== 'word') return true;
  return false;
}

/**
 * Whether the quote at token `q` follows a noun for spoken or written words
 * ("Parolen wie „…“ oder „…“", "mit der Aufschrift „…“"), past example
 * words, conjunctions and other quotes of the list.
 */
function afterSpeechNoun(tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  for (let i = q - 1; i >= Math.max(0, q - 8); i--) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || token.text === ',' || lang.coordinators.has(token.lower) || lang.data.exampleWords.includes(token.lower)) continue;
    return token.kind === 'word' && lang.data.speechNouns.includes(token.lower);
  }
  return false;
}

/** A short phrase without sentence punctuation or clause words after a colon whose clause holds a title noun ("Namen", "Album"). */
function isNamedAfterColon(content: string, tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  if (SENTENCE_END.includes(content[content.length - 1] ?? '')) return false;
  const words = content.split(/\s+/);
  if (words.length > 8 || words.some((word) => lang.clauseMarkers.has(word.toLowerCase()) || lang.pronouns.has(word.toLowerCase()))) return false;
  for (let i = clauseStart(tokens, q - 2); i < q - 1; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && lang.isTitleNoun(token.lower)) return true;
  }
  return false;
}

/**
 * "bezeichnete es als „strategisch“", "nannte seinen Platzverweis „überzogen“":
 * the quote is the speaker's own characterisation, in a clause of its
 * characterising verb without a complementiser or Konjunktiv.
 */
function isCharacterisation(tokens: readonly Token[], cues: readonly CueHit[], q: number, lang: LanguageIndex): boolean {
  if (q < 1) return false;
  const from = clauseStart(tokens, q);
  let to = q + 1;
  while (to < tokens.length && to < q + 10 && !CLAUSE_END.has(tokens[to]!.text) && tokens[to]!.kind !== 'quote') to++;
  const verb = cues.find((hit) => hit.token >= from && hit.token < to && (hit.kind === 'verb' || hit.kind === 'participle') && lang.data.characterisingCueLemmas.includes(hit.cue.lemma));
  if (verb === undefined) return false;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && (lang.complementizers.has(token.lower) || isSubjunctive(token, lang))) return false;
  }
  const before = tokens[q - 1]!;
  return isCharacterisingWord(before, lang) || isCharacterisingWord(tokens[q - 2], lang) || (q - verb.token >= 2 && q - verb.token <= 3 && !hasBreakBetween(tokens, verb.token, q));
}

/** The role of a quote at token `q`; `cues` are the hits near it, `firstVerbCue` the sentence's first verb cue (-1: none). */
function roleOf(quote: Quote, tokens: readonly Token[], cues: readonly CueHit[], firstVerbCue: number, q: number, lang: LanguageIndex): QuoteRole {
  const words = countWords(quote.text);
  // A one-word label before a colon ("Wikinews: …") names a speaker; it is not speech.
  if (words === 1 && tokens[q + 1]?.text === ':' && quote.placement === 'block') return 'title';
  // A gloss or translation: "(etwa: „Partei der Volksmacht“)", or a wiki-styled ''name''.
  const gloss = tokens[q - 1]?.text === ':' && lang.data.translationMarkers.includes(tokens[q - 2]?.lower ?? '');
  if (gloss || (tokens[q - 1]?.text === '(' && !isClause(quote.text, lang)) || /^'.*'$/su.test(quote.text)) return 'title';
  // "Parolen wie „…“ oder „…“", "mit der Aufschrift „…“": words someone wrote or shouted.
  if (q > 0 && afterSpeechNoun(tokens, q, lang)) return 'speech';
  if (q > 0 && isApposedName(quote, tokens, q, lang)) return 'title';
  if (q >= 0 && isGivenName(tokens, cues, q, lang)) return 'title';
  // "Den Namen der Sendung gab das ZDF bekannt: „…“": a name announced after a colon.
  if (q > 1 && tokens[q - 1]!.text === ':' && isNamedAfterColon(quote.text, tokens, q, lang)) return 'title';
  if (quote.attribution === 'template' && (words > 1 || quote.cue !== null)) return 'speech';
  // "…: „Q“" — introduced by a colon, whoever the speaker turns out to be.
  if (q > 0 && tokens[q - 1]!.text === ':' && words > 1) return 'speech';
  if (q >= 0 && isTitle(quote, tokens, q, lang)) return 'title';
  if (quote.placement === 'block' && words < 2) return 'scare';
  const sentenceLike = SENTENCE_END.includes(quote.text[quote.text.length - 1] ?? '') || words >= 5;
  if (quote.placement === 'block') return 'speech';
  if (sentenceLike && quote.attribution !== 'none') return 'speech';
  // "bezeichnete es als „…“", "nannte ihn einen „…“": a characterisation in someone's words.
  const before = q > 0 ? tokens[q - 1] : undefined;
  const before2 = q > 1 ? tokens[q - 2] : undefined;
  const speechVerbNear = cues.some((hit) => (hit.kind === 'verb' || hit.kind === 'participle') && Math.abs(hit.token - q) <= 12);
  const characterised =
    // "bezeichnete es als „…“" — with a speech verb; "gilt als „…“" alone is a scare quote.
    (speechVerbNear && (isCharacterisingWord(before, lang) || (isCharacterisingWord(before2, lang) && lang.determiners.has(before?.lower ?? '')))) ||
    // "nannte es einen „Wortbruch“"
    (before !== undefined && lang.data.indefiniteArticles.includes(before.lower) && cues.some((hit) => hit.token < q && q - hit.token <= 8 && hit.kind === 'verb' && lang.data.characterisingCueLemmas.includes(hit.cue.lemma))) ||
    // "nannte sie „fahrlässig“": a characterising verb and its object right before the quote ("nennt „X“" only mentions X).
    cues.some((hit) => q - hit.token >= 2 && q - hit.token <= 3 && hit.kind === 'verb' && lang.data.characterisingCueLemmas.includes(hit.cue.lemma) && !hasBreakBetween(tokens, hit.token, q));
  // "wies er darauf hin, dass es „prematur“ sei": words quoted inside reported speech are the speaker's.
  if (!startsUpper(quote.text) && firstVerbCue >= 0 && firstVerbCue < q && quoteIsReported(tokens, cues, q, lang, quote.text)) return 'speech';
  if (words === 1) {
    if (characterised && !startsUpper(quote.text)) return 'speech';
    return startsUpper(quote.text) && !characterised ? 'title' : characterised ? 'speech' : 'scare';
  }
  if (characterised) return 'speech';
  if (quote.attribution === 'cue' || quote.attribution === 'source') return 'speech';
  if (firstVerbCue >= 0) return 'speech';
  return 'scare';
}

/** Whether the quote sits in the reported part of its sentence (after "dass", a cue and comma, or in a Konjunktiv clause). */
function quoteIsReported(tokens: readonly Token[], cues: readonly CueHit[], q: number, lang: LanguageIndex, content: string): boolean {
  if (q < 0) return false;
  if (tokens[q - 1]?.text === ':') return false;
  // "bekräftigt, „Huchting ist nicht Paris.“": a whole sentence after a cue and a comma.
  const sentence = CAPITAL.test(content) && SENTENCE_END.includes(content[content.length - 1] ?? '');
  if (sentence && tokens[q - 1]?.text === ',' && !hasReportMarker(tokens, q, lang)) return false;
  let from = Math.max(0, q - WINDOW);
  for (let i = q - 1; i >= from; i--) {
    if (tokens[i]!.text === ':') {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < q; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && (lang.complementizers.has(token.lower) || isSubjunctive(token, lang))) return true;
  }
  for (const hit of cues) {
    if (hit.token >= q || hit.token < from || (hit.kind !== 'verb' && hit.kind !== 'participle')) continue;
    for (let k = hit.token + 1; k < q; k++) if (tokens[k]!.text === ',') return true;
  }
  for (let i = q + 1; i < Math.min(tokens.length, q + WINDOW); i++) {
    const token = tokens[i]!;
    if (token.text === ',' || token.text === ';' || token.text === ':' || token.kind === 'quote') break;
    if (isSubjunctive(token, lang)) return true;
  }
  return false;
}

/** A complementiser or Konjunktiv form in the clause before token `q`. */
function hasReportMarker(tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  for (let i = q - 1; i >= Math.max(0, q - WINDOW); i--) {
    const token = tokens[i]!;
    if (token.text === ':' || token.text === '.' || token.kind === 'quote') break;
    if (token.kind === 'word' && (lang.complementizers.has(token.lower) || isSubjunctive(token, lang))) return true;
  }
  return false;
}

function nestedRole(quote: Quote, lang: LanguageIndex): QuoteRole {
  for (const child of quote.nested) child.role = nestedRole(child, lang);
  const words = countWords(quote.text);
  if (SENTENCE_END.includes(quote.text[quote.text.length - 1] ?? '') || words >= 5) return 'speech';
  const all = quote.text.split(/\s+/).filter(Boolean);
  if (all.length > 0 && all.every((word) => /^[\p{Lu}\d]/u.test(word)) && lang.data.nounsCapitalised && all.length >= 2) return 'title';
  return 'scare';
}

/** Reported-speech sentences of an analysis. */
export function reportedSentences(analysis: QuoteAnalysis): ReportedSpeech[] {
  const { text, sentences, lang } = analysis;
  const out: ReportedSpeech[] = [];
  let previous: ReportedSpeech | null = null;
  let previousIndex = -2;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (!mayReport(analysis, s)) continue;
    const info = sentenceInfo(analysis, s);
    const { tokens, cues } = info;
    if (info.reported === undefined) info.reported = reportedMarker(tokens, cues, lang);
    const reported = info.reported;
    if (reported === null) continue;
    // A sentence that is only a quote with its template is direct speech, not reported.
    const quoteTokens = tokens.filter((token) => token.kind === 'quote');
    const words = tokens.filter((token) => token.kind === 'word').length;
    if (quoteTokens.length > 0 && words <= 4 && reported !== 'subjunctive') continue;
    let speaker: QuoteSpeaker | null = null;
    let cue: QuoteCue | null = null;
    let confidence = reported === 'source' ? 0.6 : 0.7;
    const ordered = cues.filter((hit) => hit.kind !== 'so' && hit.kind !== 'impersonal');
    for (const hit of ordered) {
      const phrase = speakerOfCue(tokens, hit, lang, false);
      cue = hit.cue;
      if (phrase !== null && !phrase.pronoun) {
        speaker = toSpeaker(text, tokens, phrase);
        break;
      }
      if (phrase !== null && phrase.pronoun && previous !== null && previous.speaker !== null) {
        speaker = { ...previous.speaker, mention: { start: tokens[phrase.first]!.start, end: tokens[phrase.first]!.end, text: tokens[phrase.first]!.text } };
        break;
      }
    }
    if (speaker === null && cue === null && previous !== null && previousIndex === s - 1) {
      speaker = previous.speaker;
      confidence = 0.5;
    }
    const item: ReportedSpeech = {
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      speaker,
      cue,
      marker: reported,
      confidence,
      language: analysis.language,
    };
    out.push(item);
    previous = item;
    previousIndex = s;
  }
  return out;
}
