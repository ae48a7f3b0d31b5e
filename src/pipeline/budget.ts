import { DiscardError } from '../errors.js';
import type { Context } from './component.js';

/** Default time one article may take from structuring to the last component (ms). */
export const DEFAULT_MAX_ARTICLE_MS = 20_000;

/**
 * Throw a 'timeout' discard when the article in hand has run past its time
 * budget (`ctx.deadline`, set by `Pipeline.run`). Cheap (one clock read), so
 * long loops call it once per sentence or line: a 2 MB line of junk then
 * stops within a sentence of its budget instead of holding the batch.
 *
 * @example
 * for (const s of doc.sentences) { checkBudget(ctx, 'events'); codeSentence(s); }
 */
export function checkBudget(ctx: Context, where: string): void {
  if (ctx.deadline !== undefined && Date.now() > ctx.deadline) {
    throw new DiscardError('timeout', `took longer than ${ctx.options.maxArticleMs} ms (stopped in ${where}); raise the bound with --max-ms`);
  }
}
