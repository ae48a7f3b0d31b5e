import type { ArticleMeta } from '../doc/article.js';
import { Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import { isJsSpace } from '../nlp/chars.js';

/**
 * Make the document model from extracted body paragraphs: the body text is
 * the paragraphs joined by a blank line, and each paragraph becomes a span.
 * `joined`, when the caller has it, is `paragraphs.join('\n\n')`.
 *
 * @example
 * docFromParagraphs({ id: 'x' }, ['First para.', 'Second.']).paragraphs // [{0,11},{13,20}]
 */
export function docFromParagraphs(meta: Partial<ArticleMeta> & { id: string }, paragraphs: string[], joined?: string): Doc {
  const spans: Span[] = [];
  let text = '';
  if (paragraphs.every(isTrimmed)) {
    // Nothing to trim nor drop (the text structurer's lines): the text is the join, in one piece.
    text = joined ?? paragraphs.join('\n\n');
    let start = 0;
    for (const p of paragraphs) {
      spans.push({ start, end: start + p.length });
      start += p.length + 2;
    }
  } else {
    for (const p of paragraphs) {
      const clean = p.trim();
      if (!clean) continue;
      if (text) text += '\n\n';
      spans.push({ start: text.length, end: text.length + clean.length });
      text += clean;
    }
  }
  const doc = new Doc(text, meta);
  doc.paragraphs = spans;
  doc.layers.add('meta');
  doc.layers.add('paragraphs');
  return doc;
}

/** `p.trim() === p && p !== ''` without the copy. */
function isTrimmed(p: string): boolean {
  return p.length > 0 && !isJsSpace(p.charCodeAt(0)) && !isJsSpace(p.charCodeAt(p.length - 1));
}
