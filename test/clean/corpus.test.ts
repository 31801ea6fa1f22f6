import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanArticles } from '../../src/clean/index.js';

const header = ['Stadtanzeiger Musterstadt', 'Lokales Sport Kultur Wetter'];
const footer = ['Unsere Zeitung wird von ihren Leserinnen und Lesern finanziert und ist unabhängig von den großen Verlagen, deshalb bitten wir Sie um Ihre Unterstützung.', 'Musterstraße 1, 12345 Musterstadt'];
const bodies = [
  ['Neuer Haushalt beschlossen', 'Der Stadtrat hat am Montag nach langer Debatte beschlossen, dass der Haushalt für das kommende Jahr um zehn Prozent wächst und die Schulen mehr Geld bekommen.', 'Die Opposition kritisierte, dass die Sanierung der Brücken erneut verschoben werde, obwohl die Gutachter dringend dazu geraten hätten.'],
  ['Bahnhof wird später fertig', 'Die Bauarbeiten am Bahnhof dauern länger als geplant, weil die Firma, die den Auftrag hat, nicht genug Arbeiter findet und die Stadt neu ausschreiben muss.', 'Pendler müssen sich deshalb bis zum Herbst auf Ersatzbusse einstellen, die alle zwanzig Minuten fahren sollen.'],
  ['Freibad öffnet im Mai', 'Das sanierte Freibad soll am ersten Mai wieder öffnen, nachdem die Becken neu gefliest und die Umkleiden erneuert worden sind, wie die Stadtwerke mitteilten.', 'Die Eintrittspreise steigen um einen Euro, für Kinder bleibt der Eintritt am Wochenende aber frei, teilte die Stadt mit.'],
];
const pages = bodies.map((body) => [...header, ...body, ...footer].join('\n'));

describe('cleanArticles (corpus mode)', () => {
  it('learns lines repeated across pages as the site template', () => {
    const results = cleanArticles(pages);
    for (const [i, result] of results.entries()) {
      const reasons = result.blocks.map((block) => block.reason ?? block.kind);
      expect(reasons.slice(0, 2)).toEqual(['template', 'template']);
      expect(reasons.slice(-2)).toEqual(['template', 'template']);
      expect(result.title).toBe(bodies[i]![0]);
      expect(result.text).toContain(bodies[i]![1]!);
      expect(result.text).not.toContain('finanziert');
    }
  });
  it('single-page mode cannot know the long template line is boilerplate', () => {
    expect(cleanArticle(pages[0]!).text).toContain('finanziert');
  });
  it('keeps a long content paragraph that another page repeats (syndication) inside the body', () => {
    const shared = 'Die Polizei bittet Zeugen, die am Sonntagabend in der Innenstadt etwas beobachtet haben, sich bei der Wache in der Bahnhofstraße zu melden, auch wenn sie ihre Beobachtung für unwichtig halten.';
    const withShared = bodies.map((body) => [...header, body[0]!, body[1]!, shared, body[2]!, ...footer].join('\n'));
    const results = cleanArticles(withShared);
    for (const result of results) expect(result.text).toContain(shared);
  });
  it('counts each page once: a line repeated inside one page is not a template line', () => {
    const repeated = 'Ein Satz, der auf dieser Seite zweimal steht und sonst nirgends vorkommt, weil er ein Zitat ist, das wiederholt wird.';
    const own = [...header, bodies[0]![0]!, bodies[0]![1]!, repeated, bodies[0]![2]!, repeated, ...footer].join('\n');
    const results = cleanArticles([own, pages[1]!, pages[2]!]);
    expect(results[0]!.blocks.filter((block) => block.reason === 'template').map((block) => block.text)).not.toContain(repeated);
    expect(results[0]!.text).toContain(repeated);
  });
  it('needs minPages pages: two of three pages sharing a line is enough by default, not with minPages 3', () => {
    const line = 'Sonderbeilage Frühling';
    const texts = [`${line}\n${pages[0]}`, `${line}\n${pages[1]}`, pages[2]!];
    expect(cleanArticles(texts)[0]!.blocks[0]!.reason).toBe('template');
    expect(cleanArticles(texts, { minPages: 3 })[0]!.blocks[0]!.reason).not.toBe('template');
  });
});
