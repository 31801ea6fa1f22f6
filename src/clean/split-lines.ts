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

/**
 * Splits text into non-blank lines (`\n`, `\r\n` or lone `\r` end a line),
 * each trimmed of white space including non-breaking spaces. Linear time.
 */
export function splitLines(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const length = text.length;
  // Line ends are found with the native indexOf; `\r` is looked for only when the text has one.
  // Both searches only move forward (the next `\r` is remembered), so splitting stays linear.
  let cr = text.indexOf('\r');
  let lineStart = 0;
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = length;
    let next = lineEnd + 1;
    if (cr >= 0) {
      if (cr < lineStart) cr = text.indexOf('\r', lineStart);
      if (cr >= 0 && cr < lineEnd) {
        lineEnd = cr;
        next = cr + 1 < length && text.charCodeAt(cr + 1) === 0x0a ? cr + 2 : cr + 1;
      }
    }
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isTrimmable(text.charCodeAt(start))) start++;
    while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
    if (end > start) blocks.push({ start, end, text: text.slice(start, end) });
    lineStart = next;
  }
  return blocks;
}
