/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the
 * command line, e.g. `npm run bench -- clean`) and prints Markdown tables.
 * Each file measures its baseline in the same run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './data.js';
import { printRows, type BenchRow } from './harness.js';

interface BenchModule { title: string; run: () => Promise<BenchRow[]> | BenchRow[] }

const wanted = process.argv.slice(2);
const dir = join(projectRoot, 'bench');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();
console.log(`# article-lens benchmarks\n\nnode ${process.version}, single thread, ${new Date().toISOString()}`);
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
  printRows(mod.title, await mod.run());
}
