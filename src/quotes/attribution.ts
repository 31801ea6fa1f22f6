/**
 * Finds cue verbs, source phrases and speaker noun phrases in tokenised
 * narrating sentences, using the per-language data only.
 *
 * @internal
 */
import type { CueVerb, QuoteLanguageData } from './data/types.js';
import { TRIGGER_COMPLEMENT, TRIGGER_VERB, TRIGGER_WORD, type Token, type WordTriggers } from './sentences.js';
import type { QuoteCue, QuoteSpeaker } from './types.js';
import type { TextSpan } from '../shared/span.js';
import { peek, startsUpperAt } from './token-tests.js';
import { isIn, WordClass, WordTable } from './word-classes.js';

/** Lookup tables derived once per language. */
export interface LanguageIndex {
  data: QuoteLanguageData;
  /** {@link WordClass} bits by lower-cased word. */
  classes: WordTable;
  finite: Map<string, CueVerb[]>;
  nonFinite: Map<string, CueVerb>;
  auxiliaries: Set<string>;
  determiners: Set<string>;
  prepositions: Set<string>;
  subordinators: Set<string>;
  complementizers: Set<string>;
  pronouns: Set<string>;
  nonPerson: Set<string>;
  subjunctive: Set<string>;
  particles: Set<string>;
  nameParticles: Set<string>;
  coordinators: Set<string>;
  /** Words skipped between a cue verb and its subject (data.adverbsAfterVerb). */
  adverbsAfterVerb: Set<string>;
  /** Multi-word source prepositions by first word. */
  sourcePhrases: Map<string, string[][]>;
  /** Impersonal cue phrases by first word. */
  impersonalPhrases: Map<string, string[][]>;
  postpositions: Set<string>;
  /** First words of source prepositions ("laut", "nach"). */
  sourceStarts: Set<string>;
  relayCues: Set<string>;
  impersonalSubjects: Set<string>;
  passiveAuxiliaries: Set<string>;
  relayPrepositions: Set<string>;
  clauseMarkers: Set<string>;
  afterQuoteWords: Set<string>;
  stopwords: Set<string>;
  /** Every lower-cased word that can start a cue of any kind. */
  cueStarts: Set<string>;
  /** The {@link cueStarts} as trigger words: a sentence without one has no cue (checked without tokenising). */
  cueTriggers: WordTriggers;
  /**
   * The words without which a sentence cannot report speech: Konjunktiv
   * forms and source words, or a cue verb with a comma or complementiser
   * after it.
   */
  reportTriggers: WordTriggers;
  /** Whether a lower-cased word ends like a speaking person or body. */
  isSpeakerNoun: (lower: string) => boolean;
  /** Whether a lower-cased word ends like a title noun. */
  isTitleNoun: (lower: string) => boolean;
}

/** A node of an {@link EndingTrie} while it is built: endings spelled backwards, from their last character. */
interface EndingNode {
  /** Children by the code unit before this node's. */
  next: Map<number, EndingNode>;
  /** Whether an ending starts here (the path from the root spells it backwards). */
  isEnding: boolean;
}

/**
 * Suffix test over a word list: the endings in a trie read from a word's
 * last character backwards, so a word costs a few steps however many
 * endings share its last letters (40 German endings end in "-in"). The
 * nodes are flat arrays (node 0 is the root): a step is a short scan of
 * its children's code units.
 */
class EndingTrie {
  /** Per node: the index of its first child in {@link childCodes} and {@link childNodes}. */
  private readonly firstChild: Int32Array;
  /** Per node: how many children it has. */
  private readonly childCount: Int32Array;
  /** Per child: the code unit that leads to it. */
  private readonly childCodes: Uint16Array;
  /** Per child: its node. */
  private readonly childNodes: Int32Array;
  /** Per node: 1 where an ending starts. */
  private readonly isEnding: Uint8Array;

  constructor(endings: readonly string[]) {
    const root: EndingNode = { next: new Map(), isEnding: false };
    for (const ending of endings) {
      let node = root;
      for (let k = ending.length - 1; k >= 0; k--) {
        const code = ending.charCodeAt(k);
        let child = node.next.get(code);
        if (child === undefined) {
          child = { next: new Map(), isEnding: false };
          node.next.set(code, child);
        }
        node = child;
      }
      node.isEnding = true;
    }
    // Number the nodes breadth first; each node's children get consecutive slots.
    const nodes: EndingNode[] = [root];
    for (let n = 0; n < nodes.length; n++) for (const child of nodes[n]!.next.values()) nodes.push(child);
    this.firstChild = new Int32Array(nodes.length);
    this.childCount = new Int32Array(nodes.length);
    this.isEnding = new Uint8Array(nodes.length);
    this.childCodes = new Uint16Array(nodes.length);
    this.childNodes = new Int32Array(nodes.length);
    let slot = 0;
    let nextNode = 1;
    nodes.forEach((node, n) => {
      this.isEnding[n] = node.isEnding ? 1 : 0;
      this.firstChild[n] = slot;
      this.childCount[n] = node.next.size;
      for (const code of node.next.keys()) {
        this.childCodes[slot] = code;
        this.childNodes[slot++] = nextNode++;
      }
    });
  }

