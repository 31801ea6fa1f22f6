import type { Block, CleanResult } from '../clean/index.js';
import type { LanguageCode } from '../shared/span.js';

/**
 * The {@link CleanResult} of a text that is not cleaned (`clean: false`):
 * every non-blank line is a content block (trimmed of white space, as
 * `cleanArticle` trims), the "cleaned" text is the original itself, so every
 * offset maps to itself.
 */
export function uncleaned(text: string, language: LanguageCode): CleanResult {
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  const addLine = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (start < end) blocks.push({ start, end, text: text.slice(start, end), kind: 'content', cleanedStart: start });
  };
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    addLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  addLine(lineStart, text.length);
  return { text, blocks, repairs: [], language };
}
