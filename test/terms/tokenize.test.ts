import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/index.js';

const show = (tokens: Token[]): string[] => tokens.map((t) => `${t.kind}:${t.normalized}`);
const de = (text: string): string[] => show(tokenize(text, { language: 'de' }));

describe('tokenize: German', () => {
  it('keeps capital umlauts and ß inside words', () => {
    expect(de('Österreichs Übergröße Äußerung')).toEqual(['word:Österreichs', 'word:Übergröße', 'word:Äußerung']);
  });

  it('keeps hyphenated compounds whole', () => {
    expect(de('US-Bloggern, des Ukraine-Konflikts in Saudi-Arabien; COVID-19-Pandemie, 18-jährige')).toEqual([
      'word:US-Bloggern', 'punctuation:,', 'word:des', 'word:Ukraine-Konflikts', 'word:in', 'word:Saudi-Arabien',
      'punctuation:;', 'word:COVID-19-Pandemie', 'punctuation:,', 'word:18-jährige',
    ]);
  });

  it('recognises abbreviations from the language data, with and without spaces', () => {
    expect(de('z. B. Dr. Meier u. a. bzw. z.B. d. h. i. d. R.')).toEqual([
      'abbreviation:z.B.', 'abbreviation:Dr.', 'word:Meier', 'abbreviation:u.a.', 'abbreviation:bzw.',
      'abbreviation:z.B.', 'abbreviation:d.h.', 'abbreviation:i.d.R.',
    ]);
    const [zb] = tokenize('z. B. hier', { language: 'de' });
    expect(zb).toEqual({ start: 0, end: 5, text: 'z. B.', normalized: 'z.B.', kind: 'abbreviation' });
  });

  it('does not take a sentence-final word for an abbreviation', () => {
    expect(de('Er kam an. Dann ging er.')).toEqual([
      'word:Er', 'word:kam', 'word:an', 'punctuation:.', 'word:Dann', 'word:ging', 'word:er', 'punctuation:.',
    ]);
    expect(de('Nr. 5 und die Nr.')).toEqual(['abbreviation:Nr.', 'number:5', 'word:und', 'word:die', 'word:Nr', 'punctuation:.']);
  });

  it('reads ordinals with their period, and a year at a sentence end as a number', () => {
    expect(de('Am 18. Februar und am 3. März, zum 2. Mal. Im Jahr 2022. Die')).toEqual([
      'word:Am', 'ordinal:18.', 'word:Februar', 'word:und', 'word:am', 'ordinal:3.', 'word:März', 'punctuation:,',
      'word:zum', 'ordinal:2.', 'word:Mal', 'punctuation:.', 'word:Im', 'word:Jahr', 'number:2022', 'punctuation:.',
      'word:Die',
    ]);
    expect(de('Er wurde 3. Dann')).toEqual(['word:Er', 'word:wurde', 'number:3', 'punctuation:.', 'word:Dann']);
  });

  it('keeps decimals, thousands, dates, times and signs in one number', () => {
    expect(de('3,5 3.5 1.000 1.000.000 18.02.2025 12:30 -3,5 (−2)')).toEqual([
      'number:3,5', 'number:3.5', 'number:1.000', 'number:1.000.000', 'number:18.02.2025', 'number:12:30',
      'number:-3,5', 'punctuation:(', 'number:-2', 'punctuation:)',
    ]);
    expect(de('2022-2023 und 10 000')).toEqual(['number:2022', 'punctuation:-', 'number:2023', 'word:und', 'number:10', 'number:000']);
    expect(show(tokenize('1\u202f000 €', { language: 'fr' }))).toEqual(['number:1000', 'symbol:€']);
  });

  it('keeps elisions and apostrophes inside words, normalising the apostrophe', () => {
    expect(de('geht’s gibt\'s Hans’ Auto')).toEqual(["word:geht's", "word:gibt's", 'word:Hans', "punctuation:'", 'word:Auto']);
  });

  it('makes dashes punctuation, never part of a word', () => {
    expect(de('Moskau – Washington—Kiew - Berlin')).toEqual([
      'word:Moskau', 'punctuation:–', 'word:Washington', 'punctuation:—', 'word:Kiew', 'punctuation:-', 'word:Berlin',
    ]);
  });

  it('keeps truncated compounds with their hyphen', () => {
    expect(de('Ein- und Ausreise, Vor-, Haupt- oder Nachsaison')).toEqual([
      'word:Ein-', 'word:und', 'word:Ausreise', 'punctuation:,', 'word:Vor-', 'punctuation:,', 'word:Haupt-',
      'word:oder', 'word:Nachsaison',
    ]);
  });

  it('splits glued sentences at the period', () => {
    expect(de('fest.Wie Staaten“.In')).toEqual(['word:fest', 'punctuation:.', 'word:Wie', 'word:Staaten', 'punctuation:“', 'punctuation:.', 'word:In']);
  });

  it('normalises soft hyphens, non-breaking hyphens and decomposed umlauts', () => {
    const decomposed = 'O\u0308sterreich';
    expect(de(`Bundes\u00adregierung Nord\u2011Stream ${decomposed}`)).toEqual(['word:Bundesregierung', 'word:Nord-Stream', 'word:Österreich']);
  });
});

