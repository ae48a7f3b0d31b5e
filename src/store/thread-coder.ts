import { Worker } from 'node:worker_threads';
import type { PipelineOptions } from '../pipeline/component.js';
import type { CodeOutcome } from './article-record.js';
import type { BatchCoder } from './ingest.js';

export interface ThreadCoder {
  coder: BatchCoder;
  close(): Promise<void>;
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
  const spawn = (): Worker => {
    if (ext === 'js') return new Worker(url, { workerData: { options } });
    // Worker threads do not run the parent's --import hooks on Node 20: register tsx in the worker first.
    const tsx = import.meta.resolve('tsx/esm/api');
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData: { options } });
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
