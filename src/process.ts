import { structureArticle } from './article/structure.js';
import type { Doc } from './doc/doc.js';
import type { RawInput } from './ingest/types.js';
import type { Pipeline } from './pipeline/pipeline.js';

/**
 * Raw input → coded document: structure the article, then run the pipeline.
 * Throws `DiscardError` for inputs that cannot be coded (typed reason).
 *
 * @example
 * const doc = codeInput({ id: 'a', file: null, format: 'text', content: 'Biegun visited Seoul.', published: '2020-09-02' }, createPipeline());
 */
export function codeInput(input: RawInput, pipeline: Pipeline): Doc {
  const doc = structureArticle(input);
  return pipeline.run(doc);
}
