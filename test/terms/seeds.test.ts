import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termFrequencies } from '../../src/index.js';

interface GoldBlock { start: number; end: number; kind: string }
interface GoldFile { blocks: GoldBlock[]; terms: Record<string, number> }
const root = join(__dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as { files: Record<string, GoldFile> };

/** What cleanArticle's text is, up to glued-sentence repairs: the kept blocks joined by blank lines. */
function keptText(file: string, entry: GoldFile): string {
  const text = readFileSync(join(root, 'seeds', file), 'utf8');
  return entry.blocks.filter((block) => block.kind !== 'boilerplate').map((block) => text.slice(block.start, block.end)).join('\n\n');
}

describe('termFrequencies on the seeds (answer key, kept blocks)', () => {
  for (const [file, entry] of Object.entries(gold.files)) {
    it(`counts every answer-key term of ${file}`, () => {
      const tf = termFrequencies(keptText(file, entry), { language: 'de', stopwords: true, stem: false });
      for (const [term, count] of Object.entries(entry.terms)) expect([term, tf.get(term)]).toEqual([term, count]);
    });
    it(`detects German and gives the same counts without a language for ${file}`, () => {
      const text = keptText(file, entry);
      const detected = termFrequencies(text);
      expect([...detected.languages]).toEqual([['deu', 1]]);
      expect(detected.toJSON().terms).toEqual(termFrequencies(text, { language: 'deu' }).toJSON().terms);
    });
  }

  it('with stem: true, "russland" and "russlands" count as one term', () => {
    const [file, entry] = Object.entries(gold.files).find(([name]) => name.startsWith('002')) ?? [];
    if (file === undefined || entry === undefined) throw new Error('seed 002 missing');
    const text = keptText(file, entry);
    const plain = termFrequencies(text, { language: 'de', stem: false });
    expect(plain.get('russland')).toBe(8);
    expect(plain.get('russlands')).toBeGreaterThan(0);
    const stemmed = termFrequencies(text, { language: 'de', stem: true });
    expect(stemmed.get('russland')).toBe(plain.get('russland') + plain.get('russlands'));
    expect(stemmed.get('russlands')).toBe(0);
  });
});
