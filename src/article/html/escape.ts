const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in HTML element content and in double- or
 * single-quoted attribute values. Lone surrogates are replaced by U+FFFD so the
 * page is always valid UTF-8.
 */
export function escapeHTML(value: string | number): string {
  return String(value)
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
