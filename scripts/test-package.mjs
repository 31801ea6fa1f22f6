#!/usr/bin/env node
/**
 * `npm run test:package`: does what a user does with the published package.
 * Run after `npm run build` (`npm test` does).
 *
 * 1. `npm pack` + `npm install <tarball>` into an empty temp folder
 *    (scripts/pack-install.mjs): no runtime dependencies come along.
 * 2. `import` it from Node ESM and `require` it from CommonJS, and call a few
 *    exported functions.
 * 3. Import it from Deno through `npm:article-lens` with no permissions, no
 *    registry (an unreachable one is configured) and `--cached-only`.
 * 4. Run the installed `article-lens` CLI on seed 003.
 * 5. Importing prints nothing and reads no file: a `--import` preload wraps
 *    the public `fs` functions, and a canary module that does read a file
 *    proves the detector sees it (ESM module loading itself never goes
 *    through those functions; CommonJS loading does and is allowed for the
 *    package's own module files).
 * 6. Installed footprint (du of the install's node_modules) under 5 MiB.
 *
 * Prints one line per check and `N passed, N failed`; exits 1 on any failure.
 * Keeps the temp folder on failure (its path is printed) and removes it on
 * success, unless KEEP_INSTALL=1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { denoBin, packAndInstall, projectRoot } from './pack-install.mjs';

const run = promisify(execFile);
const FOOTPRINT_LIMIT = 5 * 1024 * 1024;
const SEED = join(projectRoot, 'seeds', '003_b09a0b073d080f35.txt');
const SAMPLE =
  'Historische Annäherung\n\n„Wir werden lebendige diplomatische Missionen benötigen“, erklärte Rubio nach dem Treffen in Riad.\n\nArtikel teilen';

/** @typedef {{ code: number, stdout: string, stderr: string }} Outcome */

/**
 * Runs a command to completion, never throwing on a non-zero exit.
 * @returns {Promise<Outcome>}
 */
async function exec(file, args, options = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { maxBuffer: 256 * 1024 * 1024, timeout: 120_000, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = /** @type {{ code?: unknown, stdout?: string, stderr?: string, message: string }} */ (error);
    const code = typeof failed.code === 'number' ? failed.code : 127;
    return { code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? failed.message };
  }
}

const results = [];

