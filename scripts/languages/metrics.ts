/** Scoring of fragment finders on spliced documents and on unspliced news. */
import { franc } from 'franc';
import type { SplicedDocument } from './spliced-set.js';

export interface Predicted {
  start: number;
  end: number;
  lang: string;
  text?: string;
}

export type Finder = (text: string, main: string) => Predicted[];

export interface Scores {
  spanPrecision: number;
  spanRecall: number;
  spanF1: number;
  tokenPrecision: number;
  tokenRecall: number;
  tokenF1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Word tokens (letter/digit runs) with offsets. */
export function wordSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)) {
    out.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return out;
}

/** Exact-span (both ends within one character, right language) and token scores. */
export function score(documents: readonly SplicedDocument[], finder: Finder): Scores {
  let spanTp = 0;
  let spanPredicted = 0;
  let spanGold = 0;
  let tokenTp = 0;
  let tokenPredicted = 0;
  let tokenGold = 0;
  for (const document of documents) {
    const predicted = finder(document.text, document.main);
    spanPredicted += predicted.length;
    spanGold += document.fragments.length;
    for (const gold of document.fragments) {
      if (predicted.some((p) => p.lang === gold.lang && Math.abs(p.start - gold.start) <= 1 && Math.abs(p.end - gold.end) <= 1)) spanTp++;
    }
    for (const word of wordSpans(document.text)) {
      const gold = document.fragments.find((f) => word.start >= f.start && word.end <= f.end);
      const guess = predicted.find((p) => word.start >= p.start && word.end <= p.end);
      if (gold) tokenGold++;
      if (guess) tokenPredicted++;
      if (gold && guess && gold.lang === guess.lang) tokenTp++;
    }
  }
  const spanPrecision = spanPredicted === 0 ? 0 : spanTp / spanPredicted;
  const spanRecall = spanGold === 0 ? 0 : spanTp / spanGold;
  const tokenPrecision = tokenPredicted === 0 ? 0 : tokenTp / tokenPredicted;
  const tokenRecall = tokenGold === 0 ? 0 : tokenTp / tokenGold;
  return {
    spanPrecision,
    spanRecall,
    spanF1: f1(spanPrecision, spanRecall),
    tokenPrecision,
    tokenRecall,
    tokenF1: f1(tokenPrecision, tokenRecall),
  };
}

export const CANDIDATES = ['deu', 'eng', 'spa', 'fra', 'ita', 'por', 'nld'];

/** Baseline: franc over 3-word sliding windows; runs of 2+ words with the same non-main label. */
export const francWindows: Finder = (text, main) => {
  const out: Predicted[] = [];
  for (const line of lines(text)) {
    const words = wordSpans(line.text);
    const labels = words.map((_, i) => {
      const from = words[Math.max(0, i - 1)];
      const to = words[Math.min(words.length - 1, i + 1)];
      if (!from || !to) return main;
      const label = franc(line.text.slice(from.start, to.end), { only: CANDIDATES, minLength: 1 });
      return label === 'und' ? main : label;
    });
    let i = 0;
    while (i < words.length) {
      const label = labels[i] ?? main;
      let j = i + 1;
      while (j < words.length && labels[j] === label) j++;
      if (label !== main && j - i >= 2) {
        out.push({ start: line.start + (words[i]?.start ?? 0), end: line.start + (words[j - 1]?.end ?? 0), lang: label });
      }
      i = j;
    }
  }
  return out;
};

/** Baseline: franc per sentence; a sentence in another language is a fragment. */
export const francSentences: Finder = (text, main) => {
  const out: Predicted[] = [];
  for (const line of lines(text)) {
    for (const match of line.text.matchAll(/[^.!?]+[.!?]*/g)) {
      const words = wordSpans(match[0]);
      const first = words[0];
      const last = words[words.length - 1];
      if (!first || !last) continue;
      const label = franc(match[0], { only: CANDIDATES, minLength: 1 });
      if (label !== 'und' && label !== main) {
        const base = line.start + (match.index ?? 0);
        out.push({ start: base + first.start, end: base + last.end, lang: label });
      }
    }
  }
  return out;
};

function lines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, text: part });
    start += part.length + 1;
  }
  return out;
}
