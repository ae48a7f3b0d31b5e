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
  return {
    components,
    context,
    run(doc: Doc, startedAt = Date.now()): Doc {
      const ms = context.options.maxArticleMs;
      context.deadline = ms && ms > 0 ? startedAt + ms : undefined;
      try {
        // Checked between components too: a component without loops of its own is still bounded.
        checkBudget(context, 'structuring');
        for (const c of components) {
          c.run(doc, context);
          for (const layer of c.assigns) doc.layers.add(layer);
          checkBudget(context, c.name);
        }
      } finally {
        context.deadline = undefined;
      }
      return doc;
    },
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
