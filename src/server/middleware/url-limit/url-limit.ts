import type { MiddlewareHandler } from 'hono';
import { DyadError } from '../../../errors.js';

/** Longest request URL accepted (path and query), in characters: filters fit in far less. */
export const DEFAULT_MAX_URL = 8192;

/**
 * Refuse request URLs longer than `max` characters with 414, before any
 * parsing: a megabyte query string is an attack or a bug, not a filter.
 *
 * @example app.use('/api/*', urlLimit(8192))
 */
export function urlLimit(max = DEFAULT_MAX_URL): MiddlewareHandler {
  return async (c, next) => {
    // Path and query only: the host part is not the client's choice of size.
    const url = c.req.url;
    const at = url.indexOf('/', url.indexOf('//') + 2);
    if (url.length - (at < 0 ? 0 : at) > max) throw new DyadError('E416', { limit: max });
    await next();
  };
}
