import type { Span } from './span.js';

export interface Sentence extends Span {
  index: number;
  /** Index into `Doc.paragraphs`. */
  paragraph: number;
  /** Token range `[tokenStart, tokenEnd)` into `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}
