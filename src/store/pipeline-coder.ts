import type { PipelineOptions } from '../pipeline/component.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { CodeOutcome } from './article-record.js';
import type { BatchCoder } from './ingest.js';

/**
 * The standard in-thread coder. The pipeline (NLP models, dictionaries) is
 * loaded on the first batch that has something new to code, so rerunning an
 * ingest over stored articles starts at once.
 *
 * @example await ingest(store, inputs, { coder: pipelineCoder() })
 */
export function pipelineCoder(options: Partial<PipelineOptions> = {}): BatchCoder {
  let code: ((items: Parameters<BatchCoder>[0]) => CodeOutcome[]) | null = null;
  return async (items) => {
    if (!code) {
      const [{ createPipeline }, { codeToRecords }] = await Promise.all([import('../pipeline/compose.js'), import('./article-record.js')]);
      const pipeline: Pipeline = createPipeline(options);
      code = (batch) => codeToRecords(batch, pipeline);
    }
    return code(items);
  };
}
