/**
 * Text in the unspliced quotes-de.jsonl articles that IS in another language
 * (read by a person, not generated): a fragment the finder reports there that
 * contains or is contained in one of these strings is counted as real foreign
 * text, every other one as a false fragment. Kept short and exact so a reader
 * can check each against the article it comes from.
 */
export const REVIEWED_FOREIGN: readonly string[] = [];
