/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** Text covered by a span. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
