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
import { nestedRole, quoteIsReported, isCharacterisation, roleOf } from './roles.js';
import { WINDOW, endsClause, peek, isSubjunctive, startsLower, startsUpper } from './token-tests.js';
import { isIn, WordClass } from './word-classes.js';
import type { TextSpan } from '../shared/span.js';
import type { AttributionMethod, FindQuotesOptions, Quote, QuoteCue, QuoteSpeaker, ReportedSpeech } from './types.js';

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
  firstPairOf: number[];
  /** Sentence analyses computed so far, by sentence index. */
  infos: (SentenceInfo | undefined)[];
  /** Token index of each top-level quote in its sentence (by pair index), -1 until its sentence is analysed. */
  quoteTokenOf: number[];
}

/** Picks the language data: option, else a stopword vote over the first 800 characters, else German. */
export function quoteLanguage(text: string, language: string | undefined, marks?: readonly number[]): QuoteLanguageData {
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

function hasLowNine(text: string, marks: readonly number[]): boolean {
  for (let k = 0; k < marks.length; k++) if (text.charCodeAt(marks[k]!) === 0x201e) return true;
  return false;
}

let voters: FunctionWordTable | undefined;

/** The quote languages' stopwords, for the shared function-word vote; built once. */
function quoteVoters(): FunctionWordTable {
  voters ??= new FunctionWordTable(Object.values(QUOTE_LANGUAGES).map((data) => ({ lang: data.code, words: data.stopwords })));
  return voters;
}

function styleFor(text: string, option: FindQuotesOptions['style'], marks: readonly number[]): MarkStyle {
  if (option === 'german') return { lowNineCloses: true, rightGuillemetOpens: true };
  if (option === 'english') return { lowNineCloses: false, rightGuillemetOpens: false };
  return voteMarkStyle(text, marks);
}

/** The tokens and cues of sentence `index`, computed once. */
export function sentenceInfo(ctx: QuoteAnalysis, index: number): SentenceInfo {
  const cached = ctx.infos[index];
  if (cached !== undefined) return cached;
  const { text, pairs } = ctx;
  const sentence = ctx.sentences[index]!;
  const tokens = tokenize(text, sentence.start, sentence.end, pairs, ctx.firstPairOf[index] ?? pairs.length, ctx.lang.classes);
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

/** False when sentence `index` has no word a cue starts with (checked without tokenising). */
function mayHaveCue(ctx: QuoteAnalysis, index: number): boolean {
  if (ctx.infos[index] !== undefined) return true;
  const sentence = ctx.sentences[index]!;
  return mayContainWord(ctx.text, sentence.start, sentence.end, ctx.pairs, ctx.firstPairOf[index] ?? ctx.pairs.length, ctx.lang.cueTriggers);
}

/** Runs the whole pipeline. */
export function analyzeQuotes(text: string, options: FindQuotesOptions = {}, quotesOnly = false): QuoteAnalysis {
  const marks = scanMarks(text);
  const pairs = pairQuoteMarks(text, styleFor(text, options.style, marks), marks);
  if (quotesOnly && pairs.length === 0) {
    const data = QUOTE_LANGUAGES['deu']!;
    return { text, language: data.code, quotes: [], pairs, sentences: [], lang: indexLanguage(data), firstPairOf: [], infos: [], quoteTokenOf: [] };
  }
  const data = quoteLanguage(text, options.language, marks);
  const lang = indexLanguage(data);
  const sentences = segmentSentences(text, pairs, data, quotesOnly ? (pairs[pairs.length - 1]?.end ?? 0) : Infinity);

  const firstPairOf = firstPairOfSentences(pairs, sentences);
  const quotes: Quote[] = [];
  const ctx: QuoteAnalysis = { text, language: data.code, quotes, pairs, sentences, lang, firstPairOf, infos: new Array<SentenceInfo | undefined>(sentences.length), quoteTokenOf: unknownTokenIndices(pairs.length) };
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
    // Cue hits near the quote: what attribution, role and reported-speech tests look at (keeps long sentences linear).
    const nearCues = near(info.cues, tokenIndex);
    attribute(ctx, quote, sentenceIndex, tokenIndex, nearCues, previous, knownHeads);
    if (quote.speaker !== null) knownHeads.add(quote.speaker.head.text);
    quote.role = roleOf(quote, info.tokens, nearCues, info.firstVerbCue, tokenIndex, lang);
    quote.inReportedSpeech = isInReportedSpeech(ctx, quote, sentenceIndex, tokenIndex, nearCues);
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

/** `count` times -1, for {@link QuoteAnalysis.quoteTokenOf} (pushed one by one: `fill` is a costly builtin call for a short array). */
function unknownTokenIndices(count: number): number[] {
  const indices: number[] = [];
  for (let i = 0; i < count; i++) indices.push(-1);
  return indices;
}

/** The first top-level pair at or after each sentence start (pairs and sentences are both sorted). */
function firstPairOfSentences(pairs: readonly MarkPair[], sentences: readonly Sentence[]): number[] {
  const firstPairOf: number[] = [];
  let p = 0;
  for (const sentence of sentences) {
    while (p < pairs.length && pairs[p]!.start < sentence.start) p++;
    firstPairOf.push(p);
  }
  return firstPairOf;
}

/**
 * Whether the attributed quote at token `q` of sentence `s` is part of
 * reported speech: inside a reported clause, from a source, a lower-case
 * fragment continuing the narration, or relayed through a medium.
 */
function isInReportedSpeech(ctx: QuoteAnalysis, quote: Quote, s: number, q: number, nearCues: readonly CueHit[]): boolean {
  const { lang } = ctx;
  const { tokens } = sentenceInfo(ctx, s);
  if (quote.placement === 'inline') {
    if (quote.attribution === 'template') {
      // A lower-case fragment continuing the narration („…“, erklärte X): mixed quotation.
      if (q > 0 && startsLower(quote.text)) return true;
    } else if (quote.attribution === 'source' || (quoteIsReported(tokens, nearCues, q, lang, quote.text) && !isCharacterisation(tokens, nearCues, q, lang))) {
      return true;
    }
  }
  return isRelayed(ctx, quote, s);
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

/** One quote being attributed: where it stands and what the steps of {@link attribute} share. */
interface Attempt {
  ctx: QuoteAnalysis;
  quote: Quote;
  /** Sentence index. */
  s: number;
  /** Token index of the quote in its sentence. */
  q: number;
  tokens: readonly Token[];
  /** Cue hits near the quote. */
  cues: readonly CueHit[];
  /** The last attributed speech quote. */
  prior: { quote: Quote; sentence: number } | null;
  /** Head words of speakers found so far. */
  known: Set<string>;
}

/** {@link setAttribution} for the quote of `a`. */
function record(a: Attempt, phrase: NounPhrase | null, hit: CueHit | null, method: AttributionMethod, confidence: number, sentence = a.s): boolean {
  return setAttribution(a.ctx, a.quote, a.s, a.known, phrase, hit, method, confidence, sentence);
}

/**
 * Finds the speaker and cue of the quote at token `q` of sentence `s`
 * (`cues`: the sentence's cue hits near it), trying the templates around the
 * quote first, then cues and subjects elsewhere in the sentence, chains, and
 * the sentence before.
 */
function attribute(
  ctx: QuoteAnalysis,
  quote: Quote,
  s: number,
  q: number,
  cues: readonly CueHit[],
  prior: { quote: Quote; sentence: number } | null,
  known: Set<string>,
): void {
  if (q < 0) return;
  const a: Attempt = { ctx, quote, s, q, tokens: sentenceInfo(ctx, s).tokens, cues, prior, known };
  const { tokens } = a;
  // The token after the quote and its comma or dash.
  let j = q + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '–') j++;
  if (templateAfterQuote(a, j)) return;
  const before = peek(tokens, q - 1);
  if (before?.text === ':' && templateBeforeColon(a)) return;
  if (before?.text === '(' && q > 1 && nameBeforeParenthesis(a)) return;
  if (j > q + 1 && tokens[q + 1]?.text === ',' && anyVerbAfterQuote(a, j)) return;
  // A cue verb or source phrase elsewhere in the sentence.
  const candidates = cues.filter((hit) => !(hit.kind === 'so' && hit.token !== j) && !isAfterOtherQuote(tokens, hit, q));
  if (candidates.length > 1) candidates.sort((x, y) => distance(x, q) - distance(y, q));
  if (cueInSentence(a, candidates)) return;
  // A cue without a subject here: the subject may be in the previous sentence (chains).
  if (quote.placement === 'inline' && candidates.length === 0 && personAsSubject(a)) return;
  // Previous sentence ends with a colon: "Lawrow merkte an, …:" + quote on the next line.
  const colonBefore = s > 0 && ctx.text[ctx.sentences[s - 1]!.end - 1] === ':';
  if (quote.placement === 'block' && colonBefore && cueBeforeColonLine(a)) return;
  if (chain(a, colonBefore)) return;
  if (candidates.length > 0) record(a, null, candidates[0]!, 'cue', 0.4);
  if (s > 0) previousSentence(a);
}

/** „Q“, sagte X. / „Q“, so X. / „Q“, heißt es in X. — the cue at token `j` right after the quote (and its comma). */
function templateAfterQuote(a: Attempt, j: number): boolean {
  const { tokens, cues, q, quote } = a;
  const after = cues.find((hit) => hit.token === j && hit.kind !== 'postposition' && hit.kind !== 'source');
  // Without the comma only for an impersonal cue: „Q“ heißt es in X.
  if (after === undefined || (j === q + 1 && after.kind !== 'impersonal')) return false;
  const phrase = speakerOfCue(tokens, after, a.ctx.lang, true);
  if (phrase === null && after.kind === 'so') return false;
  record(a, phrase, after, 'template', 0.95);
  return quote.speaker !== null;
}

/** X sagte: „Q“ / X: „Q“ / heißt es in X: „Q“ — the clause before the colon. */
function templateBeforeColon(a: Attempt): boolean {
  const { tokens, q, ctx } = a;
  const { lang } = ctx;
  const start = clauseStart(tokens, q - 2);
  // The nearest cue with a subject ("In dem Antrag heißt es:" has a verb and an impersonal cue),
  // verbs first: in "sagte X einigen Teilnehmern zufolge:" X speaks, the others relay.
  if (speakerOfClauseCue(a, start, true) || speakerOfClauseCue(a, start, false)) return true;
  const hit = lastCueIn(a.cues, start, q - 1);
  if (hit !== undefined) record(a, null, hit, 'template', 0.9);
  // "warnte der Geschäftsführer, Peter Hahn, die Politik in einem Brief:" — a cue verb earlier in the sentence.
  else if (earlierCueVerb(a, start)) return true;
  const phrase = nounPhraseAt(tokens, start, lang);
  if (phrase !== null && phrase.last === q - 2) {
    record(a, phrase, null, 'template', 0.8);
    return true;
  }
  if (hit !== undefined) return true;
  // "Den Unmut … brachte die Sprecherin X zum Ausdruck: „Q“" — a person or pronoun in the clause before the colon.
  const person = speakerInClause(ctx, tokens, start, q - 1, a.known);
  if (person !== null && record(a, person, null, 'template', 0.75)) return true;
  // "Der Bundespräsident sparte nicht mit Kritik: „Q“" — the subject of the clause before the colon.
  const subject = clauseSubject(tokens, q - 1, lang);
  if (subject === null) return false;
  // "Seine Zuversicht gründet sich auf …: „Q“" — the possessive points back to the speaker.
  if (!subject.pronoun && lang.data.possessiveDeterminers.includes(tokens[subject.first]!.lower) && !isStrongPerson(tokens, subject, lang)) {
    if (record(a, { first: subject.first, last: subject.first, head: subject.first, pronoun: true }, null, 'template', 0.6)) return true;
  }
  return record(a, subject, null, 'template', 0.7);
}

/** The last cue hit with a token in `[from, to)`. */
function lastCueIn(cues: readonly CueHit[], from: number, to: number): CueHit | undefined {
  for (let k = cues.length - 1; k >= 0; k--) if (cues[k]!.token >= from && cues[k]!.token < to) return cues[k];
  return undefined;
}

/** Tries the verb cues (`verbs`) or the other cues of the clause `[start, colon)`, nearest first; true once a speaker is found. */
function speakerOfClauseCue(a: Attempt, start: number, verbs: boolean): boolean {
  const { tokens, cues, q, quote } = a;
  for (let k = cues.length - 1; k >= 0; k--) {
    const hit = cues[k]!;
    if (hit.token < start || hit.token >= q - 1 || isVerbCue(hit) !== verbs) continue;
    const phrase = speakerOfCue(tokens, hit, a.ctx.lang, false);
    if (phrase !== null && record(a, phrase, hit, 'template', 0.9) && quote.speaker !== null) return true;
  }
  return false;
}

/** A cue verb (or impersonal cue) before the clause of the colon whose subject is a person; only the nearest such cue word. */
function earlierCueVerb(a: Attempt, start: number): boolean {
  const { tokens, cues, q } = a;
  const { lang } = a.ctx;
  // Only the nearest such cue word (a verb and an impersonal cue may share it: "heißt es").
  let tried = -1;
  for (let k = cues.length - 1; k >= 0; k--) {
    const earlier = cues[k]!;
    const impersonal = earlier.kind === 'impersonal';
    if (earlier.token >= start || (earlier.kind !== 'verb' && earlier.kind !== 'participle' && !impersonal) || hasQuoteBetween(tokens, earlier.token, q)) continue;
    if (tried >= 0 && earlier.token !== tried) break;
    tried = earlier.token;
    const subject = speakerOfCue(tokens, earlier, lang, false);
    if (subject !== null && !subject.pronoun && subject.first < start && (impersonal || isPersonLike(tokens, subject, lang)) && record(a, subject, earlier, 'template', 0.85)) return true;
  }
  return false;
}

/** "Mohammed ElBaradei („Q“)": the name right before the parenthesis. */
function nameBeforeParenthesis(a: Attempt): boolean {
  const { tokens, q } = a;
  const { lang } = a.ctx;
  const named = nounPhraseEndingAt(tokens, q - 2, Math.max(0, clauseStart(tokens, q - 2)), lang);
  return named !== null && isPersonLike(tokens, named, lang) && record(a, named, null, 'template', 0.7);
}

/** „Q“, zeigte sich X zufrieden. — any verb at token `j` after the quote and its comma. */
function anyVerbAfterQuote(a: Attempt, j: number): boolean {
  const { tokens } = a;
  const { lang } = a.ctx;
  const phrase = subjectAfterAnyVerb(tokens, j, lang);
  if (phrase === null || !(phrase.pronoun || isPersonLike(tokens, phrase, lang))) return false;
  record(a, phrase, null, 'template', 0.7);
  return true;
}

/** The nearest of `candidates` (sorted by distance) whose subject is found. */
function cueInSentence(a: Attempt, candidates: readonly CueHit[]): boolean {
  for (const hit of candidates) {
    const phrase = speakerOfCue(a.tokens, hit, a.ctx.lang, false);
    if (phrase !== null) {
      record(a, phrase, hit, hit.kind === 'source' || hit.kind === 'postposition' || hit.kind === 'impersonal' ? 'source' : 'cue', 0.75);
      return true;
    }
  }
  return false;
}

/** Any verb: "Der Forscher riet zu „…“" — a person as the sentence's subject. */
function personAsSubject(a: Attempt): boolean {
  const { tokens, q, known } = a;
  const { lang } = a.ctx;
  const subject = clauseSubject(tokens, q, lang);
  if (subject === null || subject.pronoun || !isPersonLike(tokens, subject, lang)) return false;
  const head = tokens[subject.head]!;
  const multiName = subject.head > subject.first && startsUpper(tokens[subject.head - 1]!.text);
  if (!multiName && !lang.isSpeakerNoun(head.lower) && !known.has(head.text)) return false;
  record(a, subject, null, 'cue', 0.5);
  return true;
}

/** A block quote after a line ending with a colon: the cue or first person of that line. */
function cueBeforeColonLine(a: Attempt): boolean {
  const { ctx, s, prior } = a;
  const prev = sentenceInfo(ctx, s - 1);
  const last = prev.tokens[prev.tokens.length - 1];
  if (last?.text !== ':') return false;
  for (const hit of near(prev.cues, prev.tokens.length)) {
    if (hit.kind === 'postposition') continue;
    const phrase = speakerOfCue(prev.tokens, hit, ctx.lang, false);
    if (phrase !== null && record(a, phrase, hit, 'cue', 0.8, s - 1)) return true;
  }
  const chained = prior !== null && prior.quote.speaker !== null && prior.sentence >= s - 3;
  const subject = chained ? null : firstPerson(ctx, prev.tokens, 0, prev.tokens.length);
  return subject !== null && record(a, subject, null, 'previous', 0.6, s - 1);
}

/** Chained quotes inherit the speaker of the prior quote when it is near enough. */
function chain(a: Attempt, colonBefore: boolean): boolean {
  const { prior, quote, s } = a;
  if (prior === null || prior.quote.speaker === null) return false;
  if (!(prior.sentence === s || prior.sentence === s - 1 || (colonBefore && prior.sentence >= s - 3) || onlyReportedBetween(a.ctx, prior.sentence, s))) return false;
  quote.speaker = prior.quote.speaker;
  quote.cue = prior.quote.cue;
  quote.attribution = 'chain';
  quote.confidence = quote.placement === 'block' ? 0.7 : 0.5;
  return true;
}

/** Last resort: a cue in the sentence before (keeping a cue already found here), or its first person for a block quote. */
function previousSentence(a: Attempt): void {
  const { ctx, s, quote } = a;
  // Without a cue word there, only a block quote looks at the sentence before (for its first person).
  if (quote.placement !== 'block' && !mayHaveCue(ctx, s - 1)) return;
  const prev = sentenceInfo(ctx, s - 1);
  for (const hit of near(prev.cues, prev.tokens.length)) {
    const phrase = speakerOfCue(prev.tokens, hit, ctx.lang, false);
    if (phrase !== null) {
      const cue = quote.cue;
      record(a, phrase, hit, 'previous', 0.45, s - 1);
      if (cue !== null) quote.cue = cue;
      return;
    }
  }
  if (quote.placement !== 'block') return;
  const subject = firstPerson(ctx, prev.tokens, 0, prev.tokens.length);
  if (subject !== null) record(a, subject, null, 'previous', 0.3, s - 1);
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
  while (to < tokens.length && to < c + WINDOW && !endsClause(tokens[to]!) && tokens[to]!.kind !== 'quote') to++;
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
    if (lang.data.hearsayModals.includes(token.lower) || (i > c && isIn(token, WordClass.postpositions))) return true;
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
    if (isIn(token, WordClass.prepositions)) {
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
      if (token.kind !== 'word' || isIn(token, WordClass.prepositions)) continue;
      if (i > 0 && isIn(tokens[i - 1]!, WordClass.prepositions)) continue;
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
      !isIn(candidates[found.head - 1]!, WordClass.determiners);
    return (known.has(name.text) || multiName) && !lang.isSpeakerNoun(name.lower);
  });
  if (antecedent === null) return null;
  const mention = { start: first.start, end: tokens[phrase.last]!.end, text: text.slice(first.start, tokens[phrase.last]!.end) };
  return mentionedAs(toSpeaker(text, antecedent.tokens, antecedent.phrase), mention);
}

/**
 * `speaker` as referred to by `mention` (a new object; built field by field,
 * in a speaker's key order, as an object spread is slow here).
 */
function mentionedAs(speaker: QuoteSpeaker, mention: TextSpan): QuoteSpeaker {
  return { start: speaker.start, end: speaker.end, text: speaker.text, head: speaker.head, mention };
}

function resolvePronoun(ctx: QuoteAnalysis, s: number, pronoun: NounPhrase, known: Set<string>): QuoteSpeaker | null {
  const { text, lang } = ctx;
  const mentionToken = sentenceInfo(ctx, s).tokens[pronoun.first]!;
  const mention = { start: mentionToken.start, end: mentionToken.end, text: mentionToken.text };
  const antecedent = lastPhraseBack(ctx, s, pronoun.first, (tokens, phrase) => {
    const head = tokens[phrase.head]!;
    const multiName = phrase.head > phrase.first && startsUpper(tokens[phrase.head - 1]!.text);
    return known.has(head.text) || multiName || lang.isSpeakerNoun(head.lower);
  });
  if (antecedent !== null) return mentionedAs(toSpeaker(text, antecedent.tokens, antecedent.phrase), mention);
  // Unresolved: the pronoun itself is the best span there is.
  const head = { start: mention.start, end: mention.end, text: mention.text };
  return { start: mention.start, end: mention.end, text: mention.text, head, mention };
}

function isCapitalisedWord(token: Token): boolean {
  return token.kind === 'word' && startsUpper(token.text);
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
  const comma = peek(tokens, i);
  if (comma?.text !== ',' && comma?.text !== '–') return false;
  i--;
  const token = peek(tokens, i);
  return token !== undefined && token.kind === 'quote' && i !== q;
}

function distance(hit: CueHit, q: number): number {
  return hit.token < q ? q - hit.token : (hit.token - q) * 1.5;
}

function reportedMarker(tokens: readonly Token[], cues: readonly CueHit[], lang: LanguageIndex): ReportedSpeech['marker'] | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSubjunctive(token, lang) && !(i === 0 && startsUpper(token.text))) return 'subjunctive';
  }
  for (const hit of cues) {
    if (hit.kind !== 'verb' && hit.kind !== 'participle') continue;
    const before = peek(tokens, hit.token - 1);
    if (before !== undefined && (before.text === ',' || before.kind === 'quote')) continue; // „Q“, sagte X
    for (let k = hit.token + 1; k < Math.min(tokens.length, hit.token + 8); k++) {
      const token = tokens[k]!;
      if (token.kind === 'quote' || token.text === ':') break;
      if (isIn(token, WordClass.complementizers)) return 'complement';
      if (token.text === ',') {
        const next = tokens[k + 1];
        if (next !== undefined && isIn(next, WordClass.complementizers)) return 'complement';
        if (next !== undefined && next.kind === 'word' && !isIn(next, WordClass.subordinators) && !lang.data.relativePronouns.includes(next.lower)) return 'complement';
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
        const pronoun = tokens[phrase.first]!;
        speaker = mentionedAs(previous.speaker, { start: pronoun.start, end: pronoun.end, text: pronoun.text });
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
