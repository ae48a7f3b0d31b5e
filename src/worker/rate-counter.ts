import type { ArticleJobResult } from './article-job.js';
import type { RedisCommands } from './redis.js';

/** Width of one counter bucket; the rate is read over the last few of them. */
const BUCKET_S = 10;
/** Buckets outlive any window `dyad queue status` reads. */
const KEEP_S = 3600;

export interface RecentRate {
  windowS: number;
  jobs: number;
  articles: number;
  events: number;
  articlesPerS: number;
}

/**
 * Count a finished job into a 10-second bucket in Redis, shared by every
 * worker of the queue, so `dyad queue status` can tell the rate of all of
 * them together (BullMQ counts jobs, but a job is a batch of articles).
 *
 * @example await recordDone(raw, queue.toKey('dyad-rate'), { articles: 20, events: 31, … })
 */
export async function recordDone(raw: RedisCommands, keyBase: string, r: Pick<ArticleJobResult, 'articles' | 'events'>, now = Date.now()): Promise<void> {
  const key = `${keyBase}:${Math.floor(now / 1000 / BUCKET_S)}`;
  // Sent back to back on one connection: Redis runs them in order.
  await Promise.all([
    raw.send('HINCRBY', [key, 'jobs', '1']),
    raw.send('HINCRBY', [key, 'articles', String(r.articles)]),
    raw.send('HINCRBY', [key, 'events', String(r.events)]),
    raw.send('EXPIRE', [key, String(KEEP_S)]),
  ]);
}

/** Jobs, articles and events finished over the last `windowS` seconds (current bucket included). @example await readRate(raw, base, 60) */
export async function readRate(raw: RedisCommands, keyBase: string, windowS = 60, now = Date.now()): Promise<RecentRate> {
  const current = Math.floor(now / 1000 / BUCKET_S);
  const n = Math.max(1, Math.ceil(windowS / BUCKET_S));
  const buckets = Array.from({ length: n + 1 }, (_, i) => current - n + i);
  const rows = await Promise.all(buckets.map((b) => raw.send<(string | null)[]>('HMGET', [`${keyBase}:${b}`, 'jobs', 'articles', 'events'])));
  const sum = [0, 0, 0];
  for (const r of rows) r.forEach((v, i) => (sum[i]! += Number(v ?? 0)));
  // The window covers n whole buckets plus the part of the current one already elapsed.
  const span = n * BUCKET_S + ((now / 1000) % BUCKET_S);
  return { windowS: Math.round(span), jobs: sum[0]!, articles: sum[1]!, events: sum[2]!, articlesPerS: sum[1]! / span };
}
