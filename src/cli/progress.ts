/**
 * A progress bar on standard error, drawn only when it is a terminal and
 * redrawn at most ten times a second. Messages printed while it is shown go
 * through {@link Progress.message}, which clears the bar first.
 */
import type { Writable } from 'node:stream';

/** Where progress is drawn: a stream that may be a terminal. */
export interface ProgressTarget extends Pick<Writable, 'write'> {
  isTTY?: boolean;
  columns?: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** A rate with two significant decimals when small, one otherwise. */
function rate(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** Counts articles and bytes done, and shows them. */
export class Progress {
  private articles = 0;
  private failed = 0;
  private bytes = 0;
  private lastDraw = 0;
  private shown = false;
  private readonly started = Date.now();

  /**
   * @param target - Standard error.
   * @param totalBytes - Size of all inputs, when known, for a percentage.
   * @param enabled - Draw at all (a terminal, and more than one article expected).
   */
  constructor(
    private readonly target: ProgressTarget,
    private readonly totalBytes: number | undefined,
    private readonly enabled: boolean,
  ) {}

  /** Records finished work and redraws when due. */
  advance(articles: number, failed: number, bytes: number): void {
    this.articles += articles;
    this.failed += failed;
    this.bytes += bytes;
    const now = Date.now();
    if (this.enabled && now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw();
    }
  }

  /** Prints a one-line message above the bar. */
  message(line: string): void {
    this.clear();
    this.target.write(`${line}\n`);
    if (this.enabled && this.shown) this.draw();
  }

  /** Removes the bar (at the end of the run). */
  clear(): void {
    if (this.shown) this.target.write('\r\u001b[2K');
  }

  private draw(): void {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const megabytes = this.bytes / 1e6;
    const parts = [`${this.articles} articles`, `${megabytes.toFixed(1)} MB`, `${rate(megabytes / seconds)} MB/s`];
    if (this.failed > 0) parts.push(`${this.failed} failed`);
    let line = parts.join(' · ');
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      const share = Math.min(1, this.bytes / this.totalBytes);
      const filled = Math.round(share * BAR_WIDTH);
      line = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${line}`;
    }
    const width = this.target.columns ?? 80;
    this.target.write(`\r\u001b[2K${line.slice(0, Math.max(10, width - 1))}`);
    this.shown = true;
  }
}
