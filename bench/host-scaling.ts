/**
 * How this machine runs two threads at once, measured next to the CLI's
 * `--jobs 2` figure: a pure arithmetic loop and a memory-bound loop (a
 * strided walk over 64 MB), each alone in one worker thread and then in two
 * workers at the same time. On a machine whose two cores share the memory
 * bandwidth (or are two hyperthreads of one core), two threads of
 * memory-heavy work cannot run twice as fast as one, whatever the program.
 */
import { Worker } from 'node:worker_threads';

/** The loops, as worker source (plain JavaScript run with `eval: true`); each posts its time in ms. */
const LOOPS: Readonly<Record<HostLoop, string>> = {
  arithmetic: `
    const { parentPort } = require('node:worker_threads');
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0;
    parentPort.postMessage([performance.now() - started, x]);`,
  memory: `
    const { parentPort } = require('node:worker_threads');
    const values = new Float64Array(8e6);
    const started = performance.now();
    let sum = 0;
    for (let round = 0; round < 20; round++) for (let i = 0; i < values.length; i += 8) { values[i] += round; sum += values[i]; }
    parentPort.postMessage([performance.now() - started, sum]);`,
};

/** The kinds of loop measured. */
export type HostLoop = 'arithmetic' | 'memory';

/** One loop's times alone and with a second copy running at once. */
export interface HostScaling {
  loop: HostLoop;
  /** Milliseconds of one worker running alone. */
  aloneMs: number;
  /** Milliseconds of each of two workers running at once (the slower). */
  togetherMs: number;
  /** togetherMs / aloneMs: 1 when two threads run as fast as one. */
  slowdown: number;
}

function runLoop(loop: HostLoop): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOOPS[loop], { eval: true });
    worker.once('message', (message: [number, number]) => {
      resolve(message[0]);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Measures one loop alone, then two copies at once; the best of `rounds` each. */
export async function measureHostScaling(loop: HostLoop, rounds = 2): Promise<HostScaling> {
  let aloneMs = Infinity;
  let togetherMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    aloneMs = Math.min(aloneMs, await runLoop(loop));
    const both = await Promise.all([runLoop(loop), runLoop(loop)]);
    togetherMs = Math.min(togetherMs, Math.max(...both));
  }
  return { loop, aloneMs, togetherMs, slowdown: togetherMs / aloneMs };
}
