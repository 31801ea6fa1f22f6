import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanArticles } from '../../src/clean/index.js';

describe('bad and hostile input', () => {
  it('a non-string gives a TypeError naming the argument', () => {
    expect(() => cleanArticle(42 as unknown as string)).toThrow(TypeError);
    expect(() => cleanArticle(undefined as unknown as string)).toThrow(/`text`/);
    expect(() => cleanArticle(null as unknown as string)).toThrow(/got null/);
    expect(() => cleanArticle('Text', { language: 7 as unknown as string })).toThrow(/options\.language/);
    expect(() => cleanArticles('Text' as unknown as string[])).toThrow(/`texts`/);
    expect(() => cleanArticle('Text', null as unknown as object)).toThrow(/`options`/);
    expect(() => cleanArticles(['Text'], 5 as unknown as object)).toThrow(/`options`/);
    expect(() => cleanArticles(['ok', 3 as unknown as string])).toThrow(/texts\[1\]/);
  });
  it('an empty or blank string gives an empty result', () => {
    for (const text of ['', '\n\n', ' \u00a0\r\n\t']) {
      const result = cleanArticle(text, { language: 'de' });
      expect(result).toEqual({ text: '', blocks: [], repairs: [], language: 'deu' });
    }
    expect(cleanArticle('').language).toBe('und');
    expect(cleanArticles([])).toEqual([]);
  });
  it('1 MB without a line break or a space completes (linear passes, no backtracking regex)', () => {
    const words = 'abcdefghij'.repeat(100_000);
    expect(cleanArticle(words).blocks).toHaveLength(1);
    const dots = 'Ende.Anfang'.repeat(95_000);
    const result = cleanArticle(dots);
    expect(result.blocks).toHaveLength(1);
    const punctuation = '.,;:!?„“»«-–'.repeat(90_000);
    expect(cleanArticle(punctuation).blocks).toHaveLength(1);
  });
  it('100,000 short lines complete', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? '- Home' : `Zeile ${i} mit etwas Text.`)).join('\n');
    expect(cleanArticle(lines).blocks).toHaveLength(100_000);
  });
  it('lone surrogates, emoji and scripts without data do not throw', () => {
    const text = '\ud800 Titel \udfff\n😀😀😀 Ein Satz mit Emoji. 😀\nΑγαπητέ λαέ της Ευρώπης, σε Ελλάδα, Ισπανία, Ιταλία ή οπουδήποτε αλλού!';
    const result = cleanArticle(text);
    expect(result.blocks).toHaveLength(3);
    for (const block of result.blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });
});

describe('offset mapping arguments', () => {
  it('throws a TypeError naming the argument', async () => {
    const { toOriginalOffset, toCleanedOffset, cleanArticle } = await import('../../src/clean/index.js');
    expect(() => toOriginalOffset(42 as unknown as ReturnType<typeof cleanArticle>, 0)).toThrow(/`result`/);
    expect(() => toCleanedOffset(cleanArticle('Ein Satz mit genug Wörtern, damit er bleibt.'), '1' as unknown as number)).toThrow(/`originalOffset`/);
  });
});
