import { articleBounds, BOUND_HELP, BOUND_OPTIONS } from './bound-options.js';
import { pipelineCoder } from '../store/pipeline-coder.js';
import { IN_THREAD_HEAP_GROWING_PERCENT, limitHeapGrowth, threadCoder } from '../store/thread-coder.js';
import { ingest, type IngestSummary } from '../store/ingest.js';
import { openStore, resolveDbSpec } from '../store/open-store.js';
import { flag, int, str } from './args.js';
import type { Command } from './command.js';
import { cliInputs } from './cmd-article.js';
import { countInputs } from './count-inputs.js';
import { expandPaths } from './expand-paths.js';
import { formatDuration, progressReporter } from './progress.js';

/** The closing summary: what was read, stored, skipped and why, and how long it took. */
export function formatSummary(s: IngestSummary): string {
  const skipped = Object.entries(s.skipped)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const rate = s.elapsedMs > 0 ? (s.read / s.elapsedMs) * 1000 : 0;
  return [
    `${s.interrupted ? 'Interrupted' : 'Done'}: ${s.read} read, ${s.stored} coded and stored, ${s.alreadyStored} already stored, ${s.discarded} skipped${skipped ? ` (${skipped})` : ''}.`,
    `${s.events} events stored. ${formatDuration(s.elapsedMs)} (${rate.toFixed(1)} articles/s).`,
    ...(s.interrupted ? ['Run the same command again to finish: stored articles are skipped.'] : []),
  ].join('\n');
}

const cmd: Command = {
  usage: 'dyad ingest PATH... [--db FILE|URL] [--jsonl] [--published YYYY-MM-DD] [--batch N]\n       dyad ingest --jsonl < records.jsonl',
  summary: 'Code articles from files, folders, globs or JSON Lines (gzip too) into the store.',
  help: `Options:
  --db FILE|URL       store: a SQLite file (default ./dyad.db, or $DYAD_DB) or postgres://…
  --jsonl             read every file as JSON Lines ({id, text|html, published?, title?, url?, source?});
                      *.jsonl and *.jsonl.gz files always are. With no PATH (or PATH "-"),
                      the records are read from stdin
  --published DATE    publication date for inputs that do not state one
  --max-mb N          largest input accepted, in MB (default 20); larger ones are skipped as too-large
${BOUND_HELP.replace(/^ {2}(--\S+ N) {10}/gm, '  $1       ').replace(/^ {25}/gm, '                      ')}
  --batch N           articles per transaction (default 100): a crash loses at most the batch
                      in flight, never half of one
  --jobs N            code in N worker threads (default 1: in the main thread); with N > 1 the
                      next batch is coded while the previous one is written (two in flight)
  --quiet             no progress, only the summary

Idempotent: an article already stored (same content hash) is skipped, so a
rerun after Ctrl-C or a crash completes the job with the same result.

Examples:
  dyad ingest news/
  dyad ingest "feeds/**/*.jsonl.gz" --db postgres://localhost/dyad`,
  options: {
    db: { type: 'string' },
    jsonl: { type: 'boolean' },
    published: { type: 'string' },
    'max-mb': { type: 'string' },
    ...BOUND_OPTIONS,
    batch: { type: 'string' },
    jobs: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const batchSize = int(args, 'batch', 1, 10000) ?? 100;
    const jobs = int(args, 'jobs', 1, 64) ?? 1;
    const bounds = articleBounds(args);
    const paths = expandPaths(args.positionals);
    // Options are checked and inputs opened before the store is touched: a typo creates no database.
    const inputs = cliInputs({ ...args, positionals: paths }, io);
    const first = await inputs.next();
    const store = await openStore(resolveDbSpec(str(args, 'db')), { memoryMap: false });
    const stop = new AbortController();
    const onSigint = (): void => {
      if (stop.signal.aborted) process.exit(130);
      io.stderr('\nStopping after the batch in flight (Ctrl-C again to quit at once)…\n');
      stop.abort();
    };
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigint);
    if (jobs === 1) limitHeapGrowth(IN_THREAD_HEAP_GROWING_PERCENT);
    const threads = jobs > 1 ? threadCoder(jobs, bounds) : null;
    try {
      const quiet = flag(args, 'quiet');
      const total = io.isTTY && !quiet && paths.length && !paths.includes('-') ? await countInputs(paths, flag(args, 'jsonl')) : null;
      const progress = progressReporter(io.stderr, io.isTTY, total);
      const all = (async function* () {
        if (!first.done) yield first.value;
        yield* inputs;
      })();
      const summary = await ingest(store, all, {
        coder: threads?.coder ?? pipelineCoder(bounds),
        overlap: Boolean(threads),
        batchSize,
        signal: stop.signal,
        onBatch: quiet ? undefined : (p) => progress.update(p),
      });
      progress.done();
      io.stdout(formatSummary(summary) + '\n');
      return summary.interrupted ? 130 : 0;
    } finally {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigint);
      await threads?.close();
      await store.close();
    }
  },
};
export default cmd;
