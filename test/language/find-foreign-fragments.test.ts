import { describe, expect, it } from 'vitest';
import { findForeignFragments, MODELLED_LANGUAGES } from '../../src/index.js';
import { clearWordScoreCache } from '../../src/language/score-words.js';

const clause = 'Aunque no se ha especificado oficialmente, die Ausschluss von Ukraine hat Besorgnis und Empörung in Kiew ausgelöst.';

describe('findForeignFragments', () => {
  it('throws a TypeError naming the argument for non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['a'], Symbol('x')]) {
      expect(() => findForeignFragments(value as unknown as string)).toThrow(TypeError);
      expect(() => findForeignFragments(value as unknown as string)).toThrow(/`text`/);
    }
  });

  it('returns [] for empty and blank text', () => {
    expect(findForeignFragments('')).toEqual([]);
    expect(findForeignFragments('   \n\n  ')).toEqual([]);
  });

  it('gives offsets into the original text, trimmed of punctuation and spaces', () => {
    const text = `  \r\n${clause}\r\n„The Eagle has landed.“ meldete Armstrong damals aus dem Mondlandemodul.`;
    const found = findForeignFragments(text, { mainLanguage: 'deu' });
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const fragment of found) {
      expect(fragment.text).toBe(text.slice(fragment.start, fragment.end));
      expect(fragment.text).toBe(fragment.text.trim());
      expect(fragment.text).not.toMatch(/^[\p{P}\s]|[\p{P}\s]$/u);
      expect(fragment.confidence).toBeGreaterThan(0);
      expect(fragment.confidence).toBeLessThanOrEqual(1);
    }
    expect(found.map((f) => [f.text, f.lang])).toEqual([
      ['Aunque no se ha especificado oficialmente', 'spa'],
      ['The Eagle has landed', 'eng'],
    ]);
  });

  it('detects the main language itself when none is given', () => {
    expect(findForeignFragments(clause).map((f) => [f.text, f.lang])).toEqual([['Aunque no se ha especificado oficialmente', 'spa']]);
    const english =
      'Everyone has the right to education, die Regierung hat das beschlossen, and elementary education shall be compulsory.';
    expect(findForeignFragments(english).map((f) => f.lang)).toEqual(['deu']);
  });

  it('accepts mainLanguage as ISO 639-1 or 639-3 and returns [] for a language without a model', () => {
    expect(findForeignFragments(clause, { mainLanguage: 'de' })).toEqual(findForeignFragments(clause, { mainLanguage: 'deu' }));
    expect(findForeignFragments(clause, { mainLanguage: 'pl' })).toEqual([]);
  });

  it('restricts the candidates with `candidates` or `only`', () => {
    expect(findForeignFragments(clause, { mainLanguage: 'de', candidates: ['en'] }).every((f) => f.lang === 'eng')).toBe(true);
    expect(findForeignFragments(clause, { mainLanguage: 'de', only: ['es'] }).map((f) => f.lang)).toEqual(['spa']);
    expect(findForeignFragments(clause, { mainLanguage: 'de', candidates: ['de'] })).toEqual([]);
  });

  it('reads its options before it fills the shared token arrays (re-entrant calls from option getters)', () => {
    const plain = findForeignFragments(clause, { mainLanguage: 'de', candidates: ['es', 'en'] });
    const other = 'The talks will resume next week, sagte der Minister am Montag in Berlin. '.repeat(3);
    const options = {
      mainLanguage: 'de',
      get candidates(): string[] {
        findForeignFragments(other, { mainLanguage: 'de' });
        return ['es', 'en'];
      },
    };
    expect(findForeignFragments(clause, options)).toEqual(plain);
  });

  it('filters by minConfidence', () => {
    const found = findForeignFragments(clause, { mainLanguage: 'de' });
    expect(found.length).toBe(1);
    expect(findForeignFragments(clause, { mainLanguage: 'de', minConfidence: 1.01 })).toEqual([]);
  });

  it('finds German in English text', () => {
    const text =
      'Everyone has the right to take part in the government of his country, die Regierung hat beschlossen, directly or through freely chosen representatives.';
    const found = findForeignFragments(text, { mainLanguage: 'en' });
    expect(found.map((f) => [f.text, f.lang])).toEqual([['die Regierung hat beschlossen', 'deu']]);
  });

  it('treats names, numbers, acronyms, URLs and loan phrases as neutral', () => {
    const text =
      'In einem Interview mit den US-Bloggern Mario Nawfal, Larry Johnson und Andrew Napolitano sagte er am 18. Februar 2025 laut https://example.org/news?id=3 und der NATO, dass die Lieferungen de facto weitergehen.';
    expect(findForeignFragments(text, { mainLanguage: 'de' })).toEqual([]);
  });

  it('gives the same fragments with the word scores cached, emptied, and through table growth', () => {
    // thousands of distinct words in one document make the document's word
    // table and the shared score table grow in the middle of the call
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const filler = Array.from({ length: 6000 }, (_, i) => `wort${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}`).join(' ');
    const text = `${clause}\n${filler}.\n${clause}`;
    clearWordScoreCache();
    const cold = findForeignFragments(text, { mainLanguage: 'de' });
    const warm = findForeignFragments(text, { mainLanguage: 'de' });
    expect(warm).toEqual(cold);
    // (a word repeated in the document leans to the main language: the document cache)
    const spanish = cold.filter((f) => f.lang === 'spa');
    expect(spanish.map((f) => f.start)).toEqual([0, text.lastIndexOf('Aunque')]);
    for (const fragment of spanish) expect(fragment.text).toMatch(/^Aunque no se ha especificado/);
    expect(findForeignFragments(clause, { mainLanguage: 'de' }).map((f) => f.text)).toEqual(['Aunque no se ha especificado oficialmente']);
  });

  it('knows its modelled languages', () => {
    expect(MODELLED_LANGUAGES).toEqual(['deu', 'eng', 'spa', 'fra', 'ita', 'por', 'nld']);
  });
});

