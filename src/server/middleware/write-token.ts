import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DyadError } from '../../errors.js';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * Guard for routes that write: off (403) unless the server has a token, and
 * then only with `Authorization: Bearer <token>`, compared in constant time
 * (both sides hashed first, so lengths leak nothing either).
 *
 * @example app.post('/api/articles', writeToken(process.env.DYAD_TOKEN ?? null), handler)
 */
export function writeToken(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) throw new DyadError('E412');
    const m = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]!.trim()), expected)) throw new DyadError('E413');
    await next();
  };
}
