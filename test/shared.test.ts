import { describe, expect, it } from 'vitest';
import { toLanguageCode } from '../src/index.js';
import { FunctionWordTable } from '../src/shared/function-word-vote.js';

describe('toLanguageCode', () => {
  it('maps ISO 639-1 and tags to ISO 639-3', () => {
    expect(toLanguageCode('de')).toBe('deu');
    expect(toLanguageCode('de-AT')).toBe('deu');
    expect(toLanguageCode('EN')).toBe('eng');
    expect(toLanguageCode('spa')).toBe('spa');
  });
});

describe('toLanguageCode arguments', () => {
  it('throws a TypeError naming the argument and maps empty to und', () => {
    expect(() => toLanguageCode(42 as unknown as string)).toThrow(/`language`/);
    expect(toLanguageCode('')).toBe('und');
  });
});

describe('FunctionWordTable (the shared function-word vote)', () => {
  const table = new FunctionWordTable([
    { lang: 'deu', words: ['der', 'die', 'und', 'in'] },
    { lang: 'eng', words: ['the', 'and', 'in'] },
  ]);

  it('counts each word for every language whose list holds it, case-insensitively', () => {
    const { ranked, words } = table.count('Die Katze und der Hund in the garden');
    expect(words).toBe(8);
    expect(ranked).toEqual([
      { lang: 'deu', votes: 4 },
      { lang: 'eng', votes: 2 },
    ]);
  });

  it('reads only the stretch and the number of words asked for', () => {
    const text = 'the and the und der die';
    expect(table.count(text, 0, text.length, 3).ranked[0]).toEqual({ lang: 'eng', votes: 3 });
    expect(table.count(text, 12).ranked).toEqual([
      { lang: 'deu', votes: 3 },
      { lang: 'eng', votes: 0 },
    ]);
    const votes = [0, 0];
    expect(table.addVotes(votes, text, 0, 7)).toBe(2);
    expect(votes).toEqual([0, 2]);
  });

  it('ranks ties by language code and handles text without words', () => {
    expect(table.count('in').ranked.map((entry) => entry.lang)).toEqual(['deu', 'eng']);
    expect(table.count('').words).toBe(0);
    expect(table.count('🙂 — …').words).toBe(0);
    expect(table.count('🙂 — 123 3D …').words).toBe(0); // numbers are not words
  });

  it('treats letters of every script and combining marks as word characters', () => {
    expect(table.count('Straße naïve Москва 東京 e\u0301').words).toBe(5);
  });

  it('reads a megabyte without a space as one word, in linear time', () => {
    expect(table.count('x'.repeat(1_000_000)).words).toBe(1);
  });
});