/** Runs one named check; a check throws to fail. */
async function check(name, body) {
  const started = Date.now();
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`  ok    ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  FAIL  ${name}\n        ${message.split('\n').join('\n        ')}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function describe(outcome) {
  return `exit ${outcome.code}\nstdout: ${outcome.stdout.slice(0, 1500)}\nstderr: ${outcome.stderr.slice(0, 1500)}`;
}

/** Parses the one JSON line a check script prints. */
function parseOutput(outcome) {
  expect(outcome.code === 0, describe(outcome));
  try {
    return JSON.parse(outcome.stdout);
  } catch {
    throw new Error(`not JSON: ${describe(outcome)}`);
  }
}

/**
 * Body shared by the ESM, CommonJS and Deno checks: `lens` is the imported
 * module; prints a JSON summary of what the calls returned.
 */
const probeBody = `
const sample = ${JSON.stringify(SAMPLE)};
const summary = { exports: Object.keys(lens).sort(), toLanguageCode: lens.toLanguageCode('de') };
if (typeof lens.cleanArticle === 'function') summary.cleanText = lens.cleanArticle(sample).text;
if (typeof lens.analyzeArticle === 'function') {
  const report = lens.analyzeArticle(sample);
  summary.report = { keys: Object.keys(report).sort(), quotes: report.quotes.length, language: report.language.lang };
  if (typeof lens.renderHTML === 'function') summary.htmlStart = lens.renderHTML(report).slice(0, 15).toLowerCase();
}
console.log(JSON.stringify(summary));
`;

/** Checks what a probe printed: same for Node ESM, CommonJS and Deno. */
function verifyProbe(summary) {
  expect(summary.toLanguageCode === 'deu', `toLanguageCode('de') gave ${summary.toLanguageCode}`);
  const found = ['toLanguageCode'];
  if (summary.exports.includes('cleanArticle')) {
    expect(typeof summary.cleanText === 'string' && summary.cleanText.includes('Rubio'), `cleanArticle gave ${summary.cleanText}`);
    expect(!summary.cleanText.includes('Artikel teilen'), 'cleanArticle kept "Artikel teilen"');
    found.push('cleanArticle');
  }
  if (summary.exports.includes('analyzeArticle')) {
    const keys = ['clean', 'fragments', 'language', 'quotes', 'segments', 'stats', 'terms'];
    expect(keys.every((key) => summary.report.keys.includes(key)), `analyzeArticle keys: ${summary.report.keys}`);
    expect(summary.report.quotes >= 1, 'analyzeArticle found no quote');
    found.push('analyzeArticle');
  }
  if (summary.htmlStart !== undefined) {
    expect(summary.htmlStart.startsWith('<!doctype html'), `renderHTML starts with ${summary.htmlStart}`);
    found.push('renderHTML');
  }
  return `${summary.exports.length} exports; called ${found.join(', ')}`;
}

/** Preload that records every public fs call made after it was installed. */
const fsSpySource = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const writeFileSync = fs.writeFileSync;
const report = process.env.FS_SPY_REPORT;
const calls = [];
const wrap = (target, prefix, names) => {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function spied(...args) {
      calls.push(prefix + name + '(' + String(args[0]) + ')');
      return original.apply(this, args);
    };
  }
};
wrap(fs, 'fs.', ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'readSync', 'read',
  'readdirSync', 'readdir', 'opendirSync', 'opendir', 'statSync', 'stat', 'lstatSync', 'lstat',
  'existsSync', 'exists', 'accessSync', 'access', 'readlinkSync', 'watch', 'watchFile']);
wrap(fs.promises, 'fs.promises.', ['open', 'readFile', 'readdir', 'opendir', 'stat', 'lstat', 'access', 'readlink', 'watch']);
syncBuiltinESMExports();
process.on('exit', () => writeFileSync(report, JSON.stringify(calls)));
`;

/** Imports `specifier` the given way; prints nothing itself. */
const importerSource = `
import { createRequire } from 'node:module';
const [how, specifier] = process.argv.slice(2);
if (how === 'require') createRequire(process.cwd() + '/').call(null, specifier);
else await import(specifier);
`;

/**
 * Imports `specifier` under the fs spy; returns the fs calls made, minus
 * module loading: Node's loaders read the importer and the package's own
 * module files (`.js`, `.cjs`, `.mjs`, `.json` under node_modules/article-lens)
 * through `fs.readFileSync` (CommonJS) and `fs.promises.readFile` (ESM).
 */
async function importUnderSpy(dir, how, specifier) {
  const report = join(dir, `fs-calls-${how}-${specifier.replace(/\W/g, '_')}.json`);
  const outcome = await exec(process.execPath, ['--import', './fs-spy.mjs', './importer.mjs', how, specifier], {
    cwd: dir,
    env: { ...process.env, FS_SPY_REPORT: report, NODE_OPTIONS: '' },
  });
  /** @type {string[]} */
  const calls = JSON.parse(readFileSync(report, 'utf8'));
  const own = escapeRegExp(join(dir, 'node_modules', 'article-lens'));
  const importer = escapeRegExp(join(dir, 'importer.mjs'));
  const moduleLoad = new RegExp(`^fs\\.(readFileSync|promises\\.readFile)\\((file://)?(${importer}|${own}/[^()]+\\.(c?js|mjs|json))\\)$`);
  return { outcome, calls: calls.filter((call) => !moduleLoad.test(call)) };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Bytes on disk under `path`, as du counts them (1 KiB blocks). */
async function diskUsage(path) {
  const outcome = await exec('du', ['-sk', path]);
  expect(outcome.code === 0, describe(outcome));
  return Number(outcome.stdout.split('\t')[0]) * 1024;
}

/** Sum of file sizes under `path`, symlinks not followed. */
function apparentSize(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.isFile() ? stat.size : 0;
  return readdirSync(path).reduce((sum, name) => sum + apparentSize(join(path, name)), 0);
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

async function main() {
  console.log('article-lens package test: pack, install, use as a user would');
  const dir = mkdtempSync(join(tmpdir(), 'article-lens-package-'));
  let installed = false;
  await check('npm pack + npm install the tarball into an empty folder', async () => {
    await packAndInstall(dir);
    installed = true;
    const modules = readdirSync(join(dir, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(modules.join() === 'article-lens', `node_modules holds ${modules.join(', ')}: a runtime dependency came along`);
    const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', 'article-lens', 'package.json'), 'utf8'));
    expect(manifest.dependencies === undefined || Object.keys(manifest.dependencies).length === 0, 'package.json has dependencies');
    return dir;
  });
  if (!installed) return finish(dir);

  writeFileSync(join(dir, 'probe.mjs'), `import * as lens from 'article-lens';\n${probeBody}`);
  writeFileSync(join(dir, 'probe.cjs'), `const lens = require('article-lens');\n${probeBody}`);
  writeFileSync(join(dir, 'probe.ts'), `import * as lens from 'npm:article-lens';\n${probeBody}`);
  writeFileSync(join(dir, 'fs-spy.mjs'), fsSpySource);
  writeFileSync(join(dir, 'importer.mjs'), importerSource);
  writeFileSync(join(dir, 'canary.mjs'), `import { readFileSync } from 'node:fs';\nreadFileSync(new URL('./package.json', import.meta.url));\n`);
  writeFileSync(join(dir, 'canary.cjs'), `require('node:fs').promises.readFile(__dirname + '/deno.json');\n`);

  await check('Node ESM: import from "article-lens"', async () =>
    verifyProbe(parseOutput(await exec(process.execPath, ['probe.mjs'], { cwd: dir }))),
  );
  await check('Node CommonJS: require("article-lens")', async () =>
    verifyProbe(parseOutput(await exec(process.execPath, ['probe.cjs'], { cwd: dir }))),
  );
  await check('Deno: import from "npm:article-lens" (local node_modules, no registry, no permissions)', async () => {
    const env = {
      ...process.env,
      DENO_DIR: join(dir, '.deno'),
      NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
      DENO_NO_UPDATE_CHECK: '1',
      NO_COLOR: '1',
    };
    const outcome = await exec(denoBin, ['run', '--no-prompt', '--cached-only', 'probe.ts'], { cwd: dir, env });
    return verifyProbe(parseOutput(outcome));
  });

  for (const how of ['import', 'require']) {
    await check(`fs-access detector sees a deliberate read (${how} of a canary)`, async () => {
      const { calls } = await importUnderSpy(dir, how, how === 'import' ? './canary.mjs' : './canary.cjs');
      const target = how === 'import' ? 'package.json' : 'deno.json';
      expect(calls.some((call) => call.includes(`readFile`) && call.includes(join(dir, target))), `canary's read of ${target} not seen; calls: ${calls.join(', ')}`);
      return calls.join(', ');
    });
    await check(`${how} prints nothing and reads no file`, async () => {
      const { outcome, calls } = await importUnderSpy(dir, how, 'article-lens');
      expect(outcome.code === 0, describe(outcome));
      expect(outcome.stdout === '' && outcome.stderr === '', `printed: ${describe(outcome)}`);
      expect(calls.length === 0, `file system calls: ${calls.join(', ')}`);
    });
  }

  const cli = join(dir, 'node_modules', '.bin', 'article-lens');
  await check('installed CLI: article-lens seeds/003_b09a0b073d080f35.txt', async () => {
    const outcome = await exec(cli, [SEED], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    expect(outcome.code === 0, describe(outcome));
    expect(outcome.stdout.includes('Historische Annäherung zwischen den USA und Russland'), `no title in:\n${outcome.stdout.slice(0, 800)}`);
    expect(outcome.stdout.includes('Aunque no se ha especificado'), 'the Spanish fragment is not shown');
    expect(outcome.stdout.includes('Rubio'), 'no speaker Rubio shown');
    expect(/ukraine/i.test(outcome.stdout), 'top term "ukraine" not shown');
    return `${outcome.stdout.split('\n').length} lines`;
  });
  await check('installed CLI: --json is the report', async () => {
    const report = parseOutput(await exec(cli, ['--json', SEED], { cwd: dir }));
    expect(report.language?.lang === 'deu', `language ${JSON.stringify(report.language)}`);
    expect(report.fragments.some((fragment) => fragment.lang === 'spa'), 'no Spanish fragment');
    expect(report.quotes.some((quote) => quote.speaker?.text?.includes('Rubio')), 'no quote by Rubio');
    return `${report.quotes.length} quotes, ${report.fragments.length} fragments`;
  });
  await check('installed CLI: --jsonl --jobs 2 from standard input (worker threads)', async () => {
    const text = readFileSync(SEED, 'utf8');
    const input = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text })).join('\n');
    const outcome = await new Promise((resolve) => {
      const child = execFile(cli, ['--jsonl', '--jobs', '2', '-'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 127) : 0, stdout, stderr }),
      );
      child.stdin.end(input);
    });
    expect(outcome.code === 0, describe(outcome));
    const ids = outcome.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id);
    expect(ids.join() === 'a,b,c', `ids out: ${ids.join()}`);
  });
  await check('installed CLI: --version, unknown flag exits 2', async () => {
    const version = await exec(cli, ['--version'], { cwd: dir });
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(version.code === 0 && version.stdout.trim() === manifest.version, describe(version));
    const unknown = await exec(cli, ['--no-such-flag'], { cwd: dir });
    expect(unknown.code === 2 && /^article-lens: .+\n$/.test(unknown.stderr), describe(unknown));
  });

  await check('installed footprint under 5 MiB (du of node_modules)', async () => {
    const modules = join(dir, 'node_modules');
    const [disk, apparent] = [await diskUsage(modules), apparentSize(modules)];
    expect(Math.max(disk, apparent) < FOOTPRINT_LIMIT, `${mib(disk)} on disk, ${mib(apparent)} in files`);
    const tarball = readdirSync(join(dir, '.pack')).find((name) => name.endsWith('.tgz'));
    const packed = tarball === undefined ? 0 : statSync(join(dir, '.pack', tarball)).size;
    return `${mib(disk)} on disk, ${mib(apparent)} in files, tarball ${mib(packed)}`;
  });
  return finish(dir);
}

function finish(dir) {
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\npackage: ${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    console.log(`install folder kept for inspection: ${dir}`);
    process.exitCode = 1;
  } else if (process.env.KEEP_INSTALL !== '1') {
    rmSync(dir, { recursive: true, force: true });
  } else {
    console.log(`install folder kept: ${dir}`);
  }
}

await main();
