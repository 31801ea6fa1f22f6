import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCues, indexLanguage } from '../../src/quotes/attribution.js';
import { QUOTE_LANGUAGES } from '../../src/quotes/data/index.js';
import { mayContainWord, tokenize } from '../../src/quotes/sentences.js';
import { WordClass, WordTable } from '../../src/quotes/word-classes.js';

const german = indexLanguage(QUOTE_LANGUAGES['deu']!);
const words = (text: string) => tokenize(text, 0, text.length, [], 0, german.classes).filter((token) => token.kind === 'word');

describe('tokenize: lower case and word classes', () => {
  it('gives each word the lower case toLowerCase gives it, also where the sentence lower case cannot be sliced', () => {
    const text = 'Der Präsident SAGTE, İstanbul sei ΟΔΥΣΣΕΥΣ’ Heimat: „geht’s“ STRASSE und Ärger.';
    for (const token of words(text)) expect(token.lower).toBe(token.text.toLowerCase());
  });

  it('marks words by the lists they are in, whatever their case', () => {
    const [der, sagte, laut, haus] = words('DER sagte Laut Haus');
    expect((der!.classes & WordClass.determiners) !== 0).toBe(true);
    expect((sagte!.classes & WordClass.finite) !== 0).toBe(true);
    expect((laut!.classes & WordClass.cueStarts) !== 0).toBe(true);
    expect(haus!.classes).toBe(0);
    expect(der!.first).toBe('D'.charCodeAt(0));
  });

  it('has the lower case of toLowerCase for any text', () => {
    const alphabet = fc.constantFrom(...'aZäÄßİıΣσς’\'- .,'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), (text) => {
        for (const token of words(text)) expect(token.lower).toBe(token.text.toLowerCase());
      }),
    );
  });
});

describe('mayContainWord with the cue words', () => {
  const pool = ['sagte', 'SAGTE', 'Sagte', 'laut', 'Laut', 'zufolge', 'so', 'heißt', 'es', 'betonte', 'hinzu', 'Haus', 'der', 'İstanbul', 'ΣΟΦΙΑ', ',', ':', '„Ja“'];

  it('is never false where findCues finds a cue (a sentence without a cue word need not be tokenised)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 12 }).map((parts) => parts.join(' ')), (text) => {
        const tokens = tokenize(text, 0, text.length, [], 0, german.classes);
        if (findCues(text, tokens, german).length > 0) expect(mayContainWord(text, 0, text.length, [], 0, german.cueTriggers)).toBe(true);
      }),
    );
    expect(mayContainWord('Das Haus ist alt.', 0, 17, [], 0, german.cueTriggers)).toBe(false);
  });
});

describe('WordTable', () => {
  const listed = ['dass', 'z.b', 'über', 'geht’s', 'a'];
  const table = new WordTable(new Map(listed.map((word, index) => [word, 1 << index])));
  const asSet = new Map(listed.map((word, index) => [word, 1 << index]));

  it('finds exactly the listed words, from a string, a range or text to lower-case', () => {
    for (const [word, bits] of asSet) {
      expect(table.of(word)).toBe(bits);
      expect(table.ofRange(`x ${word} y`, 2, 2 + word.length)).toBe(bits);
      expect(table.ofText(`x ${word.toUpperCase()} y`, 2, 2 + word.length)).toBe(bits);
    }
    for (const other of ['das', 'dasss', 'z.', 'uber', '', 'b']) expect(table.of(other)).toBe(0);
  });

  it('agrees with a Map on any word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (word) => {
        expect(table.of(word)).toBe(asSet.get(word) ?? 0);
        expect(table.ofText(word, 0, word.length)).toBe(asSet.get(word.toLowerCase()) ?? 0);
      }),
    );
  });
});
