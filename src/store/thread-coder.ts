import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { PipelineOptions } from '../pipeline/component.js';
import type { CodeOutcome } from './article-record.js';
import type { BatchCoder } from './ingest.js';

export interface ThreadCoder {
  coder: BatchCoder;
  close(): Promise<void>;
}

/**
 * Heap limits of each coding thread. A coding thread keeps ~40 MB of live
 * models and makes short-lived garbage (token arrays, strings) per article.
 * With V8's defaults each thread's heap kept growing to ~150 MB over 20,000
 * articles — not a leak (a full GC brings it back to ~40 MB) but V8 letting
 * the old generation grow up to 4× its live size before collecting — and
 * `--jobs 2` peaked near 500 MB on 50,000 stories. A small nursery and a heap
 * that grows by half its live size before a full collection keep both
 * threads near 60 MB, at no measurable CPU cost on the KCNA corpus.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
const HEAP_GROWING_PERCENT = 50;
/**
 * The same bound for coding in the main thread (`--jobs 1`, the queue worker), whose heap has V8's default nursery:
 * without it, 50,000 stories peaked at 370–380 MB against 260–290 MB for 5,000; growing by its live size before a
 * full collection, 244–268 MB, in the same wall and CPU time (a growth of half the live size cost 20 % more CPU).
 */
export const IN_THREAD_HEAP_GROWING_PERCENT = 100;
let heapGrowth: number | null = null;

/**
 * How far V8 lets the old generation grow past its live size before a full collection, in percent, for the whole
 * process (there is no per-isolate knob): set before coding starts.
 */
export function limitHeapGrowth(percent: number): void {
  if (heapGrowth === percent) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  heapGrowth = percent;
}

/**
 * A coder spreading each batch over `jobs` worker threads, each with its own
 * pipeline. Results come back in input order, so the store is the same as
 * with the in-thread coder.
 *
 * @example const t = threadCoder(2); await ingest(store, inputs, { coder: t.coder, overlap: true }); await t.close();
 */
export function threadCoder(jobs: number, options: Partial<PipelineOptions> = {}): ThreadCoder {
  // Run from src/ (tests, tsx) the worker is the .ts file and needs tsx's loader; from dist/ the .js file.
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const url = new URL(`./code-worker.${ext}`, import.meta.url);
  // Set before the threads start.
  limitHeapGrowth(HEAP_GROWING_PERCENT);
  const spawn = (): Worker => {
    if (ext === 'js') return new Worker(url, { workerData: { options }, resourceLimits: WORKER_LIMITS });
    // Worker threads do not run the parent's --import hooks on Node 20: register tsx in the worker first.
    const tsx = import.meta.resolve('tsx/esm/api');
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: { options }, resourceLimits: WORKER_LIMITS });
  };
  const workers = Array.from({ length: jobs }, spawn);
  let next = 0;
  const pending = new Map<number, { resolve: (o: CodeOutcome[]) => void; reject: (e: Error) => void }>();
  for (const w of workers) {
    w.on('message', (m: { id: number; outcomes: CodeOutcome[] }) => {
      pending.get(m.id)?.resolve(m.outcomes);
      pending.delete(m.id);
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  const send = (w: Worker, items: Parameters<BatchCoder>[0]): Promise<CodeOutcome[]> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, items });
    });
  return {
    async coder(items) {
      const size = Math.ceil(items.length / workers.length);
      const parts = workers.map((w, i) => items.slice(i * size, (i + 1) * size)).map((part, i) => (part.length ? send(workers[i]!, part) : Promise.resolve([])));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
