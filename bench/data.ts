/** Loads the seeds and ../shared/dev corpora for benchmarks and evaluations. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDev = join(projectRoot, '..', 'shared', 'dev');

export function readSeeds(): { file: string; text: string }[] {
  const dir = join(projectRoot, 'seeds');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export function readJsonl<T>(name: string): T[] {
  const path = join(sharedDev, name);
  if (!existsSync(path)) throw new Error(`missing ${path}: put ../shared beside the checkout`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export interface BoilerplatePage { id: string; text: string; with: string[]; without: string[] }
export interface QuoteAnnotation {
  type: string; medium?: string; spans: [number, number][]; text?: string;
  speaker?: unknown; cue?: unknown; frame?: unknown; addressee?: unknown; isNested?: boolean;
}
export interface QuotesArticle { doc: string; split: string; text: string; quotes: QuoteAnnotation[] }

export const readBoilerplatePages = (): BoilerplatePage[] => readJsonl<BoilerplatePage>('boilerplate-de.jsonl');
export const readQuoteArticles = (): QuotesArticle[] => readJsonl<QuotesArticle>('quotes-de.jsonl');
