import type { Doc } from '../doc/doc.js';
import { DiscardError, DyadError, type Failure } from '../errors.js';
import { checkBudget, DEFAULT_MAX_ARTICLE_MS } from './budget.js';
import type { Component, Context, Layer, PipelineOptions } from './component.js';

export interface Pipeline {
  components: readonly Component[];
  context: Context;
  /**
   * Run every component over one document, in order, within the time budget
   * `options.maxArticleMs` counted from `startedAt` (default: now); over it,
   * throws `DiscardError('timeout')`.
   */
  run(doc: Doc, startedAt?: number): Doc;
  /**
   * Run every component over several documents, component by component (all
   * documents through the first, then all through the next): each
   * component's code and data stay in the processor's caches across the
   * batch instead of being evicted by the others after every document.
   * Each document has its own time budget, counted over its own share of the
   * work, starting `spent[i]` ms in (the time its structuring took). Returns,
   * per document, the document or the error that stopped it; one document's
   * error does not stop the others.
   */
  runMany(docs: readonly Doc[], spent?: readonly number[]): (Doc | Error)[];
}

/** Documents per batch in `runMany` callers: big enough for the caches to pay, small enough to keep memory flat. */
export const LOCALITY_BATCH = 32;
/**
 * Characters of text per batch at most: a batch of 32 news stories holds ~40,000; a
 * batch of long documents is cut short so that memory does not grow with them
 * (a document holds several times its text in tokens and mentions while coded).
 */
export const LOCALITY_CHARS = 256 * 1024;

/**
 * Consecutive batches of `items` for `runMany`: at most `LOCALITY_BATCH` items
 * and `LOCALITY_CHARS` characters each (an item longer than that alone).
 *
 * @example
 * localityBatches(inputs, (x) => x.content.length) // [[i0 … i31], [i32 …], …]
 */
export function localityBatches<T>(items: readonly T[], chars: (item: T) => number): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let size = 0;
  for (const item of items) {
    const n = chars(item);
    if (batch.length && (batch.length >= LOCALITY_BATCH || size + n > LOCALITY_CHARS)) {
      out.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += n;
  }
  if (batch.length) out.push(batch);
  return out;
}

export const defaultOptions: PipelineOptions = { convention: 'gdelt', explain: false, maxArticleMs: DEFAULT_MAX_ARTICLE_MS };

/**
 * Check the order of components and return a runnable pipeline.
 * Throws `DyadError` E101 when a component requires a layer no earlier one assigns.
 *
 * @example
 * const p = buildPipeline([sentencize, tokenize, actors], { explain: true });
 * p.run(doc);
 */
export function buildPipeline(
  components: Component[],
  options: Partial<PipelineOptions> = {},
  initial: Layer[] = ['text', 'meta', 'paragraphs'],
): Pipeline {
  const have = new Set<Layer>(initial);
  const seen = new Set<string>();
  for (const c of components) {
    if (seen.has(c.name)) throw new DyadError('E102', { component: c.name });
    seen.add(c.name);
    for (const layer of c.requires) {
      if (!have.has(layer)) throw new DyadError('E101', { component: c.name, layer });
    }
    for (const layer of c.assigns) have.add(layer);
  }
  const context: Context = {
    options: { ...defaultOptions, ...options },
    resources: new Map(),
  };
  const runMany = (docs: readonly Doc[], spent: readonly number[] = []): (Doc | Error)[] => {
    const ms = context.options.maxArticleMs;
    const bounded = ms !== undefined && ms > 0;
    const used = docs.map((_, i) => spent[i] ?? 0);
    const out: (Doc | Error)[] = docs.slice();
    // One document through one step within its budget; an error stops that document only.
    const step = (i: number, where: string, work: (doc: Doc) => void): void => {
      const doc = out[i]!;
      if (doc instanceof Error) return;
      const t0 = Date.now();
      context.deadline = bounded ? t0 + ms - used[i]! : undefined;
      try {
        work(doc);
        // Checked between components too: a component without loops of its own is still bounded.
        checkBudget(context, where);
      } catch (err) {
        out[i] = err instanceof Error ? err : new Error(String(err));
      }
      used[i]! += Date.now() - t0;
    };
    try {
      for (let i = 0; i < docs.length; i++) step(i, 'structuring', () => {});
      for (const c of components) {
        for (let i = 0; i < docs.length; i++)
          step(i, c.name, (doc) => {
            c.run(doc, context);
            for (const layer of c.assigns) doc.layers.add(layer);
          });
      }
    } finally {
      context.deadline = undefined;
    }
    return out;
  };
  return {
    components,
    context,
    run(doc: Doc, startedAt = Date.now()): Doc {
      const [out] = runMany([doc], [Date.now() - startedAt]);
      if (out instanceof Error) throw out;
      return out!;
    },
    runMany,
  };
}

/** Results of a batch: documents that went through, and typed failures for the rest. */
export interface BatchResult<T> {
  results: T[];
  failures: Failure[];
}

/**
 * Run a function over many inputs; a failing input becomes a `Failure`
 * with a typed reason and the batch goes on.
 */
export function runBatch<I extends { id: string }, T>(inputs: Iterable<I>, fn: (input: I) => T): BatchResult<T> {
  const results: T[] = [];
  const failures: Failure[] = [];
  for (const input of inputs) {
    try {
      results.push(fn(input));
    } catch (err) {
      failures.push(toFailure(input.id, err));
    }
  }
  return { results, failures };
}

export function toFailure(id: string, err: unknown): Failure {
  if (err instanceof DiscardError) return { id, reason: err.reason, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { id, reason: 'error', message };
}
