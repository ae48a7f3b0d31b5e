import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DyadError, type ErrorCode } from '../errors.js';

/** HTTP status of each domain error a request can cause; any other error is a 500. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E004: 400,
  E410: 400,
  E411: 404,
  E412: 403,
  E413: 401,
  E414: 413,
  E415: 400,
  E416: 414,
  E417: 429,
};

/** The JSON error body every failing route answers with. */
export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/**
 * The one error funnel: a domain error becomes its status and message; anything
 * else a 500 whose body says nothing of the internals (the stack goes to the log).
 */
export function errorFunnel(log: (s: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof DyadError) {
      const status = STATUS[err.code] ?? 400;
      return c.json(errorBody(err.code, err.message), status);
    }
    // Hono's own HTTP errors (e.g. a body over the limit before we see it).
    const status = (err as { status?: number }).status;
    if (status === 413) return c.json(errorBody('E414', 'Request body too large.'), 413);
    log(`dyad serve: internal error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
    return c.json(errorBody('E500', 'Internal error: this is a bug; the server log has the details.'), 500);
  };
}
