const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lower case, every run of characters that are not letters or digits turned
 * into one space, trimmed: the form cue phrases and repeated lines are compared in.
 */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Like {@link normalizeForMatch}, with digits folded to 0 (CCNet's line key for template lines). */
export function templateKey(text: string): string {
  return normalizeForMatch(text).replace(/[0-9]/g, '0');
}
