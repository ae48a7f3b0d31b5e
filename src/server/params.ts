import type { Context } from 'hono';
import { DyadError } from '../errors.js';

/**
 * The query string as one value per name, refusing names the route does not
 * know and names given twice, so a typo ("?actr=KOR") is a 400 instead of a
 * silently unfiltered answer.
 *
 * @example const q = queryParams(c, ['actor', 'limit']) // { actor: 'KOR' }
 */
export function queryParams(c: Context, allowed: readonly string[]): Record<string, string> {
  const all = c.req.queries();
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(all)) {
    if (!allowed.includes(name)) throw new DyadError('E410', { param: name, detail: `unknown parameter; this route takes ${allowed.join(', ')}` });
    if (values.length > 1) throw new DyadError('E410', { param: name, detail: 'given more than once; pass a comma-separated list instead' });
    // PostgreSQL text cannot hold NUL ("?location=x%00" was a 500 there): refuse it for every store alike.
    if (values[0]?.includes('\u0000')) throw new DyadError('E410', { param: name, detail: 'contains a NUL character' });
    out[name] = values[0] ?? '';
  }
  return out;
}

/** A positive integer path or query parameter. @example positiveInt('id', '12') // 12 */
export function positiveInt(name: string, v: string | undefined, max = 2 ** 31 - 1): number {
  if (v === undefined || !/^\d{1,10}$/.test(v) || Number(v) < 1 || Number(v) > max) {
    throw new DyadError('E410', { param: name, detail: `expected a whole number from 1 to ${max}, got "${v ?? ''}"` });
  }
  return Number(v);
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[], dflt: T): T {
  if (v === undefined || v === '') return dflt;
  if (!allowed.includes(v as T)) throw new DyadError('E410', { param: name, detail: `expected one of ${allowed.join(', ')}, got "${v}"` });
  return v as T;
}
