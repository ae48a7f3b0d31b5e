import type { Context, MiddlewareHandler } from 'hono';

export interface ResponseCacheOptions {
  /** What the store holds now, cheaply (e.g. its newest article and event ids): a cached answer is served only while it is unchanged. */
  version: () => Promise<string>;
  /** Answers kept at most; the least recently used go first. */
  maxEntries?: number;
  /** Largest answer kept, in characters (an export of thousands of events is not). */
  maxChars?: number;
}

interface Entry {
  version: string;
  body: string;
  type: string;
}

/**
 * Keep successful JSON answers to GET requests, keyed by URL, and serve them
 * again while the store is unchanged. A dashboard asks the same aggregates over
 * and over; each costs tens of milliseconds of SQL over every event (`/api/stats?
 * groupBy=actor&interval=week`: ~50 ms on 5,000 stories), so repeats are served
 * from memory. The version is read on every request, so no answer is ever older
 * than the last write.
 *
 * @example app.use('/api/*', responseCache({ version: () => storeVersion(store) }))
 */
export function responseCache(opts: ResponseCacheOptions): MiddlewareHandler {
  const maxEntries = opts.maxEntries ?? 256;
  const maxChars = opts.maxChars ?? 1_000_000;
  const cache = new Map<string, Entry>();
  // Answers being computed: a request for the same URL at the same version waits for that one
  // instead of computing it again (a dashboard opened by many at once, right after a write).
  const pending = new Map<string, Promise<Entry | null>>();
  const send = (c: Context, e: Entry) => c.body(e.body, 200, { 'Content-Type': e.type, 'X-Dyad-Cache': 'hit' });
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const version = await opts.version();
    const key = c.req.url;
    const hit = cache.get(key);
    if (hit && hit.version === version) {
      cache.delete(key);
      cache.set(key, hit);
      return send(c, hit);
    }
    const flight = `${version}\n${key}`;
    const computing = pending.get(flight);
    if (computing) {
      const e = await computing;
      if (e) return send(c, e);
      return next();
    }
    let settle!: (e: Entry | null) => void;
    pending.set(flight, new Promise((resolve) => (settle = resolve)));
    let entry: Entry | null = null;
    try {
      await next();
      const type = c.res.headers.get('Content-Type') ?? '';
      if (c.res.status !== 200 || !type.includes('application/json')) return;
      const body = await c.res.clone().text();
      if (body.length > maxChars) return;
      entry = { version, body, type };
      cache.delete(key);
      cache.set(key, entry);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    } finally {
      pending.delete(flight);
      settle(entry);
    }
  };
}
