import type { JobsOptions } from 'bullmq';
import { DyadError } from '../errors.js';

/** Key prefix of every dyad queue in Redis (BullMQ's own default is "bull"). */
export const QUEUE_PREFIX = 'dyad';
/** The queue `dyad enqueue` fills and `dyad worker` drains unless `--queue`/`DYAD_QUEUE` names another. */
export const DEFAULT_QUEUE = 'articles';

/** The queue name: `--queue`, else `DYAD_QUEUE`, else "articles". @example resolveQueueName(undefined, {}) // 'articles' */
export function resolveQueueName(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const name = option ?? env.DYAD_QUEUE ?? DEFAULT_QUEUE;
  // ":" separates BullMQ's key parts; a name with one would collide with another queue's keys.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(name)) throw new DyadError('E504', { name });
  return name;
}

/** How often a job is tried before it goes to the failed set. */
export const ATTEMPTS = 5;
/** First retry delay; each further one doubles it (2 s, 4 s, 8 s, 16 s). */
export const BACKOFF_MS = 2000;

/**
 * Options of every job: retries with exponential back-off; completed jobs
 * kept a week (so re-enqueueing the same input within it adds nothing) but
 * at most 100,000 of them; failed jobs kept until retried or cleaned.
 */
export const JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: BACKOFF_MS },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: false,
};
