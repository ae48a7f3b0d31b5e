import { openStore, resolveDbSpec } from '../store/open-store.js';
import { maskUrl } from '../store/open-store.js';
import { IN_THREAD_HEAP_GROWING_PERCENT, limitHeapGrowth } from '../store/thread-coder.js';
import { resolveQueueName } from '../worker/queue-config.js';
import { openRedis, resolveRedisUrl } from '../worker/redis.js';
import { startWorker, type RunningWorker } from '../worker/start-worker.js';
import { flag, int, str } from './args.js';
import type { Command } from './command.js';
import { formatDuration } from './progress.js';

function totalsLine(t: RunningWorker['totals'], ms: number): string {
  const rate = ms > 0 ? (t.articles / ms) * 1000 : 0;
  const cpu = process.cpuUsage();
  // CPU time beside wall time: on a shared machine it tells how much of the wall time this worker really had.
  const cpuS = (cpu.user + cpu.system) / 1e6;
  return `${t.jobs} jobs, ${t.articles} articles (${t.stored} stored, ${t.alreadyStored} already stored, ${t.discarded} skipped), ${t.events} events, ${t.failedTries} failed tries; ${formatDuration(ms)} (${rate.toFixed(1)} articles/s), ${cpuS.toFixed(1)} CPU-s`;
}

const cmd: Command = {
  usage: 'dyad worker [--db FILE|URL] [--redis URL] [--queue NAME] [--concurrency N] [--until-empty]',
  summary: 'Take articles from the work queue, code them and write the events to the store; run one per core, on any machine.',
  help: `Options:
  --db FILE|URL       store: postgres://… for several workers (or $DYAD_DB); a SQLite
                      file works for one worker (default ./dyad.db)
  --redis URL         Redis holding the queue (default redis://127.0.0.1:6379, or $DYAD_REDIS)
  --queue NAME        queue name (default "articles", or $DYAD_QUEUE)
  --concurrency N     jobs in flight in this process (default 1). Coding uses one core:
                      for more throughput start more workers, not more concurrency
  --stall-seconds N   a job whose worker goes silent this long (killed, machine lost)
                      goes back to the queue (default 30)
  --until-empty       exit once nothing is waiting, delayed or in progress
  --quiet             no progress lines, only failures and the summary

Each job is written in one transaction, idempotent by article content hash: a
retried job, or one taken over from a killed worker, stores nothing twice.
A failing job is retried with exponential back-off; after its last try it goes
to the failed set with its reason (\`dyad queue status\`, \`dyad queue retry\`).
SIGTERM or Ctrl-C: the jobs in flight are finished, then the worker exits.

Examples:
  DYAD_DB=postgres://dyad@db-host/dyad DYAD_REDIS=redis://queue-host:6379 dyad worker
  dyad worker --db ./dyad.db --until-empty`,
  options: {
    db: { type: 'string' },
    redis: { type: 'string' },
    queue: { type: 'string' },
    concurrency: { type: 'string' },
    'stall-seconds': { type: 'string' },
    'until-empty': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const concurrency = int(args, 'concurrency', 1, 64) ?? 1;
    const stallS = int(args, 'stall-seconds', 1, 3600) ?? 30;
    const queueName = resolveQueueName(str(args, 'queue'));
    const quiet = flag(args, 'quiet');
    const redis = await openRedis(resolveRedisUrl(str(args, 'redis')));
    let store;
    try {
      store = await openStore(resolveDbSpec(str(args, 'db')), { memoryMap: false });
    } catch (err) {
      await redis.close();
      throw err;
    }
    const started = Date.now();
    const lastSaid = new Map<string, number>();
    let worker: RunningWorker | null = null;
    let stopping: Promise<void> | null = null;
    let resolveStop: () => void = () => undefined;
    const stopped = new Promise<void>((r) => (resolveStop = r));
    const onSignal = (): void => {
      if (stopping) process.exit(130);
      io.stderr('\nFinishing the jobs in flight, then exiting (again to quit at once; unfinished jobs return to the queue)…\n');
      resolveStop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      // A long-running process codes in its main thread: bound its heap's growth as `dyad ingest --jobs 1` does.
      limitHeapGrowth(IN_THREAD_HEAP_GROWING_PERCENT);
      worker = await startWorker({
        redis,
        queueName,
        store,
        concurrency,
        lockMs: stallS * 1000,
        onError: (err) => {
          // Said once per distinct message per minute: a Redis outage must be visible, not a flood.
          const now = Date.now();
          if ((lastSaid.get(err.message) ?? 0) > now - 60_000) return;
          lastSaid.set(err.message, now);
          io.stderr(`worker: Redis trouble (retrying): ${err.message}\n`);
        },
        onFailed: (id, reason, tries, final) =>
          io.stderr(`job ${id} failed (try ${tries}${final ? ', last: moved to the failed set' : ', will retry'}): ${reason}\n`),
      });
      io.stderr(`worker: queue "${queueName}" at ${maskUrl(redis.url)} → ${store.label}, concurrency ${concurrency}\n`);
      const w = worker;
      let said = '';
      const ticker = quiet
        ? null
        : setInterval(() => {
            // Only when something moved: an idle worker stays quiet in the logs.
            const now = `${w.totals.jobs}/${w.totals.failedTries}`;
            if (now !== said) io.stderr(`worker: ${totalsLine(w.totals, Date.now() - started)}\n`);
            said = now;
          }, 10_000);
      await Promise.race([stopped, ...(flag(args, 'until-empty') ? [worker.untilEmpty()] : [])]);
      if (ticker) clearInterval(ticker);
      stopping = worker.close();
      await stopping;
      io.stdout(`Done: ${totalsLine(worker.totals, Date.now() - started)}.\n`);
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (worker && !stopping) await worker.close();
      await store.close();
      await redis.close();
    }
  },
};
export default cmd;
