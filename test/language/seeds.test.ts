import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findForeignFragments, detectLanguage } from '../../src/index.js';

interface GoldBlock { start: number; end: number; kind: string }
interface GoldForeign { start: number; end: number; text: string; lang: string; required: boolean }
interface GoldFile { language: string; blocks: GoldBlock[]; foreign: GoldForeign[]; notForeign: string[] }

const root = join(__dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as {
  files: Record<string, GoldFile>;
};
const seeds = Object.entries(gold.files).map(([file, key]) => ({
  file,
  key,
  text: readFileSync(join(root, 'seeds', file), 'utf8'),
}));

const inBoilerplate = (key: GoldFile, start: number, end: number): boolean =>
  key.blocks.some((block) => block.kind === 'boilerplate' && start < block.end && end > block.start);

describe('findForeignFragments on the seed articles', () => {
  it('finds the Spanish clause of seed 003 with both ends within one character', () => {
    const seed = seeds.find((s) => s.file.startsWith('003_'));
    expect(seed).toBeDefined();
    const required = seed?.key.foreign.find((f) => f.required);
    expect(required?.text).toBe('Aunque no se ha especificado oficialmente');
    const found = findForeignFragments(seed?.text ?? '');
    const match = found.find(
      (f) => f.lang === 'spa' && Math.abs(f.start - (required?.start ?? -9)) <= 1 && Math.abs(f.end - (required?.end ?? -9)) <= 1,
    );
    expect(match, JSON.stringify(found)).toBeDefined();
    expect(match?.confidence).toBeGreaterThan(0.5);
  });

  for (const minWords of [2, 1]) {
    it(`reports nothing in the article text of the five seeds but the answer key's fragments (minWords ${minWords})`, () => {
      for (const { file, key, text } of seeds) {
        expect(detectLanguage(text).lang).toBe(key.language);
        const found = findForeignFragments(text, { minWords }).filter((f) => !inBoilerplate(key, f.start, f.end));
        for (const fragment of found) {
          const expected = key.foreign.find(
            (g) => g.lang === fragment.lang && Math.abs(g.start - fragment.start) <= 1 && Math.abs(g.end - fragment.end) <= 1,
          );
          expect(expected, `${file}: unexpected ${JSON.stringify(fragment)}`).toBeDefined();
        }
        for (const required of key.foreign.filter((g) => g.required)) {
          expect(found.some((f) => f.lang === required.lang && Math.abs(f.start - required.start) <= 1 && Math.abs(f.end - required.end) <= 1)).toBe(true);
        }
      }
    });
  }

  it('does not flag the answer key\'s notForeign strings (names, "de facto", "Diriyah-Palast")', () => {
    for (const { file, key, text } of seeds) {
      const found = findForeignFragments(text, { minWords: 1 });
      for (const phrase of key.notForeign) {
        let at = text.indexOf(phrase);
        expect(at, `${file}: ${phrase}`).toBeGreaterThanOrEqual(0);
        while (at >= 0) {
          const overlapping = found.filter((f) => f.start < at + phrase.length && f.end > at);
          expect(overlapping, `${file}: ${phrase}`).toEqual([]);
          at = text.indexOf(phrase, at + 1);
        }
      }
    }
  });

  it('finds "Por" (Spanish, as the clause) with minWords: 1', () => {
    const seed = seeds.find((s) => s.file.startsWith('003_'));
    const por = seed?.key.foreign.find((f) => f.text === 'Por');
    const found = findForeignFragments(seed?.text ?? '', { minWords: 1 });
    expect(found.some((f) => f.start === por?.start && f.end === por?.end && f.lang === 'spa')).toBe(true);
    expect(findForeignFragments(seed?.text ?? '').some((f) => f.text === 'Por')).toBe(false);
  });
});
