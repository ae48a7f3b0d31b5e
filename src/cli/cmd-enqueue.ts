import { Queue } from 'bullmq';
import { QUEUE_PREFIX, resolveQueueName } from '../worker/queue-config.js';
import { enqueueInputs, type EnqueueProgress } from '../worker/enqueue.js';
import { openRedis, resolveRedisUrl } from '../worker/redis.js';
import { maskUrl } from '../store/open-store.js';
import { flag, int, str } from './args.js';
import { cliInputs } from './cmd-article.js';
import type { Command } from './command.js';
import { expandPaths } from './expand-paths.js';

function line(p: EnqueueProgress): string {
  const rate = p.elapsedMs > 0 ? (p.articles / p.elapsedMs) * 1000 : 0;
  return `${p.articles} articles read into ${p.added + p.alreadyQueued} jobs: ${p.added} added, ${p.alreadyQueued} already queued (${rate.toFixed(0)} articles/s)`;
}

const cmd: Command = {
  usage: 'dyad enqueue PATH... [--redis URL] [--queue NAME] [--jsonl] [--batch N] [--published YYYY-MM-DD]',
  summary: 'Put articles on the work queue (Redis) for `dyad worker` processes to code into the store.',
  help: `Options:
  --redis URL         Redis holding the queue (default redis://127.0.0.1:6379, or $DYAD_REDIS)
  --queue NAME        queue name (default "articles", or $DYAD_QUEUE)
  --jsonl             read every file as JSON Lines ({id, text, published?, title?, url?});
                      *.jsonl and *.jsonl.gz files always are
  --batch N           articles per job (default 1; 10–50 cuts overhead on big runs)
  --attempts N        tries per job before it goes to the failed set (default 5,
                      with exponential back-off from 2 s)
  --published DATE    publication date for inputs that do not state one
  --max-mb N          largest input accepted, in MB (default 20)
  --quiet             only the summary

Job ids come from the articles' content hashes: enqueueing the same input again
adds nothing (completed jobs are remembered for a week; after that the workers
still skip what the store holds). Inputs that cannot be read are counted by
reason and not queued.

Examples:
  dyad enqueue news/ --batch 20
  DYAD_REDIS=redis://queue-host:6379 dyad enqueue feeds/day.jsonl.gz --batch 25`,
  options: {
    redis: { type: 'string' },
    queue: { type: 'string' },
    jsonl: { type: 'boolean' },
    batch: { type: 'string' },
    attempts: { type: 'string' },
    published: { type: 'string' },
    'max-mb': { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const batchSize = int(args, 'batch', 1, 1000) ?? 1;
    const attempts = int(args, 'attempts', 1, 100);
    const queueName = resolveQueueName(str(args, 'queue'));
    const quiet = flag(args, 'quiet');
    // Globs a shell left unexpanded ("feeds/**/*.jsonl.gz") are expanded as `dyad ingest` does.
    const inputs = cliInputs({ ...args, positionals: expandPaths(args.positionals) }, io);
    const redis = await openRedis(resolveRedisUrl(str(args, 'redis')));
    const queue = new Queue(queueName, { connection: redis.client(), prefix: QUEUE_PREFIX });
    const stop = new AbortController();
    const onSignal = (): void => {
      if (stop.signal.aborted) process.exit(130);
      io.stderr('\nStopping after the jobs in hand are added (again to quit at once)…\n');
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      let last = 0;
      const s = await enqueueInputs(queue, inputs, {
        batchSize,
        ...(attempts ? { attempts } : {}),
        redis: await redis.raw(),
        signal: stop.signal,
        onSkip: (f) => io.stderr(`skipped ${f.id}: ${f.reason}: ${f.message}\n`),
        onProgress: (p) => {
          if (quiet || p.elapsedMs - last < 2000) return;
          last = p.elapsedMs;
          io.stderr(`enqueue: ${line(p)}\n`);
        },
      });
      const skipped = Object.entries(s.skipped).map(([r, n]) => `${r} ${n}`).join(', ');
      io.stdout(
        `${s.interrupted ? 'Interrupted' : 'Done'}: ${line(s)} on queue "${queueName}" at ${maskUrl(redis.url)}.\n` +
          (skipped ? `${Object.values(s.skipped).reduce((a, b) => a + b, 0)} inputs not queued (${skipped}).\n` : '') +
          (s.alreadyQueued ? `${s.alreadyQueuedArticles} articles were queued before (same content): not added again.\n` : '') +
          `Start workers with: dyad worker --db postgres://… --queue ${queueName}\n`,
      );
      return s.interrupted ? 130 : Object.keys(s.skipped).length ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await queue.close();
      await redis.close();
    }
  },
};
export default cmd;
