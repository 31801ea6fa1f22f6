/**
 * Test helpers: run the BUILT command (dist/cli.js) as a user would, after
 * rebuilding it when dist/ is missing or older than src/ (`npm test` builds
 * before vitest, so this only matters when the tests are run on their own).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const cliPath = join(root, 'dist', 'cli.js');
export const seedPath = (name: string): string => join(root, 'seeds', name);
export const SEED_003 = seedPath('003_b09a0b073d080f35.txt');
export const readSeed = (name: string): string => readFileSync(seedPath(name), 'utf8');
export const seedNames = (): string[] => readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt')).sort();

const tempDirs: string[] = [];

/** A new temp folder, removed by {@link removeTempDirs}. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-lens-cli-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Removes the folders made by {@link tempDir} (call in `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with tsup when it is missing or older than src/. */
export function ensureBuilt(): void {
  const built = [cliPath, join(root, 'dist', 'index.js')];
  const oldest = Math.min(...built.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)));
  if (oldest > newestSource(join(root, 'src'))) return;
  const build = spawnSync('npx', ['tsup'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`tsup failed:\n${build.stdout}\n${build.stderr}`);
}

/** What a run of the command left. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Standard input. */
  input?: string;
  /** Variables added to an environment without any colour variables. */
  env?: Record<string, string>;
}

/**
 * Runs `node dist/cli.js ...args` to completion. Asynchronous, so the test
 * worker stays responsive while the command runs.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR']) if (options.env?.[name] === undefined) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.on('error', () => undefined); // the command may exit before reading all input
    child.stdin.end(options.input ?? '');
  });
}
