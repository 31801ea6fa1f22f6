import { describe, expect, it } from 'vitest';
import { findQuotes, type Quote } from '../../src/index.js';

const contents = (text: string): string[] => findQuotes(text).map((quote) => quote.text);
const flat = (quotes: readonly Quote[]): Quote[] => quotes.flatMap((quote) => [quote, ...flat(quote.nested)]);

describe('findQuotes: arguments', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => findQuotes(42 as unknown as string)).toThrow(TypeError);
    expect(() => findQuotes(null as unknown as string)).toThrow(/`text`/);
    expect(() => findQuotes('x', 'de' as never)).toThrow(/`options`/);
    expect(() => findQuotes('x', { style: 'bogus' as never })).toThrow(TypeError);
  });

  it('returns [] for empty text and text without marks', () => {
    expect(findQuotes('')).toEqual([]);
    expect(findQuotes('Keine Zitate hier.')).toEqual([]);
  });

  it('accepts de and deu', () => {
    expect(findQuotes('„Ja“, sagte er.', { language: 'de' })).toEqual(findQuotes('„Ja“, sagte er.', { language: 'deu' }));
  });

  it('returns plain JSON data', () => {
    const quotes = findQuotes('„Wir kommen“, fügte Bruce hinzu. Er sagte: „Bald.“');
    expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes);
  });
});

describe('findQuotes: mark styles', () => {
  it.each([
    ['German „…“', 'Er sagte: „Wir kommen morgen.“ Dann ging er.', '„', '“'],
    ['English “…”', 'He said: “We will come tomorrow.” Then he left.', '“', '”'],
    ['straight "…"', 'Er sagte: "Wir kommen morgen." Dann ging er.', '"', '"'],
    ['German »…«', 'Er sagte: »Wir kommen morgen.« Dann ging er.', '»', '«'],
    ['French « … »', 'Il a dit : « Nous viendrons demain. » Puis il est parti.', '«', '»'],
    ['Swiss «…»', 'Er sagte: «Wir kommen morgen.» Dann ging er.', '«', '»'],
    ['German single ‚…‘', 'Er nannte es ‚einen guten Tag‘ und ging.', '‚', '‘'],
    ['broken „…”', 'Er sprach vom „Drehen der Spirale” und ging.', '„', '”'],
    ['broken "…“', 'Er sagte: "Wir kommen morgen.“ Dann ging er.', '"', '“'],
  ])('%s', (_name, text, open, close) => {
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.open).toBe(open);
    expect(quotes[0]?.close).toBe(close);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end).startsWith(open)).toBe(true);
  });

  it('“ closes in a German text and opens in an English one', () => {
    expect(contents('Sie sprach von „Einigkeit“ und „Recht“.')).toEqual(['Einigkeit', 'Recht']);
    expect(contents('She spoke of “unity” and “justice”.')).toEqual(['unity', 'justice']);
  });

  it('pairs glued quotes after a sentence end', () => {
    const text = 'Das wurde „unmittelbar nach den Ferien“ aufgenommen.„Ich kann das bestätigen“, so Rjabkow.';
    const quotes = findQuotes(text);
    expect(quotes.map((quote) => quote.text)).toEqual(['unmittelbar nach den Ferien', 'Ich kann das bestätigen']);
    expect(quotes.map((quote) => quote.placement)).toEqual(['inline', 'block']);
  });

  it('pairs straight quotes by their neighbours', () => {
    expect(contents('Laut Rubio ist eine "gerechte und dauerhafte" Lösung "zu gegebener Zeit" möglich.')).toEqual([
      'gerechte und dauerhafte',
      'zu gegebener Zeit',
    ]);
  });
});

