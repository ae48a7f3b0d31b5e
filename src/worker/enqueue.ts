import type { Queue } from 'bullmq';
import type { Failure } from '../errors.js';
import { isFailure } from '../ingest/read.js';
import type { RawInput } from '../ingest/types.js';
import type { ArticleJob } from './article-job.js';
import { jobIdFor } from './article-job.js';
import { BACKOFF_MS, JOB_OPTIONS } from './queue-config.js';
import type { RedisCommands } from './redis.js';

export interface EnqueueProgress {
  /** Inputs read (articles and unreadable ones). */
  read: number;
  /** Articles put in jobs (new or already queued). */
  articles: number;
  /** Jobs newly added. */
  added: number;
  /** Jobs whose id the queue already held: the same input enqueued before. */
  alreadyQueued: number;
  /** Articles in those jobs. */
  alreadyQueuedArticles: number;
  /** Inputs that could not be read, by typed reason: nothing is queued for them. */
  skipped: Record<string, number>;
  elapsedMs: number;
}

export interface EnqueueOptions {
  /** Articles per job (default 1): a bigger batch costs fewer round trips, a smaller one retries less on failure. */
  batchSize?: number;
  /** Tries per job (default ATTEMPTS); back-off doubles from `backoffMs` (default BACKOFF_MS). */
  attempts?: number;
  backoffMs?: number;
  /** Used to tell new jobs from ones the queue already holds (EXISTS on the job keys). */
  redis: RedisCommands;
  onProgress?: (p: EnqueueProgress) => void;
  onSkip?: (f: Failure) => void;
  signal?: AbortSignal;
}

/** Jobs per round trip to Redis. */
const JOBS_PER_ADD = 100;

/**
 * Put articles on the queue in batches of `batchSize`, with ids from their
 * content hashes: enqueueing the same input again adds no job.
 *
 * @example
 * const p = await enqueueInputs(queue, readInputs(['news/']), { batchSize: 20, redis: await handle.raw() });
 */
export async function enqueueInputs(queue: Queue, inputs: AsyncIterable<RawInput | Failure>, opts: EnqueueOptions): Promise<EnqueueProgress & { interrupted: boolean }> {
  const batchSize = opts.batchSize ?? 1;
  const started = Date.now();
  const jobOpts = {
    ...JOB_OPTIONS,
    ...(opts.attempts ? { attempts: opts.attempts } : {}),
    backoff: { type: 'exponential', delay: opts.backoffMs ?? BACKOFF_MS },
  };
  const p: EnqueueProgress = { read: 0, articles: 0, added: 0, alreadyQueued: 0, alreadyQueuedArticles: 0, skipped: {}, elapsedMs: 0 };
  let batch: RawInput[] = [];
  let jobs: { id: string; data: ArticleJob }[] = [];

  const addJobs = async (): Promise<void> => {
    const todo = jobs;
    jobs = [];
    if (!todo.length) return;
    // Ask before adding: BullMQ adds an existing id as a no-op but does not say which ones were no-ops.
    const exists = await Promise.all(todo.map((j) => opts.redis.send<number>('EXISTS', [queue.toKey(j.id)])));
    const fresh = todo.filter((_, i) => exists[i] === 0);
    for (const [i, j] of todo.entries()) {
      if (exists[i]) {
        p.alreadyQueued++;
        p.alreadyQueuedArticles += j.data.articles.length;
      }
    }
    if (fresh.length) await queue.addBulk(fresh.map((j) => ({ name: 'code', data: j.data, opts: { ...jobOpts, jobId: j.id } })));
    p.added += fresh.length;
    p.elapsedMs = Date.now() - started;
    opts.onProgress?.({ ...p });
  };
  const closeBatch = async (): Promise<void> => {
    if (!batch.length) return;
    jobs.push({ id: jobIdFor(batch), data: { v: 1, articles: batch } });
    p.articles += batch.length;
    batch = [];
    if (jobs.length >= JOBS_PER_ADD) await addJobs();
  };

  let interrupted = false;
  for await (const x of inputs) {
    p.read++;
    if (isFailure(x)) {
      p.skipped[x.reason] = (p.skipped[x.reason] ?? 0) + 1;
      opts.onSkip?.(x);
    } else {
      batch.push(x);
      if (batch.length >= batchSize) await closeBatch();
    }
    if (opts.signal?.aborted) {
      interrupted = true;
      break;
    }
  }
  await closeBatch();
  await addJobs();
  p.elapsedMs = Date.now() - started;
  return { ...p, interrupted };
}
