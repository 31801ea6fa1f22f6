/** Writing to standard output with back-pressure, and a reader that went away. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes `text` and waits while the stream's buffer is full, so memory stays bounded. */
export async function writeOut(stream: Writable, text: string): Promise<void> {
  if (text === '') return;
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Ends the process quietly when the reader of standard output closes it
 * (`article-lens --jsonl … | head`), as command-line tools do.
 */
export function exitQuietlyOnClosedPipe(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
