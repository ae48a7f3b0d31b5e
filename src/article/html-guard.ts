import { DiscardError } from '../errors.js';

/** Deepest element nesting we parse; real pages stay under ~100. */
export const MAX_DEPTH = 1000;

/**
 * Make hostile HTML safe to parse in bounded time: drop the bodies of
 * scripts, styles and templates (megabytes of inline script carry no text;
 * JSON-LD is kept), and refuse pages nested deeper than `MAX_DEPTH` with a
 * typed discard instead of a stack overflow later.
 *
 * @example
 * guardHtml('<p>Hi</p><script>var x = 1;</script>') // '<p>Hi</p><script></script>'
 */
export function guardHtml(html: string): string {
  const cleaned = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (all, attrs: string) => (/ld\+json/i.test(attrs) ? all : `<script${attrs}></script>`))
    .replace(/<(style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  let depth = 0;
  let max = 0;
  // Tags that never have content do not nest: <br>, <img>, <meta>, …
  const re = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|option|td|tr|th|dt|dd)$/i;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cleaned))) {
    if (VOID.test(m[2]!) || m[3]) continue; // implied-close tags (<p>, <li>) are not counted either
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > MAX_DEPTH) throw new DiscardError('malformed', `HTML nested more than ${MAX_DEPTH} levels deep`);
    }
  }
  return cleaned;
}
