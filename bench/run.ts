/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the
 * command line, e.g. `npm run bench -- clean`) and prints Markdown tables.
 * Each file measures its baseline in the same run. Each file runs in a fresh
 * Node process of its own, so no benchmark pays for the heap, caches or JIT
 * state another one left behind.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectRoot } from './data.js';
import { printRows, type BenchRow } from './harness.js';

interface BenchModule { title: string; run: () => Promise<BenchRow[]> | BenchRow[] }

/** Set in the child process that runs one file. */
const ONE_FILE = '--one-file';

const dir = join(projectRoot, 'bench');
const args = process.argv.slice(2);

if (args[0] === ONE_FILE && args[1] !== undefined) {
  const mod = (await import(pathToFileURL(join(dir, args[1])).href)) as BenchModule;
  printRows(mod.title, await mod.run());
} else {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => args.length === 0 || args.some((name) => file.startsWith(name)))
    .sort();
  console.log(`# article-lens benchmarks\n\nnode ${process.version}, single thread, ${new Date().toISOString()}, one process per file`);
  let failed = false;
  for (const file of files) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ONE_FILE, file], { stdio: 'inherit' });
    if (child.status !== 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}
