import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';

interface GoldBlock { line: number; start: number; end: number; kind: string; why?: string }
interface GoldFile { language: string; blocks: GoldBlock[]; gluedSentenceEnds: number[] }
const root = join(__dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as { files: Record<string, GoldFile> };

describe('cleanArticle on the seed answer key', () => {
  for (const [file, expected] of Object.entries(gold.files)) {
    const text = readFileSync(join(root, 'seeds', file), 'utf8');
    const result = cleanArticle(text);

    it(`${file}: one block per non-blank line, with the gold offsets`, () => {
      expect(result.blocks.map((block) => [block.start, block.end])).toEqual(expected.blocks.map((block) => [block.start, block.end]));
      for (const block of result.blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    });

    it(`${file}: every block gets the gold kind and keep/drop decision`, () => {
      expect(result.blocks.map((block) => `${block.start}:${block.kind}`)).toEqual(expected.blocks.map((block) => `${block.start}:${block.kind}`));
      const kept = result.blocks.filter((block) => block.kind !== 'boilerplate').length;
      expect(kept).toBe(expected.blocks.filter((block) => block.kind !== 'boilerplate').length);
    });

    it(`${file}: every boilerplate block gets the gold reason`, () => {
      expect(result.blocks.map((block) => block.reason ?? null)).toEqual(expected.blocks.map((block) => block.why ?? null));
    });

    it(`${file}: language ${expected.language}`, () => {
      expect(result.language).toBe(expected.language);
    });

    it(`${file}: a space is inserted after every glued sentence end of the key, and nowhere else`, () => {
      // gold offsets point at the sentence-ending punctuation; the space goes right after it
      for (const end of expected.gluedSentenceEnds) expect('.!?').toContain(text[end]);
      expect(result.repairs.map((repair) => repair.start - 1)).toEqual(expected.gluedSentenceEnds);
      for (const repair of result.repairs) {
        expect(repair.replacement).toBe(' ');
        expect(result.text.slice(repair.cleanedStart, repair.cleanedStart + 1)).toBe(' ');
      }
    });
  }

  it('002: the glued sentences read as sentences in the cleaned text', () => {
    const result = cleanArticle(readFileSync(join(root, 'seeds', '002_97276791e51fd648.txt'), 'utf8'));
    expect(result.text).toContain('fest. Wie Lawrow');
    expect(result.text).toContain('Staaten“. In dieser');
    expect(result.text).toContain('aufgenommen. „Ich kann');
    expect(result.title).toBe('Lawrow: Für Russland kommen einseitige Zugeständnisse bei Verhandlungen mit USA nicht in Frage');
  });

  it('the cleaned text is the kept blocks joined by blank lines', () => {
    const text = readFileSync(join(root, 'seeds', '004_94a5e4ef7fbe2b37.txt'), 'utf8');
    const result = cleanArticle(text);
    const kept = result.blocks.filter((block) => block.kind !== 'boilerplate').map((block) => block.text);
    expect(result.text).toBe(kept.join('\n\n'));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
