import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineOptions } from '../pipeline/component.js';
import type { RawInput } from '../ingest/types.js';
import { createPipeline } from '../pipeline/compose.js';
import { codeToRecords } from './article-record.js';

/**
 * Worker thread of `dyad ingest --jobs N`: codes the inputs it is sent and
 * posts back plain records. Coding is a pure function of the input, so the
 * records are the same as in the main thread.
 */
const pipeline = createPipeline((workerData as { options?: Partial<PipelineOptions> } | null)?.options ?? {});
parentPort!.on('message', (msg: { id: number; items: { input: RawInput; hash: string }[] }) => {
  const outcomes = codeToRecords(msg.items, pipeline);
  parentPort!.postMessage({ id: msg.id, outcomes });
});
