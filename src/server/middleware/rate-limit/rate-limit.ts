import type { Context, MiddlewareHandler } from 'hono';
import { DyadError } from '../../../errors.js';
import { errorBody } from '../../http-error.js';

export interface RateLimitOptions {
  /** Requests per second each client address may make, sustained (0 turns the limit off). */
  perSecond: number;
  /** Requests a client may make at once after a quiet spell. Default: twice `perSecond`. */
  burst?: number;
  /** Tokens one request costs; coding an article (POST) costs more than reading a page. */
  cost?: (c: Context) => number;
  /** Client addresses remembered at most; the least recently seen are forgotten first. */
  maxClients?: number;
  now?: () => number;
}

/** `dyad serve`'s default: 50 requests/s per address, bursts of 100, a POST counts as 10. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100, cost: (c) => (c.req.method === 'POST' ? 10 : 1) };

/**
 * The client's address as the socket gives it (@hono/node-server puts the Node
 * request in `c.env.incoming`). Forwarded-for headers are not trusted: anyone
 * can send one. In-process requests (`app.request()`) share the key "local".
 *
 * @example clientAddress(c) // '203.0.113.7'
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * A token bucket per client address: each address gains `perSecond` tokens a
 * second up to `burst`, and a request spends `cost` of them; without enough,
 * the answer is 429 with `Retry-After`. Memory is bounded by `maxClients`.
 *
 * @example app.use('/api/*', rateLimit({ perSecond: 50, burst: 100 }))
 */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  const rate = opts.perSecond;
  if (!(rate > 0)) return async (_c, next) => next();
  const burst = opts.burst ?? rate * 2;
  const cost = opts.cost ?? (() => 1);
  const maxClients = opts.maxClients ?? 10_000;
  const now = opts.now ?? (() => performance.now());
  // Map order is recency order: a client is re-inserted on each request, the oldest is first.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const key = clientAddress(c);
    const t = now();
    const b = buckets.get(key) ?? { tokens: burst, at: t };
    buckets.delete(key);
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * rate);
    b.at = t;
    buckets.set(key, b);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
    const price = Math.min(cost(c), burst);
    if (b.tokens < price) {
      const retry = Math.ceil((price - b.tokens) / rate);
      const err = new DyadError('E417', { rate, burst, retry });
      return c.json(errorBody(err.code, err.message), 429, { 'Retry-After': String(retry) });
    }
    b.tokens -= price;
    await next();
  };
}
