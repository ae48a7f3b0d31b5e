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
  return pipeline.run(structureInput(input, pipeline), started);
}

/** The article structured, after the size check. Throws `DiscardError` ('too-large', or the structuring's own reasons). */
function structureInput(input: RawInput, pipeline: Pipeline): Doc {
  const maxBytes = pipeline.context.options.maxArticleBytes;
  // Length first (cheap): the UTF-8 size lies between the UTF-16 length and three times it.
  if (maxBytes && maxBytes > 0 && input.content.length > maxBytes / 3 && Buffer.byteLength(input.content, 'utf8') > maxBytes) {
    throw new DiscardError('too-large', `${input.id}: more than ${maxBytes} bytes; raise the bound with --max-bytes`);
  }
  return structureArticle(withoutNul(input));
}

/**
 * `codeInput` over several inputs at once, with the same results: each input
 * structured, then the pipeline run component by component over the batch
 * (`Pipeline.runMany`), which keeps each component's code and data in cache.
 * Returns per input the coded document or the error that discarded it.
 *
 * @example
 * const [doc] = codeInputs([{ id: 'a', file: null, format: 'text', content: 'Biegun visited Seoul.' }], createPipeline());
 */
export function codeInputs(inputs: readonly RawInput[], pipeline: Pipeline): (Doc | Error)[] {
  const out: (Doc | Error)[] = new Array(inputs.length);
  const docs: Doc[] = [];
  const spent: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const t0 = Date.now();
    try {
      docs.push(structureInput(inputs[i]!, pipeline));
      spent.push(Date.now() - t0);
      at.push(i);
    } catch (err) {
      out[i] = err instanceof Error ? err : new Error(String(err));
    }
  }
  const coded = pipeline.runMany(docs, spent);
  for (let k = 0; k < at.length; k++) out[at[k]!] = coded[k]!;
  return out;
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
