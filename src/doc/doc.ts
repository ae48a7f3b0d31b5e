import { emptyMeta, type ArticleMeta } from './article.js';
import type { CodedEvent } from './event.js';
import type { Mention } from './mention.js';
import type { Sentence } from './sentence.js';
import type { Span } from './span.js';
import { emptyTokens, type TokenTable } from './tokens.js';
import type { TraceEntry } from './trace.js';

/**
 * The one document model. The article body is `text`; every other layer is
 * an offset span into it, never a copy.
 *
 * @example
 * const doc = new Doc('Biegun visited Seoul.', { id: 'a1' });
 */
export class Doc {
  readonly text: string;
  meta: ArticleMeta;
  paragraphs: Span[] = [];
  sentences: Sentence[] = [];
  tokens: TokenTable = emptyTokens();
  mentions: Mention[] = [];
  events: CodedEvent[] = [];
  trace: TraceEntry[] = [];
  /** Layers assigned so far (see `pipeline/component.ts`). */
  readonly layers = new Set<string>();

  constructor(text: string, meta: Partial<ArticleMeta> & { id: string }) {
    this.text = text;
    this.meta = { ...emptyMeta(meta.id), ...meta };
    this.layers.add('text');
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  explain(entry: TraceEntry): void {
    this.trace.push(entry);
  }
}
