import type { ArticleMeta } from '../doc/article.js';
import { Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';

/**
 * Make the document model from extracted body paragraphs: the body text is
 * the paragraphs joined by a blank line, and each paragraph becomes a span.
 *
 * @example
 * docFromParagraphs({ id: 'x' }, ['First para.', 'Second.']).paragraphs // [{0,11},{13,20}]
 */
export function docFromParagraphs(meta: Partial<ArticleMeta> & { id: string }, paragraphs: string[]): Doc {
  const spans: Span[] = [];
  let text = '';
  for (const p of paragraphs) {
    const clean = p.trim();
    if (!clean) continue;
    if (text) text += '\n\n';
    spans.push({ start: text.length, end: text.length + clean.length });
    text += clean;
  }
  const doc = new Doc(text, meta);
  doc.paragraphs = spans;
  doc.layers.add('meta');
  doc.layers.add('paragraphs');
  return doc;
}
