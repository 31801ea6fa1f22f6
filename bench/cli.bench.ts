/**
 * The CLI on a corpus: `article-lens --jsonl --jobs 2` against `--jobs 1` on
 * a ~100 MB JSONL corpus (the seeds and ../shared/dev/quotes-de.jsonl texts,
 * repeated with distinct ids), written to bench/.data/ on first use. Runs the
 * BUILT command (`npm run build` first; a copy of dist/ taken at the start, so
 * both runs use the same build) with its output sent to /dev/null, and
 * reads each run's peak memory and CPU time from the file the command writes
 * when ARTICLE_LENS_RESOURCE_USAGE is set (worker threads included).
 *
 * The two modes run in the order 1, 2, 2, 1 and each mode's fastest run
 * counts, as the machine's speed may drift during the minutes this takes.
 * Two rows first measure the machine itself (host-scaling.ts): how much
 * slower an arithmetic loop and a memory-bound loop run when two copies run
 * at once, the ceiling for any program's two-thread speed-up here.
 *
 * CLI_BENCH_MB sets the corpus size (default 100), CLI_BENCH_ROUNDS the
 * number of pairs (default 2).
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot, readQuoteArticles, readSeeds } from './data.js';
import type { BenchRow } from './harness.js';
import { measureHostScaling, type HostScaling } from './host-scaling.js';

export const title = 'CLI: --jsonl corpus, --jobs 2 against --jobs 1';

const dist = join(projectRoot, 'dist');
const dataDir = join(projectRoot, 'bench', '.data');
/** Both runs use one snapshot of dist/, so a rebuild during the benchmark cannot mix versions. */
const snapshot = join(dataDir, 'dist');
const cli = join(snapshot, 'cli.js');
const TARGET_RATIO = 1.7;

interface ResourceUsage {
  maxRssBytes: number;
  userCpuMs: number;
  systemCpuMs: number;
  wallMs: number;
  articles: number;
}

interface CliRun {
  wallMs: number;
  usage: ResourceUsage;
}

/** Writes `size` bytes (about) of `{id, text}` lines, cycling through the texts. */
function writeCorpus(path: string, size: number): void {
  const texts = [...readSeeds().map((seed) => seed.text), ...readQuoteArticles().map((article) => article.text)];
  mkdirSync(dataDir, { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let written = 0;
  for (let n = 0; written < size; n++) {
    const line = `${JSON.stringify({ id: `doc-${n}`, text: texts[n % texts.length] })}\n`;
    written += writeSync(fd, line);
  }
  closeSync(fd);
  renameSync(partial, path);
}

function corpusPath(): string {
  const megabytes = Number(process.env['CLI_BENCH_MB'] ?? 100);
  const path = join(dataDir, `cli-corpus-${megabytes}mb.jsonl`);
  if (!existsSync(path)) writeCorpus(path, megabytes * 1e6);
  return path;
}

/**
 * Runs the built CLI once over the corpus, its output going to /dev/null so
 * that reading it costs the benchmark nothing.
 */
function runCli(corpus: string, jobs: number): Promise<CliRun> {
  const usageFile = join(dataDir, `usage-jobs-${jobs}.json`);
  const devNull = openSync('/dev/null', 'w');
  return new Promise<CliRun>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, '--jsonl', '--jobs', String(jobs), corpus], {
      env: { ...process.env, ARTICLE_LENS_RESOURCE_USAGE: usageFile },
      stdio: ['ignore', devNull, 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`article-lens --jobs ${jobs} exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ wallMs, usage: JSON.parse(readFileSync(usageFile, 'utf8')) as ResourceUsage });
    });
  }).finally(() => closeSync(devNull));
}

function row(name: string, bytes: number, run: CliRun, note: string): BenchRow {
  const mib = (value: number): string => `${(value / 1024 / 1024).toFixed(0)} MiB`;
  const cpuSeconds = (run.usage.userCpuMs + run.usage.systemCpuMs) / 1000;
  const cores = cpuSeconds / (run.wallMs / 1000);
  const cpu = `${cpuSeconds.toFixed(1)} s (${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB per CPU-second, ${cores.toFixed(2)} cores busy on average)`;
  return {
    name,
    mbPerSecond: bytes / 1e6 / (run.wallMs / 1000),
    msPerIteration: run.wallMs,
    iterations: 1,
    note: `peak RSS ${mib(run.usage.maxRssBytes)}, CPU ${cpu}, ${run.usage.articles} articles${note}`,
  };
}

/** A row for the machine's own two-thread scaling (see host-scaling.ts); MB/s does not apply. */
function hostRow(scaling: HostScaling): BenchRow {
  return {
    name: `host: ${scaling.loop} loop, two threads at once`,
    mbPerSecond: 0,
    msPerIteration: scaling.togetherMs,
    iterations: 1,
    note: `${scaling.aloneMs.toFixed(0)} ms alone, ${scaling.togetherMs.toFixed(0)} ms each with a second copy running: ${scaling.slowdown.toFixed(2)}× slower, so two threads of this work run at most ${(2 / scaling.slowdown).toFixed(2)}× one`,
  };
}

/** The faster of several runs of one mode. */
function fastest(runs: readonly CliRun[]): CliRun {
  return runs.reduce((best, run) => (run.wallMs < best.wallMs ? run : best));
}

function seconds(runs: readonly CliRun[]): string {
  return runs.map((run) => `${(run.wallMs / 1000).toFixed(1)} s`).join(', ');
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(dist, 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  cpSync(dist, snapshot, { recursive: true });
  const corpus = corpusPath();
  const bytes = statSync(corpus).size;
  const load = loadavg()[0] ?? 0;
  // The machine's speed drifts over minutes: the modes run in the order 1, 2, 2, 1 (ROUNDS pairs,
  // mirrored), so a steady drift affects both alike, and each mode's fastest run is compared.
  const rounds = Math.max(1, Number(process.env['CLI_BENCH_ROUNDS'] ?? 2));
  const order = Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? [1, 2] : [2, 1])).flat();
  const runs = new Map<number, CliRun[]>([[1, []], [2, []]]);
  for (const jobs of order) runs.get(jobs)?.push(await runCli(corpus, jobs));
  const ones = runs.get(1) ?? [];
  const twos = runs.get(2) ?? [];
  const one = fastest(ones);
  const two = fastest(twos);
  if (two.usage.articles !== one.usage.articles) throw new Error(`--jobs 2 did ${two.usage.articles} articles, --jobs 1 ${one.usage.articles}`);
  const ratio = one.wallMs / two.wallMs;
  const size = `${(bytes / 1e6).toFixed(0)} MB`;
  const runsNote = (list: readonly CliRun[]): string => (list.length > 1 ? `; fastest of ${list.length} runs (${seconds(list)})` : '');
  const hostRows = [await measureHostScaling('arithmetic'), await measureHostScaling('memory')].map(hostRow);
  return [
    ...hostRows,
    row(`article-lens --jsonl --jobs 1 (${size}, baseline)`, bytes, one, `${runsNote(ones)}; load average ${load.toFixed(1)} at start`),
    row(`article-lens --jsonl --jobs 2 (${size})`, bytes, two, `${runsNote(twos)}; ${ratio.toFixed(2)}× --jobs 1 (target ≥ ${TARGET_RATIO}×)`),
  ];
}