  /** Whether `lower` ends with one of the endings. */
  matches(lower: string): boolean {
    let node = 0;
    for (let k = lower.length - 1; this.isEnding[node] === 0; k--) {
      if (k < 0) return false;
      node = this.child(node, lower.charCodeAt(k));
      if (node < 0) return false;
    }
    return true;
  }

  /** The child of `node` reached by `code`, or -1. */
  private child(node: number, code: number): number {
    const first = this.firstChild[node]!;
    const end = first + this.childCount[node]!;
    for (let c = first; c < end; c++) if (this.childCodes[c] === code) return this.childNodes[c]!;
    return -1;
  }
}

/** {@link EndingTrie.matches} for a word list, as a function. */
function endingTest(endings: readonly string[]): (lower: string) => boolean {
  const trie = new EndingTrie(endings);
  return (lower: string): boolean => trie.matches(lower);
}

/** The trigger bits of words (a word may have several). */
function triggerTable(entries: readonly (readonly [word: string, bit: number])[]): WordTable {
  const bits = new Map<string, number>();
  for (const [word, bit] of entries) bits.set(word, (bits.get(word) ?? 0) | bit);
  return new WordTable(bits);
}

function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  return map;
}

const indexCache = new Map<string, LanguageIndex>();

/** Builds (once) the lookup tables of one language. */
export function indexLanguage(data: QuoteLanguageData): LanguageIndex {
  const cached = indexCache.get(data.code);
  if (cached !== undefined) return cached;
  const finite = new Map<string, CueVerb[]>();
  const nonFinite = new Map<string, CueVerb>();
  for (const verb of data.cueVerbs) {
    for (const form of verb.finite) {
      const list = finite.get(form) ?? [];
      if (!list.includes(verb)) list.push(verb);
      finite.set(form, list);
    }
    for (const form of verb.participles) nonFinite.set(form, verb);
  }
  const cueStarts = new Set([
    ...finite.keys(),
    ...nonFinite.keys(),
    ...data.sourcePrepositions.map((phrase) => phrase.split(' ')[0]!),
    ...data.impersonalCues.map((phrase) => phrase.split(' ')[0]!),
    ...data.sourcePostpositions,
    ...data.afterQuoteSpeakerWords,
  ]);
  const lists: Omit<LanguageIndex, 'classes'> = {
    data,
    finite,
    nonFinite,
    auxiliaries: new Set(data.auxiliaries),
    determiners: new Set(data.determiners),
    prepositions: new Set(data.prepositions),
    subordinators: new Set(data.subordinators),
    complementizers: new Set(data.complementizers),
    pronouns: new Set(data.personPronouns),
    nonPerson: new Set(data.nonPersonWords),
    subjunctive: new Set(data.subjunctiveForms),
    particles: new Set(data.cueVerbs.map((verb) => verb.particle).filter((particle) => particle !== '')),
    nameParticles: new Set(data.nameParticles),
    coordinators: new Set(data.coordinators),
    adverbsAfterVerb: new Set(data.adverbsAfterVerb),
    sourcePhrases: byFirstWord(data.sourcePrepositions),
    impersonalPhrases: byFirstWord(data.impersonalCues),
    postpositions: new Set(data.sourcePostpositions),
    sourceStarts: new Set(data.sourcePrepositions.map((phrase) => phrase.split(' ')[0]!)),
    relayCues: new Set(data.relayCueLemmas),
    impersonalSubjects: new Set(data.impersonalSubjects),
    passiveAuxiliaries: new Set(data.passiveAuxiliaries),
    relayPrepositions: new Set(data.relayPrepositions),
    clauseMarkers: new Set(data.clauseMarkers),
    afterQuoteWords: new Set(data.afterQuoteSpeakerWords),
    stopwords: new Set(data.stopwords),
    cueStarts,
    cueTriggers: { words: triggerTable([...cueStarts].map((word) => [word, TRIGGER_WORD] as const)), verbsLowerCase: false },
    reportTriggers: {
      words: triggerTable([
        ...[
          ...data.subjunctiveForms,
          // A multi-word source phrase needs its last word.
          ...data.sourcePrepositions.map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
          ...data.sourcePostpositions,
        ].map((word) => [word, TRIGGER_WORD] as const),
        ...[...finite.keys(), ...nonFinite.keys()].map((word) => [word, TRIGGER_VERB] as const),
        ...data.complementizers.map((word) => [word, TRIGGER_COMPLEMENT] as const),
      ]),
      verbsLowerCase: data.nounsCapitalised,
    },
    isSpeakerNoun: endingTest(data.speakerNounEndings),
    isTitleNoun: endingTest(data.titleNounEndings),
  };
  const index: LanguageIndex = { ...lists, classes: WordTable.ofLists(lists) };
  indexCache.set(data.code, index);
  return index;
}

