import { describe, expect, it } from 'vitest';
import { TermCorpus, createCorpus, termFrequencies } from '../../src/index.js';

// A hand-made corpus; counts per document written out by hand.
const texts = ['Apfel Apfel Birne', 'Birne Kirsche', 'Apfel Kirsche Kirsche Kirsche Dattel'];
const counts: Record<string, number>[] = [
  { apfel: 2, birne: 1 },
  { birne: 1, kirsche: 1 },
  { apfel: 1, kirsche: 3, dattel: 1 },
];
const n = 3;
const df: Record<string, number> = { apfel: 2, birne: 2, kirsche: 2, dattel: 1 };
const lengths = [3, 2, 5];
const avgdl = (3 + 2 + 5) / 3;

// The documented formulas, written out independently of the implementation.
const smoothIdf = (t: string): number => Math.log((1 + n) / (1 + (df[t] ?? 0))) + 1;
const plainIdf = (t: string): number => Math.log(n / (df[t] ?? 0)) + 1;
const bm25Idf = (t: string): number => Math.log(1 + (n - (df[t] ?? 0) + 0.5) / ((df[t] ?? 0) + 0.5));
function expectedTfidf(d: number, options: { sublinear?: boolean; smooth?: boolean; norm?: 'l2' | 'l1' | null } = {}): Record<string, number> {
  const raw: Record<string, number> = {};
  for (const [t, tf] of Object.entries(counts[d] ?? {})) {
    const w = options.sublinear ? 1 + Math.log(tf) : tf;
    raw[t] = w * (options.smooth === false ? plainIdf(t) : smoothIdf(t));
  }
  const values = Object.values(raw);
  const norm = options.norm === undefined ? 'l2' : options.norm;
  const divisor = norm === 'l2' ? Math.sqrt(values.reduce((s, v) => s + v * v, 0)) : norm === 'l1' ? values.reduce((s, v) => s + Math.abs(v), 0) : 1;
  return Object.fromEntries(Object.entries(raw).map(([t, v]) => [t, v / divisor]));
}
function expectedBm25(terms: string[], d: number, k1 = 1.2, b = 0.75): number {
  let score = 0;
  for (const t of terms) {
    const tf = counts[d]?.[t] ?? 0;
    if (tf === 0) continue;
    score += bm25Idf(t) * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (lengths[d] ?? 0)) / avgdl)));
  }
  return score;
}

function expectClose(actual: Map<string, number>, expected: Record<string, number>): void {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [t, v] of Object.entries(expected)) expect(Math.abs((actual.get(t) ?? NaN) - v)).toBeLessThan(1e-12);
}

