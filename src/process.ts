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
  const doc = structureArticle(withoutNul(input));
  return pipeline.run(doc, started);
}

const NUL = /\u0000/g;

/**
 * The input with NUL characters removed from its text and metadata: they carry
 * nothing in news, and PostgreSQL cannot store them (a JSONL record with
 * "\u0000" once failed its whole ingest batch there).
 *
 * @example withoutNul({ ...input, content: 'Sid\u0000e' }).content // 'Side'
 */
export function withoutNul(input: RawInput): RawInput {
  const fields = ['content', 'title', 'published', 'url', 'source', 'id'] as const;
  if (!fields.some((f) => input[f]?.includes('\u0000'))) return input;
  const out = { ...input };
  for (const f of fields) if (out[f]) (out as Record<string, unknown>)[f] = out[f]!.replace(NUL, '');
  return out;
}
