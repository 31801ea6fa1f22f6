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
