/**
 * Resource figures for benchmarks: with `ARTICLE_LENS_RESOURCE_USAGE=FILE`
 * set, the command writes its peak memory and CPU time as JSON to FILE when
 * it ends (worker threads are part of the process, so they are included).
 */
import { writeFileSync } from 'node:fs';

/** The environment variable naming the file to write. */
export const RESOURCE_USAGE_ENV = 'ARTICLE_LENS_RESOURCE_USAGE';

/** What is written to the file. */
export interface ResourceUsage {
  /** Peak resident set size of the process, bytes. */
  maxRssBytes: number;
  /** CPU time in user mode over all threads, milliseconds. */
  userCpuMs: number;
  /** CPU time in the kernel over all threads, milliseconds. */
  systemCpuMs: number;
  /** Wall-clock time of the run, milliseconds. */
  wallMs: number;
  /** Articles processed (failed ones included). */
  articles: number;
}

/** Writes the {@link ResourceUsage} of this process when the variable is set. */
export function recordResourceUsage(env: Readonly<Record<string, string | undefined>>, startedAt: number, articles: number): void {
  const file = env[RESOURCE_USAGE_ENV];
  if (file === undefined || file === '') return;
  const usage = process.resourceUsage();
  const record: ResourceUsage = {
    maxRssBytes: usage.maxRSS * 1024,
    userCpuMs: usage.userCPUTime / 1000,
    systemCpuMs: usage.systemCPUTime / 1000,
    wallMs: Date.now() - startedAt,
    articles,
  };
  writeFileSync(file, `${JSON.stringify(record)}\n`);
}
