import { describe, expect, it } from 'vitest';
import { detectLanguage, DEFAULT_CANDIDATE_LANGUAGES } from '../../src/index.js';

describe('detectLanguage', () => {
  it('throws a TypeError naming the argument for non-strings', () => {
    expect(() => detectLanguage(5 as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage(null as unknown as string)).toThrow(/`text`/);
  });

  it("returns 'und' for empty or too short text", () => {
    expect(detectLanguage('')).toEqual({ lang: 'und', confidence: 0, alternatives: [] });
    expect(detectLanguage('Hallo').lang).toBe('und');
    expect(detectLanguage('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂').lang).toBe('und');
  });

  it('detects the modelled languages', () => {
    expect(detectLanguage('Die Regierung hat am Montag neue Gespräche mit der Opposition angekündigt.').lang).toBe('deu');
    expect(detectLanguage('The government announced new talks with the opposition on Monday.').lang).toBe('eng');
    expect(detectLanguage('El gobierno anunció el lunes nuevas conversaciones con la oposición.').lang).toBe('spa');
    expect(detectLanguage('Le gouvernement a annoncé lundi de nouvelles discussions avec l’opposition.').lang).toBe('fra');
  });

  it('keeps short Spanish from being called Galician (default candidates)', () => {
    // franc alone calls this clause Galician; among the defaults it is Spanish or
    // (franc's trigrams being what they are) Portuguese — never Galician.
    expect(detectLanguage('Aunque no se ha especificado oficialmente').lang).toMatch(/^(spa|por)$/);
    const guess = detectLanguage('Aunque no se ha especificado oficialmente, la reunión terminó sin acuerdo.');
    expect(guess.lang).toBe('spa');
    expect(DEFAULT_CANDIDATE_LANGUAGES).not.toContain('glg');
    expect(detectLanguage('Aunque no se ha especificado oficialmente', { only: ['glg', 'spa'] }).lang).toMatch(/glg|spa/);
  });

  it('returns confidences that sum to one over lang and alternatives', () => {
    const guess = detectLanguage('Die Regierung hat am Montag neue Gespräche angekündigt.', { only: ['de', 'nl', 'en'] });
    expect(guess.lang).toBe('deu');
    expect(guess.alternatives.map((a) => a.lang).sort()).toEqual(['eng', 'nld']);
    const total = guess.confidence + guess.alternatives.reduce((sum, a) => sum + a.confidence, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });
});

describe('detectLanguage on long text', () => {
  it('samples long text and still finds its language', () => {
    const german = 'Die Regierung hat am Montag neue Gespräche mit der Opposition angekündigt, die in der kommenden Woche beginnen sollen. '.repeat(100);
    expect(german.length).toBeGreaterThan(10_000);
    const guess = detectLanguage(german);
    expect(guess.lang).toBe('deu');
    expect(guess.confidence + guess.alternatives.reduce((sum, a) => sum + a.confidence, 0)).toBeCloseTo(1, 6);
    // mostly English with a German tail: each part counts by its share of the length
    const paragraph =
      'The government announced new talks with the opposition on Monday. Both sides said they hoped to reach an agreement before the end of the month, although several questions about the budget remain open. Observers expect the first meeting to take place in the capital next week. ';
    const english = `${paragraph.repeat(15)}${german.slice(0, 300)}`;
    expect(english.length).toBeGreaterThan(4000);
    expect(detectLanguage(english).lang).toBe('eng');
  });

  it('samples long text of a script written without spaces', () => {
    // The sample keeps whole words; a window without any space is kept as it is, not dropped.
    const japanese = '日本語の文章です。今日は天気がいいですね。東京で会議が開かれました。'.repeat(120);
    expect(japanese.length).toBeGreaterThan(4000);
    expect(detectLanguage(japanese, { only: ['jpn', 'cmn'] }).lang).toBe('jpn');
  });
});
