import type { LanguageCode } from '../shared/span.js';
import type { TokenKind } from './types.js';

/**
 * How a {@link TermFrequencies} was counted. Two counts merge only when
 * their settings are equal (except `language`), so merged numbers always
 * mean the same thing.
 *
 * @example
 * ```ts
 * import { termFrequencies, type TermSettings } from 'article-lens';
 * const settings: TermSettings = termFrequencies('Die USA und Russland.', { language: 'de' }).settings;
 * settings.stopwords; // 'default'
 * ```
 */
export interface TermSettings {
  /** The language the caller fixed, or `null` when it was detected per text. */
  language: LanguageCode | null;
  /** Whether terms were lower-cased. */
  lowercase: boolean;
  /** `'default'` (the curated list of each text's language), `'none'`, or `'custom'`. */
  stopwords: 'default' | 'none' | 'custom';
  /** Whether terms were stemmed. */
  stem: boolean;
  /** The n-gram orders counted, ascending, e.g. `[1, 2]`. */
  ngrams: number[];
  /** Minimum length of a term (of each word of an n-gram), in UTF-16 code units. */
  minLength: number;
  /** The token kinds counted as terms. */
  kinds: TokenKind[];
  /** Which part of each text was counted. */
  from: 'all' | 'narration' | 'quotes';
}

/**
 * The JSON form of a {@link TermFrequencies}: terms as `[term, count]` pairs
 * (never an object keyed by term, so a term such as `"__proto__"` is safe),
 * most frequent first.
 *
 * @example
 * ```ts
 * import { termFrequencies, TermFrequencies, type TermFrequenciesJSON } from 'article-lens';
 * const json: TermFrequenciesJSON = termFrequencies('USA, USA, Russland', { language: 'de' }).toJSON();
 * json.terms; // [['usa', 2], ['russland', 1]]
 * TermFrequencies.fromJSON(JSON.stringify(json)).get('usa'); // 2
 * ```
 */
export interface TermFrequenciesJSON {
  /** Always `'article-lens/term-frequencies'`. */
  format: 'article-lens/term-frequencies';
  /** Format version, currently 1. */
  version: 1;
  /** How the counts were made. */
  settings: TermSettings;
  /** Number of texts counted. */
  documents: number;
  /** Number of texts counted per language, as `[code, texts]` pairs. */
  languages: [LanguageCode, number][];
  /** Sum of all counts. */
  total: number;
  /** `[term, count]` pairs, by count descending, then term. */
  terms: [string, number][];
}

/**
 * @internal Distinct terms with their counts (each above 0), in order of
 * first count, with a lookup of their own: the counts as the counters
 * make them, used without a map.
 */
export interface TermList {
  readonly terms: readonly string[];
  readonly counts: readonly number[];
  /** How often `term` was counted; 0 when never. */
  countOf(term: string): number;
}

const NO_CELLS: ReadonlyMap<string, { readonly n: number }> = new Map();

const compareEntries = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function sameSettings(a: TermSettings, b: TermSettings): string | undefined {
  const keys: (keyof TermSettings)[] = ['lowercase', 'stopwords', 'stem', 'ngrams', 'minLength', 'kinds', 'from'];
  for (const key of keys) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return `${key}: ${JSON.stringify(a[key])} vs ${JSON.stringify(b[key])}`;
  }
  return undefined;
}

/**
 * Term counts of one text or many: an immutable, mergeable, serialisable
 * multiset of terms. Made by {@link termFrequencies}, {@link countTokens},
 * {@link countTermsStream} or {@link TermFrequencies.fromJSON}.
 *
 * Counts from shards add up exactly: counting texts separately and merging
 * gives the same counts, total and document number as counting them together.
 *
 * @example
 * ```ts
 * import { termFrequencies } from 'article-lens';
 * const tf = termFrequencies('Die USA und Russland. Die USA!', { language: 'de' });
 * tf.get('usa'); // 2
 * tf.top(1); // [['usa', 2]]
 * tf.size; // 2
 * tf.total; // 3
 * ```
 */