describe('findQuotes: apostrophes, nesting, unclosed quotes', () => {
  it('does not take apostrophes for quote marks', () => {
    expect(findQuotes("Wie geht's? Putin's Rede und Trump’s Antwort, ’s ist spät, rock 'n' roll.")).toEqual([]);
    expect(contents('„Wie geht’s dir?“, fragte sie.')).toEqual(['Wie geht’s dir?']);
  });

  it('finds nested quotes inside their parent', () => {
    const text = '„Er nannte das ‚völlig absurd‘ und ging“, sagte sie.';
    const [quote] = findQuotes(text);
    expect(quote?.text).toBe('Er nannte das ‚völlig absurd‘ und ging');
    expect(quote?.nested.map((inner) => inner.text)).toEqual(['völlig absurd']);
    const inner = quote!.nested[0]!;
    expect(text.slice(inner.contentStart, inner.contentEnd)).toBe('völlig absurd');
  });

  it('ends an unclosed quote at the paragraph', () => {
    const text = 'Er sagte: „Wir kommen morgen und bleiben\nNeuer Absatz ohne Zitat.';
    const [quote] = findQuotes(text);
    expect(quote?.unclosed).toBe(true);
    expect(quote?.close).toBe('');
    expect(quote?.text).toBe('Wir kommen morgen und bleiben');
    expect(findQuotes(text)).toHaveLength(1);
  });

  it('ignores stray marks', () => {
    expect(findQuotes('Translate »')).toEqual([]);
    expect(findQuotes('Ende.“ Und dann nichts.')).toEqual([]);
  });
});

describe('findQuotes: offsets, placement, roles and attribution', () => {
  const text =
    'Der russische Außenminister Sergei Lawrow betonte: „Wir sind bereit.“ „Das ist der einzig richtige Weg“, so Lawrow. ' +
    'Wie Lawrow in einer Sitzung der Partei „Einiges Russland“ erklärt hat, sei das „völlig normal“. ' +
    '„Die Perspektiven sind da“, fügte Rjabkow hinzu.';

  it('keeps offsets into the original text', () => {
    for (const quote of flat(findQuotes(text))) {
      expect(text.slice(quote.contentStart, quote.contentEnd)).toBe(quote.text);
      expect(text.slice(quote.start, quote.start + quote.open.length)).toBe(quote.open);
      if (quote.speaker) expect(text.slice(quote.speaker.start, quote.speaker.end)).toBe(quote.speaker.text);
      if (quote.cue) for (const part of quote.cue.parts) expect(text.slice(part.start, part.end)).toBe(part.text);
    }
  });

  it('attributes speakers and cues', () => {
    const quotes = findQuotes(text);
    expect(quotes.map((quote) => quote.text)).toEqual([
      'Wir sind bereit.',
      'Das ist der einzig richtige Weg',
      'Einiges Russland',
      'völlig normal',
      'Die Perspektiven sind da',
    ]);
    expect(quotes[0]?.speaker?.text).toBe('Der russische Außenminister Sergei Lawrow');
    expect(quotes[0]?.speaker?.head.text).toBe('Lawrow');
    expect(quotes[0]?.cue?.lemma).toBe('betonen');
    expect(quotes[1]?.speaker?.text).toBe('Lawrow');
    expect(quotes[1]?.attribution).toBe('template');
    expect(quotes[2]?.role).toBe('title');
    expect(quotes[2]?.speaker).toBeNull();
    expect(quotes[3]?.inReportedSpeech).toBe(true);
    expect(quotes[4]?.cue?.lemma).toBe('hinzufügen');
    expect(quotes[4]?.cue?.parts.map((part) => part.text)).toEqual(['fügte', 'hinzu']);
    expect(quotes[4]?.speaker?.text).toBe('Rjabkow');
    expect(quotes.map((quote) => quote.placement)).toEqual(['inline', 'block', 'inline', 'inline', 'block']);
  });

  it('resolves pronouns to the nearest person and keeps the pronoun as mention', () => {
    const [quote] = findQuotes('Kremlsprecher Dmitri Peskow trat vor die Presse. „Wir warten ab“, sagte er.');
    expect(quote?.speaker?.head.text).toBe('Peskow');
    expect(quote?.speaker?.mention?.text).toBe('er');
  });

  it('lets chained quotes inherit the speaker', () => {
    const quotes = findQuotes('„Zugeständnisse kommen nicht in Frage“, betonte Rjabkow. „Im Moment geht es um etwas anderes.“');
    expect(quotes[1]?.speaker?.text).toBe('Rjabkow');
    expect(quotes[1]?.attribution).toBe('chain');
    expect(quotes[1]!.confidence).toBeLessThan(quotes[0]!.confidence);
  });

  it('handles heißt es in, laut and zufolge', () => {
    expect(findQuotes('„Wir haben uns geeinigt“, heißt es in der Mitteilung des Außenministeriums.')[0]?.speaker?.text).toContain('Außenministeriums');
    expect(findQuotes('Laut Rubio strebt man eine „gerechte und dauerhafte“ Lösung an.')[0]?.speaker?.text).toBe('Rubio');
    expect(findQuotes('Dem Minister Sergej Lawrow zufolge ist das „nicht akzeptabel“.')[0]?.speaker?.text).toContain('Lawrow');
  });

  it('reads English cue verbs', () => {
    const [quote] = findQuotes('“We will win,” said the President Joe Biden on Monday.', { language: 'en' });
    expect(quote?.speaker?.text).toContain('Biden');
    expect(quote?.cue?.lemma).toBe('say');
  });
});

