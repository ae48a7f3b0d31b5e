import { Queue } from 'bullmq';
import { DyadError } from '../errors.js';
import { QUEUE_PREFIX, resolveQueueName } from '../worker/queue-config.js';
import { formatStatus, queueStatus } from '../worker/queue-status.js';
import { openRedis, resolveRedisUrl } from '../worker/redis.js';
import { flag, str } from './args.js';
import type { Command } from './command.js';

const CLEAN_STATES = ['completed', 'failed', 'waiting', 'delayed'] as const;
type CleanState = (typeof CLEAN_STATES)[number];

/** "90s", "30m", "12h", "7d" → milliseconds. @example durationMs('2h') // 7200000 */
export function durationMs(v: string): number | null {
  const m = /^(\d+)(s|m|h|d)$/.exec(v);
  if (!m) return null;
  return Number(m[1]) * { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

const cmd: Command = {
  usage: 'dyad queue status|retry|drain|clean [--redis URL] [--queue NAME] [options]',
  summary: 'Watch and manage the work queue: counts and rate, retry failed jobs, drain, clean.',
  help: `Actions:
  status              waiting, active, delayed (waiting for a retry), completed and failed
                      jobs, workers connected, articles/s over the last minute and 15
                      minutes, failed jobs by reason. --json for a machine-readable object
  retry               put every failed job back in the queue (their articles are coded
                      again; what is already stored is skipped)
  drain               remove the jobs not yet started (waiting; with --delayed also those
                      waiting for a retry). Jobs in progress finish
  clean               remove finished jobs: --state completed|failed|waiting|delayed
                      (default completed) --older-than 1h (default 0s: all)

Options:
  --redis URL         Redis holding the queue (default redis://127.0.0.1:6379, or $DYAD_REDIS)
  --queue NAME        queue name (default "articles", or $DYAD_QUEUE)
  --json              status as JSON
  --delayed           drain: also the delayed jobs
  --state S           clean: which jobs
  --older-than D      clean: only jobs finished longer ago than D (90s, 30m, 12h, 7d)

Examples:
  dyad queue status
  dyad queue retry
  dyad queue clean --state failed --older-than 7d`,
  options: {
    redis: { type: 'string' },
    queue: { type: 'string' },
    json: { type: 'boolean' },
    delayed: { type: 'boolean' },
    state: { type: 'string' },
    'older-than': { type: 'string' },
  },
  async run(args, io) {
    const action = args.positionals[0] ?? 'status';
    if (!['status', 'retry', 'drain', 'clean'].includes(action) || args.positionals.length > 1) throw new DyadError('E503', { action: args.positionals.join(' ') });
    const state = (str(args, 'state') ?? 'completed') as CleanState;
    if (!CLEAN_STATES.includes(state)) throw new DyadError('E004', { option: '--state', detail: `expected one of ${CLEAN_STATES.join(', ')}, got "${state}"` });
    const olderThan = str(args, 'older-than');
    const graceMs = olderThan === undefined ? 0 : durationMs(olderThan);
    if (graceMs === null) throw new DyadError('E004', { option: '--older-than', detail: `expected a duration such as 90s, 30m, 12h or 7d, got "${olderThan}"` });
    const queueName = resolveQueueName(str(args, 'queue'));
    const redis = await openRedis(resolveRedisUrl(str(args, 'redis')));
    const queue = new Queue(queueName, { connection: redis.client(), prefix: QUEUE_PREFIX });
    try {
      if (action === 'status') {
        const s = await queueStatus(queue, await redis.raw());
        io.stdout(flag(args, 'json') ? JSON.stringify(s) + '\n' : formatStatus(s) + '\n');
      } else if (action === 'retry') {
        const before = await queue.getFailedCount();
        // BullMQ moves them `count` per round trip until none is left.
        await queue.retryJobs({ state: 'failed', count: 1000 });
        io.stdout(`${before} failed jobs put back in the queue "${queueName}".\n`);
      } else if (action === 'drain') {
        const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed');
        await queue.drain(flag(args, 'delayed'));
        const n = (c.waiting ?? 0) + (c.prioritized ?? 0) + (flag(args, 'delayed') ? (c.delayed ?? 0) : 0);
        io.stdout(`${n} jobs removed from the queue "${queueName}" (jobs in progress finish).\n`);
      } else {
        let n = 0;
        for (;;) {
          const removed = await queue.clean(graceMs, 1000, state);
          n += removed.length;
          if (removed.length < 1000) break;
        }
        io.stdout(`${n} ${state} jobs removed from the queue "${queueName}".\n`);
      }
      return 0;
    } finally {
      await queue.close();
      await redis.close();
    }
  },
};
export default cmd;
