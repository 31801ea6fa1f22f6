// The CLI's parts on their own (the end-to-end tests in cli.test.ts run the built command).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { createPainter, shouldColour } from '../../src/cli/colour.js';
import { UsageError } from '../../src/cli/errors.js';
import { framingFor } from '../../src/cli/framing.js';
import { BATCH_BYTES, readLineBatches } from '../../src/cli/input.js';
import { renderMarked } from '../../src/cli/marked-text.js';
import { LineIndex, excerpt } from '../../src/cli/render-report.js';

describe('parseArgs', () => {
  it('reads flags, values in both forms, the clean command and files', () => {
    const options = parseArgs(['clean', '--json', '--top=3', '--jobs', '2', '--lang', 'de-AT', 'a.txt', '-']);
    expect(options).toMatchObject({ command: 'clean', json: true, top: 3, jobs: 2, lang: 'deu', inputs: ['a.txt', '-'] });
    expect(parseArgs([]).inputs).toEqual([]);
    expect(parseArgs(['--', '--json', 'clean']).inputs).toEqual(['--json', 'clean']);
    expect(parseArgs(['--', 'clean']).command).toBe('report');
  });

  it('rejects unknown flags, bad values and impossible combinations', () => {
    for (const args of [['--nope'], ['--top', '0'], ['--top', '1.5'], ['--jobs', '65'], ['--lang', 'x'], ['--json=yes'], ['--html'], ['-', '-'], ['--jsonl', '--html', 'x.html']]) {
      expect(() => parseArgs(args), args.join(' ')).toThrow(UsageError);
    }
  });
});

describe('shouldColour', () => {
  it('follows NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(shouldColour({ env: {}, isTTY: true })).toBe(true);
    expect(shouldColour({ env: {}, isTTY: false })).toBe(false);
    expect(shouldColour({ env: { NO_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(shouldColour({ env: { NO_COLOR: '' }, isTTY: true })).toBe(true);
    expect(shouldColour({ env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(shouldColour({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(false);
    expect(shouldColour({ env: { TERM: 'dumb' }, isTTY: true })).toBe(false);
  });
});

describe('renderMarked', () => {
  const text = 'Er sagte: „Ja, claro.“ Ende.';
  const quote = { start: 10, end: 22, styles: ['cyan'] as const };
  const fragment = { start: 15, end: 20, styles: ['onYellow'] as const };

  it('is the plain text, with edits applied, when colour is off', () => {
    const edits = [{ start: 22, end: 22, replacement: '!' }];
    expect(renderMarked(text, 0, text.length, [quote, fragment], edits, createPainter(false))).toBe('Er sagte: „Ja, claro.“! Ende.');
  });

  it('nests styles: a fragment inside a quote gets both', () => {
    const out = renderMarked(text, 0, text.length, [quote, fragment], [], createPainter(true));
    expect(out).toBe('Er sagte: \u001b[36m„Ja, \u001b[0m\u001b[36;43mclaro\u001b[0m\u001b[36m.“\u001b[0m Ende.');
  });

  it('renders only the asked range, and replaces spans', () => {
    expect(renderMarked(text, 3, 8, [], [{ start: 3, end: 8, replacement: 'SAGTE' }], createPainter(false))).toBe('SAGTE');
    expect(renderMarked(text, 0, 8, [quote], [], createPainter(true))).toBe('Er sagte');
  });
});

describe('framingFor', () => {
  const base = parseArgs(['x']);
  it('wraps several JSON outputs in an array and heads cleaned texts', () => {
    const json = framingFor({ ...base, json: true }, 2);
    expect(json.opening + json.item(0, 'a', '{}') + json.item(1, 'b', '{}') + json.closing).toBe('[\n{},\n{}\n]\n');
    const clean = framingFor({ ...base, command: 'clean' }, 2);
    expect(clean.item(0, 'a', 'A') + clean.item(1, 'b', 'B')).toBe('==> a <==\nA\n\n==> b <==\nB\n');
    expect(framingFor({ ...base, json: true }, 1).item(0, 'a', '{}')).toBe('{}\n');
  });
});

describe('readLineBatches', () => {
  async function collect(chunks: (string | Buffer)[]): Promise<{ firstLine: number; lines: string[]; bytes: number }[]> {
    const batches = [];
    for await (const batch of readLineBatches('-', Readable.from(chunks.map((chunk) => Buffer.from(chunk))))) batches.push(batch);
    return batches;
  }

  it('numbers lines across chunks and never splits a character', async () => {
    const euro = Buffer.from('€');
    const chunks = [Buffer.from('{"a":1}\n{"t":"'), euro.subarray(0, 1), Buffer.concat([euro.subarray(1), Buffer.from('"}\nlast')])];
    const batches = await collect(chunks);
    expect(batches.flatMap((batch) => batch.lines)).toEqual(['{"a":1}', '{"t":"€"}', 'last']);
    expect(batches.map((batch) => batch.firstLine)).toEqual([1, 2, 3]);
    expect(batches.reduce((sum, batch) => sum + batch.bytes, 0)).toBe(Buffer.concat(chunks).length);
  });

  it('cuts large inputs into batches of about BATCH_BYTES', async () => {
    const line = 'x'.repeat(1000);
    const input = `${Array.from({ length: 1000 }, () => line).join('\n')}\n`;
    const batches = await collect([input]);
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.every((batch) => batch.lines.length * 1001 <= BATCH_BYTES + 1001)).toBe(true);
    expect(batches.flatMap((batch) => batch.lines).filter((l) => l !== '')).toHaveLength(1000);
    expect(batches.map((batch) => batch.firstLine)).toEqual(batches.map((_b, i) => 1 + batches.slice(0, i).reduce((sum, b) => sum + b.lines.length, 0)));
  });
});

describe('report helpers', () => {
  it('excerpt flattens and cuts; LineIndex finds 1-based lines', () => {
    expect(excerpt('a\n\nb   c', 10)).toBe('a b c');
    expect(excerpt('abcdefghijkl', 5)).toBe('abcd…');
    const lines = new LineIndex('one\ntwo\n\nfour');
    expect([0, 3, 4, 8, 9, 13].map((offset) => lines.lineOf(offset))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
