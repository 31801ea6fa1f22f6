import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, cleanArticle } from '../../src/index.js';
import { SEED_003, ensureBuilt, readSeed, removeTempDirs, runCli, seedNames, seedPath, tempDir } from './run-cli.js';

const ESCAPE = '\u001b[';
const seed003 = readSeed('003_b09a0b073d080f35.txt');
const json = <T>(text: string): T => JSON.parse(text) as T;
const plainJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

beforeAll(() => ensureBuilt(), 240_000);
afterAll(() => removeTempDirs());

describe('article-lens FILE (the readable report)', () => {
  it('shows the title, the cleaned article, the Spanish fragment, quotes with speakers and top terms', async () => {
    const run = await runCli([SEED_003]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = analyzeArticle(seed003, { top: 10 });
    expect(run.stdout).toContain('Historische Annäherung zwischen den USA und Russland');
    // Piped, the article section is exactly the cleaned text.
    expect(run.stdout).toContain(report.clean.text);
    expect(run.stdout).toMatch(/Foreign fragments: [1-9]/);
    const spanish = report.fragments.find((fragment) => fragment.lang === 'spa');
    expect(spanish).toBeDefined();
    expect(run.stdout).toContain(spanish?.text);
    expect(run.stdout).toContain('Spanish (spa)');
    expect(run.stdout).toContain(`Quotes: ${report.quotes.length}`);
    expect(run.stdout).toMatch(/Rubio · erklärte/);
    for (const { term, count } of report.terms.top) expect(run.stdout).toMatch(new RegExp(`\\n  ${term} +${count} `));
    for (const block of report.clean.blocks.filter((b) => b.kind === 'boilerplate')) {
      expect(run.stdout).toContain(`${block.reason}`);
    }
    expect(run.stdout).not.toContain(ESCAPE);
  });

  it('colours on FORCE_COLOR, stays plain with NO_COLOR or when piped', async () => {
    const forced = await runCli([SEED_003], { env: { FORCE_COLOR: '1' } });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(ESCAPE);
    const noColour = await runCli([SEED_003], { env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain(ESCAPE);
    // Without escape sequences, the coloured report is the plain one.
    expect(forced.stdout.replace(/\u001b\[[\d;]*m/g, '')).toBe(noColour.stdout);
    expect((await runCli([SEED_003], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESCAPE);
  });

  it('reads standard input for -', async () => {
    const fromStdin = await runCli(['-'], { input: seed003 });
    const fromFile = await runCli([SEED_003]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout.replace('══ - ══', `══ ${SEED_003} ══`)).toBe(fromFile.stdout);
  });

  it('--top N lists N terms; --lang sets the language', async () => {
    const run = await runCli(['--json', '--top', '3', '--lang', 'de', SEED_003]);
    const report = json<ReturnType<typeof analyzeArticle>>(run.stdout);
    expect(report.terms.top).toHaveLength(3);
    expect(report.language).toEqual({ lang: 'deu', confidence: 1, alternatives: [] });
  });

  it('--html FILE writes the HTML view', async () => {
    const out = join(tempDir(), 'view.html');
    const run = await runCli(['--html', out, SEED_003]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.toLowerCase().startsWith('<!doctype html')).toBe(true);
    expect(html).toContain('Aunque no se ha especificado');
  });
});

describe('--json', () => {
  it('prints the report analyzeArticle returns', async () => {
    const run = await runCli(['--json', SEED_003]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toEqual(plainJson(analyzeArticle(seed003, { top: 10 })));
  });

  it('prints an array labelled by file for several files', async () => {
    const names = seedNames().slice(0, 2);
    const run = await runCli(['--json', ...names.map(seedPath)]);
    const reports = json<{ file: string }[]>(run.stdout);
    expect(reports.map((report) => report.file)).toEqual(names.map(seedPath));
    expect(reports[1]).toEqual({ file: seedPath(names[1] ?? ''), ...plainJson(analyzeArticle(readSeed(names[1] ?? ''), { top: 10 })) });
  });
});

describe('article-lens clean', () => {
  it('prints the cleaned text', async () => {
    const run = await runCli(['clean', SEED_003]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${cleanArticle(seed003).text}\n`);
  });

  it('--json prints the whole CleanResult', async () => {
    const run = await runCli(['clean', '--json', SEED_003]);
    expect(json(run.stdout)).toEqual(plainJson(cleanArticle(seed003)));
  });

  it('reads standard input and heads each of several files', async () => {
    expect((await runCli(['clean', '-'], { input: seed003 })).stdout).toBe(`${cleanArticle(seed003).text}\n`);
    // No FILE with piped input reads standard input too.
    expect((await runCli(['clean'], { input: seed003 })).stdout).toBe(`${cleanArticle(seed003).text}\n`);
    const names = seedNames().slice(0, 2);
    const run = await runCli(['clean', ...names.map(seedPath)]);
    const expected = names.map((name) => `==> ${seedPath(name)} <==\n${cleanArticle(readSeed(name)).text}\n`).join('\n');
    expect(run.stdout).toBe(expected);
  });
});

describe('--jsonl', () => {
  const good = (id: string, name: string): string => JSON.stringify({ id, text: readSeed(name) });

  it('writes one line per article, reports failing lines with id and line number, goes on, exits 1', async () => {
    const [first = '', second = ''] = seedNames();
    const input = [
      good('a', first),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 42 }),
      '',
      JSON.stringify({ text: readSeed(second) }),
      '[1, 2]',
      good('g', first),
    ].join('\n');
    const run = await runCli(['--jsonl', '-'], { input });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => json<Record<string, unknown>>(line));
    expect(lines.map((line) => line['id'])).toEqual(['a', null, 'c', 'd', 6, null, 'g']);
    expect(lines.map((line) => line['line'] ?? 'ok')).toEqual(['ok', 2, 3, 4, 'ok', 7, 'ok']);
    expect(lines[0]).toEqual({ id: 'a', ...plainJson(analyzeArticle(readSeed(first), { top: 10 })) });
    expect(String(lines[1]?.['error'])).toMatch(/^bad JSON/);
    expect(lines[2]?.['error']).toBe('missing "text"');
    expect(lines[3]?.['error']).toBe('"text" must be a string, got number');
    const messages = run.stderr.trimEnd().split('\n');
    expect(messages).toEqual([
      expect.stringMatching(/^article-lens: -:2: bad JSON/),
      'article-lens: -:3 (id "c"): missing "text"',
      'article-lens: -:4 (id "d"): "text" must be a string, got number',
      expect.stringMatching(/^article-lens: -:7: a line must be a JSON object/),
      'article-lens: 4 of 7 articles failed',
    ]);
  });

  it('exits 0 when every line is fine, and works with clean', async () => {
    const name = seedNames()[0] ?? '';
    const run = await runCli(['clean', '--jsonl', '-'], { input: `${good('x', name)}\r\n` });
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toEqual({ id: 'x', ...plainJson(cleanArticle(readSeed(name))) });
  });
});

describe('--jobs', () => {
  it('--jobs 2 gives the same output, in the same order, as --jobs 1', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus.jsonl');
    const lines: string[] = [];
    // Enough lines for several batches, with a failing line in the middle.
    for (let copy = 0; copy < 24; copy++) {
      for (const name of seedNames()) lines.push(JSON.stringify({ id: `${copy}-${name}`, text: readSeed(name) }));
      if (copy === 11) lines.push('not json');
    }
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const one = await runCli(['--jsonl', '--jobs', '1', corpus]);
    const two = await runCli(['--jsonl', '--jobs', '2', corpus]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(lines.length);
  });

  it('keeps file order for reports', async () => {
    const files = seedNames().map(seedPath);
    expect((await runCli(['--jobs', '2', ...files])).stdout).toBe((await runCli(files)).stdout);
  });
});

describe('usage errors exit 2 with one line', () => {
  const usage = async (args: string[]): Promise<string> => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^article-lens: [^\n]+\n$/);
    return run.stderr;
  };

  it('a missing file, before anything is processed', async () => {
    expect(await usage([SEED_003, 'no/such/article.txt'])).toBe('article-lens: no/such/article.txt: no such file\n');
    expect(await usage(['clean', 'missing.txt'])).toBe('article-lens: missing.txt: no such file\n');
    expect(await usage(['seeds'])).toContain('is a directory');
  });

  it('an unknown flag', async () => {
    expect(await usage(['--frobnicate', SEED_003])).toBe("article-lens: unknown option '--frobnicate' (see article-lens --help)\n");
    expect(await usage(['-x'])).toContain("unknown option '-x'");
  });

  it('a bad or missing value', async () => {
    expect(await usage(['--top', 'many', SEED_003])).toContain('--top needs a whole number');
    expect(await usage(['--jobs', '0', SEED_003])).toContain('--jobs must be between 1 and 64');
    expect(await usage(['--lang', 'klingon!', SEED_003])).toContain('--lang needs a language code');
    expect(await usage([SEED_003, '--top'])).toContain('--top needs a value');
    expect(await usage(['--html', 'x.html', SEED_003, SEED_003])).toContain('give one FILE');
    expect(await usage(['--html', '/no/such/folder/x.html', SEED_003])).toContain('does not exist');
  });
});

describe('--help and --version', () => {
  it('print and exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: article-lens');
    expect(help.stdout).toContain('Exit codes:');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${json<{ version: string }>(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')).version}\n`);
  });
});
