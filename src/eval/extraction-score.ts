/**
 * Body-extraction scoring as the ScrapingHub article-extraction benchmark
 * does it: lower-case word tokens (`\w+`), 4-gram shingles, per-document
 * precision and recall over shingle multisets, averaged over documents, and
 * F1 of the two averages.
 */

/** Lower-case word tokens: `\w+` with Unicode letters and digits (as Python 3's `\w`). */
export function wordTokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * The multiset of n-gram shingles of a text; a text shorter than n words is one shingle.
 *
 * @example
 * shingles('a b c d e', 4) // Map { 'a b c d' => 1, 'b c d e' => 1 }
 */
export function shingles(s: string, n = 4): Map<string, number> {
  const toks = wordTokens(s);
  const out = new Map<string, number>();
  if (!toks.length) return out;
  const count = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < count; i++) {
    const k = toks.slice(i, i + n).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PR {
  precision: number;
  recall: number;
}

/**
 * Precision and recall of one predicted body against the gold body.
 * An empty prediction has precision 0 (and recall 0) unless the gold is empty too.
 *
 * @example
 * scoreDocument('the envoys met in seoul on monday', 'the envoys met in seoul') // { precision: 0.5, recall: 1 }
 */
export function scoreDocument(pred: string, gold: string, n = 4): PR {
  const p = shingles(pred, n);
  const g = shingles(gold, n);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const c of g.values()) ng += c;
  for (const [k, c] of p) {
    np += c;
    tp += Math.min(c, g.get(k) ?? 0);
  }
  if (np === 0 && ng === 0) return { precision: 1, recall: 1 };
  return { precision: np ? tp / np : 0, recall: ng ? tp / ng : 1 };
}

export interface CorpusScore {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Average precision and recall over documents, then F1 of the averages.
 *
 * @example
 * corpusScore([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 1 }]).f1 // 0.75
 */
export function corpusScore(docs: PR[]): CorpusScore {
  const n = docs.length;
  if (!n) return { documents: 0, precision: 0, recall: 0, f1: 0 };
  const precision = docs.reduce((a, d) => a + d.precision, 0) / n;
  const recall = docs.reduce((a, d) => a + d.recall, 0) / n;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { documents: n, precision, recall, f1 };
}

/** Fold case, typographic quotes and dashes, and white space, for comparing short strings. */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Title match: equal after folding case, quotes, dashes and white space.
 *
 * @example
 * titleMatches('Envoys Meet  in Seoul', 'envoys meet in Seoul') // true
 */
export function titleMatches(pred: string | null, gold: string): boolean {
  return pred !== null && foldForMatch(pred) === foldForMatch(gold);
}

/**
 * Date match on the day: the `YYYY-MM-DD` the prediction starts with.
 *
 * @example
 * dateMatches('2020-09-02T17:48:00+09:00', '2020-09-02') // true
 */
export function dateMatches(pred: string | null, gold: string): boolean {
  return pred !== null && pred.slice(0, 10) === gold.slice(0, 10);
}

function authorNames(s: string): string[] {
  return foldForMatch(s)
    .replace(/^by\s+/, '')
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/)
    .map((n) => wordTokens(n).join(' '))
    .filter(Boolean);
}

/**
 * Author match: the first author named is the same person (case, punctuation
 * and a role after a comma ignored: "Jane Doe, Staff Writer" matches "Jane Doe").
 *
 * @example
 * authorMatches('Jane Doe, John Roe', 'Jane Doe and John Roe') // true
 */
export function authorMatches(pred: string | null, gold: string): boolean {
  if (!pred) return false;
  const p = authorNames(pred);
  const g = authorNames(gold);
  return p.length > 0 && g.length > 0 && p[0] === g[0];
}
