import { describe, expect, it } from 'vitest';
import { toLanguageCode } from '../src/index.js';

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