/** A cue found in a sentence. */
export interface CueHit {
  kind: 'verb' | 'participle' | 'source' | 'postposition' | 'impersonal' | 'so';
  /** Token index of the (first) cue word. */
  token: number;
  /** Token index after the cue phrase (for sources: where the source NP starts). */
  after: number;
  cue: QuoteCue;
}

/** A noun phrase found as a speaker candidate. */
export interface NounPhrase {
  first: number;
  last: number;
  head: number;
  pronoun: boolean;
}

const UPPER_START = /^\p{Lu}/u;
/** A word starting with a capital. */
const isCapitalised = (token: Token): boolean => token.kind === 'word' && startsUpperAt(token.first, token.text);
/** , ; : ( ) – — . ! ? */
function isClauseBreak(token: Token): boolean {
  if (token.kind !== 'punct') return false;
  const code = token.first;
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014 || code === 46 || code === 33 || code === 63;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function makeCue(text: string, tokens: readonly Token[], indices: number[], lemma: string): QuoteCue {
  const parts = indices.map((i) => span(text, tokens[i]!.start, tokens[i]!.end));
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), lemma, parts };
}

/** Clauses longer than this many tokens are cut (keeps hostile input linear). */
export const MAX_CLAUSE = 40;

/** Index of the clause end (exclusive) after token `from`. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let i = from + 1;
  const stop = Math.min(tokens.length, from + MAX_CLAUSE);
  while (i < stop && !isClauseBreak(tokens[i]!)) i++;
  return i;
}

/** Index of the first token of the clause containing `at`. */
export function clauseStart(tokens: readonly Token[], at: number): number {
  let i = at;
  const stop = Math.max(0, at - MAX_CLAUSE);
  for (;;) {
    while (i > stop && !isClauseBreak(tokens[i - 1]!)) i--;
    // A short parenthesis ("Gitta Trauernicht (SPD) sagte") does not end the clause.
    if (i > stop && tokens[i - 1]!.text === ')') {
      let open = i - 2;
      while (open > stop && open > i - 8 && tokens[open]!.text !== '(' && tokens[open]!.kind === 'word') open--;
      if (open > stop && tokens[open]!.text === '(' && tokens[open - 1]?.kind === 'word') {
        i = open;
        continue;
      }
    }
    return i;
  }
}

/** Index of the `)` closing a short parenthesis of words that opens at `open`, or -1. */
export function parenthesisEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  for (let k = open + 1; k < Math.min(tokens.length, open + 7); k++) {
    const token = tokens[k]!;
    if (token.text === ')') return k > open + 1 ? k : -1;
    if (token.kind !== 'word' && token.text !== ',' && token.text !== '/') return -1;
  }
  return -1;
}

/** Every cue verb and source phrase of a tokenised sentence. */
export function findCues(text: string, tokens: readonly Token[], lang: LanguageIndex): CueHit[] {
  const hits: CueHit[] = [];
  const data = lang.data;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || !isIn(token, WordClass.cueStarts)) continue;
    const lower = token.lower;
    // Source prepositions (single or multi-word) and impersonal cues.
    // Each list is asked only when the token's bits say the word is in it (a Map lookup hashes the fresh string).
    const sources = isIn(token, WordClass.sourcePhrases) ? lang.sourcePhrases.get(lower) : undefined;
    if (sources !== undefined) {
      for (const words of sources) {
        let ok = true;
        for (let k = 1; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) ok = false;
        if (ok) hits.push({ kind: 'source', token: i, after: i + words.length, cue: makeCue(text, tokens, words.map((_, k) => i + k), words.join(' ')) });
      }
    }
    const impersonal = isIn(token, WordClass.impersonalPhrases) ? lang.impersonalPhrases.get(lower) : undefined;
    if (impersonal !== undefined) {
      for (const words of impersonal) {
        // A one-word cue ("steht") needs its source: "steht in X", "In X steht".
        let ok = words.length > 1 || data.impersonalSourcePrepositions.includes(tokens[i + 1]?.lower ?? '') || data.impersonalSourcePrepositions.includes(tokens[clauseStart(tokens, i)]?.lower ?? '');
        for (let k = 1; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) ok = false;
        if (ok) hits.push({ kind: 'impersonal', token: i, after: i + words.length, cue: makeCue(text, tokens, words.map((_, k) => i + k), words.join(' ')) });
      }
    }
    if (i > 0 && isIn(token, WordClass.postpositions)) {
      hits.push({ kind: 'postposition', token: i, after: i + 1, cue: makeCue(text, tokens, [i], lower) });
    }
    if (i > 0 && isIn(token, WordClass.afterQuoteWords)) {
      const prev = tokens[i - 1]!;
      const next = tokens[i + 1];
      if ((prev.text === ',' || prev.text === '–' || prev.kind === 'quote') && next !== undefined && (isCapitalised(next) || isIn(next, WordClass.determiners))) {
        hits.push({ kind: 'so', token: i, after: i + 1, cue: makeCue(text, tokens, [i], lower) });
      }
    }
    const verbs = isIn(token, WordClass.finite) ? lang.finite.get(lower) : undefined;
    if (verbs !== undefined && !(i === 0 && isCapitalised(token) && data.nounsCapitalised && lower !== token.text && lang.determiners.has(tokens[1]?.lower ?? ''))) {
      if (data.nounsCapitalised && isCapitalised(token) && i > 0) continue; // a noun ("Sagen"), not a verb
      const end = clauseEnd(tokens, i);
      // Most clauses have no separable particle at all: then only the verbs without one can match.
      const matched = hasParticleBetween(tokens, i + 1, end) && pushParticleVerb(text, tokens, i, end, verbs, hits);
      if (!matched) {
        const plain = verbs.find((verb) => verb.particle === '');
        if (plain !== undefined) hits.push({ kind: 'verb', token: i, after: i + 1, cue: makeCue(text, tokens, [i], plain.lemma) });
      }
      continue;
    }
    const participle = isIn(token, WordClass.nonFinite) ? lang.nonFinite.get(lower) : undefined;
    if (participle !== undefined && !(data.nounsCapitalised && isCapitalised(token))) {
      hits.push({ kind: 'participle', token: i, after: i + 1, cue: makeCue(text, tokens, [i], participle.lemma) });
    }
  }
  return hits;
}

