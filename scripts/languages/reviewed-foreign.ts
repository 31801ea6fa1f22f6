/**
 * Text in the unspliced quotes-de.jsonl articles that IS in another language,
 * found by reading every fragment `npm run eval:languages -- --list` reported
 * (and the article around it). A reported fragment that contains, or is
 * contained in, one of these strings counts as real foreign text; every other
 * one as a false fragment. Each entry names its article so a reader can check.
 * The strings are quoted exactly as they appear in the articles.
 */
export const REVIEWED_FOREIGN: readonly string[] = [
  // 10022 Neil Armstrong: the Apollo 11 radio messages, quoted in English
  'Houston, Tranquillity Base here',
  'The Eagle has landed',
  "That's one small step for man, one giant leap for mankind",
  // 24321 Falcon 1: Elon Musk quoted in English
  'However, I would hope that the next launch occurs in less than six months',
  // 26835 Bon Jovi: the album title „Have a nice day“
  'Have a nice day',
  // 33668 Phelps: the Nobel citation in English (reported as nld: real text, wrong language)
  'for his analysis of intertemporal tradeoffs in macroeconomic policy',
  // 48238 Pétanque: the tournament's French name „22. Bol d’or mini féminine“
  'Bol d’or mini féminine',
  // 49334 Uwe Flade: the video title „Here it goes again“
  'Here it goes again',
  // 50736 Obama/Clinton: the English term „running mate“
  'running mate',
  // 8845 Indian rockets: „space recovery experiment“
  'space recovery experiment',
];
