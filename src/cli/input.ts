/**
 * Reading the inputs: whole articles from files or standard input, and JSONL
 * inputs as batches of lines streamed in constant memory.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { UsageError } from './errors.js';

/** Name of standard input on the command line. */
export const STDIN = '-';

/** A batch of consecutive lines of one input. */
export interface LineBatch {
  /** 1-based number of the first line. */
  firstLine: number;
  lines: string[];
  /** UTF-8 bytes the batch covers, line ends included. */
  bytes: number;
}

/** Bytes of lines per batch sent to a worker: large enough to make messaging cheap. */
export const BATCH_BYTES = 256 * 1024;

/**
 * Checks, before any work, that every input can be read: a missing file, a
 * folder or an unreadable entry is a usage error (exit 2).
 *
 * @returns The total size in bytes of the files, or `undefined` when
 *   standard input is among them (its size is unknown).
 */
export function checkInputs(inputs: readonly string[]): number | undefined {
  let total: number | undefined = 0;
  for (const input of inputs) {
    if (input === STDIN) {
      total = undefined;
      continue;
    }
    let size: number;
    try {
      const stat = statSync(input);
      if (stat.isDirectory()) throw new UsageError(`${input}: is a directory, not a file`);
      size = stat.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `${input}: no such file` : `${input}: cannot read (${code ?? 'error'})`);
    }
    if (total !== undefined) total += size;
  }
  return total;
}

/** Checks that the folder an output file goes into exists. */
export function checkOutputFile(path: string): void {
  const folder = dirname(path);
  let ok = false;
  try {
    ok = statSync(folder).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`${path}: folder ${folder} does not exist`);
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole text of a file, or of standard input for `-`; a leading byte-order mark is dropped. */
export async function readArticle(input: string, stdin: Readable): Promise<string> {
  const text = input === STDIN ? await readStream(stdin) : await readFile(input, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Groups lines into batches of about {@link BATCH_BYTES}; `bytes` is what the lines cover in the input. */
function* batchesOf(lines: readonly string[], firstLine: number, bytes: number): Generator<LineBatch> {
  const chars = lines.reduce((sum, line) => sum + line.length + 1, 0);
  const bytesPerChar = bytes / Math.max(1, chars);
  let start = 0;
  let size = 0;
  for (let i = 0; i < lines.length; i++) {
    size += (lines[i]?.length ?? 0) + 1;
    if (size >= BATCH_BYTES || i === lines.length - 1) {
      yield { firstLine: firstLine + start, lines: lines.slice(start, i + 1), bytes: Math.round(size * bytesPerChar) };
      start = i + 1;
      size = 0;
    }
  }
}

/**
 * Streams a JSONL input as batches of complete lines. Chunks are cut at their
 * last newline byte, so multi-byte characters are never split; memory stays
 * proportional to the chunk size (or the longest line), not the input.
 */
export async function* readLineBatches(input: string, stdin: Readable): AsyncGenerator<LineBatch> {
  const stream = input === STDIN ? stdin : createReadStream(input, { highWaterMark: 1024 * 1024 });
  let carry: Buffer[] = [];
  let line = 1;
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    const cut = piece.lastIndexOf(0x0a);
    if (cut === -1) {
      carry.push(piece);
      continue;
    }
    const data = carry.length === 0 ? piece.subarray(0, cut) : Buffer.concat([...carry, piece.subarray(0, cut)]);
    carry = cut + 1 < piece.length ? [piece.subarray(cut + 1)] : [];
    const lines = data.toString('utf8').split('\n');
    yield* batchesOf(lines, line, data.length + 1);
    line += lines.length;
  }
  const rest = Buffer.concat(carry);
  if (rest.length > 0) yield* batchesOf([rest.toString('utf8')], line, rest.length);
}
