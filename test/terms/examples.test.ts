/**
 * Runs every code example of the terms capability: the ```ts blocks of
 * docs/terms.md and the `@example` blocks of src/terms. A line of the form
 * `expression; // value` whose comment is a JavaScript literal (optionally
 * followed by `: explanation` or `(explanation)`) is checked: the expression
 * must equal the value. `console.log(x); // value` is checked the same way.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const scratch = join(root, 'test', 'terms', '.examples');
const entry = join(root, 'src', 'index.ts').replace(/\\/g, '/');

interface Example { where: string; code: string }

function docExamples(): Example[] {
  const text = readFileSync(join(root, 'docs', 'terms.md'), 'utf8');
  const examples: Example[] = [];
  const fence = /```ts\n([\s\S]*?)```/g;
  for (let match = fence.exec(text); match !== null; match = fence.exec(text)) {
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ where: `docs/terms.md:${line}`, code: match[1] ?? '' });
  }
  return examples;
}

function sourceExamples(): Example[] {
  const dir = join(root, 'src', 'terms');
  const examples: Example[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const block = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g;
    for (let match = block.exec(text); match !== null; match = block.exec(text)) {
      const line = text.slice(0, match.index).split('\n').length;
      const code = (match[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      examples.push({ where: `src/terms/${file}:${line}`, code });
    }
  }
  return examples;
}

function literal(comment: string): string | undefined {
  const candidates: string[] = [];
  const paren = comment.indexOf(' (');
  if (paren > 0) candidates.push(comment.slice(0, paren));
  const colon = comment.indexOf(': ');
  if (colon > 0) candidates.push(comment.slice(0, colon));
  candidates.push(comment.trim());
  for (const candidate of candidates) {
    if (candidate.includes('…') || candidate === '') continue;
    try {
      new Function(`return (${candidate});`);
      return candidate;
    } catch {
      // not a literal
    }
  }
  return undefined;
}

/** Rewrites imports to the source and checkable lines to `__check(...)` calls. */
function instrument(example: Example): { code: string; checks: number } {
  let checks = 0;
  const lines = example.code.replace(/from 'article-lens'/g, `from '${entry}'`).split('\n');
  const out = lines.map((line, index) => {
    const match = /^(\s*)(?!const |let |import |for |if |async |function |\/\/)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (match === null) return line;
    const [, indent, expression, comment] = match;
    const value = literal(comment ?? '');
    if (value === undefined || expression === undefined) return line;
    const log = /^console\.log\((.*)\)$/.exec(expression);
    const args = log?.[1];
    checks++;
    const where = JSON.stringify(`${example.where} +${index + 1}`);
    return `${indent}__check(${args ?? expression}, ${value}, ${where});`;
  });
  return { code: out.join('\n'), checks };
}

declare global {
  // eslint-disable-next-line no-var
  var __check: (actual: unknown, expected: unknown, where: string) => void;
}

const examples = [...docExamples(), ...sourceExamples()];
mkdirSync(scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('terms examples run and their documented values hold', () => {
  it('finds the examples', () => {
    expect(docExamples().length).toBeGreaterThan(8);
    expect(sourceExamples().length).toBeGreaterThan(40);
  });

  examples.forEach((example, index) => {
    it(example.where, async () => {
      const { code } = instrument(example);
      globalThis.__check = (actual, expected, where) => {
        expect(actual, where).toEqual(expected);
      };
      const file = join(scratch, `example-${index}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      const log = console.log;
      console.log = () => undefined;
      try {
        await import(pathToFileURL(file).href);
      } finally {
        console.log = log;
      }
    });
  });
});
