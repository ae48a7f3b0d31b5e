import { createHash } from 'node:crypto';
import type { RawInput } from '../ingest/types.js';
import { contentHash } from '../store/content-hash.js';

/** What one queue job carries: a batch of articles as read, coded by whichever worker takes it. */
export interface ArticleJob {
  v: 1;
  articles: RawInput[];
}

/** What a worker returns for a job (kept with the completed job, shown by `dyad queue status`). */
export interface ArticleJobResult {
  articles: number;
  stored: number;
  alreadyStored: number;
  discarded: number;
  events: number;
  ms: number;
}

/**
 * The job id of a batch, from the content hashes of its articles: the same
 * input enqueued twice gets the same id, and BullMQ adds a job id it already
 * holds only once. One article: "a-<hash>"; several: "b-<hash of hashes>".
 *
 * @example jobIdFor([{ id: 'x', file: null, format: 'text', content: 'Seoul.' }]) // 'a-5d1f…'
 */
export function jobIdFor(articles: RawInput[]): string {
  const hashes = articles.map((a) => contentHash(a));
  if (hashes.length === 1) return `a-${hashes[0]}`;
  const h = createHash('sha256');
  for (const x of hashes) h.update(x);
  return `b-${h.digest('hex')}`;
}

/**
 * Check a job's data before coding it: a job written by something else
 * than `dyad enqueue` (or an older version) fails at once with a reason
 * instead of being retried. Returns the problem, or null when it is fine.
 *
 * @example problemWith({ v: 1, articles: [] }) // 'no articles in the job'
 */
export function problemWith(data: unknown): string | null {
  const d = data as Partial<ArticleJob> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.articles)) return 'job data has no "articles" list (was it written by dyad enqueue?)';
  if (d.v !== 1) return `job format v${String(d.v)} is not known to this dyad (upgrade the worker)`;
  if (!d.articles.length) return 'no articles in the job';
  for (const [i, a] of d.articles.entries()) {
    if (!a || typeof a.id !== 'string' || typeof a.content !== 'string' || (a.format !== 'text' && a.format !== 'html')) {
      return `article ${i} is not {id, format, content}`;
    }
  }
  return null;
}
