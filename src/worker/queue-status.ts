import type { Queue } from 'bullmq';
import { readRate, type RecentRate } from './rate-counter.js';
import type { RedisCommands } from './redis.js';

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  delayed: number;
  paused: boolean;
  workers: number;
  /** Articles per second over the last minute and the last 15 minutes, all workers together. */
  rate: { lastMinute: RecentRate; last15Minutes: RecentRate };
  /** Failed jobs counted by reason (first word of the failure: store, coder, bad-record, stalled…), latest 200. */
  failedReasons: Record<string, number>;
}

/** The failure class of a BullMQ `failedReason`: "store: timeout" → "store"; BullMQ's own stall message → "stalled". */
export function reasonOf(failedReason: string | undefined): string {
  if (!failedReason) return 'unknown';
  if (/stalled more than/i.test(failedReason)) return 'stalled';
  const m = /^([a-z-]+):/.exec(failedReason);
  return m ? m[1]! : 'error';
}

/**
 * Counts, rate and failure reasons of a queue, for `dyad queue status`.
 *
 * @example const s = await queueStatus(queue, raw); s.waiting // 120
 */
export async function queueStatus(queue: Queue, raw: RedisCommands): Promise<QueueStatus> {
  const [c, paused, workers, failedJobs, m1, m15] = await Promise.all([
    queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized'),
    queue.isPaused(),
    queue.getWorkersCount().catch(() => 0),
    queue.getJobs(['failed'], 0, 199, false),
    readRate(raw, queue.toKey('dyad-rate'), 60),
    readRate(raw, queue.toKey('dyad-rate'), 900),
  ]);
  const failedReasons: Record<string, number> = {};
  for (const j of failedJobs) {
    const r = reasonOf(j?.failedReason);
    failedReasons[r] = (failedReasons[r] ?? 0) + 1;
  }
  return {
    queue: queue.name,
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    active: c.active ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
    delayed: c.delayed ?? 0,
    paused,
    workers,
    rate: { lastMinute: m1, last15Minutes: m15 },
    failedReasons,
  };
}

/** The status as a few lines for a terminal. @example formatStatus(s) // "queue articles: 120 waiting, 2 active, …" */
export function formatStatus(s: QueueStatus): string {
  const reasons = Object.entries(s.failedReasons)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return [
    `queue ${s.queue}${s.paused ? ' (paused)' : ''}: ${s.waiting} waiting, ${s.active} active, ${s.delayed} delayed (retrying), ${s.completed} completed, ${s.failed} failed`,
    `workers: ${s.workers}`,
    `rate: ${s.rate.lastMinute.articlesPerS.toFixed(1)} articles/s over the last minute (${s.rate.lastMinute.articles} articles, ${s.rate.lastMinute.events} events), ` +
      `${s.rate.last15Minutes.articlesPerS.toFixed(1)} articles/s over 15 minutes`,
    ...(s.failed ? [`failed by reason${s.failed > 200 ? ' (latest 200)' : ''}: ${reasons}`, 'Run `dyad queue retry` to try the failed jobs again.'] : []),
  ].join('\n');
}
