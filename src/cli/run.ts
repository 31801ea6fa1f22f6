/**
 * The command from arguments to exit code: parse, check the inputs, turn them
 * into tasks, run the tasks (inline or on workers), and write the results in
 * input order.
 */
import { writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { version } from '../../package.json';
import { parseArgs, type CliOptions } from './args.js';
import { shouldColour } from './colour.js';
import { ExitCode, UsageError, errorMessage, oneLine, type ExitCodeValue } from './errors.js';
import { framingFor, type Framing } from './framing.js';
import { HELP } from './help.js';
import { checkInputs, checkOutputFile, readArticle, readLineBatches, STDIN } from './input.js';
import { writeOut } from './output.js';
import { createInlineRunner, createWorkerRunner, type TaskRunner } from './pool.js';
import { Progress, type ProgressTarget } from './progress.js';
import { recordResourceUsage } from './resources.js';
import type { Task, TaskResult, TaskSettings } from './tasks.js';

/** The process the command talks to; tests and the worker entry pass their own. */
export interface CliEnvironment {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: ProgressTarget;
  /** The module a worker thread starts from (the CLI's own). */
  workerEntry: URL;
}

/** A task and the input bytes it covers (for progress). */
interface Job {
  task: Task;
  bytes: number;
}

/** What happened over the whole run. */
interface Tally {
  articles: number;
  failed: number;
  html: string | undefined;
}

async function* jobsOf(options: CliOptions, inputs: readonly string[], stdin: Readable): AsyncGenerator<Job> {
  for (const source of inputs) {
    if (options.jsonl) {
      for await (const batch of readLineBatches(source, stdin)) {
        yield { task: { kind: 'lines', source, firstLine: batch.firstLine, lines: batch.lines }, bytes: batch.bytes };
      }
    } else {
      const text = await readArticle(source, stdin);
      yield { task: { kind: 'article', source, text }, bytes: Buffer.byteLength(text) };
    }
  }
}

function settingsFor(options: CliOptions, inputs: readonly string[], io: CliEnvironment): TaskSettings {
  return {
    command: options.command,
    json: options.json || options.jsonl,
    labelFiles: inputs.length > 1,
    html: options.html !== undefined,
    top: options.top,
    lang: options.lang,
    colour: !options.json && !options.jsonl && shouldColour({ env: io.env, isTTY: io.stdout.isTTY === true }),
  };
}

/** Writes results in submission order while keeping `runner.capacity` tasks in flight. */
async function runJobs(jobs: AsyncIterable<Job>, runner: TaskRunner, framing: Framing, progress: Progress, io: CliEnvironment): Promise<Tally> {
  const tally: Tally = { articles: 0, failed: 0, html: undefined };
  const inFlight: { job: Job; result: Promise<TaskResult> }[] = [];
  let written = 0;
  const settle = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next === undefined) return;
    const result = await next.result;
    for (const message of result.messages) progress.message(message);
    await writeOut(io.stdout, framing.item(written++, next.job.task.source, result.output));
    tally.articles += result.articles;
    tally.failed += result.failed;
    tally.html ??= result.html;
    progress.advance(result.articles, result.failed, next.job.bytes);
  };
  await writeOut(io.stdout, framing.opening);
  for await (const job of jobs) {
    inFlight.push({ job, result: runner.run(job.task) });
    while (inFlight.length >= runner.capacity) await settle();
  }
  while (inFlight.length > 0) await settle();
  await writeOut(io.stdout, framing.closing);
  return tally;
}

function resolveInputs(options: CliOptions, stdin: CliEnvironment['stdin']): string[] {
  if (options.inputs.length > 0) return options.inputs;
  if (stdin.isTTY === true) throw new UsageError('no input: give FILE… or - to read standard input (see article-lens --help)');
  return [STDIN];
}

async function analyseInputs(options: CliOptions, io: CliEnvironment, done: { articles: number }): Promise<ExitCodeValue> {
  const inputs = resolveInputs(options, io.stdin);
  const totalBytes = checkInputs(inputs);
  if (options.html !== undefined) checkOutputFile(options.html);
  const settings = settingsFor(options, inputs, io);
  const runner = options.jobs > 1 ? createWorkerRunner(options.jobs, settings, io.workerEntry) : createInlineRunner(settings);
  const progress = new Progress(io.stderr, totalBytes, io.stderr.isTTY === true && (options.jsonl || inputs.length > 1));
  try {
    const tally = await runJobs(jobsOf(options, inputs, io.stdin), runner, framingFor(options, inputs.length), progress, io);
    progress.clear();
    done.articles = tally.articles;
    if (options.html !== undefined && tally.html !== undefined) writeFileSync(options.html, tally.html);
    if (tally.failed > 0) io.stderr.write(`${oneLine(`${tally.failed} of ${tally.articles} articles failed`)}\n`);
    return tally.failed > 0 ? ExitCode.inputsFailed : ExitCode.ok;
  } finally {
    await runner.close();
  }
}

/** Help, version, or the analysis of the inputs. */
async function dispatch(options: CliOptions, io: CliEnvironment, done: { articles: number }): Promise<ExitCodeValue> {
  if (options.help) await writeOut(io.stdout, HELP);
  else if (options.version) await writeOut(io.stdout, `${version}\n`);
  else return analyseInputs(options, io, done);
  return ExitCode.ok;
}

/** Runs the command; resolves with the exit code. Never throws. */
export async function runCli(io: CliEnvironment): Promise<ExitCodeValue> {
  const started = Date.now();
  const done = { articles: 0 };
  let code: ExitCodeValue;
  try {
    code = await dispatch(parseArgs(io.argv), io, done);
  } catch (error) {
    io.stderr.write(`${oneLine(errorMessage(error))}\n`);
    code = error instanceof UsageError ? ExitCode.usage : ExitCode.inputsFailed;
  }
  recordResourceUsage(io.env, started, done.articles);
  return code;
}