export class TermFrequencies implements Iterable<[string, number]> {
  /**
   * Count cells by term, in order of first count; cells with `n === 0`
   * (stopword marks, uncounted stems) are not terms. Undefined when the
   * counts are a `#list`.
   */
  #cells: ReadonlyMap<string, { readonly n: number }> | undefined;
  /** The counts as a {@link TermList}, when they came as one. */
  #list: TermList | undefined;
  /** Number of cells with `n > 0`. */
  readonly #size: number;
  readonly #total: number;
  readonly #documents: number;
  readonly #languages: ReadonlyMap<LanguageCode, number>;
  readonly #settings: TermSettings;

  /**
   * @internal Use {@link termFrequencies} or {@link TermFrequencies.fromJSON}.
   * `cells` may hold cells with `n === 0`, which are not terms; `size` is
   * the number of cells with `n > 0`. The cells (or a {@link TermList},
   * which looks terms up itself) are not copied: the caller must not
   * change them afterwards.
   */
  constructor(
    cells: ReadonlyMap<string, { readonly n: number }> | TermList,
    size: number,
    total: number,
    documents: number,
    languages: ReadonlyMap<LanguageCode, number>,
    settings: TermSettings,
  ) {
    if (cells instanceof Map) this.#cells = cells;
    else this.#list = cells as TermList;
    this.#size = size;
    this.#total = total;
    this.#documents = documents;
    this.#languages = languages;
    this.#settings = settings;
  }