/** Whether a token of `tokens[from, to)` is a separable verb particle ("hinzu", "an"). */
function hasParticleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isIn(tokens[k]!, WordClass.particles)) return true;
  return false;
}

/**
 * The first of `verbs` (the cue verbs of the finite form at token `i`) whose
 * separable particle stands in the clause before `end` ("fügte … hinzu"):
 * pushes its hit and returns true, or returns false.
 */
function pushParticleVerb(text: string, tokens: readonly Token[], i: number, end: number, verbs: readonly CueVerb[], hits: CueHit[]): boolean {
  for (const verb of verbs) {
    if (verb.particle === '') continue;
    for (let k = i + 1; k < end; k++) {
      if (tokens[k]!.lower === verb.particle && (k + 1 >= tokens.length || isClauseBreak(tokens[k + 1]!) || tokens[k + 1]!.kind === 'word')) {
        hits.push({ kind: 'verb', token: i, after: i + 1, cue: makeCue(text, tokens, [i, k], verb.lemma) });
        return true;
      }
    }
  }
  return false;
}

/** Word lists whose words are not names even when capitalised. */
const NOT_A_NAME = WordClass.nonPerson | WordClass.determiners | WordClass.prepositions | WordClass.subordinators | WordClass.auxiliaries | WordClass.finite;
/** Word lists whose words are not adjectives even with an adjective ending. */
const NOT_AN_ADJECTIVE = WordClass.finite | WordClass.nonFinite | WordClass.prepositions | WordClass.auxiliaries;

function isNameToken(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token) && !isIn(token, NOT_A_NAME);
}

/** Ends in -e, -en, -er, -es or -em (an inflected adjective where nouns are capitalised). */
export function hasAdjectiveEnding(lower: string): boolean {
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 101) return true; // e
  return lower.charCodeAt(lower.length - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109); // en er es em
}

function isAdjective(token: Token | undefined, lang: LanguageIndex): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  if (token.first >= 48 && token.first <= 57) return true; // a number: "13 beteiligten"
  if (lang.data.nounsCapitalised) return !isCapitalised(token) && hasAdjectiveEnding(token.lower) && token.lower.length > 3 && !isIn(token, NOT_AN_ADJECTIVE);
  return false;
}

/**
 * Parses a noun phrase starting at token `from`: determiner, adjectives, a run
 * of capitalised words (with name particles), a genitive attribute and an
 * apposition ("der Sprecher des Kremls, Dmitri Peskow").
 */