describe('findQuotes: names, relayed quotes, reported fragments and descriptions', () => {
  it('takes a capitalised name in apposition to a noun, or named with "sich … nennt", for a title', () => {
    expect(findQuotes('Die Enzyklika „Deus caritas est“ meldete der Radiosender als Erstes.')[0]?.role).toBe('title');
    expect(findQuotes('Das Bündnis, das sich selbst „Allianz für Integration“ nennt, gewann.')[0]?.role).toBe('title');
    expect(findQuotes('Die Gruppe nennt sich „documenta 12“ und tagt in Kassel.')[0]?.role).toBe('title');
  });

  it('keeps a quoted clause after a noun and a characterisation with a speech verb as speech', () => {
    expect(findQuotes('Sie malten Parolen wie „Wir erwarten euch“ an die Wände.')[0]?.role).not.toBe('title');
    expect(findQuotes('Modder nannte die Absage einen „Vertrauensbruch“.')[0]?.role).toBe('speech');
    expect(findQuotes('Er bezeichnete die Pläne als „Wortbruch“.')[0]?.role).toBe('speech');
    expect(findQuotes('Der Vorfall gilt damit nicht als „Störfall“.')[0]?.role).not.toBe('speech');
  });

  it('marks a quote relayed through a medium as nested in its report, but not one quoted by "man"', () => {
    expect(findQuotes('„Das wird das größte Update“, zitiert die Computerwoche den Manager.')[0]?.inReportedSpeech).toBe(true);
    expect(findQuotes('Er wird von der Netzeitung mit den Worten zitiert: „Wowereit ist angeschlagen.“')[0]?.inReportedSpeech).toBe(true);
    expect(findQuotes('„Wir sind unwillkommene Zeugen“, zitierte man die Reporterin.')[0]?.inReportedSpeech).toBe(false);
    expect(findQuotes('„Das ist ein Skandal“, sagte der Demonstrationsleiter laut ndr.de.')[0]?.inReportedSpeech).toBe(true);
  });

  it('gives words quoted inside reported speech to the speaker', () => {
    const text = 'Yuri Ushakov bestätigte die Gespräche. Dennoch wies er darauf hin, dass es „prematur“ sei.';
    const [quote] = findQuotes(text);
    expect(quote?.role).toBe('speech');
    expect(quote?.inReportedSpeech).toBe(true);
    expect(quote?.speaker?.head.text).toBe('Ushakov');
  });

  it('resolves a role description from the sentence before to the named person', () => {
    const text = 'Vizeaußenminister Sergej Rjabkow äußerte sich in Moskau. Der Diplomat sagte, Russland habe einen Brief erhalten. „Wir prüfen ihn.“';
    const quote = findQuotes(text).at(-1);
    expect(quote?.speaker?.head.text).toBe('Rjabkow');
    expect(quote?.speaker?.mention?.text).toBe('Der Diplomat');
  });

  it('keeps a party in parentheses in the speaker and finds the subject after a topicalised object', () => {
    expect(findQuotes('Ministerin Gitta Trauernicht (SPD) sagte am Samstag: „Wir prüfen das.“')[0]?.speaker?.text).toBe('Ministerin Gitta Trauernicht (SPD)');
    const quote = findQuotes('Den Unmut brachte die Sprecherin der Fraktion, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund.“')[0];
    expect(quote?.speaker?.head.text).toBe('Widmann-Mauz');
  });

  it('finds the subject before a comma after a party in parentheses, and of coordinated verbs', () => {
    const apposed = findQuotes('Am Montag widersprach die Ministerin, Sandra Boser (GRÜNE), erklärte: „Das ist falsch.“')[0];
    expect(apposed?.speaker?.head.text).toBe('Boser');
    const coordinated = findQuotes('Als der Zug hielt, stieg der Schaffner aus und rief: „Alle aussteigen!“')[0];
    expect(coordinated?.speaker?.text).toBe('der Schaffner');
  });

  it('takes the speaker from a cue verb earlier in the sentence than the clause before the colon', () => {
    const quote = findQuotes('Deshalb warnte der Verbandschef, Peter Hahn, die Politik in einem Brief an die Minister: „Das gefährdet unser Wasser.“')[0];
    expect(quote?.speaker?.head.text).toBe('Hahn');
    expect(quote?.cue?.lemma).toBe('warnen');
  });

  it('takes a quoted medium after the verb, the agent of a passive and the name before a parenthesised quote', () => {
    expect(findQuotes('„Er ist ein Vorbild.“, schrieb „Die Zeit“ in einem Nachruf.')[0]?.speaker?.text).toBe('„Die Zeit“');
    expect(findQuotes('Seine Bilder werden von Kritikern als „Meilensteine der Kunst“ bezeichnet.')[0]?.speaker?.text).toBe('Kritikern');
    const quotes = findQuotes('Gratuliert haben der Präsident, Mohammed ElBaradei („Mir fällt niemand ein, der das mehr verdient hätte.“), und andere.');
    expect(quotes[0]?.role).toBe('speech');
    expect(quotes[0]?.speaker?.text).toBe('Mohammed ElBaradei');
  });

  it('treats slogans as speech and names after a colon, "wie" or a title noun as titles', () => {
    const slogans = findQuotes('Die Demonstranten skandierten Parolen wie „Stoppt den Wahnsinn“ oder „Nie wieder“.');
    expect(slogans.map((quote) => quote.role)).toEqual(['speech', 'speech']);
    expect(findQuotes('Den Namen der Sendung gab der Sender bekannt: „Geheimnisse eines Papstes“.')[0]?.role).toBe('title');
    expect(findQuotes('Wie „heise online“ berichtet, fiel der Server aus.')[0]?.role).toBe('title');
    expect(findQuotes('Sie ist Mitglied der Partei „Die Linke.“ und Juristin.')[0]?.role).toBe('title');
  });

  it('does not end a sentence at a regnal number that the sentence goes on after', () => {
    const quote = findQuotes('Der Sprecher sagte vor der Presse, Benedikt XVI. „ist ein großer Denker“.')[0];
    expect(quote?.inReportedSpeech).toBe(true);
  });

  it('marks hearsay ("soll gesagt haben") and quotes relayed by others as reported', () => {
    expect(findQuotes('Laut einer Zeitung soll der Spieler zum Trainer gesagt haben: „Das war mein letztes Spiel.“')[0]?.inReportedSpeech).toBe(true);
    const relayed = findQuotes('In der Sitzung sagte die Kanzlerin einigen Teilnehmern zufolge: „Er war ein Stabilisator.“')[0];
    expect(relayed?.speaker?.text).toBe('die Kanzlerin');
    expect(relayed?.inReportedSpeech).toBe(true);
  });
});

describe('findQuotes: hostile input', () => {
  it('returns on 100,000 unmatched quote marks', () => {
    expect(findQuotes('„'.repeat(100_000)).length).toBeLessThanOrEqual(1);
    expect(findQuotes('“'.repeat(100_000))).toEqual([]);
    expect(Array.isArray(findQuotes('"„‚'.repeat(40_000)))).toBe(true);
    expect(Array.isArray(findQuotes('„Wort '.repeat(50_000)))).toBe(true);
  });

  it('returns on 50,000 colon templates in one sentence', () => {
    const quotes = findQuotes('Er sagte: „Ja“ und '.repeat(50_000));
    expect(quotes.length).toBe(50_000);
  });

  it('returns on 1 MB without spaces', () => {
    const text = 'a„b“c.'.repeat(170_000);
    const quotes = findQuotes(text);
    expect(quotes.length).toBe(170_000);
    expect(Array.isArray(findQuotes('x'.repeat(1_000_000)))).toBe(true);
  });
});
