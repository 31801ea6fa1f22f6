/**
 * What a quote is — speech, a title or name, or a scare quote — from its
 * text and the tokens around it, and whether it sits in reported speech.
 *
 * @internal
 */
import { clauseStart, hasAdjectiveEnding, parenthesisEnd, type CueHit, type LanguageIndex } from './attribution.js';
import type { Token } from './sentences.js';
import { WINDOW, countWords, endsClause, endsSentence, peek, isSubjunctive, startsNameWord, startsUpper, startsUpperOrDigit } from './token-tests.js';
import type { Quote, QuoteRole } from './types.js';
import { isIn, WordClass } from './word-classes.js';

const WHITESPACE = /\s+/;
/** Where a quote's words are split to look for clause markers. */
const CLAUSE_SEPARATORS = /[\s,;:]+/;
/** Pronouns and negations that make a quote a clause, not a name ("ich", "nicht"). */
const CLAUSE_WORD = /^(?:ich|wir|du|nicht|kein|keine)$/i;
/** The roles tell one word, two to four, and five or more apart: words are counted up to this many. */
const FEW_WORDS = 5;

/** Whether a code unit is white space as the regex `\s` has it. */
function isSpaceAsInRegex(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The white-space separated words of a quote's text: `split(/\s+/)` without
 * empty words, by a loop (a regex split is a slow call for a few words).
 */
function wordsOf(content: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < content.length; i++) {
    if (!isSpaceAsInRegex(content.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(content.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(content.slice(start));
  return words;
}

/**
 * A quote's text whose words the role tests count and split on demand, each
 * at most once: several tests ask how many words it has (up to different
 * caps) and which.
 */
class QuoteWords {
  /** Words counted so far, from the start to `position`. */
  private counted = 0;
  private position = 0;
  private inWord = false;
  private split: string[] | null = null;
  private lowerSplit: string[] | null = null;

  constructor(readonly text: string) {}

  /** {@link countWords}`(text, cap)`: counting goes on from where the last call stopped. */
  upTo(cap: number): number {
    if (this.counted >= cap) return cap;
    const { text } = this;
    for (let i = this.position; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const space = code === 32 || code === 10 || code === 9 || code === 0xa0;
      if (!space && !this.inWord) {
        this.counted++;
        this.inWord = true;
        if (this.counted === cap) {
          this.position = i + 1;
          return cap;
        }
        continue;
      }
      this.inWord = !space;
    }
    this.position = text.length;
    return this.counted;
  }

  /** {@link wordsOf}`(text)`, split once. */
  list(): string[] {
    return (this.split ??= wordsOf(this.text));
  }

  /**
   * The words of {@link list}, each lower-cased, from one `toLowerCase` of
   * the whole text (per word it is a slow call for text with „ “). The same
   * words: lower-casing moves no white space, and only a final sigma (Σ)
   * looks past a word's end.
   */
  lowerList(): string[] {
    return (this.lowerSplit ??= this.text.includes('\u03A3') ? this.list().map((word) => word.toLowerCase()) : wordsOf(this.text.toLowerCase()));
  }
}

/** The role of a quote at token `q`; `cues` are the hits near it, `firstVerbCue` the sentence's first verb cue (-1: none). */
export function roleOf(quote: Quote, tokens: readonly Token[], cues: readonly CueHit[], firstVerbCue: number, q: number, lang: LanguageIndex): QuoteRole {
  const quoteWords = new QuoteWords(quote.text);
  const words = quoteWords.upTo(FEW_WORDS);
  const marked = roleFromContext(quote, tokens, cues, q, lang, words, quoteWords);
  if (marked !== null) return marked;
  if (quote.placement === 'block') return words < 2 ? 'scare' : 'speech';
  if ((endsSentence(quote.text) || words >= FEW_WORDS) && quote.attribution !== 'none') return 'speech';
  // "wies er darauf hin, dass es „prematur“ sei": words quoted inside reported speech are the speaker's.
  const capitalised = startsUpper(quote.text);
  if (!capitalised && firstVerbCue >= 0 && firstVerbCue < q && quoteIsReported(tokens, cues, q, lang, quote.text)) return 'speech';
  const characterised = isCharacterised(tokens, cues, q, lang);
  if (words === 1) return characterised ? 'speech' : capitalised ? 'title' : 'scare';
  if (characterised) return 'speech';
  if (quote.attribution === 'cue' || quote.attribution === 'source') return 'speech';
  if (firstVerbCue >= 0) return 'speech';
  return 'scare';
}

/**
 * The role where the quote's surroundings decide it: labels and glosses,
 * words after a speech noun, names, templates and colons; null otherwise.
 */
function roleFromContext(
  quote: Quote,
  tokens: readonly Token[],
  cues: readonly CueHit[],
  q: number,
  lang: LanguageIndex,
  words: number,
  quoteWords: QuoteWords,
): QuoteRole | null {
  // A one-word label before a colon ("Wikinews: …") names a speaker; it is not speech.
  if (words === 1 && tokens[q + 1]?.text === ':' && quote.placement === 'block') return 'title';
  // A gloss or translation: "(etwa: „Partei der Volksmacht“)", or a wiki-styled ''name''.
  const before = peek(tokens, q - 1);
  const gloss = before?.text === ':' && lang.data.translationMarkers.includes(peek(tokens, q - 2)?.lower ?? '');
  if (gloss || (before?.text === '(' && !isClause(quote.text, lang)) || isWikiStyled(quote.text)) return 'title';
  // "Parolen wie „…“ oder „…“", "mit der Aufschrift „…“": words someone wrote or shouted.
  if (q > 0 && afterSpeechNoun(tokens, q, lang)) return 'speech';
  if (q > 0 && isApposedName(quoteWords, tokens, q, lang)) return 'title';
  if (q >= 0 && isGivenName(tokens, cues, q, lang)) return 'title';
  // "Den Namen der Sendung gab das ZDF bekannt: „…“": a name announced after a colon.
  if (q > 1 && tokens[q - 1]!.text === ':' && isNamedAfterColon(quoteWords, tokens, q, lang)) return 'title';
  if (quote.attribution === 'template' && (words > 1 || quote.cue !== null)) return 'speech';
  // "…: „Q“" — introduced by a colon, whoever the speaker turns out to be.
  if (q > 0 && tokens[q - 1]!.text === ':' && words > 1) return 'speech';
  if (q >= 0 && isTitle(quote, quoteWords, tokens, q, lang)) return 'title';
  return null;
}

/** ''name'': wiki markup for a title, in straight single marks. */
function isWikiStyled(content: string): boolean {
  return content.length >= 2 && content.charCodeAt(0) === 39 && content.charCodeAt(content.length - 1) === 39;
}

/** "bezeichnete es als „…“", "nannte ihn einen „…“": a characterisation in someone's words. */
function isCharacterised(tokens: readonly Token[], cues: readonly CueHit[], q: number, lang: LanguageIndex): boolean {
  const before = q > 0 ? tokens[q - 1] : undefined;
  const before2 = q > 1 ? tokens[q - 2] : undefined;
  const characterisingVerb = (hit: CueHit): boolean => hit.kind === 'verb' && lang.data.characterisingCueLemmas.includes(hit.cue.lemma);
  // "bezeichnete es als „…“" — with a speech verb; "gilt als „…“" alone is a scare quote.
  const afterCharacterisingWord = isCharacterisingWord(before, lang) || (isCharacterisingWord(before2, lang) && lang.determiners.has(before?.lower ?? ''));
  if (afterCharacterisingWord && cues.some((hit) => (hit.kind === 'verb' || hit.kind === 'participle') && Math.abs(hit.token - q) <= 12)) return true;
  // "nannte es einen „Wortbruch“"
  if (before !== undefined && lang.data.indefiniteArticles.includes(before.lower) && cues.some((hit) => hit.token < q && q - hit.token <= 8 && characterisingVerb(hit))) return true;
  // "nannte sie „fahrlässig“": a characterising verb and its object right before the quote ("nennt „X“" only mentions X).
  return cues.some((hit) => q - hit.token >= 2 && q - hit.token <= 3 && characterisingVerb(hit) && !hasBreakBetween(tokens, hit.token, q));
}

/** The role of a quote inside another quote. */
export function nestedRole(quote: Quote, lang: LanguageIndex): QuoteRole {
  for (const child of quote.nested) child.role = nestedRole(child, lang);
  if (endsSentence(quote.text) || countWords(quote.text, FEW_WORDS) >= FEW_WORDS) return 'speech';
  const words = wordsOf(quote.text);
  return words.length >= 2 && words.every(startsUpperOrDigit) && lang.data.nounsCapitalised ? 'title' : 'scare';
}

/**
 * A name in apposition to the noun before it: "die Enzyklika „Deus caritas
 * est“", "der Stern „HD 13189“" — capitalised, no sentence end, no
 * first-person pronoun or negation, right after a capitalised noun (in
 * languages that capitalise nouns) that is not the sentence's first word.
 */
function isApposedName(quoteWords: QuoteWords, tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  if (!lang.data.nounsCapitalised || q < 2) return false;
  const prev = tokens[q - 1]!;
  if (prev.kind !== 'word' || prev.lower === prev.text || (prev.first >= 48 && prev.first <= 57)) return false;
  if (isIn(prev, WordClass.determiners) || isIn(prev, WordClass.prepositions) || isIn(prev, WordClass.subordinators) || isIn(prev, WordClass.nonPerson)) return false;
  const before = tokens[q - 2]!;
  if (before.kind !== 'word') return false;
  const content = quoteWords.text;
  // Thirteen words or more (counted without splitting a long quote) are no name.
  if (!startsUpperOrDigit(content) || endsSentence(content) || quoteWords.upTo(13) === 13) return false;
  const lowers = quoteWords.lowerList();
  return !lowers.some((lower) => isClauseMarkerOrAuxiliary(lower, lang)) && lowers.length <= 12;
}

function isClauseMarkerOrAuxiliary(lower: string, lang: LanguageIndex): boolean {
  return lang.clauseMarkers.has(lower) || lang.auxiliaries.has(lower);
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
    else if (endsClause(tokens[to]!)) break;
    to++;
  }
  // "die sich als „Schule ohne Rassismus“ präsentiert": a self-chosen name.
  if (isCharacterisingWord(peek(tokens, q - 1), lang) && startsUpper(tokens[q]!.text.slice(1))) {
    for (let i = from; i < q - 1; i++) if (lang.data.reflexivePronouns.includes(tokens[i]!.lower)) return true;
  }
  let naming: CueHit | undefined;
  for (const hit of cues) {
    if (hit.token >= from && hit.token < to && hit.token !== q && (hit.kind === 'verb' || hit.kind === 'participle') && lang.data.characterisingCueLemmas.includes(hit.cue.lemma)) naming = hit;
  }
  if (naming === undefined) return false;
  let auxiliary = false;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (isIn(token, WordClass.impersonalSubjects) || lang.data.reflexivePronouns.includes(token.lower)) return true;
    if (isIn(token, WordClass.auxiliaries)) auxiliary = true;
  }
  // A bare participle: "von Freunden stets „der Dicke“ genannt".
  return naming.kind === 'participle' && !auxiliary;
}

/** The first of up to three lower-case adjectives ("neue", "besetzten") right before token `q`, or `q`. */
function adjectivesStart(tokens: readonly Token[], q: number, lang: LanguageIndex): number {
  let i = q;
  while (i > 0 && q - i < 3) {
    const token = tokens[i - 1]!;
    if (token.kind !== 'word' || token.text !== token.lower || token.lower.length <= 3 || !hasAdjectiveEnding(token.lower) || isIn(token, WordClass.determiners) || isIn(token, WordClass.prepositions)) break;
    i--;
  }
  return i;
}

/** Title: a short capitalised name after a title noun, or a multi-word capitalised name. */
function isTitle(quote: Quote, quoteWords: QuoteWords, tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  const content = quote.text;
  // Seven words or more (counted without splitting a long quote) are no title.
  if (quoteWords.upTo(7) === 7 || content.includes(',')) return false;
  const words = quoteWords.list();
  if (words.length === 0 || words.length > 6) return false;
  const prev = q > 0 ? tokens[q - 1] : undefined;
  const sentenceEnd = endsSentence(content);
  if (!sentenceEnd && isNameBeforeVerb(prev, tokens[q + 1], lang)) return true;
  if (!startsUpperOrDigit(words[0]!)) return false;
  const afterTitleNoun = prev !== undefined && prev.kind === 'word' && lang.isTitleNoun(prev.lower);
  // "der Partei „Die Linke.“": a short name keeps its period.
  if (sentenceEnd) return afterTitleNoun && words.length <= 3;
  if (afterTitleNoun) return true;
  if (isNameAfterAdjectives(quoteWords, tokens, q, prev, lang) || isNameInNounSlot(quoteWords, prev, lang)) return true;
  if (words.length >= 2 && words.every(startsNameWord)) return true;
  return isNameWithFunctionWords(quote, quoteWords, lang);
}

/** "Wie „heise online“ berichtet": a name between "wie" and a verb, whatever its case. */
function isNameBeforeVerb(prev: Token | undefined, next: Token | undefined, lang: LanguageIndex): boolean {
  return prev?.kind === 'word' && lang.data.nameIntroducers.includes(prev.lower) && next?.kind === 'word' && isIn(next, WordClass.finite);
}

/** "die französische „L’Alliance pour la Planète“": the article before the adjectives before the quote. */
function isNameAfterAdjectives(quoteWords: QuoteWords, tokens: readonly Token[], q: number, prev: Token | undefined, lang: LanguageIndex): boolean {
  const slot = peek(tokens, adjectivesStart(tokens, q, lang) - 1);
  if (slot === undefined || slot === prev || slot.kind !== 'word' || !lang.data.definiteArticles.includes(slot.lower)) return false;
  return !quoteWords.lowerList().some((lower) => lang.clauseMarkers.has(lower));
}

/** A capitalised name in a noun slot: "die „Kampagne für ein Freies Tibet“ berichtete", "Wie „heise online“ berichtet". */
function isNameInNounSlot(quoteWords: QuoteWords, prev: Token | undefined, lang: LanguageIndex): boolean {
  if (prev === undefined || prev.kind !== 'word') return false;
  if (!lang.data.definiteArticles.includes(prev.lower) && !isIn(prev, WordClass.prepositions) && !lang.data.nameIntroducers.includes(prev.lower)) return false;
  const words = quoteWords.list();
  return !quoteWords.lowerList().some((lower, k) => isAuxiliaryOrPronoun(lower, lang) || CLAUSE_WORD.test(words[k]!));
}

function isAuxiliaryOrPronoun(lower: string, lang: LanguageIndex): boolean {
  return lang.auxiliaries.has(lower) || lang.pronouns.has(lower);
}

/** Names with function words: "Board of Governors", "Die Früchte des Zorns" (mostly capitalised, no clause word, not attributed). */
function isNameWithFunctionWords(quote: Quote, quoteWords: QuoteWords, lang: LanguageIndex): boolean {
  const words = quoteWords.list();
  if (quote.attribution === 'cue' || quote.attribution === 'source' || words.length < 3) return false;
  let capitalised = 0;
  for (const word of words) if (startsUpperOrDigit(word)) capitalised++;
  if (capitalised * 2 <= words.length) return false;
  const lowers = quoteWords.lowerList();
  const hasClauseWord = words.some((word, k) => isAuxiliaryOrPronoun(lowers[k]!, lang) || word === 'ich' || word === 'Ich' || word === 'wir' || word === 'Wir');
  return !hasClauseWord && words.every((word, k) => startsUpperOrDigit(word) || lang.stopwords.has(lowers[k]!) || word.length <= 3);
}

/** "als" in "bezeichnete es als „…“". */
function isCharacterisingWord(token: Token | undefined, lang: LanguageIndex): boolean {
  return token !== undefined && lang.data.characterisingWords.includes(token.lower);
}

/** A sentence with a clause word (ich, wir, nicht …): "(„Mir fällt niemand ein, …“)" is speech, not a gloss. */
function isClause(content: string, lang: LanguageIndex): boolean {
  if (!endsSentence(content)) return false;
  for (const word of content.split(CLAUSE_SEPARATORS)) if (lang.clauseMarkers.has(word.toLowerCase())) return true;
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
    if (token.kind === 'quote' || token.text === ',' || isIn(token, WordClass.coordinators) || lang.data.exampleWords.includes(token.lower)) continue;
    return token.kind === 'word' && lang.data.speechNouns.includes(token.lower);
  }
  return false;
}

function isClauseMarkerOrPronoun(lower: string, lang: LanguageIndex): boolean {
  return lang.clauseMarkers.has(lower) || lang.pronouns.has(lower);
}

/** A short phrase without sentence punctuation or clause words after a colon whose clause holds a title noun ("Namen", "Album"). */
function isNamedAfterColon(quoteWords: QuoteWords, tokens: readonly Token[], q: number, lang: LanguageIndex): boolean {
  const content = quoteWords.text;
  // Nine words or more (counted without splitting a long quote) are no name.
  if (endsSentence(content) || quoteWords.upTo(9) === 9) return false;
  const words = content.split(WHITESPACE);
  if (words.length > 8 || words.some((word) => isClauseMarkerOrPronoun(word.toLowerCase(), lang))) return false;
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
export function isCharacterisation(tokens: readonly Token[], cues: readonly CueHit[], q: number, lang: LanguageIndex): boolean {
  if (q < 1) return false;
  const from = clauseStart(tokens, q);
  let to = q + 1;
  while (to < tokens.length && to < q + 10 && !endsClause(tokens[to]!) && tokens[to]!.kind !== 'quote') to++;
  const verb = cues.find((hit) => hit.token >= from && hit.token < to && (hit.kind === 'verb' || hit.kind === 'participle') && lang.data.characterisingCueLemmas.includes(hit.cue.lemma));
  if (verb === undefined) return false;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && (isIn(token, WordClass.complementizers) || isSubjunctive(token, lang))) return false;
  }
  const before = tokens[q - 1]!;
  return isCharacterisingWord(before, lang) || isCharacterisingWord(peek(tokens, q - 2), lang) || (q - verb.token >= 2 && q - verb.token <= 3 && !hasBreakBetween(tokens, verb.token, q));
}

/** Whether the quote sits in the reported part of its sentence (after "dass", a cue and comma, or in a Konjunktiv clause). */
export function quoteIsReported(tokens: readonly Token[], cues: readonly CueHit[], q: number, lang: LanguageIndex, content: string): boolean {
  if (q < 0) return false;
  const before = peek(tokens, q - 1);
  if (before?.text === ':') return false;
  // "bekräftigt, „Huchting ist nicht Paris.“": a whole sentence after a cue and a comma.
  const sentence = startsUpper(content) && endsSentence(content);
  if (sentence && before?.text === ',' && !hasReportMarker(tokens, q, lang)) return false;
  let from = Math.max(0, q - WINDOW);
  for (let i = q - 1; i >= from; i--) {
    if (tokens[i]!.text === ':') {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < q; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && (isIn(token, WordClass.complementizers) || isSubjunctive(token, lang))) return true;
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
    if (token.kind === 'word' && (isIn(token, WordClass.complementizers) || isSubjunctive(token, lang))) return true;
  }
  return false;
}
