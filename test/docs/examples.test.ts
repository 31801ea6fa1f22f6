/**
 * Every ```ts code block in every guide (docs/*.md), and every `@example` of
 * the whole-article API (src/article), runs as its own module
 * against the library's source: `from 'article-lens'` is rewritten to
 * src/index.ts. A line of the form `expression; // literal` is also checked:
 * the expression must equal the literal (objects: the shown keys must match),
 * so the values the guides show are the values the code gives.
 *
 * A block may opt out with the info string ```ts no-run (for snippets that
 * need a shell, a network or files the reader has); the test counts them so
 * opting out stays visible.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = join(ROOT, 'docs');
const OUT = join(ROOT, '.tmp', 'docs-examples');
const ENTRY = pathToFileURL(join(ROOT, 'src', 'index.ts')).href;

interface CodeBlock { doc: string; line: number; info: string; code: string }

/** Fenced code blocks of a Markdown file with their info string and first line. */
function codeBlocks(doc: string, markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)\s*(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const fence = open[2] as string;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] as string).trim().startsWith(fence)) body.push(lines[j++] as string);
    blocks.push({ doc, line: i + 1, info: `${open[3]} ${open[4]}`.trim(), code: body.join('\n') });
    i = j;
  }
  return blocks;
}

const SKIP_STATEMENT =
  /^(?:(?:const|let|var|import|export|return|if|for|while|do|else|try|catch|finally|throw|switch|case|class|function|type|interface|declare)\b|[^\w\s'"`[({!+-])/;

/**
 * Rewrites `expression; // literal` lines into checks. A comment counts as a
 * literal when it parses and evaluates as a JS expression on its own (strings,
 * numbers, booleans, null, arrays, objects); anything else is prose and left alone.
 */
function withChecks(code: string, doc: string, firstLine: number): string {
  return code
    .split('\n')
    .map((line, index) => {
      const match = /^(\s*)(.+?);\s*\/\/\s*(.+?)\s*$/.exec(line);
      if (!match) return line;
      const [, indent, found, comment] = match as unknown as [string, string, string, string];
      let expression = found;
      if (SKIP_STATEMENT.test(expression.trim()) || expression.includes('//')) return line;
      // `console.log(value); // literal` shows what is printed: check the value
      const printed = /^console\.log\((.+)\)$/.exec(expression.trim());
      if (printed) expression = printed[1] as string;
      const value = literalOf(comment);
      if (value === undefined) return line;
      const where = JSON.stringify(`${doc}:${firstLine + 1 + index}`);
      return `${indent}__checkExample(${expression}, (${value}), ${where});`;
    })
    .join('\n');
}

/**
 * The literal a comment shows: the whole comment, or what comes before
 * `: explanation` or ` (explanation)`; `undefined` when none is a literal
 * (prose, or an elided value with `…`).
 */
function literalOf(comment: string): string | undefined {
  const candidates = [comment.trim()];
  const colon = comment.indexOf(': ');
  if (colon > 0) candidates.push(comment.slice(0, colon));
  const paren = comment.indexOf(' (');
  if (paren > 0) candidates.push(comment.slice(0, paren));
  for (const candidate of candidates) {
    if (candidate === '' || candidate.includes('…')) continue;
    try {
      new Function(`return (${candidate});`)();
      return candidate;
    } catch {
      // prose, not a literal
    }
  }
  return undefined;
}

function rewriteImports(code: string): string {
  return code.replace(/(from\s+|import\s*\(\s*)(['"])article-lens\2/g, `$1'${ENTRY}'`);
}

const PRELUDE = `
import { expect as __expect } from 'vitest';
function __checkExample(actual: unknown, expected: unknown, where: string): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    __expect(actual, where).toMatchObject(expected as Record<string, unknown>);
  } else {
    __expect(actual, where).toEqual(expected);
  }
}
`;

/** The `@example` blocks of the doc comments in src/article (the API this guide set introduces). */
function sourceExamples(dir: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      blocks.push(...sourceExamples(path));
      continue;
    }
    if (!entry.name.endsWith('.ts')) continue;
    const text = readFileSync(path, 'utf8');
    const example = /@example\s*\n\s*\*\s*```(ts[^\n]*)\n([\s\S]*?)\n\s*\*\s*```/g;
    for (let match = example.exec(text); match !== null; match = example.exec(text)) {
      const line = text.slice(0, match.index).split('\n').length + 1;
      const code = (match[2] ?? '')
        .split('\n')
        .map((codeLine) => codeLine.replace(/^\s*\* ?/, ''))
        .join('\n');
      blocks.push({ doc: path.slice(ROOT.length).replace(/\\/g, '/'), line, info: match[1] ?? 'ts', code });
    }
  }
  return blocks;
}

const docs = readdirSync(DOCS)
  .filter((file) => file.endsWith('.md'))
  .sort();
const all = [
  ...docs.flatMap((doc) => codeBlocks(doc, readFileSync(join(DOCS, doc), 'utf8'))),
  ...sourceExamples(join(ROOT, 'src', 'article')),
];
const typescript = all.filter((block) => /^(ts|typescript)\b/.test(block.info));
const runnable = typescript.filter((block) => !/\bno-run\b/.test(block.info));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

describe('docs/*.md examples', () => {
  it('finds the guides and their examples', () => {
    expect(docs).toContain('getting-started.md');
    expect(runnable.length).toBeGreaterThan(0);
    const optedOut = typescript.filter((block) => /\bno-run\b/.test(block.info));
    // opting out is for shell-dependent snippets only; keep it rare
    expect(optedOut.length).toBeLessThanOrEqual(Math.max(2, Math.floor(typescript.length / 10)));
  });

  for (const block of runnable) {
    it(`${block.doc}:${block.line} runs`, async () => {
      const name = `${block.doc.replace(/\.(md|ts)$/, '').replace(/[^\w-]+/g, '_')}-${block.line}.ts`;
      const file = join(OUT, name);
      writeFileSync(file, `${PRELUDE}\n${rewriteImports(withChecks(block.code, block.doc, block.line))}\nexport {};\n`);
      await import(pathToFileURL(file).href);
    });
  }
});
