#!/usr/bin/env node
/**
 * Packs article-lens as npm would publish it and installs the tarball into an
 * empty folder, the way a user gets it. Builds nothing: run `npm run build`
 * first (the `prepare` script is skipped with `--ignore-scripts`, so a pack
 * never rebuilds `dist/` under someone's feet).
 *
 * The folder is also set up for Deno: a `deno.json` with
 * `{"nodeModulesDir": "manual"}` makes `import … from "npm:article-lens"`
 * resolve from the folder's own `node_modules/`, without any registry
 * (article-lens is not published on npm).
 *
 * Usage:
 *   node scripts/pack-install.mjs [dir]   # prints the install folder
 *   import { packAndInstall } from './scripts/pack-install.mjs';
 *   const dir = await packAndInstall();    // a new temp folder
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project folder (the one holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Deno binary from the project's `deno` devDependency. */
export const denoBin = join(projectRoot, 'node_modules', '.bin', 'deno');

/** Files the package must hold; packing without them would test nothing. */
const builtFiles = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js'];

const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function assertBuilt() {
  const missing = builtFiles.filter((file) => !existsSync(join(projectRoot, file)));
  if (missing.length > 0) {
    throw new Error(`pack-install: not built (missing ${missing.join(', ')}); run \`npm run build\` first`);
  }
}

/** Runs `npm pack` into `destination`; returns the tarball's path. */
async function pack(destination) {
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    cwd: projectRoot,
    env: npmEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [info] = JSON.parse(stdout);
  if (!info || typeof info.filename !== 'string') throw new Error(`pack-install: npm pack printed no file name`);
  return join(destination, info.filename);
}

/** Writes the files an empty user project has: package.json and deno.json. */
function scaffold(dir) {
  mkdirSync(dir, { recursive: true });
  const leftovers = readdirSync(dir).filter((name) => name !== '.pack');
  if (leftovers.length > 0) throw new Error(`pack-install: ${dir} is not empty (${leftovers.slice(0, 3).join(', ')}…)`);
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'article-lens-install-check', version: '0.0.0', private: true }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'deno.json'), `${JSON.stringify({ nodeModulesDir: 'manual' }, null, 2)}\n`);
}

/**
 * Packs the project and installs the tarball into `dir` (created when
 * missing, must be empty; a new temp folder when omitted).
 *
 * @param {string} [dir] - Where to install.
 * @returns {Promise<string>} The install folder, holding
 *   `node_modules/article-lens`, `package.json` (whose dependency points at
 *   the tarball kept in `.pack/`) and `deno.json`.
 */
export async function packAndInstall(dir) {
  assertBuilt();
  const target = resolve(dir ?? mkdtempSync(join(tmpdir(), 'article-lens-install-')));
  scaffold(target);
  const packDir = join(target, '.pack');
  mkdirSync(packDir, { recursive: true });
  const tarball = await pack(packDir);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', tarball], {
    cwd: target,
    env: npmEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!existsSync(join(target, 'node_modules', 'article-lens', 'package.json'))) {
    throw new Error(`pack-install: npm install left no node_modules/article-lens in ${target}`);
  }
  return target;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    console.log(await packAndInstall(process.argv[2]));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
