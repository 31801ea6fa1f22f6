/**
 * How the outputs of several articles are joined on standard output: JSON
 * files as one array, reports one after the other, cleaned texts under a
 * `==> FILE <==` line each (as `head` does), JSON lines as they come.
 */
import type { CliOptions } from './args.js';

/** Joins per-article outputs into one well-formed stream. */
export interface Framing {
  /** Text before the first article. */
  opening: string;
  /** The text for article number `index` (0-based) read from `source`. */
  item(index: number, source: string, output: string): string;
  /** Text after the last article. */
  closing: string;
}

const passThrough: Framing = { opening: '', item: (_index, _source, output) => output, closing: '' };

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** The framing for a run's options and number of inputs. */
export function framingFor(options: CliOptions, inputs: number): Framing {
  if (options.jsonl) return passThrough;
  const several = inputs > 1;
  if (options.json) {
    if (!several) return { opening: '', item: (_index, _source, output) => withNewline(output), closing: '' };
    return { opening: '[\n', item: (index, _source, output) => `${index === 0 ? '' : ',\n'}${output}`, closing: '\n]\n' };
  }
  if (options.command === 'clean' && several) {
    return { opening: '', item: (index, source, output) => `${index === 0 ? '' : '\n'}==> ${source} <==\n${withNewline(output)}`, closing: '' };
  }
  return { opening: '', item: (index, _source, output) => `${index === 0 ? '' : '\n'}${withNewline(output)}`, closing: '' };
}