export function nounPhraseAt(tokens: readonly Token[], from: number, lang: LanguageIndex): NounPhrase | null {
  const first = tokens[from];
  if (first === undefined || first.kind !== 'word') return null;
  if (isIn(first, WordClass.pronouns) || (from > 0 && lang.data.possessivePronouns.includes(first.lower) && !isNameToken(tokens[from + 1]))) {
    return { first: from, last: from, head: from, pronoun: true };
  }
  let i = from;
  if (isIn(first, WordClass.determiners)) i++;
  while (isAdjective(tokens[i], lang)) i++;
  let head = i;
  let last = i;
  // A short quoted name after an article: "schreibt die „Computerwoche“".
  if (i === from + 1 && tokens[i]?.kind === 'quote' && tokens[i]!.end - tokens[i]!.start <= 40 && lang.data.definiteArticles.includes(first.lower)) {
    return { first: from, last: i, head: i, pronoun: false };
  }
  if (!isNameToken(tokens[i])) {
    // Partitive "Einer der 13 beteiligten Feuerwehrmänner".
    if (i !== from + 1 || !isIn(first, WordClass.determiners) || !lang.data.genitiveArticles.includes(tokens[i]?.lower ?? '')) return null;
    head = from;
    last = from;
  }
  i = last + 1;
  const stop = Math.min(tokens.length, from + 12);
  while (i < stop) {
    const token = tokens[i]!;
    if (isNameToken(token)) {
      head = i;
      last = i;
      i++;
    } else if (isIn(token, WordClass.nameParticles) && isNameToken(tokens[i + 1])) {
      i++;
    } else break;
  }
  // A party or place in parentheses: "Gitta Trauernicht (SPD)".
  const closing = parenthesisEnd(tokens, last + 1);
  if (closing > 0) last = closing;
  // Genitive attribute: "des Kremls", "der WHO".
  const next = tokens[last + 1];
  if (next !== undefined && lang.data.genitiveArticles.includes(next.lower) && lang.data.nounsCapitalised) {
    let j = last + 2;
    while (isAdjective(tokens[j], lang)) j++;
    if (isNameToken(tokens[j])) {
      while (isNameToken(tokens[j + 1])) j++;
      last = j;
    }
  }
  // Apposition: ", Sergej Lawrow," after a role noun.
  if (tokens[last + 1]?.text === ',' && isNameToken(tokens[last + 2])) {
    let j = last + 2;
    while (isNameToken(tokens[j + 1])) j++;
    const party = parenthesisEnd(tokens, j + 1);
    if (party > 0) j = party;
    const after = tokens[j + 1];
    if (j > last + 2 && (after === undefined || after.text === ',' || isClauseBreak(after) || isIn(after, WordClass.finite) || lang.data.sourcePostpositions.includes(after.lower))) {
      last = j;
      head = j;
    }
  }
  // Apposition after a name: "Yuri Ushakov, der diplomatische Berater des Kremls".
  if (head > from && isNameToken(tokens[head - 1]) && tokens[last + 1]?.text === ',' && lang.determiners.has(tokens[last + 2]?.lower ?? '')) {
    const role = nounPhraseAt(tokens, last + 2, lang);
    if (role !== null && !role.pronoun) last = role.last;
  }
  return { first: from, last, head, pronoun: false };
}

/** Noun phrase ending exactly at token `end` (inclusive), starting no earlier than `limit`. */
export function nounPhraseEndingAt(tokens: readonly Token[], end: number, limit: number, lang: LanguageIndex): NounPhrase | null {
  for (let start = Math.max(limit, end - 8); start <= end; start++) {
    const phrase = nounPhraseAt(tokens, start, lang);
    if (phrase !== null && phrase.last === end) return phrase;
  }
  return null;
}

/** A short quoted name ("„Die Zeit“"): a quote token of at most 40 characters that starts with a capital. */
function isQuotedName(token: Token): boolean {
  return token.kind === 'quote' && token.end - token.start <= 40 && UPPER_START.test(token.text.slice(1));
}

/** The subject after a verb at token `verb` ("sagte der Minister"), past up to three adverbs or dative objects. */
function subjectAfterVerb(tokens: readonly Token[], verb: number, lang: LanguageIndex): NounPhrase | null {
  let i = verb + 1;
  let skipped = 0;
  while (i < tokens.length && skipped < 3) {
    const token = tokens[i]!;
    // A quoted name right after the verb: "schrieb „Die Zeit“".
    if (i === verb + 1 && isQuotedName(token)) return { first: i, last: i, head: i, pronoun: false };
    if (token.kind !== 'word') return null;
    if (lang.data.dativeArticles.includes(token.lower)) {
      const dative = nounPhraseAt(tokens, i, lang);
      if (dative === null) return null;
      i = dative.last + 1;
      skipped++;
      continue;
    }
    const phrase = nounPhraseAt(tokens, i, lang);
    if (phrase !== null) return phrase;
    if (isIn(token, WordClass.adverbsAfterVerb) || (!isCapitalised(token) && !isIn(token, WordClass.determiners) && !isIn(token, WordClass.prepositions))) {
      i++;
      skipped++;
      continue;
    }
    return null;
  }
  return null;
}

