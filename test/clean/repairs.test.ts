import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledLanguage } from '../../src/clean/compile-language.js';
import { cleanArticle, toCleanedOffset, toOriginalOffset, type CleanResult } from '../../src/clean/index.js';
import { findGluedSentences } from '../../src/clean/repair-sentences.js';

const deu = compiledLanguage('deu');
const eng = compiledLanguage('eng');
const glued = (text: string, language = deu) => findGluedSentences(text, language).map((at) => text.slice(0, at) + '|' + text.slice(at));

describe('findGluedSentences', () => {
  it('finds sentence ends glued to the next sentence', () => {
    expect(glued('Das steht noch nicht fest.Wie Lawrow erklärte')).toEqual(['Das steht noch nicht fest.|Wie Lawrow erklärte']);
    expect(glued('mit den Vereinigten Staaten“.In dieser Hinsicht')).toEqual(['mit den Vereinigten Staaten“.|In dieser Hinsicht']);
    expect(glued('wieder aufgenommen.„Ich kann bestätigen')).toEqual(['wieder aufgenommen.|„Ich kann bestätigen']);
    expect(glued('Wirklich?Ja, wirklich!Gut so.')).toEqual(['Wirklich?|Ja, wirklich!Gut so.', 'Wirklich?Ja, wirklich!|Gut so.']);
  });
  it('leaves abbreviations, decimals, ordinals, domains and URLs alone', () => {
    for (const text of [
      'RT.com berichtete', 'z.B. Wasser', 'd.h. Nein', 'Es sind 3.5 Prozent', 'am 18.Februar', 'Dr.Müller kam', 'bzw.Berlin',
      'siehe https://example.org/Seite.Html heute', 'schreiben Sie an info@firma.De bitte', 'www.Spiegel.De/Politik', 'die U.S.Army',
      'Die ASP.NET Anwendung', 'Version 2.Beta', 'Das ist richtig. Wir gehen.',
    ]) {
      expect(glued(text), text).toEqual([]);
    }
    expect(glued('Mr.Smith arrived.Then he left.', eng)).toEqual(['Mr.Smith arrived.|Then he left.']);
  });
  it('stays linear on a megabyte without spaces or line breaks, and on many glued sentences', () => {
    const hostile = 'a.'.repeat(250_000) + 'ab.Cd'.repeat(50_000);
    expect(findGluedSentences(hostile, deu)).toEqual([]); // one huge token: not prose
    const many = 'Das ist das Ende.Anfang hier '.repeat(35_000);
    expect(findGluedSentences(many, deu)).toHaveLength(35_000);
  });
});

function checkMapping(original: string, result: CleanResult): void {
  for (const block of result.blocks) {
    if (block.cleanedStart === undefined) {
      expect(toCleanedOffset(result, block.start + Math.floor(block.text.length / 2))).toBeUndefined();
      continue;
    }
    for (let i = block.start; i < block.end; i++) {
      const cleaned = toCleanedOffset(result, i);
      expect(cleaned).toBeDefined();
      expect(result.text[cleaned!]).toBe(original[i]);
      expect(toOriginalOffset(result, cleaned!)).toBe(i);
    }
  }
  for (let c = 0; c < result.text.length; c++) {
    const o = toOriginalOffset(result, c);
    expect(o).toBeGreaterThanOrEqual(0);
    expect(o).toBeLessThanOrEqual(original.length);
    if (!/\s/.test(result.text[c]!)) expect(original[o]).toBe(result.text[c]);
  }
}

describe('offset mapping between cleaned and original text', () => {
  const root = join(__dirname, '..', '..');
  for (const file of readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt'))) {
    it(`${file}: every kept character maps both ways`, () => {
      const original = readFileSync(join(root, 'seeds', file), 'utf8');
      checkMapping(original, cleanArticle(original));
    });
  }
  it('repairs record original offsets and cleaned offsets', () => {
    const original = 'Anzeige\nDer Termin steht nicht fest.Wie Lawrow sagte, wird weiter verhandelt, und zwar schon bald.';
    const result = cleanArticle(original);
    const repair = result.repairs[0]!;
    const at = original.indexOf('Wie');
    expect(repair).toMatchObject({ start: at, end: at, original: '', replacement: ' ', kind: 'sentence-space' });
    expect(original.slice(repair.start - 5, repair.start)).toBe('fest.');
    expect(result.text.slice(repair.cleanedStart - 5, repair.cleanedStart + 4)).toBe('fest. Wie');
    expect(toOriginalOffset(result, repair.cleanedStart)).toBe(at);
    expect(toCleanedOffset(result, at)).toBe(repair.cleanedStart + 1);
    expect(toCleanedOffset(result, 0)).toBeUndefined();
    expect(toOriginalOffset(result, result.text.length)).toBe(original.length);
  });
  it('holds for random pages built from article-like and boilerplate lines (property)', () => {
    const line = fc.constantFrom(
      'Der Termin steht noch nicht fest.Wie Lawrow sagte, wird weiter verhandelt, und zwar mit den USA und der Nato in Genf.',
      '„Wir sind bereit“, sagte er.„Aber nicht um jeden Preis.“ Die Gespräche sollen im Januar beginnen und mehrere Tage dauern.',
      'Mehr zum Thema – Gespräche in Genf',
      '- Home',
      'Künftige Verhandlungen',
      'Sonntag, April 28, 2024',
      '\u00a0Ein kurzer Satz.\u00a0',
      '',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) => {
        const original = lines.join(eol);
        checkMapping(original, cleanArticle(original));
      }),
      { numRuns: 150 },
    );
  });
  it('options.repairSentences false keeps the text as it was', () => {
    const result = cleanArticle('Der Termin steht noch nicht fest.Wie Lawrow sagte, wird weiter verhandelt, und zwar mit den USA in Genf.', { repairSentences: false });
    expect(result.repairs).toEqual([]);
    expect(result.text).toContain('fest.Wie');
  });
});
