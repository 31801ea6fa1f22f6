import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface GoldFile {
  language: string;
  blocks: { start: number; end: number; kind: string; why?: string }[];
  quotes: { start: number; end: number; text: string; speaker: string; speakerRequired: boolean }[];
  foreign: { start: number; end: number; text: string; lang: string; required: boolean }[];
  terms: Record<string, number>;
}

export const gold = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'seeds.gold.json'), 'utf8')) as {
  files: Record<string, GoldFile>;
};

export const seeds: { file: string; text: string }[] = readdirSync(join(ROOT, 'seeds'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(ROOT, 'seeds', file), 'utf8') }));

export const SEED_003 = '003_b09a0b073d080f35.txt';

export function seed(file: string): string {
  const found = seeds.find((entry) => entry.file === file);
  if (!found) throw new Error(`missing seed ${file}`);
  return found.text;
}

/** A few German news articles from ../shared/dev when present (not required). */
export function devArticles(limit: number): string[] {
  try {
    const raw = readFileSync(join(ROOT, '..', 'shared', 'dev', 'quotes-de.jsonl'), 'utf8');
    return raw
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, limit)
      .map((line) => (JSON.parse(line) as { text: string }).text);
  } catch {
    return [];
  }
}

export interface FoundSpan { path: string; start: number; end: number; text: string }

/**
 * Every `{ start, end, text }` object anywhere in `value` (except the
 * cleaning repairs, whose `text` is absent), plus quote content spans
 * (`contentStart`/`contentEnd` with the quote's `text`).
 */
export function spansIn(value: unknown, path = 'report'): FoundSpan[] {
  const found: FoundSpan[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${at}[${index}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
      if (typeof record.contentStart === 'number' && typeof record.contentEnd === 'number') {
        found.push({ path: `${at}(content)`, start: record.contentStart, end: record.contentEnd, text: record.text });
      } else {
        found.push({ path: at, start: record.start, end: record.end, text: record.text });
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${at}.${key}`);
  };
  visit(value, path);
  return found;
}
