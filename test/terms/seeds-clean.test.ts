import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, termFrequencies } from '../../src/index.js';

const root = join(__dirname, '..', '..');
const gold = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as {
  files: Record<string, { terms: Record<string, number> }>;
};

describe('termFrequencies(cleanArticle(seed).text) equals the answer key', () => {
  for (const [file, entry] of Object.entries(gold.files)) {
    it(file, () => {
      const text = readFileSync(join(root, 'seeds', file), 'utf8');
      const tf = termFrequencies(cleanArticle(text).text, { language: 'de', stopwords: true, stem: false });
      for (const [term, count] of Object.entries(entry.terms)) expect([term, tf.get(term)]).toEqual([term, count]);
    });
  }
});
