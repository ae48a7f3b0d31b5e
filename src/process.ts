import { structureArticle } from './article/structure.js';
import type { Doc } from './doc/doc.js';
import { DiscardError } from './errors.js';
import type { RawInput } from './ingest/types.js';
import type { Pipeline } from './pipeline/pipeline.js';

/**
 * Raw input → coded document: structure the article, then run the pipeline.
 * Throws `DiscardError` for inputs that cannot be coded (typed reason),
 * including 'too-large' over `maxArticleBytes` and 'timeout' over
 * `maxArticleMs` (the clock starts before structuring).
 *
 * @example
 * const doc = codeInput({ id: 'a', file: null, format: 'text', content: 'Biegun visited Seoul.', published: '2020-09-02' }, createPipeline());
 */
export function codeInput(input: RawInput, pipeline: Pipeline): Doc {
  const started = Date.now();
  const maxBytes = pipeline.context.options.maxArticleBytes;
  // Length first (cheap): the UTF-8 size lies between the UTF-16 length and three times it.
  if (maxBytes && maxBytes > 0 && input.content.length > maxBytes / 3 && Buffer.byteLength(input.content, 'utf8') > maxBytes) {
    throw new DiscardError('too-large', `${input.id}: more than ${maxBytes} bytes; raise the bound with --max-bytes`);
  }
  const doc = structureArticle(input);
  return pipeline.run(doc, started);
}