/** "Der Leiter des Programms, Klaus Stöhr, sagte:" — a noun phrase (with an apposition) ending at the comma before the verb at `verb`. */
function subjectBeforeComma(tokens: readonly Token[], verb: number, lang: LanguageIndex): NounPhrase | null {
  // From the comma, so that a closing parenthesis ("Sandra Boser (GRÜNE), erklärte") is skipped.
  let from = clauseStart(tokens, peek(tokens, verb - 2)?.text === ')' ? verb - 1 : verb - 2);
  for (let step = 0; step < 2 && from >= 0; step++) {
    const phrase = nounPhraseAt(tokens, from, lang);
    if (phrase !== null && phrase.last === verb - 2) return phrase;
    if (from < 2 || tokens[from - 1]?.text !== ',') break;
    from = clauseStart(tokens, from - 2);
  }
  return null;
}

/** The subject of a cue verb at token `verb` (a finite verb or auxiliary). */
function subjectOfVerb(tokens: readonly Token[], verb: number, lang: LanguageIndex, preferAfter: boolean): NounPhrase | null {
  const start = clauseStart(tokens, verb);
  if (preferAfter) return subjectAfterVerb(tokens, verb, lang);
  if (verb === start) {
    const afterComma = peek(tokens, verb - 1)?.text === ',';
    const apposed = afterComma ? subjectBeforeComma(tokens, verb, lang) : null;
    // "Der frühere Bürgermeister, Henning Scherf (SPD), warnte die CDU": the subject opens the sentence.
    if (apposed !== null && apposed.first > 1 && tokens[apposed.first - 1]!.text === ',' && clauseStart(tokens, apposed.first - 2) === 0 && isPersonLike(tokens, apposed, lang)) {
      const opener = tokens[0]!;
      if (opener.kind === 'word' && !isIn(opener, WordClass.prepositions) && !isIn(opener, WordClass.subordinators)) return apposed;
    }
    // "Miroslav Klose, der wegen … sah, nannte seinen Platzverweis": the sentence-initial person and its relative clause.
    if (afterComma) {
      const initial = nounPhraseAt(tokens, 0, lang);
      const relative = initial === null ? undefined : tokens[initial.last + 2];
      if (initial !== null && tokens[initial.last + 1]?.text === ',' && relative !== undefined && lang.data.definiteArticles.includes(relative.lower) && isPersonLike(tokens, initial, lang)) return initial;
    }
    const inverted = subjectAfterVerb(tokens, verb, lang);
    if (inverted !== null || !afterComma) return inverted;
    if (apposed !== null) return apposed;
    // "X, der …, sagte": the sentence-initial noun phrase.
    const initial = nounPhraseAt(tokens, 0, lang);
    if (initial !== null && tokens[initial.last + 1]?.text === ',' && isPersonLike(tokens, initial, lang)) return initial;
    return null;
  }
  const opener = tokens[start]!;
  if (isIn(opener, WordClass.subordinators)) {
    // "Als Begründung sagte ein Wissenschaftler": a word after the verb means a main clause (verb second), not "wie X sagte,".
    const next = tokens[verb + 1];
    if (next !== undefined && next.kind === 'word' && !isIn(next, WordClass.auxiliaries)) {
      const inverted = subjectAfterVerb(tokens, verb, lang);
      if (inverted !== null) return inverted;
    }
    const phrase = nounPhraseAt(tokens, start + 1, lang);
    if (phrase !== null) return phrase;
  }
  const before = nounPhraseEndingAt(tokens, verb - 1, start, lang);
  if (before !== null && before.first === start) {
    // "Relativierend fügt Gall hinzu": a lone capitalised adverb before the verb, a name after it.
    if (before.first === before.last && !before.pronoun && lang.data.adverbEndings.some((ending) => tokens[before.first]!.lower.endsWith(ending))) {
      const inverted = subjectAfterVerb(tokens, verb, lang);
      if (inverted !== null) return inverted;
    }
    return before;
  }
  if (before !== null && before.first === start + 1 && !isIn(opener, WordClass.prepositions) && !isCapitalised(opener)) return before;
  const inverted = subjectAfterVerb(tokens, verb, lang);
  if (inverted !== null) return inverted;
  // "…, biss der Randalierer den Fluggast und rief:": the subject after the clause's first verb.
  if (start < verb - 2 && isIn(tokens[verb - 1]!, WordClass.coordinators) && !isIn(opener, WordClass.prepositions) && !isIn(opener, WordClass.subordinators)) {
    const coordinated = subjectAfterVerb(tokens, start, lang);
    if (coordinated !== null && coordinated.last < verb - 1 && !coordinated.pronoun) return coordinated;
  }
  // "X tat A und sagte B": the sentence-initial subject.
  const initial = nounPhraseAt(tokens, 0, lang);
  // "Aktuell lässt sie … erklären": a lone capitalised word, then a verb and a pronoun subject.
  const second = initial === null ? undefined : tokens[initial.last + 1];
  if (initial !== null && initial.first === initial.last && second !== undefined && second.kind === 'word' && !isCapitalised(second)) {
    const subject = subjectAfterVerb(tokens, initial.last + 1, lang);
    if (subject !== null && subject.pronoun && subject.last < verb) return subject;
  }
  return initial !== null && isPersonLike(tokens, initial, lang) ? initial : null;
}

