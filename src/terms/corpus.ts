import { assertString } from '../shared/assert.js';
import type { CountOptions } from './count-options.js';
import { TermCounter, resolveCountOptions, type ResolvedCountOptions } from './counter.js';
import { TermFrequencies, type TermFrequenciesJSON, type TermSettings } from './term-frequencies.js';

/**
 * Options of {@link createCorpus}: how documents are counted
 * ({@link CountOptions}) and how terms are weighted.
 *
 * @example
 * ```ts
 * import { createCorpus, type CorpusOptions } from 'article-lens';
 * const options: CorpusOptions = { language: 'de', sublinearTf: true, k1: 1.5 };
 * createCorpus(['Die USA.', 'Russland.'], options).size; // 2
 * ```
 */
export interface CorpusOptions extends CountOptions {
  /** TF-IDF: use 1 + ln(tf) instead of the raw count (scikit-learn's `sublinear_tf`; default `false`). */
  sublinearTf?: boolean;
  /**
   * TF-IDF: smooth idf = ln((1 + n) / (1 + df)) + 1 (default `true`, as
   * scikit-learn); `false` gives ln(n / df) + 1.
   */
  smoothIdf?: boolean;
  /** TF-IDF: normalise each document vector, `'l2'` (default), `'l1'`, or `null` for none. */
  norm?: 'l2' | 'l1' | null;
  /** BM25 term-frequency saturation k1 (default 1.2). */
  k1?: number;
  /** BM25 length normalisation b, from 0 to 1 (default 0.75). */
  b?: number;
}

/**
 * The weighting parameters of a {@link TermCorpus}.
 *
 * @example
 * ```ts
 * import { createCorpus, type CorpusWeighting } from 'article-lens';
 * const weighting: CorpusWeighting = createCorpus(['USA']).weighting;
 * weighting.k1; // 1.2
 * ```
 */
export interface CorpusWeighting {
  /** See {@link CorpusOptions.sublinearTf}. */
  sublinearTf: boolean;
  /** See {@link CorpusOptions.smoothIdf}. */
  smoothIdf: boolean;
  /** See {@link CorpusOptions.norm}. */
  norm: 'l2' | 'l1' | null;
  /** See {@link CorpusOptions.k1}. */
  k1: number;
  /** See {@link CorpusOptions.b}. */
  b: number;
}

/**
 * A term of a document with its weight, from {@link TermCorpus.keywords}.
 *
 * @example
 * ```ts
 * import { createCorpus, type Keyword } from 'article-lens';
 * const corpus = createCorpus(['USA und Russland', 'USA und China'], { language: 'de' });
 * const [best]: Keyword[] = corpus.keywords(0, 1);
 * // { term: 'russland', score: 0.81…, count: 1 }
 * ```
 */
export interface Keyword {
  /** The term. */
  term: string;
  /** Its TF-IDF weight in the document (normalised as the corpus says). */
  score: number;
  /** How often it occurs in the document. */
  count: number;
}

/**
 * A document found by {@link TermCorpus.search}.
 *
 * @example
 * ```ts
 * import { createCorpus, type SearchHit } from 'article-lens';
 * const hits: SearchHit[] = createCorpus(['USA', 'Russland'], { language: 'de' }).search('Russland');
 * // [{ index: 1, score: 0.69… }]
 * ```
 */
export interface SearchHit {
  /** Index of the document in the corpus. */
  index: number;
  /** Its BM25 score for the query. */
  score: number;
}

/**
 * The JSON form of a {@link TermCorpus}.
 *
 * @example
 * ```ts
 * import { createCorpus, TermCorpus, type TermCorpusJSON } from 'article-lens';
 * const json: TermCorpusJSON = createCorpus(['USA', 'Russland'], { language: 'de' }).toJSON();
 * TermCorpus.fromJSON(json).size; // 2
 * ```
 */
export interface TermCorpusJSON {
  /** Always `'article-lens/term-corpus'`. */
  format: 'article-lens/term-corpus';
  /** Format version, currently 1. */
  version: 1;
  /** How terms are weighted. */
  weighting: CorpusWeighting;
  /** How documents are counted. */
  settings: TermSettings;
  /** The custom stopword list when `settings.stopwords` is `'custom'`. */
  stopwords?: string[];
  /** Each document's counts. */
  documents: TermFrequenciesJSON[];
}

