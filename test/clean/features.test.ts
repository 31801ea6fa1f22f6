import { describe, expect, it } from 'vitest';
import { compiledLanguage } from '../../src/clean/compile-language.js';
import { blockFeatures } from '../../src/clean/features.js';
import { guessLanguage } from '../../src/clean/guess-language.js';
import { cleanArticle } from '../../src/clean/index.js';
import { splitLines } from '../../src/clean/split-lines.js';
import { Vocabulary } from '../../src/shared/vocabulary.js';
import { WORD_FLAGS } from '../../src/clean/word-flags.js';

const deu = compiledLanguage('deu');
const eng = compiledLanguage('eng');
const reason = (text: string, language = deu) => blockFeatures(text, language).cue;

describe('blockFeatures', () => {
  it('counts words, stopwords, capitals and digits', () => {
    const f = blockFeatures('Der Rat hat am 12. Mai 2024 in Berlin getagt.', deu);
    expect(f.words).toBe(10);
    expect(f.stopwords).toBe(4); // der hat am in
    expect(f.density).toBeCloseTo(0.4);
    expect(f.digits).toBeCloseTo(0.2);
    expect(f.capitalised).toBeCloseTo(0.4); // Der Rat Mai Berlin
    expect(f.terminal).toBe(true);
  });
  it('sees terminal punctuation behind closing quotes, colons and list markers', () => {
    expect(blockFeatures('„So geht es nicht.“', deu).terminal).toBe(true);
    expect(blockFeatures('Künftige Verhandlungen', deu).terminal).toBe(false);
    expect(blockFeatures('Archiviert unter:', deu).colon).toBe(true);
    expect(blockFeatures('- Home', deu).listItem).toBe(true);
    expect(blockFeatures('-5 Grad in Berlin', deu).listItem).toBe(false);
  });
  it('handles a block without words', () => {
    const f = blockFeatures('----', deu);
    expect(f.words).toBe(0);
    expect(f.density).toBe(0);
  });
});

