import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, findReportedSpeech, splitQuotes } from '../../src/index.js';

describe('splitQuotes', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => splitQuotes(undefined as unknown as string)).toThrow(/`text`/);
    expect(() => findReportedSpeech({} as unknown as string)).toThrow(TypeError);
  });

  it('returns [] for empty text', () => {
    expect(splitQuotes('')).toEqual([]);
    expect(findReportedSpeech('')).toEqual([]);
  });

  it('splits quotes from narration and marks reported speech', () => {
    const text = 'Peskow zufolge waren die Beziehungen eingefroren. Es seien nun Gespräche geplant. „Das ist gut“, so Peskow.';
    const segments = splitQuotes(text);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    const quote = segments.find((segment) => segment.kind === 'quote');
    expect(quote?.text).toBe('„Das ist gut“');
    expect(quote?.speaker?.text).toBe('Peskow');
    const reported = segments.filter((segment) => segment.reported === true);
    expect(reported.map((segment) => segment.text)).toEqual([
      'Peskow zufolge waren die Beziehungen eingefroren.',
      'Es seien nun Gespräche geplant.',
    ]);
    expect(reported[1]?.speaker?.text).toBe('Peskow');
  });

  it('reuses quotes passed in', () => {
    const text = 'Sie sagte: „Ja.“';
    const quotes = findQuotes(text);
    expect(splitQuotes(text, { quotes }).find((segment) => segment.kind === 'quote')?.quote).toBe(quotes[0]);
  });

  it('tiles any text exactly (property)', () => {
    const pieces = fc.constantFrom('„', '“', '”', '"', "'", '‚', '‘', '’', '»', '«', '‹', '›', ' ', '\n', '.', ',', ':', 'a', 'Er', ' sagte', ' sei', ' dass', 'Lawrow');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const segments = splitQuotes(text);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        let position = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(position);
          expect(segment.end).toBeGreaterThan(segment.start);
          expect(text.slice(segment.start, segment.end)).toBe(segment.text);
          position = segment.end;
        }
        for (const quote of findQuotes(text)) expect(text.slice(quote.contentStart, quote.contentEnd)).toBe(quote.text);
      }),
      { numRuns: 400 },
    );
  });
});

describe('findReportedSpeech', () => {
  it('finds Konjunktiv I, dass-clauses and source phrases with their speakers', () => {
    const text =
      'Dmitri Peskow hat bekräftigt, dass beide Seiten den Willen gezeigt haben. ' +
      'Es seien nun Gespräche auf Expertenebene geplant. Das Wetter war gut. Laut Lawrow verstehen die USA die Lage.';
    const found = findReportedSpeech(text);
    expect(found.map((sentence) => sentence.marker)).toEqual(['complement', 'subjunctive', 'source']);
    expect(found[0]?.speaker?.head.text).toBe('Peskow');
    expect(found[1]?.speaker?.head.text).toBe('Peskow');
    expect(found[2]?.speaker?.text).toBe('Lawrow');
    for (const sentence of found) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
