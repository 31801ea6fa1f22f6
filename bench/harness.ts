/**
 * A tiny benchmark harness: runs a function over an input until enough time
 * has passed, and reports throughput in MB/s of UTF-8 input. Every benchmark
 * file in this folder exports `run()` returning rows, so that a baseline and
 * article-lens are measured in the same process, one after the other.
 */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  /** What was measured, e.g. `cleanArticle (seeds + dev pages)`. */
  name: string;
  /** Throughput in megabytes (10^6 bytes of UTF-8) per second. */
  mbPerSecond: number;
  /** Milliseconds per iteration over the whole input. */
  msPerIteration: number;
  /** Iterations timed. */
  iterations: number;
  /** Free-form note (target, ratio to baseline, memory). */
  note?: string;
}

export function utf8Bytes(texts: readonly string[]): number {
  let bytes = 0;
  for (const text of texts) bytes += Buffer.byteLength(text, 'utf8');
  return bytes;
}

/**
 * Times `fn(texts)` over all `texts`, after a warm-up, for at least `minMs`.
 */
export function measure(
  name: string,
  texts: readonly string[],
  fn: (text: string) => unknown,
  options: { minMs?: number; note?: string } = {},
): BenchRow {
  const minMs = options.minMs ?? 1500;
  const bytes = utf8Bytes(texts);
  let sink = 0;
  for (const text of texts) sink ^= fn(text) ? 1 : 0; // warm-up
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const text of texts) sink ^= fn(text) ? 1 : 0;
    iterations++;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  if (sink === 2) console.log('');
  const msPerIteration = elapsed / iterations;
  const row: BenchRow = { name, mbPerSecond: bytes / 1e6 / (msPerIteration / 1000), msPerIteration, iterations };
  if (options.note !== undefined) row.note = options.note;
  return row;
}

/**
 * Calls `fn` over the texts, untimed, passing over them again if need be, for
 * at least `ms` milliseconds. V8 compiles a function only after it has run for
 * a while, on background threads whose CPU time this process is charged, and
 * code with many small functions (quote attribution, language decoding) needs
 * dozens of passes before all of them are compiled: a row measured after one
 * warm-up pass pays for that compilation and runs partly unoptimised code,
 * which is not the throughput of a long corpus run.
 */
export function warmUp(texts: readonly string[], fn: (text: string) => unknown, ms: number): void {
  const started = performance.now();
  for (;;) {
    for (const text of texts) {
      fn(text);
      if (performance.now() - started >= ms) return;
    }
  }
}

export function printRows(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n## ${title}\n`);
  console.log('| benchmark | MB/s | ms/iteration | iterations | note |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.mbPerSecond.toFixed(1)} | ${row.msPerIteration.toFixed(2)} | ${row.iterations} | ${row.note ?? ''} |`,
    );
  }
}
