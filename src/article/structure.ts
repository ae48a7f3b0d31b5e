import { Doc } from '../doc/doc.js';
import type { RawInput } from '../ingest/types.js';
import { docFromParagraphs } from './build-doc.js';

/**
 * Turn a raw input into the document model: metadata plus the article body
 * as paragraphs. Throws `DiscardError` with a typed reason for inputs that
 * cannot be coded.
 *
 * Interim version: blank-line paragraphs only, no boilerplate removal.
 */
export function structureArticle(input: RawInput): Doc {
  const paragraphs = input.content.split(/\n\s*\n/);
  return docFromParagraphs(
    {
      id: input.id,
      file: input.file,
      title: input.title ?? null,
      published: input.published ?? null,
      url: input.url ?? null,
      source: input.source ?? null,
      language: 'en',
    },
    paragraphs,
  );
}
