/**
 * Exit codes of the `article-lens` command. They are part of its documented
 * contract (docs/cli.md) and do not change between versions.
 */
export const ExitCode = {
  /** Every input was processed. */
  ok: 0,
  /** At least one input (a file, or a JSONL line) failed; the others were processed. */
  inputsFailed: 1,
  /** The command line was wrong: unknown flag, bad value, missing file. Nothing was processed. */
  usage: 2,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Prefix of every message the command writes to stderr. */
export const MESSAGE_PREFIX = 'article-lens: ';

/**
 * A mistake on the command line. The command prints its message on one line
 * and exits with {@link ExitCode.usage} before processing anything.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Formats an error as the one-line message the command prints. */
export function oneLine(message: string): string {
  return MESSAGE_PREFIX + message.replace(/\s+/g, ' ').trim();
}

/** The message of anything thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
