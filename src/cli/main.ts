/**
 * The `article-lens` command line: a thin shell over the library (built to
 * dist/cli.js). The same module is the entry of the worker threads that
 * `--jobs N` starts: there it serves tasks instead of running the command.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { exitQuietlyOnClosedPipe } from './output.js';
import { isWorkerSetup } from './pool.js';
import { runCli } from './run.js';
import { serveTasks } from './worker.js';

async function main(): Promise<void> {
  exitQuietlyOnClosedPipe(process.stdout);
  process.exitCode = await runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    workerEntry: new URL(import.meta.url),
  });
}

if (!isMainThread && parentPort !== null && isWorkerSetup(workerData)) serveTasks(parentPort, workerData.settings);
else void main();