function resolveWeighting(options: CorpusOptions | undefined, fn: string): CorpusWeighting {
  const o: CorpusOptions = options ?? {};
  const flag = (name: 'sublinearTf' | 'smoothIdf', fallback: boolean): boolean => {
    const value = o[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') throw new TypeError(`${fn}: option \`${name}\` must be a boolean`);
    return value;
  };
  const norm = o.norm === undefined ? 'l2' : o.norm;
  if (norm !== 'l2' && norm !== 'l1' && norm !== null) throw new RangeError(`${fn}: option \`norm\` must be 'l2', 'l1' or null`);
  const k1 = o.k1 ?? 1.2;
  if (typeof k1 !== 'number' || !Number.isFinite(k1) || k1 < 0) throw new RangeError(`${fn}: option \`k1\` must be a finite number >= 0`);
  const b = o.b ?? 0.75;
  if (typeof b !== 'number' || !(b >= 0 && b <= 1)) throw new RangeError(`${fn}: option \`b\` must be a number from 0 to 1`);
  return { sublinearTf: flag('sublinearTf', false), smoothIdf: flag('smoothIdf', true), norm, k1, b };
}

function settingsMismatch(a: TermSettings, b: TermSettings): string | undefined {
  const keys: (keyof TermSettings)[] = ['lowercase', 'stopwords', 'stem', 'ngrams', 'minLength', 'kinds', 'from'];
  for (const key of keys) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return `${key}: ${JSON.stringify(a[key])} vs ${JSON.stringify(b[key])}`;
  }
  return undefined;
}

const byWeight = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Term statistics over a collection of documents: document frequency, idf,
 * TF-IDF with scikit-learn's defaults, BM25, keywords and search. Made by
 * {@link createCorpus}; immutable, mergeable and serialisable.
 *
 * Formulas (n documents, df(t) documents containing t, tf(t, d) the count
 * of t in d, |d| the total count of d, avgdl the mean |d|):
 *
 * - idf(t) = ln((1 + n) / (1 + df(t))) + 1 (smooth, default) or ln(n / df(t)) + 1.
 * - tfidf(t, d) = tf(t, d) · idf(t), or (1 + ln tf(t, d)) · idf(t) with
 *   `sublinearTf`, then the document vector is divided by its L2 norm
 *   (default), its L1 norm, or not at all.
 * - BM25(q, d) = Σ over the distinct terms t of q of
 *   idf₍BM25₎(t) · tf(t, d) · (k1 + 1) / (tf(t, d) + k1 · (1 − b + b · |d| / avgdl)),
 *   with Lucene's always-positive idf₍BM25₎(t) = ln(1 + (n − df(t) + 0.5) / (df(t) + 0.5)),
 *   k1 = 1.2 and b = 0.75 by default.
 *
 * @example
 * ```ts
 * import { createCorpus } from 'article-lens';
 * const corpus = createCorpus([
 *   'Die USA und Russland verhandeln in Riad.',
 *   'Die USA und China verhandeln über Zölle.',
 *   'Russland und die Ukraine tauschen Gefangene aus.',
 * ], { language: 'de' });
 * corpus.documentFrequency('usa'); // 2
 * corpus.keywords(0, 2).map((k) => k.term); // ['riad', 'russland']
 * corpus.search('Russland Ukraine')[0]?.index; // 2
 * ```
 */
export class TermCorpus {
  readonly #documents: readonly TermFrequencies[];
  readonly #df: ReadonlyMap<string, number>;
  readonly #totalLength: number;
  readonly #count: ResolvedCountOptions;
  readonly #weighting: CorpusWeighting;

  /** @internal Use {@link createCorpus} or {@link TermCorpus.fromJSON}. */
  constructor(documents: readonly TermFrequencies[], count: ResolvedCountOptions, weighting: CorpusWeighting) {
    const df = new Map<string, number>();
    let totalLength = 0;
    for (const document of documents) {
      const mismatch = settingsMismatch(count.settings, document.settings);
      if (mismatch !== undefined) {
        throw new Error(`createCorpus: a document was counted with other settings than the corpus (${mismatch})`);
      }
      totalLength += document.total;
      for (const [term] of document) df.set(term, (df.get(term) ?? 0) + 1);
    }
    this.#documents = documents;
    this.#df = df;
    this.#totalLength = totalLength;
    this.#count = count;
    this.#weighting = weighting;
  }

  /**
   * Number of documents (n).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * createCorpus(['USA', 'Russland', 'China']).size; // 3
   * ```
   */
  get size(): number {
    return this.#documents.length;
  }

  /**
   * Mean document length (avgdl): the mean of the documents' total counts.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * createCorpus(['USA Russland', 'China'], { language: 'de' }).averageLength; // 1.5
   * ```
   */
  get averageLength(): number {
    return this.#documents.length === 0 ? 0 : this.#totalLength / this.#documents.length;
  }

