/**
 * Throws a `TypeError` naming the argument when `value` is not a string.
 * Every public function that takes text calls this first.
 *
 * @param value - What the caller passed.
 * @param name - The parameter's name as documented, e.g. `'text'`.
 * @param fn - The public function's name, for the message.
 * @internal
 */
export function assertString(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new TypeError(`${fn}: argument \`${name}\` must be a string, got ${got}`);
  }
}
