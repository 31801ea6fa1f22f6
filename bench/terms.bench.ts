/**
 * Terms: termFrequencies, tokenize and countTokens (over tokens made
 * beforehand, as analyzeArticle does) on German news (the seeds and the
 * 850 WikiNews articles of ../shared/dev/quotes-de.jsonl), against natural's
 * TfIdf and natural's German stemmer in the same run, then a 200 MB stream
 * counted with countTermsStream with its peak memory.
 *
 * natural is loaded by module path (never its index): tfidf.js pulls in
 * underscore, its regexp tokenizer and English stopword list, nothing else.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { countTermsStream, countTokens, termFrequencies, tokenize, type Token } from '../src/index.js';
import { readQuoteArticles, readSeeds } from './data.js';
import { measure, utf8Bytes, type BenchRow } from './harness.js';

export const title = 'Terms: termFrequencies, tokenize, countTokens, countTermsStream (German news)';

interface NaturalTfIdf {
  addDocument(document: string): void;
  tfidf(term: string, index: number): number;
}
interface NaturalStemmer {
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
}

const require = createRequire(import.meta.url);
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => NaturalTfIdf;
const stemmerDe = require('natural/lib/natural/stemmers/porter_stemmer_de.js') as NaturalStemmer;

const STREAM_BYTES = 200e6;

/** A full garbage collection between measurements, so one row's garbage is not billed to the next. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Yields about `bytes` of UTF-8 text, lazily, by cycling through `sources`
 * and perturbing each copy (sentences rotated, a per-round marker word),
 * so that no two yielded texts are equal and the vocabulary keeps growing
 * a little, as in a real corpus. Samples memory every 64 texts.
 */
async function* perturbedStream(
  sources: readonly string[],
  bytes: number,
  onSample: () => void,
): AsyncGenerator<string> {
  let produced = 0;
  let round = 0;
  let count = 0;
  while (produced < bytes) {
    for (const source of sources) {
      const sentences = source.split('. ');
      const shift = sentences.length > 1 ? round % sentences.length : 0;
      const text = `${sentences.slice(shift).join('. ')}. ${sentences.slice(0, shift).join('. ')} Kennung${round % 5000}x${count % 7}`;
      produced += Buffer.byteLength(text, 'utf8');
      if (++count % 64 === 0) onSample();
      yield text;
      if (produced >= bytes) return;
    }
    round++;
  }
}

async function streamRow(sources: readonly string[]): Promise<BenchRow> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = (): void => {
    const now = process.memoryUsage();
    if (now.rss > peakRss) peakRss = now.rss;
    if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
  };
  let streamed = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const tf = await countTermsStream(
    (async function* () {
      for await (const text of perturbedStream(sources, STREAM_BYTES, sample)) {
        streamed += Buffer.byteLength(text, 'utf8');
        yield text;
      }
    })(),
    { language: 'de' },
  );
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  sample();
  const mb = (value: number): string => (value / 1048576).toFixed(0);
  return {
    name: `countTermsStream, ${(streamed / 1e6).toFixed(0)} MB generated lazily (no stemming)`,
    mbPerSecond: streamed / 1e6 / (elapsed / 1000),
    msPerIteration: elapsed,
    iterations: 1,
    note:
      `${(streamed / 1e6 / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} MB per CPU-second; ${tf.documents} texts, vocabulary ${tf.size} terms, ${tf.total} counted; ` +
      `peak RSS ${mb(peakRss)} MiB (${mb(before.rss)} before), peak heapUsed ${mb(peakHeap)} MiB (${mb(before.heapUsed)} before)`,
  };
}

/**
 * `measure`, plus the throughput per second of CPU time this process used
 * (warm-up included), which is less distorted than wall time when other
 * processes share the cores.
 */
function measureWithCpu(name: string, texts: readonly string[], fn: (text: string) => unknown): BenchRow {
  collectGarbage();
  const cpuBefore = process.cpuUsage();
  const row = measure(name, texts, fn);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = (utf8Bytes(texts) / 1e6) * (row.iterations + 1);
  row.note = `${(megabytes / cpuSeconds).toFixed(1)} MB per CPU-second`;
  return row;
}