/** Finds the subject of the cue `hit`; `preferAfter` when the cue follows a quote. */
export function speakerOfCue(tokens: readonly Token[], hit: CueHit, lang: LanguageIndex, preferAfter: boolean): NounPhrase | null {
  switch (hit.kind) {
    case 'so':
    case 'source': {
      // "nach seiner Ansicht": the possessive points back to a person.
      for (let k = hit.token; k < hit.after; k++) {
        if (lang.data.possessivePronouns.includes(tokens[k]!.lower)) return { first: k, last: k, head: k, pronoun: true };
      }
      let i = hit.after;
      const link = tokens[i]?.lower ?? '';
      if (hit.kind === 'source' && (lang.data.sourceLinkWords.includes(link) || lang.data.genitiveArticles.includes(link))) i++;
      return nounPhraseAt(tokens, i, lang);
    }
    case 'postposition':
      return nounPhraseEndingAt(tokens, hit.token - 1, clauseStart(tokens, hit.token), lang);
    case 'impersonal': {
      // "heißt es (dazu) in X": up to two adverbs before the preposition.
      for (let k = hit.after; k < Math.min(tokens.length, hit.after + 3); k++) {
        const prep = tokens[k]!;
        if (lang.data.impersonalSourcePrepositions.includes(prep.lower)) return nounPhraseAt(tokens, k + 1, lang);
        if (prep.kind !== 'word' || isCapitalised(prep) || isIn(prep, WordClass.determiners) || isIn(prep, WordClass.prepositions)) break;
      }
      // "In der Mitteilung heißt es:" — the source stands before the cue.
      const start = clauseStart(tokens, hit.token);
      const opener = tokens[start];
      if (opener !== undefined && start < hit.token && lang.data.impersonalSourcePrepositions.includes(opener.lower)) return nounPhraseAt(tokens, start + 1, lang);
      return null;
    }
    case 'verb': {
      const subject = subjectOfVerb(tokens, hit.token, lang, preferAfter);
      if (subject !== null || !isIn(tokens[hit.token]!, WordClass.nonFinite)) return subject;
      return participleSubject(tokens, hit, lang, preferAfter);
    }
    case 'participle':
      return participleSubject(tokens, hit, lang, preferAfter);
  }
}

/** The agent of a passive clause `tokens[start, end)`: "wurde von X …" (a passive auxiliary, then a relay preposition "von"/"vom"). */
function passiveAgent(tokens: readonly Token[], start: number, end: number, lang: LanguageIndex): NounPhrase | null {
  let passive = false;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (isIn(token, WordClass.passiveAuxiliaries)) passive = true;
    else if (passive && lang.data.agentPrepositions.includes(token.lower)) {
      const agent = nounPhraseAt(tokens, i + 1, lang);
      if (agent !== null && !agent.pronoun && agent.last < end) return agent;
    }
  }
  return null;
}

/** The subject of a participle cue: the agent of a passive, else the subject of its auxiliary or conjunction. */
function participleSubject(tokens: readonly Token[], hit: CueHit, lang: LanguageIndex, preferAfter: boolean): NounPhrase | null {
  const start = clauseStart(tokens, hit.token);
  // Passive "… werden von Musikkennern als „…“ bezeichnet": the agent after "von".
  const agent = passiveAgent(tokens, start, hit.token, lang);
  if (agent !== null) return agent;
  for (let i = hit.token - 1; i >= start; i--) {
    if (isIn(tokens[i]!, WordClass.auxiliaries)) return subjectOfVerb(tokens, i, lang, preferAfter && i === start);
  }
  // Verb-final clause: "Wie der Präsident, Wladimir Putin, betont hat" — find the conjunction.
  for (let i = hit.token - 1; i >= Math.max(0, hit.token - 16); i--) {
    const token = tokens[i]!;
    if (token.kind === 'quote' || token.text === ':' || token.text === '.') break;
    if (isIn(token, WordClass.subordinators)) return nounPhraseAt(tokens, i + 1, lang);
  }
  if (preferAfter) {
    for (let i = hit.token + 1; i < Math.min(tokens.length, hit.token + 3); i++) {
      if (isIn(tokens[i]!, WordClass.auxiliaries)) return subjectOfVerb(tokens, i, lang, true);
    }
  }
  return null;
}

/** Whether a noun phrase can name a speaker (not a pronoun). */
export function isPersonLike(tokens: readonly Token[], phrase: NounPhrase, lang: LanguageIndex): boolean {
  if (phrase.pronoun) return false;
  const head = tokens[phrase.head]!;
  if (isIn(head, WordClass.nonPerson)) return false;
  let hasRole = false;
  for (let i = phrase.first; i <= phrase.last && !hasRole; i++) hasRole = lang.isSpeakerNoun(tokens[i]!.lower);
  if (hasRole) return true;
  const before = peek(tokens, phrase.head - 1);
  const multiName = phrase.head > phrase.first && before !== undefined && isNameToken(before);
  return multiName || !lang.data.nounsCapitalised || (phrase.first === 0 && phrase.head === 0);
}

