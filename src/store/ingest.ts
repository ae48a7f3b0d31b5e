import type { Failure } from '../errors.js';
import { isFailure } from '../ingest/read.js';
import type { RawInput } from '../ingest/types.js';
import type { ArticleRecord, CodeOutcome } from './article-record.js';
import { contentHash } from './content-hash.js';
import type { Store } from './database.js';
import { storedHashes } from './tables/articles.js';
import { writeRecords } from './write-records.js';

/**
 * Codes a batch of inputs. Coding is a pure function of each input, so this
 * can run in the calling thread (the default) or spread over worker threads
 * (`--jobs N`) without the writer knowing.
 */
export type BatchCoder = (inputs: { input: RawInput; hash: string }[]) => Promise<CodeOutcome[]>;

export interface IngestProgress {
  read: number;
  stored: number;
  alreadyStored: number;
  discarded: number;
  events: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  /** Discards counted by typed reason. */
  skipped: Record<string, number>;
  /** True when stopped by a signal before the input ended: rerun to finish. */
  interrupted: boolean;
}

export interface IngestOptions {
  coder: BatchCoder;
  /** Inputs per transaction: memory and the work lost on a crash are bounded by it. */
  batchSize?: number;
  /**
   * Hand the next batch to the coder before writing the previous one, so
   * worker threads code while the main thread writes. Two batches are then
   * in flight (one coding, one writing); either is stored whole or not at all.
   */
  overlap?: boolean;
  /** Stop after the batch in flight is written. */
  signal?: AbortSignal;
  onBatch?: (p: IngestProgress) => void;
  now?: () => Date;
}

/**
 * Stream inputs into the store: read → skip what is stored → code → write,
 * one transaction per batch. Idempotent by content hash; a crash loses at
 * most the batch in flight, and a rerun completes the job.
 *
 * @example
 * const summary = await ingest(store, readInputs(['news/']), { coder: localCoder(createPipeline()) });
 */
export async function ingest(store: Store, inputs: AsyncIterable<RawInput | Failure> | Iterable<RawInput | Failure>, opts: IngestOptions): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 100;
  const now = opts.now ?? (() => new Date());
  const started = Date.now();
  const s: IngestSummary = { read: 0, stored: 0, alreadyStored: 0, discarded: 0, events: 0, elapsedMs: 0, skipped: {}, interrupted: false };
  let batch: (RawInput | Failure)[] = [];

  let writing: (() => Promise<void>) | null = null;

  const flush = async (): Promise<void> => {
    const items = batch;
    batch = [];
    const failures: Failure[] = [];
    const todo: { input: RawInput; hash: string }[] = [];
    const seen = new Set<string>();
    for (const x of items) {
      if (isFailure(x)) failures.push(x);
      else {
        const hash = contentHash(x);
        // The same story twice in one batch: the second is a duplicate, as it would be in the next batch.
        if (seen.has(hash)) s.alreadyStored++;
        else {
          seen.add(hash);
          todo.push({ input: x, hash });
        }
      }
    }
    const stored = await storedHashes(store.db, todo.map((t) => t.hash));
    const fresh = todo.filter((t) => !stored.has(t.hash));
    s.alreadyStored += todo.length - fresh.length;
    const coding = fresh.length ? opts.coder(fresh) : Promise.resolve([]);
    coding.catch(() => {}); // awaited in write(); this only keeps an early failure from being "unhandled"
    const write = async (): Promise<void> => {
      const records: ArticleRecord[] = [];
      for (const o of await coding) {
        if (o.ok) records.push(o.record);
        else failures.push(o.failure);
      }
      // A story met in two batches in flight at once is caught here by its hash, as a duplicate.
      const w = await store.db.transaction().execute((trx) => writeRecords(trx, records, failures, now()));
      s.stored += w.articles;
      s.alreadyStored += w.duplicates;
      s.events += w.events;
      s.discarded += failures.length;
      for (const f of failures) s.skipped[f.reason] = (s.skipped[f.reason] ?? 0) + 1;
      s.elapsedMs = Date.now() - started;
      opts.onBatch?.({ ...s });
    };
    if (!opts.overlap) return write();
    const previous = writing;
    writing = write;
    if (previous) await previous();
  };

  for await (const x of inputs as AsyncIterable<RawInput | Failure>) {
    s.read++;
    batch.push(x);
    if (batch.length >= batchSize) {
      await flush();
      // A turn of the event loop between batches: with buffered input and a coder that runs in
      // this thread, the loop could otherwise run on promise callbacks alone for thousands of
      // inputs, and a signal (Ctrl-C) or timer would wait until the reader needed the disk.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (opts.signal?.aborted) {
      s.interrupted = true;
      break;
    }
  }
  // What was read before a stop is still written: one short batch, then the next run resumes by hash.
  if (batch.length) await flush();
  if (writing) await (writing as () => Promise<void>)();
  s.elapsedMs = Date.now() - started;
  return s;
}

/** The in-thread coder: codes each input in turn. */
export function localCoder(code: (input: RawInput, hash: string) => CodeOutcome): BatchCoder {
  return async (items) => items.map(({ input, hash }) => code(input, hash));
}