  /**
   * How often `term` was counted; 0 when never. The term is looked up as
   * given: with the default `lowercase: true`, ask for lower-case terms;
   * n-grams are their words joined by one space.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * const tf = termFrequencies('Vereinigte Staaten', { language: 'de', ngrams: [1, 2] });
   * tf.get('staaten'); // 1
   * tf.get('vereinigte staaten'); // 1
   * tf.get('Staaten'); // 0
   * ```
   */
  get(term: string): number {
    if (this.#list !== undefined) return typeof term === 'string' ? this.#list.countOf(term) : 0;
    return this.#cellMap().get(term)?.n ?? 0;
  }

  /**
   * Whether `term` was counted at least once.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * termFrequencies('Die USA', { language: 'de' }).has('die'); // false: a stopword
   * ```
   */
  has(term: string): boolean {
    return this.get(term) > 0;
  }

  /**
   * The `n` most frequent terms as `[term, count]` pairs, by count
   * descending, ties by term in code-unit order, so the result is the same
   * however the counts were sharded. All terms when `n` is omitted.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * termFrequencies('USA, Russland, USA, Moskau', { language: 'de' }).top(2);
   * // [['usa', 2], ['moskau', 1]]
   * ```
   */
  top(n?: number): [string, number][] {
    if (n !== undefined && (!Number.isInteger(n) || n < 0)) {
      throw new RangeError(`TermFrequencies.top: argument \`n\` must be a non-negative integer, got ${String(n)}`);
    }
    const list = this.#list;
    if (list !== undefined && n !== undefined && n < this.#size && n <= 64) return selectTopOfList(list, n);
    const all = [...this.#pairs()];
    if (n !== undefined && n < all.length && n <= 64) return selectTop(all, n);
    all.sort(compareEntries);
    return n === undefined ? all : all.slice(0, n);
  }

  /**
   * Every `[term, count]` pair, in the order the terms were first counted.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * [...termFrequencies('USA und Russland', { language: 'de' }).entries()];
   * // [['usa', 1], ['russland', 1]]
   * ```
   */
  entries(): IterableIterator<[string, number]> {
    return this.#pairs();
  }

  *#pairs(): IterableIterator<[string, number]> {
    const list = this.#list;
    if (list !== undefined) {
      for (let index = 0; index < list.terms.length; index++) yield [list.terms[index] ?? '', list.counts[index] ?? 0];
      return;
    }
    for (const [term, cell] of this.#cellMap()) if (cell.n > 0) yield [term, cell.n];
  }

  /** The count cells by term, when the counts are not a {@link TermList}. */
  #cellMap(): ReadonlyMap<string, { readonly n: number }> {
    return this.#cells ?? NO_CELLS;
  }

  /**
   * Same as {@link TermFrequencies.entries}, so a `TermFrequencies` works in `for…of` and `new Map(tf)`.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * const counts = new Map(termFrequencies('USA und USA', { language: 'de' }));
   * counts.get('usa'); // 2
   * ```
   */
  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.#pairs();
  }

  /**
   * Number of distinct terms.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * termFrequencies('USA, USA, Russland', { language: 'de' }).size; // 2
   * ```
   */
  get size(): number {
    return this.#size;
  }

  /**
   * Sum of all counts (n-grams of every order included).
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * termFrequencies('USA, USA, Russland', { language: 'de' }).total; // 3
   * ```
   */
  get total(): number {
    return this.#total;
  }

  /**
   * Number of texts counted (an empty text counts as a document with no terms).
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * termFrequencies(['USA', 'Russland', ''], { language: 'de' }).documents; // 3
   * ```
   */
  get documents(): number {
    return this.#documents;
  }

  /**
   * Number of texts counted per language (fixed by the caller or detected;
   * `'und'` when undetermined).
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * const tf = termFrequencies(['Die Regierung und das Parlament', 'The government and the parliament']);
   * tf.languages.get('deu'); // 1
   * tf.languages.get('eng'); // 1
   * ```
   */
  get languages(): ReadonlyMap<LanguageCode, number> {
    return this.#languages;
  }

  /**
   * How the counts were made.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * termFrequencies('USA', { language: 'de', stem: true }).settings.stem; // true
   * ```
   */
  get settings(): TermSettings {
    return { ...this.#settings, ngrams: [...this.#settings.ngrams], kinds: [...this.#settings.kinds] };
  }

  /**
   * A new `TermFrequencies` with the counts of both added up. Throws when
   * the two were counted with different settings (other than `language`).
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * const a = termFrequencies('USA und Russland', { language: 'de' });
   * const b = termFrequencies('USA und China', { language: 'de' });
   * const both = a.merge(b);
   * both.get('usa'); // 2
   * both.documents; // 2
   * ```
   */
  merge(other: TermFrequencies): TermFrequencies {
    if (!(other instanceof TermFrequencies)) {
      throw new TypeError('TermFrequencies.merge: argument `other` must be a TermFrequencies');
    }
    const mismatch = sameSettings(this.#settings, other.#settings);
    if (mismatch !== undefined) {
      throw new Error(`TermFrequencies.merge: counts made with different settings cannot be merged (${mismatch})`);
    }
    const cells = new Map<string, { n: number }>();
    for (const [term, count] of this.#pairs()) cells.set(term, { n: count });
    for (const [term, count] of other.#pairs()) {
      const cell = cells.get(term);
      if (cell === undefined) cells.set(term, { n: count });
      else cell.n += count;
    }
    const languages = new Map(this.#languages);
    for (const [code, texts] of other.#languages) languages.set(code, (languages.get(code) ?? 0) + texts);
    const settings = { ...this.#settings };
    if (settings.language !== other.#settings.language) settings.language = null;
    return new TermFrequencies(cells, cells.size, this.#total + other.#total, this.#documents + other.#documents, languages, settings);
  }

  /**
   * The JSON form ({@link TermFrequenciesJSON}); `JSON.stringify(tf)` uses it.
   *
   * @example
   * ```ts
   * import { termFrequencies } from 'article-lens';
   * JSON.stringify(termFrequencies('USA', { language: 'de' })).includes('"terms":[["usa",1]]'); // true
   * ```
   */
  toJSON(): TermFrequenciesJSON {
    return {
      format: 'article-lens/term-frequencies',
      version: 1,
      settings: this.settings,
      documents: this.#documents,
      languages: [...this.#languages.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
      total: this.#total,
      terms: this.top(),
    };
  }

  /**
   * Rebuilds counts from {@link TermFrequencies.toJSON}'s output or its
   * JSON string, validating the shape.
   *
   * @throws TypeError when `json` is not a term-frequencies JSON value.
   *
   * @example
   * ```ts
   * import { termFrequencies, TermFrequencies } from 'article-lens';
   * const saved = JSON.stringify(termFrequencies('USA und Russland', { language: 'de' }));
   * TermFrequencies.fromJSON(saved).get('russland'); // 1
   * ```
   */
  static fromJSON(json: TermFrequenciesJSON | string): TermFrequencies {
    const value: unknown = typeof json === 'string' ? parseJson(json) : json;
    const bad = (what: string): never => {
      throw new TypeError(`TermFrequencies.fromJSON: argument \`json\` is not term-frequencies JSON (${what})`);
    };
    if (value === null || typeof value !== 'object') return bad('not an object');
    const record = value as Partial<Record<keyof TermFrequenciesJSON, unknown>>;
    if (record.format !== 'article-lens/term-frequencies') return bad('format');
    if (record.version !== 1) return bad('version');
    const settings = validateSettings(record.settings) ?? bad('settings');
    if (!isCount(record.documents)) return bad('documents');
    if (!Array.isArray(record.terms)) return bad('terms');
    if (!Array.isArray(record.languages)) return bad('languages');
    const cells = new Map<string, { n: number }>();
    let total = 0;
    for (const pair of record.terms as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !isCount(pair[1]) || pair[1] === 0) return bad('terms entry');
      const [term, count] = pair as [string, number];
      if (cells.has(term)) return bad(`duplicate term ${JSON.stringify(term)}`);
      cells.set(term, { n: count });
      total += count;
    }
    if (record.total !== total) return bad('total is not the sum of the counts');
    const languages = new Map<LanguageCode, number>();
    for (const pair of record.languages as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !isCount(pair[1])) return bad('languages entry');
      languages.set(pair[0] as string, pair[1] as number);
    }
    return new TermFrequencies(cells, cells.size, total, record.documents, languages, settings);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TypeError('TermFrequencies.fromJSON: argument `json` is not valid JSON');
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const KINDS: ReadonlySet<string> = new Set(['word', 'abbreviation', 'number', 'ordinal', 'punctuation', 'url', 'email', 'handle', 'hashtag', 'symbol']);

function validateSettings(value: unknown): TermSettings | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  if (!(s.language === null || typeof s.language === 'string')) return undefined;
  if (typeof s.lowercase !== 'boolean' || typeof s.stem !== 'boolean') return undefined;
  if (s.stopwords !== 'default' && s.stopwords !== 'none' && s.stopwords !== 'custom') return undefined;
  if (!Array.isArray(s.ngrams) || !s.ngrams.every((n) => Number.isInteger(n) && (n as number) >= 1)) return undefined;
  if (!isCount(s.minLength)) return undefined;
  if (!Array.isArray(s.kinds) || !s.kinds.every((k) => typeof k === 'string' && KINDS.has(k))) return undefined;
  if (s.from !== 'all' && s.from !== 'narration' && s.from !== 'quotes') return undefined;
  return {
    language: s.language,
    lowercase: s.lowercase,
    stopwords: s.stopwords,
    stem: s.stem,
    ngrams: [...(s.ngrams as number[])],
    minLength: s.minLength,
    kinds: [...(s.kinds as TokenKind[])],
    from: s.from,
  };
}

/** The `n` largest entries by {@link compareEntries} order, for small `n`, in O(size · n). */
function selectTop(all: [string, number][], n: number): [string, number][] {
  const best: [string, number][] = [];
  for (const entry of all) insertRanked(best, entry, n);
  return best;
}

/**
 * {@link selectTop} over a {@link TermList}'s arrays: a term whose count is
 * below the n-th best's is passed over without making its pair (after the
 * first few terms, nearly every term of a text counted once).
 */
function selectTopOfList(list: TermList, n: number): [string, number][] {
  const best: [string, number][] = [];
  const { terms, counts } = list;
  for (let index = 0; index < terms.length; index++) {
    const count = counts[index] ?? 0;
    if (best.length === n && count < (best[n - 1]?.[1] ?? 0)) continue;
    insertRanked(best, [terms[index] ?? '', count], n);
  }
  return best;
}

/** Inserts `entry` into `best` (sorted by {@link compareEntries}, at most `n` long) if it ranks among the first `n`. */
function insertRanked(best: [string, number][], entry: [string, number], n: number): void {
  if (best.length === n) {
    const last = best[n - 1];
    if (last === undefined || compareEntries(entry, last) >= 0) return;
    best.pop();
  }
  let k = best.length;
  while (k > 0) {
    const previous = best[k - 1];
    if (previous === undefined || compareEntries(entry, previous) >= 0) break;
    k--;
  }
  best.splice(k, 0, entry);
}