/** Turns a noun phrase into a speaker object. */
export function toSpeaker(text: string, tokens: readonly Token[], phrase: NounPhrase): QuoteSpeaker {
  const first = tokens[phrase.first]!;
  const last = tokens[phrase.last]!;
  const head = tokens[phrase.head]!;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), head: span(text, head.start, head.end), mention: null };
}

/**
 * The grammatical subject of a main clause in `tokens[0, limit)`, by word
 * order alone: a noun phrase before the finite verb, or after it when the
 * clause opens with an adverbial ("Hier sparte der Bundespräsident …").
 */
export function clauseSubject(tokens: readonly Token[], limit: number, lang: LanguageIndex): NounPhrase | null {
  const first = tokens[0];
  if (first === undefined || first.kind !== 'word') return null;
  let verb = 1;
  if (!isIn(first, WordClass.prepositions) && !isIn(first, WordClass.subordinators)) {
    const phrase = nounPhraseAt(tokens, 0, lang);
    const usable = phrase !== null && phrase.last + 1 < limit && (tokens[phrase.last + 1]!.kind === 'word' || tokens[phrase.last + 1]!.text === ',');
    if (usable && (phrase.pronoun || isStrongPerson(tokens, phrase, lang))) return phrase;
    if (phrase !== null) {
      // "Den Unmut der CDU (über X) brachte die Sprecherin … zum Ausdruck": the subject follows the verb.
      for (const verb of [skipPrepositionalPhrases(tokens, phrase.last + 1, lang), phrase.last + 1]) {
        // After a comma an apposition may follow ("Kurt von Figura, Präsident der Universität, begrüßte"), not a verb.
        const inverted = tokens[verb]?.text === ',' ? nounPhraseAt(tokens, verb + 1, lang) : subjectOfVerbAfter(tokens, verb, lang);
        if (inverted !== null && inverted.last < limit && (inverted.pronoun || isStrongPerson(tokens, inverted, lang))) return inverted;
      }
      if (usable) return phrase;
    }
  }
  if (isIn(first, WordClass.prepositions)) {
    const object = nounPhraseAt(tokens, 1, lang) ?? nounPhraseAt(tokens, 2, lang);
    if (object === null) return null;
    verb = object.last + 1;
  }
  if (verb >= limit || tokens[verb]?.kind !== 'word') return null;
  const phrase = subjectOfVerbAfter(tokens, verb, lang);
  return phrase !== null && phrase.last < limit ? phrase : null;
}

function subjectOfVerbAfter(tokens: readonly Token[], verb: number, lang: LanguageIndex): NounPhrase | null {
  let i = verb + 1;
  for (let skipped = 0; i < tokens.length && skipped < 3; skipped++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return null;
    const phrase = nounPhraseAt(tokens, i, lang);
    if (phrase !== null) return phrase;
    if (isCapitalised(token) || isIn(token, WordClass.prepositions)) return null;
    i++;
  }
  return null;
}

/** "„Q“, zeigte sich X zufrieden": a lower-case verb after the quote and its comma, then the subject. */
export function subjectAfterAnyVerb(tokens: readonly Token[], verb: number, lang: LanguageIndex): NounPhrase | null {
  const token = tokens[verb];
  if (token === undefined || token.kind !== 'word' || isCapitalised(token)) return null;
  if (isIn(token, WordClass.subordinators) || isIn(token, WordClass.determiners) || isIn(token, WordClass.prepositions) || isIn(token, WordClass.pronouns)) return null;
  return subjectOfVerbAfter(tokens, verb, lang);
}

/** The first token at or after `from` that does not belong to a run of prepositional phrases ("über Stoibers Äußerungen"). */
function skipPrepositionalPhrases(tokens: readonly Token[], from: number, lang: LanguageIndex): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.kind === 'word' && isIn(tokens[i]!, WordClass.prepositions)) {
    const object = nounPhraseAt(tokens, i + 1, lang);
    if (object === null) break;
    i = object.last + 1;
  }
  return i;
}

/** A noun phrase that surely names a person or body: a role noun, or first name and surname. */
export function isStrongPerson(tokens: readonly Token[], phrase: NounPhrase, lang: LanguageIndex): boolean {
  if (phrase.pronoun) return false;
  for (let i = phrase.first; i <= phrase.last; i++) if (lang.isSpeakerNoun(tokens[i]!.lower)) return true;
  const before = peek(tokens, phrase.head - 1);
  return phrase.head > phrase.first && before !== undefined && isNameToken(before);
}
