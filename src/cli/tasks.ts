/**
 * The unit of work of the command: one article from a file, or a batch of
 * JSONL lines. A task turns into output text on whatever thread runs it (the
 * main thread with `--jobs 1`, a worker otherwise), so only strings cross
 * threads. A task never throws: a failing article becomes an error entry.
 */
import { analyzeArticle, cleanArticle, renderHTML } from '../index.js';
import type { Command } from './args.js';
import { createPainter } from './colour.js';
import { errorMessage, oneLine } from './errors.js';
import { renderReport } from './render-report.js';

/** How every task of one run is processed; fixed for the run, sent to workers once. */
export interface TaskSettings {
  command: Command;
  /** JSON output for file inputs. */
  json: boolean;
  /** Label each file's JSON with its name (several inputs). */
  labelFiles: boolean;
  /** Also return the HTML view. */
  html: boolean;
  /** Top terms to list. */
  top: number;
  /** Language given with `--lang`, ISO 639-3. */
  lang: string | undefined;
  /** Colour the readable report. */
  colour: boolean;
}

/** One article read from a file or standard input. */
export interface ArticleTask {
  kind: 'article';
  /** File name as given (`-` for standard input). */
  source: string;
  text: string;
}

/** Consecutive lines of a JSONL input. */
export interface LinesTask {
  kind: 'lines';
  /** File name as given (`-` for standard input). */
  source: string;
  /** 1-based line number of `lines[0]` in its input. */
  firstLine: number;
  /** The raw lines, without their line ends. */
  lines: string[];
}

/** A unit of work. */
export type Task = ArticleTask | LinesTask;

/** What a task produced. */
export interface TaskResult {
  /** Text for standard output (JSON lines end with a newline; a file's JSON or report does not need to). */
  output: string;
  /** One-line messages for standard error. */
  messages: string[];
  /** Articles that failed. */
  failed: number;
  /** Articles processed, failed ones included. */
  articles: number;
  /** The HTML view, when asked for and the article did not fail. */
  html?: string;
}

/** A JSONL line's input, once validated. */
interface LineInput {
  id: unknown;
  text: string;
}

function languageOption(settings: TaskSettings): { language?: string } {
  return settings.lang === undefined ? {} : { language: settings.lang };
}

/** The JSON-able result of the command for one article text. */
function analyse(text: string, settings: TaskSettings): object {
  if (settings.command === 'clean') return cleanArticle(text, languageOption(settings));
  return analyzeArticle(text, { top: settings.top, ...languageOption(settings) });
}

function runArticle(task: ArticleTask, settings: TaskSettings): TaskResult {
  try {
    if (settings.command === 'clean') {
      const result = cleanArticle(task.text, languageOption(settings));
      const output = settings.json ? JSON.stringify(settings.labelFiles ? { file: task.source, ...result } : result, null, 2) : result.text;
      return { output, messages: [], failed: 0, articles: 1 };
    }
    const report = analyzeArticle(task.text, { top: settings.top, ...languageOption(settings) });
    const output = settings.json
      ? JSON.stringify(settings.labelFiles ? { file: task.source, ...report } : report, null, 2)
      : renderReport(task.source, task.text, report, createPainter(settings.colour));
    return { output, messages: [], failed: 0, articles: 1, ...(settings.html ? { html: renderHTML(report) } : {}) };
  } catch (error) {
    const message = errorMessage(error);
    const output = settings.json ? JSON.stringify({ file: task.source, error: message }, null, 2) : '';
    return { output, messages: [oneLine(`${task.source}: ${message}`)], failed: 1, articles: 1 };
  }
}

/** Parses and checks one JSONL line; throws a message fit for the user. */
function parseLine(raw: string): LineInput {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new LineError(undefined, `bad JSON: ${errorMessage(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new LineError(undefined, 'a line must be a JSON object {"id": …, "text": "…"}');
  const record = value as Record<string, unknown>;
  const id = 'id' in record ? record['id'] : undefined;
  if (!('text' in record)) throw new LineError(id, 'missing "text"');
  if (typeof record['text'] !== 'string') throw new LineError(id, `"text" must be a string, got ${record['text'] === null ? 'null' : typeof record['text']}`);
  return { id, text: record['text'] };
}

/** A JSONL line that failed, with the id it had when it had one. */
class LineError extends Error {
  constructor(
    readonly id: unknown,
    message: string,
  ) {
    super(message);
  }
}

function describeId(id: unknown): string {
  return id === undefined ? '' : ` (id ${JSON.stringify(id)})`;
}

function runLines(task: LinesTask, settings: TaskSettings): TaskResult {
  const result: TaskResult = { output: '', messages: [], failed: 0, articles: 0 };
  task.lines.forEach((raw, index) => {
    const line = task.firstLine + index;
    const trimmed = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (trimmed.trim() === '') return;
    result.articles++;
    let id: unknown;
    try {
      const input = parseLine(trimmed);
      id = input.id ?? line;
      result.output += `${JSON.stringify({ id, ...analyse(input.text, settings) })}\n`;
    } catch (error) {
      id = error instanceof LineError ? error.id : id;
      const message = errorMessage(error);
      const entry = { id: id ?? null, line, ...(settings.labelFiles ? { file: task.source } : {}), error: message };
      result.output += `${JSON.stringify(entry)}\n`;
      result.messages.push(oneLine(`${task.source}:${line}${describeId(id)}: ${message}`));
      result.failed++;
    }
  });
  return result;
}

/** Runs one task; never throws. */
export function runTask(task: Task, settings: TaskSettings): TaskResult {
  return task.kind === 'article' ? runArticle(task, settings) : runLines(task, settings);
}
