import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { DEFAULT_RATE_LIMIT } from '../server/middleware/rate-limit/rate-limit.js';
import type { Store } from '../store/database.js';
import { openStore, resolveDbSpec } from '../store/open-store.js';
import { int, str } from './args.js';
import type { Command } from './command.js';
import type { IO } from './command.js';

/** The built web UI beside the package (web/dist), whether run from dist/ or src/. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Serve the API (and the web UI) until SIGINT/SIGTERM. Resolves when closed.
 *
 * @example await serveStore(store, { host: '127.0.0.1', port: 8080, token: null }, io)
 */
export async function serveStore(store: Store, opts: { host: string; port: number; token: string | null; rateLimit?: number }, io: IO): Promise<number> {
  const rateLimit = opts.rateLimit === undefined ? DEFAULT_RATE_LIMIT : { ...DEFAULT_RATE_LIMIT, perSecond: opts.rateLimit, burst: opts.rateLimit * 2 };
  const app = createApp({ store, token: opts.token, webDist: WEB_DIST, log: io.stderr, rateLimit });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      io.stdout(`dyad is serving ${store.label} at http://${host}:${info.port}/ (API: /api/health, /api/openapi.json). Ctrl-C stops.\n`);
      if (!opts.token) io.stdout('Writing (POST /api/articles) is off: start with --token or DYAD_TOKEN to allow it.\n');
    });
    server.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        io.stderr(`dyad: port ${opts.port} on ${opts.host} is in use; pick another with --port.\n`);
        resolve(2);
      } else reject(err);
    });
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve(0));
      // Keep-alive connections would hold close() open; a server being stopped does not wait for them.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

const cmd: Command = {
  usage: 'dyad serve [--db FILE|URL] [--host 127.0.0.1] [--port 8080] [--token TOKEN]',
  summary: 'Serve the HTTP API (and the web UI when built) over the store.',
  help: `Options:
  --db FILE|URL    store (default ./dyad.db, or $DYAD_DB)
  --host H         address to bind (default 127.0.0.1: this machine only)
  --port N         port (default 8080)
  --token T        allow POST /api/articles with "Authorization: Bearer T" (or $DYAD_TOKEN);
                   without a token the API is read-only (POST /api/code always works)
  --rate-limit N   requests per second per client address, bursts of 2N (default ${DEFAULT_RATE_LIMIT.perSecond};
                   a POST counts as 10; 0 = off); over it the answer is 429 with Retry-After

Routes: GET /api/health, /api/events, /api/events/:id, /api/articles/:id, /api/stats,
/api/actors, /api/network, /api/places, /api/openapi.json; POST /api/code, /api/articles.`,
  options: { db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' }, 'rate-limit': { type: 'string' } },
  async run(args, io) {
    const port = int(args, 'port', 0, 65535) ?? 8080;
    const host = str(args, 'host') ?? '127.0.0.1';
    const token = str(args, 'token') ?? process.env.DYAD_TOKEN ?? null;
    const store = await openStore(resolveDbSpec(str(args, 'db')));
    try {
      return await serveStore(store, { host, port, token: token || null, rateLimit: int(args, 'rate-limit', 0, 1_000_000) }, io);
    } finally {
      await store.close();
    }
  },
};
export default cmd;
