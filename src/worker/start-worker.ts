import { setImmediate as nextTurn } from 'node:timers/promises';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { DyadError } from '../errors.js';
import { createPipeline } from '../pipeline/compose.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { codeToRecord } from '../store/article-record.js';
import type { Store } from '../store/database.js';
import { ingest, type BatchCoder } from '../store/ingest.js';
import { maskUrl } from '../store/open-store.js';
import { problemWith, type ArticleJob, type ArticleJobResult } from './article-job.js';
import { QUEUE_PREFIX } from './queue-config.js';
import { recordDone } from './rate-counter.js';
import type { RedisHandle } from './redis.js';

/**
 * Codes a batch article by article, giving the event loop a turn between
 * articles: BullMQ renews the job's lock from a timer, and a worker that
 * holds the thread longer than the lock would see its job handed to another.
 *
 * @example const coder = yieldingCoder(createPipeline());
 */
export function yieldingCoder(pipeline: Pipeline): BatchCoder {
  return async (items) => {
    const out = [];
    for (const { input, hash } of items) {
      out.push(codeToRecord(input, pipeline, hash));
      await nextTurn();
    }
    return out;
  };
}

/** Why a job failed, first word of BullMQ's `failedReason` ("store: connection refused"). */
export type JobFailReason = 'bad-record' | 'coder' | 'store' | 'stalled';

class CoderFailure extends Error {}

export interface WorkerOptions {
  redis: RedisHandle;
  queueName: string;
  store: Store;
  /** Default: the standard pipeline, coded in this thread. */
  coder?: BatchCoder;
  /** Jobs in flight in this process (default 1): more overlaps writing one batch with coding the next. */
  concurrency?: number;
  /** A job whose worker went silent this long goes back to the queue (default 30 s). */
  lockMs?: number;
  onDone?: (jobId: string, r: ArticleJobResult) => void;
  /** Each failed try; `final` when no try is left and the job went to the failed set. */
  onFailed?: (jobId: string, reason: string, attemptsMade: number, final: boolean) => void;
  /** Trouble with Redis that BullMQ is retrying (the worker goes on). */
  onError?: (err: Error) => void;
}

export interface RunningWorker {
  worker: Worker;
  /** Totals of this process. */
  totals: { jobs: number; articles: number; stored: number; alreadyStored: number; discarded: number; events: number; failedTries: number };
  /** Resolves once nothing is waiting, delayed or active on the queue (checked every `pollMs`). */
  untilEmpty(pollMs?: number): Promise<void>;
  /** Finish the jobs in flight, take no more, and let go of the queue. */
  close(): Promise<void>;
}

/**
 * Start taking jobs from the queue: code each batch and write it to the
 * store in one transaction, idempotent by article content hash (a retried or
 * re-delivered job stores nothing twice). Errors are retried by BullMQ with
 * back-off; a job without a valid payload fails at once.
 *
 * @example const w = await startWorker({ redis, queueName: 'articles', store }); await w.untilEmpty(); await w.close();
 */
export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  let coder = opts.coder;
  if (!coder) {
    const pipeline = createPipeline();
    // Dictionaries load on first use: load them before taking a job, so the first job's lock is not held through it.
    codeToRecord({ id: 'warm-up', file: null, format: 'text', content: 'The foreign ministers met in Geneva on Monday.', published: '2020-01-06' }, pipeline);
    coder = yieldingCoder(pipeline);
  }
  const code = coder;
  const raw = await opts.redis.raw();
  const totals = { jobs: 0, articles: 0, stored: 0, alreadyStored: 0, discarded: 0, events: 0, failedTries: 0 };
  const lockMs = opts.lockMs ?? 30_000;
  // Tag what the coder throws, so a failed job says whether coding or storing broke.
  const tagged: BatchCoder = async (items) => {
    try {
      return await code(items);
    } catch (err) {
      throw new CoderFailure((err as Error)?.message ?? String(err));
    }
  };
  let rateKey = '';

  const handle = async (job: Job<ArticleJob, ArticleJobResult>): Promise<ArticleJobResult> => {
    const problem = problemWith(job.data);
    // The payload will not improve on a retry: straight to the failed set.
    if (problem) throw new UnrecoverableError(`bad-record: ${problem}`);
    const t0 = Date.now();
    let s;
    try {
      s = await ingest(opts.store, job.data.articles, { coder: tagged, batchSize: job.data.articles.length + 1 });
    } catch (err) {
      const msg = (err as Error)?.message ?? String(err);
      throw new Error(err instanceof CoderFailure ? `coder: ${msg}` : `store: ${msg}`);
    }
    const r: ArticleJobResult = { articles: s.read, stored: s.stored, alreadyStored: s.alreadyStored, discarded: s.discarded, events: s.events, ms: Date.now() - t0 };
    // A lost counter only blurs the rate shown by `queue status`; the job itself is done.
    await recordDone(raw, rateKey, r).catch(() => undefined);
    return r;
  };

  const worker = new Worker<ArticleJob, ArticleJobResult>(opts.queueName, handle, {
    connection: opts.redis.client(),
    prefix: QUEUE_PREFIX,
    concurrency: opts.concurrency ?? 1,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // A job is taken back from a dead worker twice; a third time it fails as "stalled" (it may be what kills them).
    maxStalledCount: 2,
    autorun: false,
  });
  rateKey = worker.toKey('dyad-rate');
  worker.on('completed', (job, r) => {
    totals.jobs++;
    totals.articles += r.articles;
    totals.stored += r.stored;
    totals.alreadyStored += r.alreadyStored;
    totals.discarded += r.discarded;
    totals.events += r.events;
    opts.onDone?.(job.id ?? '?', r);
  });
  worker.on('failed', (job, err) => {
    totals.failedTries++;
    if (!job) return;
    const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/i.test(err.message);
    opts.onFailed?.(job.id ?? '?', err.message, job.attemptsMade, final);
  });
  // Connection trouble is retried by BullMQ itself; without a listener Node would crash on it.
  worker.on('error', (err) => opts.onError?.(err));
  void worker.run().catch((err: Error) => opts.onError?.(err));
  try {
    await worker.waitUntilReady();
  } catch (err) {
    await worker.close(true).catch(() => undefined);
    raw.close();
    throw new DyadError('E501', { service: 'Redis', url: maskUrl(opts.redis.url), detail: (err as Error).message });
  }

  const queue = new Queue(opts.queueName, { connection: opts.redis.client(), prefix: QUEUE_PREFIX });
  return {
    worker,
    totals,
    async untilEmpty(pollMs = 1000) {
      for (;;) {
        // A failed look (Redis restarting, a busy machine) is asked again, as BullMQ retries its own commands.
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized').catch((err: Error) => {
          opts.onError?.(err);
          return null;
        });
        if (c && Object.values(c).every((n) => n === 0)) return;
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    async close() {
      await worker.close();
      await queue.close();
      raw.close();
    },
  };
}
