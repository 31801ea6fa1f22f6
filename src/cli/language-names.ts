/** English names of the languages the report may show, by ISO 639-3 code. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  deu: 'German',
  eng: 'English',
  spa: 'Spanish',
  fra: 'French',
  ita: 'Italian',
  por: 'Portuguese',
  nld: 'Dutch',
  glg: 'Galician',
  cat: 'Catalan',
  pol: 'Polish',
  rus: 'Russian',
  tur: 'Turkish',
  und: 'undetermined',
};

/** `'German (deu)'` for a code with a known name, the code alone otherwise. */
export function languageLabel(code: string): string {
  const name = LANGUAGE_NAMES[code];
  return name === undefined ? code : `${name} (${code})`;
}
