import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/index.js';

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  open: string;
  close: string;
  placement: 'block' | 'inline';
  speaker: string | null;
  speakerRequired: boolean;
}

const root = join(__dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as {
  files: Record<string, { quotes: GoldQuote[] }>;
};
const files = readdirSync(join(root, 'seeds')).filter((file) => file.endsWith('.txt')).sort();

describe('findQuotes on the seed articles (answer key)', () => {
  it('covers the 31 quotes of the key', () => {
    const total = files.reduce((sum, file) => sum + (gold.files[file]?.quotes.length ?? 0), 0);
    expect(total).toBe(31);
  });

  for (const file of files) {
    const text = readFileSync(join(root, 'seeds', file), 'utf8');
    const key = gold.files[file]?.quotes ?? [];

    it(`${file}: finds exactly the key's quotes, content spans, marks and placement`, () => {
      const found = findQuotes(text).map((quote) => ({
        start: quote.contentStart,
        end: quote.contentEnd,
        text: quote.text,
        open: quote.open,
        close: quote.close,
        placement: quote.placement,
      }));
      const expected = key.map(({ start, end, text: words, open, close, placement }) => ({ start, end, text: words, open, close, placement }));
      expect(found).toEqual(expected);
    });

    // Rule: the speaker is right when its text contains the key's speaker string
    // (the key names the head: "Lawrow" inside "der russische Außenminister Sergei Lawrow").
    it(`${file}: names the right speaker where the key requires one`, () => {
      const quotes = findQuotes(text);
      for (const expected of key.filter((quote) => quote.speakerRequired)) {
        const quote = quotes.find((candidate) => candidate.contentStart === expected.start);
        expect(quote, expected.text).toBeDefined();
        expect(quote?.speaker?.text ?? '(none)', expected.text).toContain(expected.speaker);
      }
    });
  }
});