describe('tokenize: web and social tokens', () => {
  it('finds URLs, e-mail addresses, domains, handles and hashtags', () => {
    expect(de('Mail an info@example.org, https://example.com/a_(b)). Siehe rt.com und www.spiegel.de/x. @rtde #Ukraine')).toEqual([
      'word:Mail', 'word:an', 'email:info@example.org', 'punctuation:,', 'url:https://example.com/a_(b)', 'punctuation:)',
      'punctuation:.', 'word:Siehe', 'url:rt.com', 'word:und', 'url:www.spiegel.de/x', 'punctuation:.', 'handle:@rtde',
      'hashtag:#Ukraine',
    ]);
  });

  it('does not take a capitalised glued sentence for a domain, nor a bare @ for a handle', () => {
    expect(de('Berlin.De foo@bar a @ b #1')).toEqual([
      'word:Berlin', 'punctuation:.', 'word:De', 'word:foo', 'punctuation:@', 'word:bar', 'word:a', 'punctuation:@',
      'word:b', 'punctuation:#', 'number:1',
    ]);
  });

  it('keeps emoji with modifiers and flags as one symbol', () => {
    expect(de('👍🏽 🇺🇦 👨‍👩‍👧 €')).toEqual(['symbol:👍🏽', 'symbol:🇺🇦', 'symbol:👨‍👩‍👧', 'symbol:€']);
  });
});

describe('tokenize: other languages', () => {
  it('splits English possessive clitics and reads dotted acronyms and initials', () => {
    expect(show(tokenize('Trump’s U.S. policy, e.g. Donald J. Trump, No. 10', { language: 'en' }))).toEqual([
      'word:Trump', "word:'s", 'abbreviation:U.S.', 'word:policy', 'punctuation:,', 'abbreviation:e.g.', 'word:Donald',
      'abbreviation:J.', 'word:Trump', 'punctuation:,', 'abbreviation:No.', 'number:10',
    ]);
  });

  it('splits French elisions', () => {
    expect(show(tokenize('l’homme qu’il jusqu’à aujourd’hui', { language: 'fr' }))).toEqual([
      "word:l'", 'word:homme', "word:qu'", 'word:il', "word:jusqu'", 'word:à', "word:aujourd'hui",
    ]);
  });

  it('reads Spanish multi-part abbreviations', () => {
    expect(show(tokenize('Los EE. UU. y el Sr. López', { language: 'es' }))).toEqual([
      'word:Los', 'abbreviation:EE.UU.', 'word:y', 'word:el', 'abbreviation:Sr.', 'word:López',
    ]);
  });

  it('detects the language for abbreviations when none is given', () => {
    expect(show(tokenize('Das ist z. B. eine Regel, die für alle gilt.'))).toContain('abbreviation:z.B.');
  });
});

describe('tokenize: contract', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(42 as unknown as string)).toThrow(/`text`/);
    expect(() => tokenize('a', 'de' as never)).toThrow(/`options`/);
    expect(() => tokenize('a', { language: 5 as unknown as string })).toThrow(/`language`/);
  });

  it('returns no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00a0\u200b')).toEqual([]);
  });

  it('gives spans into the original text, in order, never overlapping (property)', () => {
    const alphabet = fc.constantFrom(
      'a', 'Ö', 'ß', 'z', 'B', '1', '0', '.', ',', '-', '–', '’', "'", ' ', '\n', '@', '#', '/', ':', 'h', 't', 'p', 's',
      'w', 'e', 'd', 'o', 'm', '„', '“', '(', ')', '\u00ad', '\u0308', '\ud83d', '\ude00', '\u202f', 'é', '🇩', '🇪',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')), fc.constantFrom('de', 'en', 'fr', 'es', 'und'), (text, language) => {
        const tokens = tokenize(text, { language });
        let last = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(last);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          last = token.end;
        }
        // everything not covered by a token is white space or invisible
        let covered = 0;
        for (const token of tokens) {
          expect(text.slice(covered, token.start)).toMatch(/^[\s\u200b\u00ad\u2060\ufeff]*$/u);
          covered = token.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles hostile input without throwing (1 MB without spaces, 100k @ and dots)', () => {
    const noSpaces = 'abcdefghij'.repeat(100_000);
    expect(tokenize(noSpaces, { language: 'de' })).toHaveLength(1);
    const dotted = 'a.'.repeat(200_000);
    expect(tokenize(dotted, { language: 'de' }).length).toBeGreaterThan(0);
    const ats = 'x@'.repeat(100_000);
    expect(tokenize(ats, { language: 'de' }).length).toBeGreaterThan(0);
    const labels = 'ab.'.repeat(100_000) + 'com';
    expect(tokenize(labels, { language: 'de' }).length).toBeGreaterThan(0);
    const url = 'https://x.org/' + ')'.repeat(100_000);
    expect(tokenize(url, { language: 'de' })[0]?.kind).toBe('url');
    const quotes = '„'.repeat(100_000);
    expect(tokenize(quotes)).toHaveLength(1);
    const lone = '\ud800a\udc00b';
    expect(show(tokenize(lone))).toEqual(['symbol:\ud800', 'word:a', 'symbol:\udc00', 'word:b']);
  });
});
