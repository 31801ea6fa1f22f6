import { describe, expect, it } from 'vitest';
import { compiledLanguage } from '../../src/clean/compile-language.js';
import { blockFeatures } from '../../src/clean/features.js';
import { cleanArticle } from '../../src/clean/index.js';

const deu = compiledLanguage('deu');
const reason = (text: string) => blockFeatures(text, deu).cue;

const body = 'Der Stadtrat hat am Montag nach langer Debatte beschlossen, dass der Haushalt für das kommende Jahr um zehn Prozent wächst und die Schulen mehr Geld bekommen, weil die Zahl der Kinder in der Stadt seit Jahren steigt.';
const second = 'Pendler müssen sich deshalb bis zum Herbst auf Ersatzbusse einstellen, die alle zwanzig Minuten fahren sollen, und die Stadt bittet um Geduld, weil die Arbeiten an der Brücke über den Fluss länger dauern als geplant und der Winter lang war.';

describe('numbered breadcrumb trails', () => {
  it('"1. Startseite", "2. …", "3. …" one step a line is a breadcrumb, with the page title as its last step', () => {
    const result = cleanArticle(['1. Startseite', '2. Aktuelles', '3. Neuer Haushalt beschlossen', 'Neuer Haushalt beschlossen', body, second].join('\n'), { language: 'de' });
    expect(result.blocks.slice(0, 3).map((block) => block.reason)).toEqual(['breadcrumb', 'breadcrumb', 'breadcrumb']);
    expect(result.title).toBe('Neuer Haushalt beschlossen');
  });
  it('a numbered list that does not open with a breadcrumb word is left alone', () => {
    const result = cleanArticle(['Neuer Haushalt beschlossen', body, '1. Schulen bekommen mehr Geld für neue Räume und Lehrer', '2. Die Brücke über den Fluss wird bis zum Herbst saniert', second].join('\n'), { language: 'de' });
    expect(result.blocks[2]?.reason).not.toBe('breadcrumb');
    expect(result.blocks[3]?.reason).not.toBe('breadcrumb');
  });
});

describe('the title is above the first paragraph', () => {
  it('a lead paragraph with few function words is not dropped as the zone above a subheading', () => {
    const lead = 'Ultium Cells investiert eigenen Angaben zufolge weitere 275 Millionen US-Dollar in seine Gigafactory in Spring Hill, Tennessee. Damit soll das Produktionsvolumen des Werks auf über 50 Gigawattstunden jährlich steigen.';
    const result = cleanArticle(['Menü', 'Ultium Cells', 'Autor: Die Redaktion', 'Veröffentlicht am 06.12.2022', lead, 'Weitere US-Zellprojekte im Aufbau', body, second].join('\n'), { language: 'de' });
    expect(result.text).toContain(lead);
    expect(result.title).not.toBe('Weitere US-Zellprojekte im Aufbau');
  });
});

describe('bylines and author boxes', () => {
  it('a publication date followed by "von" and a name is a byline', () => {
    expect(reason('Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski')).toBe('byline');
    expect(reason('Am 13. März 2019 von Berlin nach Hamburg gezogen und dort geblieben')).toBeUndefined();
  });
  it('"Über <Name>" after the article heads an author box: it and the biography after it are dropped', () => {
    expect(reason('Über Simon Dückert')).toBe('author-bio');
    const bio = 'Scholarch der Cogneon Akademie. Von der Ausbildung Dipl.-Ing. Elektrotechnik mit Schwerpunkt Nachrichtentechnik. Ich brenne für lernende Organisationen.';
    const result = cleanArticle(['Neuer Haushalt beschlossen', body, second, 'Ähnliche Beiträge', 'Über Simon Dückert', bio, 'Impressum'].join('\n'), { language: 'de' });
    expect(result.blocks[4]?.reason).toBe('author-bio');
    expect(result.blocks[5]?.reason).toBe('author-bio');
    expect(result.text).not.toContain('Scholarch');
  });
  it('"Über <Name>" as a subheading in the first half of an article, before its end, stays', () => {
    const result = cleanArticle(['Neuer Haushalt beschlossen', body, 'Über Angela Merkel', second, body.replace('Montag', 'Dienstag'), second.replace('Herbst', 'Winter')].join('\n'), { language: 'de' });
    expect(result.blocks[2]?.kind).not.toBe('boilerplate');
  });
});