describe('cue phrases and detectors (per-language data)', () => {
  it.each([
    ['Mehr zum Thema – Russland und USA vereinbaren Zusammenarbeit', 'related-link'],
    ['Empfohlene Artikel', 'related-link'],
    ['- Advertisment -', 'advertisement'],
    ['Translate »', 'widget'],
    ['Sie können diese Geschichte in den sozialen Medien teilen:', 'share-prompt'],
    ['Folgen Sie RT weiter', 'follow-prompt'],
    ['Archiviert unter:', 'archive-label'],
    ['Quelle!:', 'source-label'],
    ['Quelle: dpa', 'source-label'],
    ['Foto: Christof Stache', 'caption'],
    ['Marco Rubio (i) und Sergei Lavrov (d)Foto © Collage', 'caption'],
    ['Von Tim Ehlers', 'byline'],
    ['CiberCuba-Redaktionsteam', 'byline'],
    ['Sonntag, April 28, 2024', 'page-date'],
    ['Veröffentlicht am 26. Oktober 2023', 'page-date'],
    ['StartPolitikGesetzgebungLawrow: Für Russland kommen …', 'breadcrumb'],
    ['Home › Politik › Inland', 'breadcrumb'],
    ['Impressum', 'legal'],
    ['Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung zu.', 'cookie-notice'],
  ])('%s -> %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });
  it('leaves article sentences alone', () => {
    expect(reason('Von Berlin aus reiste die Delegation weiter nach Moskau, wo sie empfangen wurde.')).toBeUndefined();
    expect(reason('Quelle der Unruhe war ein Streit um Wasser.')).toBeUndefined();
    expect(reason('Lawrow merkte jedoch an, dass es wichtig sei, Bereiche mit gemeinsamen Interessen zu nutzen.')).toBeUndefined();
  });
  it('uses the data of the block language', () => {
    expect(reason('Share this article', eng)).toBe('share-prompt');
    expect(reason('Read more: The talks in Riyadh', eng)).toBe('related-link');
  });
  it('recognises date lines only when every word is a date word', () => {
    expect(reason('Donnerstag, 31. Mai 2012')).toBe('page-date');
    expect(reason('Am 31. Mai 2012 tagte der Rat')).toBeUndefined();
    expect(reason('Am 31. Mai 12345')).not.toBe('page-date');
  });
});

describe('splitLines', () => {
  it('splits on LF, CRLF and CR, trims spaces and NBSP, skips blank lines', () => {
    const text = '\u00a0 Titel\u00a0\r\n\r\n  Absatz eins.\rAbsatz zwei.\n\t\n';
    const blocks = splitLines(text);
    expect(blocks.map((block) => block.text)).toEqual(['Titel', 'Absatz eins.', 'Absatz zwei.']);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });
});

describe('CRLF and NBSP input give the same decisions as LF input', () => {
  const lines = [
    'Sonntag, April 28, 2024',
    'Lawrow: Keine einseitigen Zugeständnisse',
    'Der russische Außenminister hat am Sonntag erklärt, dass Russland bei den geplanten Gesprächen mit den USA seine Interessen durchsetzen werde. Das Datum steht noch nicht fest.',
    'Mehr zum Thema – Russland und die USA',
  ];
  it('CRLF with blank lines, NBSP padding', () => {
    const lf = cleanArticle(lines.join('\n'));
    const crlf = cleanArticle(lines.map((line) => `\u00a0${line}\u00a0`).join('\r\n\r\n'));
    expect(crlf.blocks.map((b) => [b.kind, b.reason])).toEqual(lf.blocks.map((b) => [b.kind, b.reason]));
    expect(crlf.text).toBe(lf.text);
    expect(crlf.blocks[1]?.text).toBe('Lawrow: Keine einseitigen Zugeständnisse');
  });
});

describe('language', () => {
  it('guesses German, English, Spanish, French from function words', () => {
    expect(guessLanguage('Der Rat hat sich mit der Frage beschäftigt, ob das Gesetz noch in diesem Jahr kommt.')).toBe('deu');
    expect(guessLanguage('The council said that it would decide on the law before the end of the year.')).toBe('eng');
    expect(guessLanguage('El consejo dijo que la ley se aprobará antes de que termine el año.')).toBe('spa');
    expect(guessLanguage('Le conseil a dit que la loi sera votée avant la fin de l’année.')).toBe('fra');
    expect(guessLanguage('12345 ---')).toBe('und');
  });
  it('accepts an override as ISO 639-1 or 639-3', () => {
    expect(cleanArticle('Hello world', { language: 'de' }).language).toBe('deu');
    expect(cleanArticle('Hallo Welt', { language: 'eng' }).language).toBe('eng');
  });
  it('cleans English with English cue phrases', () => {
    const text = [
      'Share this article',
      'Talks in Riyadh end without a deal',
      'The foreign ministers of both countries met in Riyadh on Tuesday and agreed that their embassies would return to full staffing, but they did not agree on a date for the next meeting.',
      'Read more: What the sanctions mean',
    ].join('\n');
    const result = cleanArticle(text);
    expect(result.language).toBe('eng');
    expect(result.blocks.map((block) => block.reason ?? block.kind)).toEqual(['share-prompt', 'title', 'content', 'related-link']);
  });
});

describe('one-pass scanning details', () => {
  it('splitLines handles LF, lone CR and CRLF mixed, wherever the first CR is', () => {
    const text = `${'x\n'.repeat(50)}a\nb\rc\r\nd`;
    expect(splitLines(text).slice(-4).map((block) => block.text)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('the vocabulary matches whole words case-insensitively, never prefixes', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('und', WORD_FLAGS.stopword);
    vocabulary.add('ärger');
    expect(vocabulary.findRange('UND', 0, 3)?.flags).toBe(WORD_FLAGS.stopword);
    expect(vocabulary.findRange('Ärger', 0, 5)?.word).toBe('ärger');
    expect(vocabulary.findRange('Unde', 0, 4)).toBeUndefined();
    expect(vocabulary.findRange('un', 0, 2)).toBeUndefined();
  });
  it('blockFeatures reads a block in place in the page (from/to) exactly as the sliced block', () => {
    const page = 'Menü\nDer Rat hat am 12. Mai 2024 in Berlin getagt, sagte die Sprecherin.\nMehr zum Thema';
    const [, block, last] = splitLines(page);
    const inPlace = blockFeatures(page, deu, block!.start, block!.end);
    expect(inPlace).toEqual(blockFeatures(block!.text, deu));
    expect(blockFeatures(page, deu, last!.start, last!.end).cue).toBe('related-link');
  });
});

describe('paragraphs outside the article body', () => {
  const body = 'Der Stadtrat hat am Montag nach langer Debatte beschlossen, dass der Haushalt für das kommende Jahr um zehn Prozent wächst und die Schulen mehr Geld bekommen, weil die Zahl der Kinder in der Stadt seit Jahren steigt.';
  const late = 'Die Opposition hatte zuvor kritisiert, dass die Sanierung der Brücken erneut verschoben werde, obwohl die Gutachter dringend dazu geraten hätten und die Stadt selbst im vergangenen Jahr einen Plan dafür vorgelegt habe, der nun aber seit dem Frühjahr in der Schublade liege und von dem im Rathaus niemand mehr spreche, wie die Fraktion mitteilte.';
  const second = 'Pendler müssen sich deshalb bis zum Herbst auf Ersatzbusse einstellen, die alle zwanzig Minuten fahren sollen, und die Stadt bittet um Geduld, weil die Arbeiten an der Brücke über den Fluss länger dauern als geplant und der Winter lang war.';
  it('a long paragraph dense with function words after a wall is still article text', () => {
    const result = cleanArticle(['Neuer Haushalt beschlossen', body, second, 'Mehr zum Thema', late].join('\n'), { language: 'de' });
    expect(result.text).toContain(late);
  });
  it('… but not once a comment section has begun', () => {
    const result = cleanArticle(['Neuer Haushalt beschlossen', body, second, 'Kommentare', late].join('\n'), { language: 'de' });
    expect(result.text).toContain(second);
    expect(result.text).not.toContain(late);
  });
});

describe('article bodies across captions, meta lines and short lead-ins', () => {
  const body = 'Der Stadtrat hat am Montag nach langer Debatte beschlossen, dass der Haushalt für das kommende Jahr um zehn Prozent wächst und die Schulen mehr Geld bekommen, weil die Zahl der Kinder in der Stadt seit Jahren steigt.';
  const afterPhoto = 'Die Opposition hatte zuvor kritisiert, dass die Sanierung der Brücken erneut verschoben werde, obwohl die Gutachter dringend dazu geraten hätten.';
  it('a paragraph right after a photo credit is kept; the credit is dropped', () => {
    const result = cleanArticle(['Neuer Haushalt beschlossen', body, 'Der Bürgermeister im Rathaus. © dpa / Max Muster', afterPhoto].join('\n'), { language: 'de' });
    expect(result.blocks.map((block) => block.reason ?? block.kind)).toEqual(['title', 'content', 'caption', 'content']);
  });
  it('a credit glued to the caption before it is a caption', () => {
    expect(reason('Alexander Zverev steht im Viertelfinale des ATP-TurniersBild: AFP/SID/PASCAL GUYOT')).toBe('caption');
    expect(reason('Das neue Stadtbild: Häuser, Straßen und Plätze im Wandel der Zeit')).toBeUndefined();
  });
  it('a byline with a date between title and article is neither the title nor content', () => {
    const result = cleanArticle(['Menü', 'Unstillbares Heimweh', 'Frank Hahn am 18. September 2019', body].join('\n'), { language: 'de' });
    expect(result.title).toBe('Unstillbares Heimweh');
    expect(result.blocks[2]).toMatchObject({ kind: 'boilerplate', reason: 'page-date' });
  });
  it('a short sentence just before a kept paragraph is kept', () => {
    const result = cleanArticle(['Startseite', 'Für eine 26er Springform.', body].join('\n'), { language: 'de' });
    expect(result.text).toContain('Für eine 26er Springform.');
  });
  it('» and « quoting inside a sentence do not make it a breadcrumb trail', () => {
    expect(reason('So warnt die Verbraucherzentrale vor dem Einsatz, schreibt dazu » Überwachung bis zum letzten Klick « und erläutert auf 27 Seiten » Datenschutz erhöhen «')).toBeUndefined();
    expect(reason('Home › Politik › Inland')).toBe('breadcrumb');
  });
  it('a list of phrases between two kept paragraphs is kept; after the last one it is not', () => {
    const list = ['- Ausrüstung: Teleskop Skywatcher Esprit 100, Kamera Nikon D810A, Montierung EQ6', '- Belichtung: 40 Aufnahmen, 180 Sekunden, ISO 800, Kasberg, Frankenland'];
    const kept = cleanArticle([body, ...list, afterPhoto].join('\n'), { language: 'de' });
    for (const item of list) expect(kept.text).toContain(item);
    const lastBlocks = cleanArticle([body, afterPhoto, ...list].join('\n'), { language: 'de' });
    expect(lastBlocks.text).not.toContain(list[0]);
  });
  it('post navigation with arrows and bylines with dates are cue lines', () => {
    expect(reason('Steuerdarling – Die PARTEI als Ehestifter →')).toBe('related-link');
    expect(reason('← Ältere Beiträge')).toBe('related-link');
    expect(reason('von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr')).toBe('byline');
    expect(reason('Dieser Beitrag wurde veröffentlicht in Reiki, Schamanismus und gekennzeichnet mit Usui')).toBe('archive-label');
    expect(reason('Der Kampf um den Titel wurde unter den Berlinerinnen ausgetragen und endete spät.')).toBeUndefined();
  });
  it('a line opening with a numeric date is a dated listing entry, a sentence with a date is not', () => {
    expect(reason('27.01.2022 Mineralölabsatz im November')).toBe('page-date');
    expect(reason('02.02.2022 A-Frauen')).toBe('page-date');
    expect(reason('27.01.2022 hat der Rat beschlossen, die Steuern zu senken.')).toBeUndefined();
    expect(reason('Am 27.01.2022 tagte der Rat')).toBeUndefined();
  });
  it('a sentence mark before a trailing emoticon or emoji still ends the sentence', () => {
    expect(blockFeatures('Wie flatterhaft das Mädl ist? :)', deu).terminal).toBe(true);
    expect(blockFeatures('Das war ein schöner Tag. 😀', deu).terminal).toBe(true);
    expect(blockFeatures('Archiviert unter:', deu).colon).toBe(true);
  });
  it('soft hyphens are inside words: they do not split function words or dilute the density', () => {
    const plain = blockFeatures('Der Wein wurde in der Region von vielen Winzern angebaut.', deu);
    const hyphenated = blockFeatures('Der Wein wur\u00adde in der Re\u00adgi\u00adon von vie\u00adlen Win\u00adzern an\u00adge\u00adbaut.', deu);
    expect(hyphenated.words).toBe(plain.words);
    expect(hyphenated.density).toBeCloseTo(plain.density);
  });
  it('flags blocks whose sentence marks are followed by something other than a space or digit', () => {
    expect(blockFeatures('Das steht fest.Wie Lawrow sagte.', deu).sentenceMarkGlued).toBe(true);
    expect(blockFeatures('Das steht fest. Es ist der 3.5 Prozent-Plan.', deu).sentenceMarkGlued).toBe(false);
  });
});
