/**
 * Finds the next occurrence of any of a few characters with one `indexOf`
 * cursor per character.
 *
 * @internal
 */

/**
 * The next offset, at or after a growing `from`, of any of `chars` in a
 * text. A one-character `indexOf` skips through the text with `memchr` on
 * the character's highest byte, many times faster than a regex character
 * class when that byte is rare in text (. ! ? … and the line feed; not „ “
 * ‘ ’, whose highest byte is the space's). Each cursor is searched again only
 * once the scan has passed it, so a whole scan is linear.
 */
export class CharFinder {
  /** Per character its next offset; -2 until searched, -1 when there is none left. */
  private readonly next: number[];

  /**
   * @param text - The text to search.
   * @param chars - The single characters to find.
   */
  constructor(
    private readonly text: string,
    private readonly chars: readonly string[],
  ) {
    this.next = chars.map(() => -2);
  }

  /** The first offset at or after `from` of one of the characters (`text.length` when none); `from` must not decrease between calls. */
  nextFrom(from: number): number {
    const { next, text, chars } = this;
    let nearest = text.length;
    for (let k = 0; k < chars.length; k++) {
      let at = next[k]!;
      if (at < from && at !== -1) {
        at = text.indexOf(chars[k]!, from);
        next[k] = at;
      }
      if (at >= 0 && at < nearest) nearest = at;
    }
    return nearest;
  }
}