describe('captions and notes', () => {
  it('a caption ending with its picture source in brackets is a caption; a source in the middle of a sentence is not', () => {
    expect(reason('Neue DJV-Online-Seminare starten im März. (Quelle: Hume/Unsplash/DJV)')).toBe('caption');
    expect(reason('Die Zahl der Anträge (Quelle: Destatis) stieg im Mai deutlich an.')).toBeUndefined();
    expect(reason('Die Zahl der Anträge stieg im Mai deutlich an (laut Destatis)')).toBeUndefined();
  });
  it('a longer caption with a © credit is a caption', () => {
    expect(reason('Das Bundeskabinett bei seiner Klausurtagung am 21. Januar, bei der es sich unter anderem auf das Programm der deutschen G7-Präsidentschaft 2022 festlegt© Bundesregierung/Steffen Kugler')).toBe('caption');
  });
  it('licence notes, comment prompts and accessibility notes of downloads are cue lines', () => {
    expect(reason('Texte auf dieser Webseite stehen unter einer Creative Commons Namensnennung-Keine Bearbeitung 3.0 Unported Lizenz.')).toBe('legal');
    expect(reason('Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY')).toBe('legal');
    expect(reason('Verraten Sie gerne in den Kommentaren: Was bedeutet der Preis für Sie?')).toBe('comments');
    expect(reason('Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei')).toBe('widget');
  });
  it('a cue phrase after the ordinal of a numbered list still counts', () => {
    expect(reason('1. Pingback von Too much information - Papierkorb - Lesezeichen | 11.09.2011 23:31')).toBe('comments');
    expect(reason('Pingback von Too much information')).toBe('comments');
    expect(reason('1. Klicken Sie die betroffenen Updates mit der rechten Maustaste an')).toBeUndefined();
  });
  it('link lines, sign-up prompts and paywall notes are cue lines', () => {
    expect(reason('Alles über nachhaltige Wanderschuhe findest Du hier.')).toBe('related-link');
    expect(reason('Hier geht es zu den Handballcamps')).toBe('related-link');
    expect(reason('Folgt mir gerne auf Instagram. Da gibt es die meisten aktuellen Fotos.')).toBe('follow-prompt');
    expect(reason('Kostenlos und unverbindlich: jetzt anmelden und keine Folge verpassen')).toBe('widget');
    expect(reason('Gefällt dir unser Magazin? Bei der Gründung haben wir entschieden, keine Bezahlschranke einzuführen. Das wird auch so bleiben.')).toBe('widget');
  });
  it('headings of related-article lists are related links', () => {
    expect(reason('Artikel und Videos zum Thema')).toBe('related-link');
    expect(reason('Externe Links')).toBe('related-link');
    expect(reason('Am beliebtesten')).toBe('related-link');
    expect(reason('Weiterführende Artikel zu diesem Thema')).toBe('related-link');
    expect(reason('Zeige alle Beiträge von Michael Veeser-Dombrowski')).toBe('related-link');
  });
});

describe('widgets, consent boxes and dated teaser lines', () => {
  it('a short line naming a newsletter is its sign-up box; a long sentence about one is not', () => {
    expect(reason('Der Verivox-Newsletter: immer bestens informiert! Mehr Informationen')).toBe('widget');
    expect(reason('Greator Newsletter')).toBe('widget');
    expect(reason('Die Redaktion verschickt ihren Newsletter seit dem vergangenen Jahr jeden Morgen an mehr als zwanzigtausend Leserinnen und Leser in ganz Deutschland.')).toBeUndefined();
  });
  it('a link or button whose guillemet points away is a widget; guillemets quoting a title are not', () => {
    expect(reason('Zur erweiterten Suche »')).toBe('widget');
    expect(reason('1000 Euro Kredit sichern »')).toBe('widget');
    expect(reason('« Whiskydinner in Halle am 14.12.2019')).toBe('widget');
    expect(reason('Er las »Die Blechtrommel« im Urlaub')).toBeUndefined();
    expect(reason('Sie nannte es »großartig«, sagte er »')).toBeUndefined();
  });
  it('an embed consent note is a cookie notice', () => {
    expect(reason('Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.')).toBe('cookie-notice');
  });
  it('one section word before a numeric date is a date line; a sentence with a date is not', () => {
    expect(reason('Energie 12.12.2022, 08:30 Uhr')).toBe('page-date');
    expect(reason('Recht 30.07.2021')).toBe('page-date');
    expect(reason('Seit 12.12.2022 gilt die neue Regel')).toBeUndefined();
  });
  it('a "more columns" line heads a related list', () => {
    expect(reason('Mehr Kolumnen auf MeinMMO:')).toBe('related-link');
  });
});

describe('teaser lists repeated in the navigation', () => {
  const teaser = '- Verweigert der Anwalt die Maske, muss der Richter nicht vertagen';
  const other = '- Wann auch die Großeltern für ihre Enkel unterhaltspflichtig sind';
  const page = (withRepeat: boolean) => [
    'Neuer Haushalt beschlossen', body, second, 'Lesen Sie dazu auch diese Beiträge:', teaser, other,
    body.replace('Montag', 'Dienstag'), second.replace('Herbst', 'Winter'),
    'Impressum', 'Datenschutz', '- Startseite', '- Politik', '- Sport', ...(withRepeat ? [teaser] : []), '- Kultur', '- Wetter',
  ].join('\n');
  const kindOf = (text: string, line: string) => cleanArticle(text, { language: 'de' }).blocks.find((b) => b.text === line)?.kind;
  it('a kept list item that also stands in the dropped navigation is dropped', () => {
    expect(kindOf(page(true), teaser)).toBe('boilerplate');
    expect(kindOf(page(true), other)).not.toBe('boilerplate');
  });
  it('a list item that is not repeated stays', () => {
    expect(kindOf(page(false), teaser)).not.toBe('boilerplate');
  });
});
