/** A non-blank line of the input, trimmed, with offsets into the original. */
export interface RawBlock {
  start: number;
  end: number;
  text: string;
}

/** White space that is trimmed off block edges: ASCII space, tabs, CR, NBSP, Unicode spaces, BOM, zero-width. */
export function isTrimmable(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0 ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x200c || code === 0x200d
  );
}

/** Adds `text.slice(lineStart, lineEnd)`, trimmed, to `blocks` unless it is blank. */
function pushTrimmed(blocks: RawBlock[], text: string, lineStart: number, lineEnd: number): void {
  let start = lineStart;
  let end = lineEnd;
  while (start < end && isTrimmable(text.charCodeAt(start))) start++;
  while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
  if (end > start) blocks.push({ start, end, text: text.slice(start, end) });
}

/**
 * Splits text into non-blank lines (`\n`, `\r\n` or lone `\r` end a line),
 * each trimmed of white space including non-breaking spaces. Linear time:
 * without `\r` in the text the line ends are found by `indexOf`, which reads
 * the string natively, much faster than a loop of `charCodeAt`.
 */
export function splitLines(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const length = text.length;
  if (text.indexOf('\r') < 0) {
    let lineStart = 0;
    while (lineStart <= length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = length;
      pushTrimmed(blocks, text, lineStart, lineEnd);
      lineStart = lineEnd + 1;
    }
    return blocks;
  }
  let lineStart = 0;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x0a;
    // line ends are the only code units below 0x0e this loop stops for
    if (code > 0x0d || (code !== 0x0a && code !== 0x0d)) continue;
    pushTrimmed(blocks, text, lineStart, i);
    if (code === 0x0d && i + 1 < length && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  return blocks;
}
