/**
 * A language's terms data compiled into lookup structures, once per language
 * and on first use.
 */
import type { LanguageCode } from '../shared/span.js';
import { termsLanguageData, type TermsLanguageData } from './data/index.js';

export interface AbbreviationNode {
  terminal: boolean;
  children: Map<string, AbbreviationNode>;
}

export interface LanguageProfile {
  code: LanguageCode;
  data: TermsLanguageData | undefined;
  stopwords: ReadonlySet<string>;
  /** Parts of abbreviations, lower-case, without periods: `z` → `b` for "z. B.". */
  abbreviations: AbbreviationNode;
  /** Length of the longest first part of an abbreviation: longer words need no lookup. */
  longestAbbreviationStart: number;
  numberAbbreviations: ReadonlySet<string>;
  /** Length of the longest number abbreviation (without its period). */
  longestNumberAbbreviation: number;
  /**
   * A word of letters longer than this, before a period and white space,
   * is a plain word: no abbreviation, number abbreviation or initial is
   * longer.
   */
  longestDottedWord: number;
  /** Elided words without their apostrophe: `l`, `qu`. */
  elisionPrefixes: ReadonlySet<string>;
  /** Clitics without their apostrophe: `s`. */
  cliticSuffixes: readonly string[];
  ordinalPreceding: ReadonlySet<string>;
  ordinalFollowing: ReadonlySet<string>;
  hasOrdinals: boolean;
  truncationFollowers: ReadonlySet<string>;
}

function newNode(): AbbreviationNode {
  return { terminal: false, children: new Map() };
}

export function abbreviationParts(abbreviation: string): string[] {
  return abbreviation
    .toLowerCase()
    .split('.')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function buildTrie(abbreviations: readonly string[]): AbbreviationNode {
  const root = newNode();
  for (const abbreviation of abbreviations) {
    let node = root;
    for (const part of abbreviationParts(abbreviation)) {
      let child = node.children.get(part);
      if (child === undefined) {
        child = newNode();
        node.children.set(part, child);
      }
      node = child;
    }
    if (node !== root) node.terminal = true;
  }
  return root;
}

const stripApostrophe = (word: string): string => word.replace(/['’]/g, '').toLowerCase();

function longest(words: Iterable<string>): number {
  let length = 0;
  for (const word of words) length = Math.max(length, word.length);
  return length;
}

function compile(code: LanguageCode, data: TermsLanguageData | undefined): LanguageProfile {
  const abbreviations = buildTrie(data?.abbreviations ?? []);
  const numberAbbreviations = new Set((data?.numberAbbreviations ?? []).map((a) => abbreviationParts(a).join('.')));
  const longestAbbreviationStart = longest(abbreviations.children.keys());
  const longestNumberAbbreviation = longest(numberAbbreviations);
  return {
    code,
    data,
    stopwords: new Set(data?.stopwords ?? []),
    abbreviations,
    longestAbbreviationStart,
    numberAbbreviations,
    longestNumberAbbreviation,
    longestDottedWord: Math.max(1, longestAbbreviationStart, longestNumberAbbreviation),
    elisionPrefixes: new Set((data?.elisionPrefixes ?? []).map(stripApostrophe)),
    cliticSuffixes: (data?.cliticSuffixes ?? []).map(stripApostrophe),
    ordinalPreceding: new Set(data?.ordinals?.precedingWords ?? []),
    ordinalFollowing: new Set(data?.ordinals?.followingWords ?? []),
    hasOrdinals: data?.ordinals !== undefined,
    truncationFollowers: new Set(data?.truncationFollowers ?? []),
  };
}

const profiles = new Map<LanguageCode, LanguageProfile>();

/** The compiled profile of a language; languages without data get an empty profile. */
export function languageProfile(code: LanguageCode): LanguageProfile {
  let profile = profiles.get(code);
  if (profile === undefined) {
    profile = compile(code, termsLanguageData(code));
    if (profiles.size < 64) profiles.set(code, profile);
  }
  return profile;
}
