/** Any character escapeHTML changes (markup characters and surrogates, paired or not). */
const NEEDS_ESCAPING = /[&<>"'\uD800-\uDFFF]/;

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
  const text = String(value);
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