describe('findForeignFragments on hostile input', () => {
  it('returns for 1 MB of one repeated word', () => {
    expect(findForeignFragments('Besorgnis '.repeat(100_000), { mainLanguage: 'de' })).toEqual([]);
    expect(Array.isArray(findForeignFragments('aunque '.repeat(150_000), { mainLanguage: 'de' }))).toBe(true);
  });

  it('returns for 1 MB without spaces', () => {
    expect(Array.isArray(findForeignFragments('a'.repeat(1_000_000), { mainLanguage: 'de' }))).toBe(true);
    expect(Array.isArray(findForeignFragments('ab.'.repeat(333_333)))).toBe(true);
  });

  it('returns for a script without a model, emoji and lone surrogates', () => {
    const russian = 'Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся. '.repeat(200);
    expect(findForeignFragments(russian)).toEqual([]);
    expect(findForeignFragments(`Die Regierung hat ${russian} beschlossen.`, { mainLanguage: 'de' })).toEqual([]);
    const emoji = 'Die Gespräche 😀😀 gehen weiter 👍🏽 und 🇩🇪 bleibt dabei. '.repeat(100);
    expect(Array.isArray(findForeignFragments(emoji))).toBe(true);
    const surrogates = `Die Gespräche \uD800 gehen \uDC00 weiter \uDFFF\uD800x und bleiben${'\uD83D'.repeat(1000)} offen.`;
    const found = findForeignFragments(surrogates, { mainLanguage: 'de' });
    for (const fragment of found) expect(fragment.text).toBe(surrogates.slice(fragment.start, fragment.end));
  });

  it('returns for a long text full of fragments with minWords: 1', () => {
    const text = 'Aunque no se ha especificado oficialmente, die Regierung hat es gesagt. Por ihrer Seite sagte sie nichts. '.repeat(5000);
    const found = findForeignFragments(text, { mainLanguage: 'de', minWords: 1 });
    expect(found.length).toBeGreaterThanOrEqual(5000);
    for (const fragment of found.slice(0, 50)) expect(fragment.text).toBe(text.slice(fragment.start, fragment.end));
  });

  it('returns for 100k punctuation marks and huge numbers', () => {
    expect(findForeignFragments('„'.repeat(100_000), { mainLanguage: 'de' })).toEqual([]);
    expect(findForeignFragments('1234567890'.repeat(100_000), { mainLanguage: 'de' })).toEqual([]);
  });
});

describe('findForeignFragments between related languages and with elisions', () => {
  it('does not call Spanish words Portuguese or French inside Spanish text', () => {
    const text = 'El derecho a los seguros en caso de desempleo, enfermedad, invalidez, viudez, vejez u otros casos de pérdida de sus medios de subsistencia es de todos.';
    expect(findForeignFragments(text, { mainLanguage: 'es' })).toEqual([]);
  });

  it('reads elided words as their parts (n’est = ne + est)', () => {
    const text = "Der Minister sagte, n'est pas compatible avec le type, und verließ den Saal.";
    expect(findForeignFragments(text, { mainLanguage: 'de' }).map((f) => [f.text, f.lang])).toEqual([["n'est pas compatible avec le type", 'fra']]);
  });

  it('keeps loan words of German news neutral (per saldo, circa)', () => {
    expect(findForeignFragments('Die Firma meldete per saldo 1.920 wegfallende Stellen und circa 300 neue.', { mainLanguage: 'de' })).toEqual([]);
  });
});

describe('findForeignFragments: boundaries and names', () => {
  const found = (text: string, mainLanguage: string): [string, string][] =>
    findForeignFragments(text, { mainLanguage }).map((fragment) => [fragment.text, fragment.lang]);

  it('leaves a trailing main-language function word outside the fragment', () => {
    const text = 'Im Bericht heißt es, everyone has the right to freedom of opinion and expression in der ganzen Welt, so der Autor.';
    expect(found(text, 'de')).toEqual([['everyone has the right to freedom of opinion and expression', 'eng']]);
  });

  it('finds German words between capitalised words in English text, but not a name with particles', () => {
    const lever = 'The engineers pulled the Hebel für die Luftdruckkontrolle and the cabin pressure returned to normal within a few minutes of the incident.';
    expect(found(lever, 'en')).toEqual([['Hebel für die Luftdruckkontrolle', 'deu']]);
    const name = 'The commission president Ursula von der Leyen said on Tuesday that the union would support the plan and send more money to the region.';
    expect(found(name, 'en')).toEqual([]);
  });

  it('finds a whole foreign clause at a sentence start, up to its comma', () => {
    const text = 'Die Zeitung schrieb, der Plan sei gescheitert. Sin embargo, el gobierno no ha dicho nada, erklärte der Sprecher später am Abend in Berlin.';
    expect(found(text, 'de')).toEqual([['Sin embargo, el gobierno no ha dicho nada', 'spa']]);
  });
});