  /**
   * The weighting parameters.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * createCorpus([], { b: 0.5 }).weighting.b; // 0.5
   * ```
   */
  get weighting(): CorpusWeighting {
    return { ...this.#weighting };
  }

  /**
   * How documents are counted.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * createCorpus([], { stem: true }).settings.stem; // true
   * ```
   */
  get settings(): TermSettings {
    return { ...this.#count.settings, ngrams: [...this.#count.settings.ngrams], kinds: [...this.#count.settings.kinds] };
  }

  /**
   * The counts of document `index`.
   *
   * @throws RangeError when there is no such document.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * createCorpus(['USA und USA'], { language: 'de' }).document(0).get('usa'); // 2
   * ```
   */
  document(index: number): TermFrequencies {
    const document = Number.isInteger(index) ? this.#documents[index] : undefined;
    if (document === undefined) throw new RangeError(`TermCorpus.document: no document ${String(index)} (the corpus has ${this.#documents.length})`);
    return document;
  }

  /**
   * Counts a new text with the corpus's counting options (to use with
   * {@link TermCorpus.keywords}, {@link TermCorpus.tfidf} or {@link TermCorpus.bm25}).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA', 'Russland'], { language: 'de' });
   * corpus.keywords(corpus.count('Russland und Russland'), 1)[0]?.term; // 'russland'
   * ```
   */
  count(text: string): TermFrequencies {
    assertString(text, 'text', 'TermCorpus.count');
    const counter = new TermCounter(this.#count);
    counter.countText(text);
    return counter.result();
  }

  /**
   * Number of documents that contain `term` (df).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * createCorpus(['USA', 'USA und China', 'Russland'], { language: 'de' }).documentFrequency('usa'); // 2
   * ```
   */
  documentFrequency(term: string): number {
    return this.#df.get(term) ?? 0;
  }

  /**
   * Every term with its document frequency, in no particular order.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * new Map(createCorpus(['USA', 'USA'], { language: 'de' }).documentFrequencies()).get('usa'); // 2
   * ```
   */
  documentFrequencies(): IterableIterator<[string, number]> {
    return this.#df.entries();
  }

  /**
   * The TF-IDF idf of `term`: ln((1 + n) / (1 + df)) + 1 with `smoothIdf`
   * (default), else ln(n / df) + 1 (Infinity for an unseen term).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA', 'USA und China', 'Russland'], { language: 'de' });
   * corpus.idf('usa') === Math.log(4 / 3) + 1; // true
   * ```
   */
  idf(term: string): number {
    const n = this.#documents.length;
    const df = this.documentFrequency(term);
    return this.#weighting.smoothIdf ? Math.log((1 + n) / (1 + df)) + 1 : Math.log(n / df) + 1;
  }

  /**
   * The BM25 idf of `term` (Lucene's variant, never negative):
   * ln(1 + (n − df + 0.5) / (df + 0.5)).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA', 'USA und China', 'Russland'], { language: 'de' });
   * corpus.bm25Idf('usa') === Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5)); // true
   * ```
   */
  bm25Idf(term: string): number {
    const n = this.#documents.length;
    const df = this.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The TF-IDF vector of a document (by index, or counts made with
   * {@link TermCorpus.count}) as a Map from term to weight, heaviest first.
   * Terms no corpus document contains are left out, as scikit-learn's
   * `transform` does.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA und Russland', 'USA und China'], { language: 'de' });
   * const weights = corpus.tfidf(0);
   * [...weights.keys()]; // ['russland', 'usa']
   * Math.abs(Math.hypot(...weights.values()) - 1) < 1e-12; // true (L2-normalised)
   * ```
   */
  tfidf(document: number | TermFrequencies): Map<string, number> {
    const counts = this.resolve(document, 'tfidf');
    const { sublinearTf, norm } = this.#weighting;
    const weights: [string, number][] = [];
    for (const [term, count] of counts) {
      if (this.documentFrequency(term) === 0) continue;
      const tf = sublinearTf ? 1 + Math.log(count) : count;
      weights.push([term, tf * this.idf(term)]);
    }
    let divisor = 1;
    if (norm === 'l2') {
      let sum = 0;
      for (const [, weight] of weights) sum += weight * weight;
      divisor = Math.sqrt(sum);
    } else if (norm === 'l1') {
      let sum = 0;
      for (const [, weight] of weights) sum += Math.abs(weight);
      divisor = sum;
    }
    if (divisor > 0 && divisor !== 1) for (const entry of weights) entry[1] = entry[1] / divisor;
    weights.sort(byWeight);
    return new Map(weights);
  }

  /**
   * The BM25 score of a document for a query. A string query is counted
   * with the corpus's options (so it is tokenized, stopword-filtered and
   * stemmed like the documents); an array is taken as terms already.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA und Russland', 'USA und China'], { language: 'de' });
   * corpus.bm25('Russland', 0) > corpus.bm25('Russland', 1); // true
   * ```
   */
  bm25(query: string | readonly string[], document: number | TermFrequencies): number {
    return this.score(this.queryTerms(query, 'bm25'), this.resolve(document, 'bm25'));
  }

  /**
   * The documents ranked by BM25 for a query, best first; documents scoring
   * 0 are left out. At most `n` (default all).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA und Russland', 'USA und China', 'China'], { language: 'de' });
   * corpus.search('China', 1).map((hit) => hit.index); // [2]
   * ```
   */
  search(query: string | readonly string[], n?: number): SearchHit[] {
    const terms = this.queryTerms(query, 'search');
    const hits: SearchHit[] = [];
    this.#documents.forEach((document, index) => {
      const score = this.score(terms, document);
      if (score > 0) hits.push({ index, score });
    });
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return n === undefined ? hits : hits.slice(0, Math.max(0, n));
  }

  /**
   * The `n` (default 10) terms with the highest TF-IDF weight in a
   * document, heaviest first (ties by term).
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const corpus = createCorpus(['USA und Russland in Riad', 'USA und China'], { language: 'de' });
   * corpus.keywords(0, 2).map((k) => k.term); // ['riad', 'russland']
   * ```
   */
  keywords(document: number | TermFrequencies, n = 10): Keyword[] {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('TermCorpus.keywords: argument `n` must be a non-negative integer');
    const counts = this.resolve(document, 'keywords');
    const keywords: Keyword[] = [];
    for (const [term, score] of this.tfidf(counts)) {
      if (keywords.length >= n) break;
      keywords.push({ term, score, count: counts.get(term) });
    }
    return keywords;
  }

  /**
   * A new corpus with the documents of both (this corpus's weighting).
   * Document frequencies add up exactly.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * const a = createCorpus(['USA'], { language: 'de' });
   * const b = createCorpus(['USA und China'], { language: 'de' });
   * a.merge(b).documentFrequency('usa'); // 2
   * ```
   */
  merge(other: TermCorpus): TermCorpus {
    if (!(other instanceof TermCorpus)) throw new TypeError('TermCorpus.merge: argument `other` must be a TermCorpus');
    const mismatch = settingsMismatch(this.#count.settings, other.#count.settings);
    if (mismatch !== undefined) throw new Error(`TermCorpus.merge: corpora counted with different settings cannot be merged (${mismatch})`);
    return new TermCorpus([...this.#documents, ...other.#documents], this.#count, this.#weighting);
  }

  /**
   * The JSON form ({@link TermCorpusJSON}); `JSON.stringify(corpus)` uses it.
   *
   * @example
   * ```ts
   * import { createCorpus } from 'article-lens';
   * JSON.parse(JSON.stringify(createCorpus(['USA']))).documents.length; // 1
   * ```
   */
  toJSON(): TermCorpusJSON {
    const json: TermCorpusJSON = {
      format: 'article-lens/term-corpus',
      version: 1,
      weighting: this.weighting,
      settings: this.settings,
      documents: this.#documents.map((document) => document.toJSON()),
    };
    if (this.#count.customStopwords !== undefined) json.stopwords = [...this.#count.customStopwords];
    return json;
  }

  /**
   * Rebuilds a corpus from {@link TermCorpus.toJSON}'s output or its JSON string.
   *
   * @throws TypeError when `json` is not term-corpus JSON.
   *
   * @example
   * ```ts
   * import { createCorpus, TermCorpus } from 'article-lens';
   * const saved = JSON.stringify(createCorpus(['USA', 'USA und China'], { language: 'de' }));
   * TermCorpus.fromJSON(saved).documentFrequency('usa'); // 2
   * ```
   */
  static fromJSON(json: TermCorpusJSON | string): TermCorpus {
    let value: unknown = json;
    if (typeof json === 'string') {
      try {
        value = JSON.parse(json) as unknown;
      } catch {
        throw new TypeError('TermCorpus.fromJSON: argument `json` is not valid JSON');
      }
    }
    const bad = (what: string): never => {
      throw new TypeError(`TermCorpus.fromJSON: argument \`json\` is not term-corpus JSON (${what})`);
    };
    if (value === null || typeof value !== 'object') return bad('not an object');
    const record = value as Partial<Record<keyof TermCorpusJSON, unknown>>;
    if (record.format !== 'article-lens/term-corpus' || record.version !== 1) return bad('format');
    if (!Array.isArray(record.documents)) return bad('documents');
    if (record.weighting === null || typeof record.weighting !== 'object') return bad('weighting');
    if (record.settings === null || typeof record.settings !== 'object') return bad('settings');
    const settings = record.settings as TermSettings;
    const documents = (record.documents as unknown[]).map((document) => TermFrequencies.fromJSON(document as TermFrequenciesJSON));
    const stopwords = record.stopwords;
    if (stopwords !== undefined && !(Array.isArray(stopwords) && stopwords.every((word) => typeof word === 'string'))) return bad('stopwords');
    const countOptions: CountOptions = {
      lowercase: settings.lowercase,
      stopwords: settings.stopwords === 'custom' ? (stopwords as string[] | undefined) ?? [] : settings.stopwords === 'default',
      stem: settings.stem,
      ngrams: settings.ngrams,
      minLength: settings.minLength,
      kinds: settings.kinds,
      from: settings.from,
    };
    if (settings.language !== null && settings.language !== undefined) countOptions.language = settings.language;
    let count: ResolvedCountOptions;
    let weighting: CorpusWeighting;
    try {
      count = resolveCountOptions(countOptions, 'TermCorpus.fromJSON');
      weighting = resolveWeighting(record.weighting as CorpusOptions, 'TermCorpus.fromJSON');
    } catch (error) {
      return bad(error instanceof Error ? error.message : 'settings');
    }
    return new TermCorpus(documents, count, weighting);
  }

  private resolve(document: number | TermFrequencies, method: string): TermFrequencies {
    if (document instanceof TermFrequencies) return document;
    if (typeof document === 'number') {
      const found = Number.isInteger(document) ? this.#documents[document] : undefined;
      if (found === undefined) throw new RangeError(`TermCorpus.${method}: no document ${String(document)} (the corpus has ${this.#documents.length})`);
      return found;
    }
    throw new TypeError(`TermCorpus.${method}: argument \`document\` must be a document index or a TermFrequencies`);
  }

  private queryTerms(query: string | readonly string[], method: string): string[] {
    if (typeof query === 'string') return [...this.count(query).entries()].map(([term]) => term);
    if (!Array.isArray(query) || !query.every((term) => typeof term === 'string')) {
      throw new TypeError(`TermCorpus.${method}: argument \`query\` must be a string or an array of terms`);
    }
    return [...new Set(query)];
  }

  private score(terms: readonly string[], document: TermFrequencies): number {
    const { k1, b } = this.#weighting;
    const avgdl = this.averageLength;
    const lengthRatio = avgdl > 0 ? document.total / avgdl : 0;
    let score = 0;
    for (const term of terms) {
      const tf = document.get(term);
      if (tf === 0) continue;
      score += (this.bm25Idf(term) * (tf * (k1 + 1))) / (tf + k1 * (1 - b + b * lengthRatio));
    }
    return score;
  }
}

/**
 * Builds a {@link TermCorpus} from texts (counted with `options`) or from
 * counts already made with the same counting options (for example in
 * shards, or restored with {@link TermFrequencies.fromJSON}).
 *
 * @param documents - Texts or {@link TermFrequencies}, one per document.
 * @param options - {@link CorpusOptions}: counting options and weighting.
 * @throws TypeError when a document is neither a string nor a TermFrequencies;
 *   Error when counts were made with other settings than `options`.
 *
 * @example
 * ```ts
 * import { createCorpus } from 'article-lens';
 * const corpus = createCorpus(['USA und Russland', 'USA und China'], { language: 'de' });
 * corpus.idf('russland') > corpus.idf('usa'); // true
 * ```
 */
export function createCorpus(documents: Iterable<string | TermFrequencies>, options?: CorpusOptions): TermCorpus {
  if (documents === null || typeof documents !== 'object' || !(Symbol.iterator in documents)) {
    throw new TypeError('createCorpus: argument `documents` must be an iterable of texts or TermFrequencies');
  }
  const count = resolveCountOptions(options, 'createCorpus');
  if (Array.isArray(count.segments)) throw new TypeError('createCorpus: option `segments` must be a function when counting several texts');
  const weighting = resolveWeighting(options, 'createCorpus');
  const counted: TermFrequencies[] = [];
  for (const document of documents) {
    if (typeof document === 'string') {
      const counter = new TermCounter(count);
      counter.countText(document);
      counted.push(counter.result());
    } else if (document instanceof TermFrequencies) {
      counted.push(document);
    } else {
      throw new TypeError('createCorpus: argument `documents` must contain only texts or TermFrequencies');
    }
  }
  return new TermCorpus(counted, count, weighting);
}
