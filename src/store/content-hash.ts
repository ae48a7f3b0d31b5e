import { createHash } from 'node:crypto';
import type { RawInput } from '../ingest/types.js';

/**
 * The idempotence key of an input: sha256 over what coding depends on (the
 * content, title and publication date), not over where it was read from, so
 * the same story met again under another file name is stored once.
 *
 * @example contentHash({ id: 'a', file: null, format: 'text', content: 'Hi.' }) // '3f…' (64 hex)
 */
export function contentHash(input: RawInput): string {
  return createHash('sha256')
    .update(input.title ?? '')
    .update('\u0000')
    .update(input.published ?? '')
    .update('\u0000')
    .update(input.content)
    .digest('hex');
}