export async function run(): Promise<BenchRow[]> {
  const texts = [...readSeeds().map((seed) => seed.text), ...readQuoteArticles().map((article) => article.text)];
  const megabytes = (utf8Bytes(texts) / 1e6).toFixed(2);
  const rows: BenchRow[] = [];

  // Two rounds, interleaved, best of both per row: the machine may be shared, and the order of rows
  // (JIT warm-up, heap growth) should not decide the comparison.
  const best = (a: BenchRow | undefined, b: BenchRow): BenchRow => (a === undefined || b.mbPerSecond > a.mbPerSecond ? b : a);
  let naturalTfIdf: BenchRow | undefined;
  let naturalStem: BenchRow | undefined;
  let plain: BenchRow | undefined;
  let stemmed: BenchRow | undefined;
  let detected: BenchRow | undefined;
  let bigrams: BenchRow | undefined;
  let tokens: BenchRow | undefined;
  let counted: BenchRow | undefined;
  // countTokens counts tokens made once (as analyzeArticle does): tokenize outside the timing
  const tokensOf = new Map<string, Token[]>(texts.map((text) => [text, tokenize(text, { language: 'de' })]));
  for (let round = 0; round < 2; round++) {
    naturalTfIdf = best(naturalTfIdf, measureWithCpu(`natural TfIdf.addDocument (baseline; ${texts.length} texts, ${megabytes} MB)`, texts, (text) => {
      const tfidf = new TfIdf();
      tfidf.addDocument(text);
      return tfidf;
    }));
    plain = best(plain, measureWithCpu("termFrequencies { language: 'de' }", texts, (text) => termFrequencies(text, { language: 'de' }).size));
    naturalStem = best(naturalStem, measureWithCpu('natural PorterStemmerDe.tokenizeAndStem (stemming baseline)', texts, (text) => stemmerDe.tokenizeAndStem(text).length));
    stemmed = best(stemmed, measureWithCpu("termFrequencies { language: 'de', stem: true }", texts, (text) => termFrequencies(text, { language: 'de', stem: true }).size));
    detected = best(detected, measureWithCpu('termFrequencies (language detected)', texts, (text) => termFrequencies(text).size));
    bigrams = best(bigrams, measureWithCpu("termFrequencies { language: 'de', ngrams: [1, 2] }", texts, (text) => termFrequencies(text, { language: 'de', ngrams: [1, 2] }).size));
    tokens = best(tokens, measureWithCpu("tokenize { language: 'de' } (Token objects)", texts, (text) => tokenize(text, { language: 'de' }).length));
    counted = best(counted, measureWithCpu("countTokens { language: 'de', text } (tokens made beforehand)", texts, (text) => countTokens(tokensOf.get(text) ?? [], { language: 'de', text }).size));
  }
  if (!naturalTfIdf || !naturalStem || !plain || !stemmed || !detected || !bigrams || !tokens || !counted) throw new Error('unreachable');

  const ratio = (row: BenchRow, base: BenchRow): string => `${(row.mbPerSecond / base.mbPerSecond).toFixed(1)}× natural`;
  plain.note = `target ≥ 40 MB/s; ${ratio(plain, naturalTfIdf)} TfIdf; ${plain.note ?? ''}`;
  stemmed.note = `target ≥ 20 MB/s; ${ratio(stemmed, naturalStem)} stemmer, ${ratio(stemmed, naturalTfIdf)} TfIdf; ${stemmed.note ?? ''}`;
  detected.note = `${ratio(detected, naturalTfIdf)} TfIdf; ${detected.note ?? ''}`;
  bigrams.note = `${ratio(bigrams, naturalTfIdf)} TfIdf; ${bigrams.note ?? ''}`;
  rows.push(naturalTfIdf, naturalStem, plain, stemmed, detected, bigrams, tokens, counted);

  collectGarbage();
  rows.push(await streamRow(texts));
  return rows;
}
