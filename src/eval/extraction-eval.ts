import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../article/structure.js';
import { bytesToInput } from '../ingest/read.js';
import { authorMatches, corpusScore, dateMatches, scoreDocument, titleMatches, type CorpusScore, type PR } from './extraction-score.js';

/** One gold page: its HTML file and what a perfect extractor returns. */
export interface GoldPage {
  id: string;
  file: string;
  body: string;
  title?: string | null;
  author?: string | null;
  published?: string | null;
}

/** ScrapingHub article-extraction benchmark: `html/<id>.html.gz` and `ground-truth.json` ({id: {articleBody}}). */
export function loadScrapinghub(dir: string): GoldPage[] {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.entries(gold).map(([id, g]) => ({ id, file: join(dir, 'html', `${id}.html.gz`), body: g.articleBody ?? '' }));
}

/** WCXB: `html/<file_id>.html.gz` and `ground-truth.jsonl.gz` with title, author, publish_date, main_content. */
export function loadWcxb(dir: string): GoldPage[] {
  const lines = gunzipSync(readFileSync(join(dir, 'ground-truth.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean);
  const files = new Set(readdirSync(join(dir, 'html')));
  const out: GoldPage[] = [];
  for (const l of lines) {
    const r = JSON.parse(l) as { file_id: string; ground_truth: { title?: string; author?: string | null; publish_date?: string | null; main_content?: string | null } };
    const name = `${r.file_id}.html.gz`;
    if (!files.has(name)) continue;
    const g = r.ground_truth;
    out.push({ id: r.file_id, file: join(dir, 'html', name), body: g.main_content ?? '', title: g.title ?? null, author: g.author ?? null, published: g.publish_date ?? null });
  }
  return out;
}

export interface PageResult {
  id: string;
  pr: PR;
  title: string | null;
  author: string | null;
  published: string | null;
  ms: number;
  error?: string;
}

export interface SetReport {
  body: CorpusScore;
  /** Share of pages with a gold title whose title matches. */
  title: { n: number; accuracy: number };
  date: { n: number; accuracy: number };
  author: { n: number; accuracy: number };
  pages: PageResult[];
  ms: number;
}

/**
 * Extract every page of a gold set and score body, title, date and author.
 * Pages with an empty gold body are left out of the body score.
 */
export function evaluateExtraction(pages: GoldPage[]): SetReport {
  const results: PageResult[] = [];
  const t0 = Date.now();
  let tN = 0, tOk = 0, dN = 0, dOk = 0, aN = 0, aOk = 0;
  const prs: PR[] = [];
  for (const p of pages) {
    const s = Date.now();
    let title: string | null = null, author: string | null = null, published: string | null = null, text = '', error: string | undefined;
    try {
      const inp = bytesToInput(readFileSync(p.file), p.file);
      if ('reason' in inp) throw new Error(inp.reason);
      if (inp.jsonl) throw new Error('unexpected JSONL');
      const ex = extractArticle({ ...inp.input, format: 'html' });
      title = ex.title;
      author = ex.byline;
      published = ex.published;
      text = ex.paragraphs.join('\n\n');
    } catch (err) {
      error = (err as Error).message;
    }
    const pr = scoreDocument(text, p.body);
    if (p.body.trim()) prs.push(pr);
    if (p.title) {
      tN++;
      if (titleMatches(title, p.title)) tOk++;
    }
    if (p.published) {
      dN++;
      if (dateMatches(published, p.published)) dOk++;
    }
    if (p.author) {
      aN++;
      if (authorMatches(author, p.author)) aOk++;
    }
    results.push({ id: p.id, pr, title, author, published, ms: Date.now() - s, error });
  }
  return {
    body: corpusScore(prs),
    title: { n: tN, accuracy: tN ? tOk / tN : 0 },
    date: { n: dN, accuracy: dN ? dOk / dN : 0 },
    author: { n: aN, accuracy: aN ? aOk / aN : 0 },
    pages: results,
    ms: Date.now() - t0,
  };
}
