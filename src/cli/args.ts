/**
 * Command-line parsing. Strict: an unknown flag, a missing or bad value, or a
 * flag that makes no sense with another is a {@link UsageError} (exit 2).
 */
import { toLanguageCode } from '../index.js';
import { UsageError } from './errors.js';

/** What the command does with each article. */
export type Command = 'report' | 'clean';

/** The parsed command line. */
export interface CliOptions {
  /** `report` (the default) or `clean`. */
  command: Command;
  /** Files to read, `-` for standard input; empty means standard input. */
  inputs: string[];
  /** Print JSON instead of the readable report. */
  json: boolean;
  /** Read one `{id, text}` article per line and write one JSON line per article. */
  jsonl: boolean;
  /** Also write the HTML view of the (single) article to this file. */
  html: string | undefined;
  /** How many top terms to show. */
  top: number;
  /** ISO 639-3 code of the articles' language; detected when absent. */
  lang: string | undefined;
  /** Worker threads; 1 analyses on the main thread. */
  jobs: number;
  /** `--help` was given. */
  help: boolean;
  /** `--version` was given. */
  version: boolean;
}

/** Default number of top terms shown. */
export const DEFAULT_TOP = 10;
/** Most worker threads accepted by `--jobs`. */
export const MAX_JOBS = 64;

type Flag = 'json' | 'jsonl' | 'help' | 'version';
type Valued = 'html' | 'top' | 'lang' | 'jobs';

const FLAGS: Readonly<Record<string, Flag>> = {
  '--json': 'json',
  '--jsonl': 'jsonl',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-V': 'version',
};
const VALUED: Readonly<Record<string, Valued>> = { '--html': 'html', '--top': 'top', '--lang': 'lang', '--jobs': 'jobs', '-j': 'jobs' };

function defaults(): CliOptions {
  return { command: 'report', inputs: [], json: false, jsonl: false, html: undefined, top: DEFAULT_TOP, lang: undefined, jobs: 1, help: false, version: false };
}

/** Reads a whole number in `[min, max]` given to `flag`. */
export function parseCount(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} needs a whole number, got '${value}'`);
  const count = Number(value);
  if (count < min || count > max) throw new UsageError(`${flag} must be between ${min} and ${max}, got ${count}`);
  return count;
}

/** Reads a language code (`de`, `deu`, `de-AT`) into ISO 639-3. */
export function parseLanguage(value: string): string {
  const code = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value) ? toLanguageCode(value) : '';
  if (!/^[a-z]{3}$/.test(code)) throw new UsageError(`--lang needs a language code such as de or deu, got '${value}'`);
  return code;
}

function setValued(options: CliOptions, name: Valued, flag: string, value: string): void {
  if (name === 'html') {
    if (value === '' || value === '-') throw new UsageError(`${flag} needs a file name to write`);
    options.html = value;
  } else if (name === 'top') options.top = parseCount(flag, value, 1, 10_000);
  else if (name === 'jobs') options.jobs = parseCount(flag, value, 1, MAX_JOBS);
  else options.lang = parseLanguage(value);
}

/** Splits `--flag=value` into its parts. */
function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}

/** Parses the arguments after `article-lens` (no node, no script path). */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options = defaults();
  const positional: string[] = [];
  let onlyFiles = false;
  let beforeDashes = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      beforeDashes = positional.length;
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const switched = FLAGS[flag];
    const valued = VALUED[flag];
    if (switched !== undefined) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      options[switched] = true;
    } else if (valued !== undefined) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      setValued(options, valued, flag, value);
    } else {
      throw new UsageError(`unknown option '${flag}' (see article-lens --help)`);
    }
  }
  if (!onlyFiles) beforeDashes = positional.length;
  if (beforeDashes > 0 && positional[0] === 'clean') {
    options.command = 'clean';
    positional.shift();
  }
  options.inputs = positional;
  return checkCombinations(options);
}

function checkCombinations(options: CliOptions): CliOptions {
  if (options.help || options.version) return options;
  if (options.html !== undefined) {
    if (options.command === 'clean') throw new UsageError('--html is for the report, not for clean');
    if (options.jsonl) throw new UsageError('--html writes one article; it cannot be combined with --jsonl');
    if (options.inputs.length > 1) throw new UsageError('--html writes one article; give one FILE');
  }
  if (options.inputs.filter((input) => input === '-').length > 1) throw new UsageError("standard input '-' can be read only once");
  return options;
}