describe('createCorpus: TF-IDF and BM25 equal the documented formulas', () => {
  const corpus = createCorpus(texts, { language: 'de' });

  it('counts documents, document frequencies and lengths', () => {
    expect(corpus.size).toBe(3);
    texts.forEach((_, d) => expect(Object.fromEntries(corpus.document(d))).toEqual(counts[d]));
    for (const [t, f] of Object.entries(df)) expect(corpus.documentFrequency(t)).toBe(f);
    expect(corpus.documentFrequency('banane')).toBe(0);
    expect(corpus.averageLength).toBeCloseTo(avgdl, 12);
  });

  it('idf: smooth (default) and plain', () => {
    for (const t of Object.keys(df)) expect(Math.abs(corpus.idf(t) - smoothIdf(t))).toBeLessThan(1e-12);
    const plain = createCorpus(texts, { language: 'de', smoothIdf: false });
    for (const t of Object.keys(df)) expect(Math.abs(plain.idf(t) - plainIdf(t))).toBeLessThan(1e-12);
  });

  it('TF-IDF with raw or sublinear tf and l2, l1 or no normalisation', () => {
    for (let d = 0; d < n; d++) {
      expectClose(corpus.tfidf(d), expectedTfidf(d));
      expectClose(createCorpus(texts, { language: 'de', sublinearTf: true }).tfidf(d), expectedTfidf(d, { sublinear: true }));
      expectClose(createCorpus(texts, { language: 'de', norm: 'l1', smoothIdf: false }).tfidf(d), expectedTfidf(d, { norm: 'l1', smooth: false }));
      expectClose(createCorpus(texts, { language: 'de', norm: null }).tfidf(d), expectedTfidf(d, { norm: null }));
    }
    // one value worked out by hand: d0 apfel = 2·(ln(4/3)+1) / sqrt((2·(ln(4/3)+1))² + (ln(4/3)+1)²) = 2/√5
    expect(Math.abs((corpus.tfidf(0).get('apfel') ?? 0) - 2 / Math.sqrt(5))).toBeLessThan(1e-12);
  });

  it('BM25 with default and custom k1 and b, Lucene idf', () => {
    for (const t of Object.keys(df)) expect(Math.abs(corpus.bm25Idf(t) - bm25Idf(t))).toBeLessThan(1e-12);
    for (let d = 0; d < n; d++) {
      expect(Math.abs(corpus.bm25('Kirsche Dattel', d) - expectedBm25(['kirsche', 'dattel'], d))).toBeLessThan(1e-12);
      expect(Math.abs(corpus.bm25(['apfel', 'birne'], d) - expectedBm25(['apfel', 'birne'], d))).toBeLessThan(1e-12);
      const custom = createCorpus(texts, { language: 'de', k1: 2, b: 0.3 });
      expect(Math.abs(custom.bm25('Apfel Kirsche', d) - expectedBm25(['apfel', 'kirsche'], d, 2, 0.3))).toBeLessThan(1e-12);
    }
    // repeated query words count once
    expect(corpus.bm25('Kirsche Kirsche', 2)).toBe(corpus.bm25('Kirsche', 2));
  });

  it('ranks keywords by TF-IDF and documents by BM25', () => {
    expect(corpus.keywords(2, 2).map((k) => k.term)).toEqual(['kirsche', 'dattel']);
    expect(corpus.keywords(2, 1)[0]).toEqual({ term: 'kirsche', score: expectedTfidf(2).kirsche, count: 3 });
    expect(corpus.keywords(0).length).toBe(2);
    expect(corpus.search('Kirsche').map((hit) => hit.index)).toEqual([2, 1]);
    expect(corpus.search('Banane')).toEqual([]);
    const outside = corpus.count('Dattel Dattel Banane');
    expect([...corpus.tfidf(outside).keys()]).toEqual(['dattel']); // unseen terms are left out
  });

  it('merges and serialises', () => {
    const a = createCorpus(texts.slice(0, 1), { language: 'de' });
    const b = createCorpus(texts.slice(1), { language: 'de' });
    const merged = a.merge(b);
    for (let d = 0; d < n; d++) expect([...merged.tfidf(d)]).toEqual([...corpus.tfidf(d)]);
    const back = TermCorpus.fromJSON(JSON.stringify(corpus));
    expect(back.toJSON()).toEqual(corpus.toJSON());
    expect(back.bm25('Kirsche', 2)).toBe(corpus.bm25('Kirsche', 2));
    const custom = createCorpus(texts, { language: 'de', stopwords: ['kirsche'] });
    expect(TermCorpus.fromJSON(custom.toJSON()).count('Kirsche Birne').top()).toEqual([['birne', 1]]);
    const fromCounts = createCorpus(texts.map((t) => termFrequencies(t, { language: 'de' })), { language: 'de' });
    expect(fromCounts.toJSON()).toEqual(corpus.toJSON());
  });

  it('rejects bad input clearly', () => {
    expect(() => createCorpus('text' as never)).toThrow(/`documents`/);
    expect(() => createCorpus([3 as never])).toThrow(/`documents`/);
    expect(() => createCorpus([termFrequencies('a', { stem: true })])).toThrow(/settings/);
    expect(() => createCorpus([], { k1: -1 })).toThrow(/`k1`/);
    expect(() => createCorpus([], { b: 2 })).toThrow(/`b`/);
    expect(() => corpus.tfidf(7)).toThrow(RangeError);
    expect(() => corpus.keywords('x' as never)).toThrow(/`document`/);
    expect(() => TermCorpus.fromJSON('[]')).toThrow(TypeError);
    expect(createCorpus([]).search('x')).toEqual([]);
  });
});
