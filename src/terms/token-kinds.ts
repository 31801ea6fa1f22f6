/**
 * Token kinds as small integers for the scanner's hot path; `tokenize`
 * turns them back into {@link TokenKind} names.
 */
import type { TokenKind } from './types.js';

export const KIND_WORD = 0;
export const KIND_ABBREVIATION = 1;
export const KIND_NUMBER = 2;
export const KIND_ORDINAL = 3;
export const KIND_PUNCTUATION = 4;
export const KIND_URL = 5;
export const KIND_EMAIL = 6;
export const KIND_HANDLE = 7;
export const KIND_HASHTAG = 8;
export const KIND_SYMBOL = 9;

/** Kind names by code. */
export const KIND_NAMES: readonly TokenKind[] = [
  'word',
  'abbreviation',
  'number',
  'ordinal',
  'punctuation',
  'url',
  'email',
  'handle',
  'hashtag',
  'symbol',
];

/** The code of a kind name. */
export function kindCode(kind: TokenKind): number {
  return KIND_NAMES.indexOf(kind);
}

/** The code of a token's kind, -1 for a string that is no kind (a switch: cheaper than `indexOf` per token). */
export function kindCodeOf(kind: string): number {
  switch (kind) {
    case 'word':
      return KIND_WORD;
    case 'punctuation':
      return KIND_PUNCTUATION;
    case 'abbreviation':
      return KIND_ABBREVIATION;
    case 'number':
      return KIND_NUMBER;
    case 'ordinal':
      return KIND_ORDINAL;
    case 'url':
      return KIND_URL;
    case 'email':
      return KIND_EMAIL;
    case 'handle':
      return KIND_HANDLE;
    case 'hashtag':
      return KIND_HASHTAG;
    case 'symbol':
      return KIND_SYMBOL;
    default:
      return -1;
  }
}
