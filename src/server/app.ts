import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DyadError } from '../errors.js';
import { createPipeline } from '../pipeline/compose.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/database.js';
import { countArticles } from '../store/tables/articles.js';
import { countEvents } from '../store/tables/events.js';
import { errorBody, errorFunnel } from './http-error.js';
import { rateLimit, type RateLimitOptions } from './middleware/rate-limit/rate-limit.js';
import { securityHeaders } from './middleware/security-headers.js';
import { responseCache } from './middleware/response-cache/response-cache.js';
import { urlLimit } from './middleware/url-limit/url-limit.js';
import { storeVersion } from './store-version.js';
import { OPENAPI } from './openapi.js';
import { queryParams } from './params.js';
import { aggregateRoutes } from './routes/aggregates.js';
import { articleRoutes } from './routes/articles.js';
import { codeRoutes } from './routes/code.js';
import { eventRoutes } from './routes/events.js';
import { serveWeb } from './static-files.js';

export interface AppOptions {
  store: Store;
  /** Write token for `POST /api/articles`; null keeps writing off. */
  token?: string | null;
  /** Folder of the built web UI, served at `/` when it holds an index.html. */
  webDist?: string | null;
  /** Largest request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  log?: (s: string) => void;
  /** Requests per client address (token bucket); off unless given (`dyad serve` turns it on). */
  rateLimit?: RateLimitOptions | null;
  /** Longest request URL in characters (default 8192). */
  maxUrlChars?: number;
  /** Time one article may take in POST /api/code and /api/articles, in ms (default 10,000): coding holds the server's thread. */
  maxArticleMs?: number;
  /** Serve repeated GETs from memory while the store is unchanged (default on for SQLite). */
  cache?: boolean;
  pipeline?: () => Pipeline;
}

/**
 * The HTTP API as a Hono app: thin routes over the query layer, one error
 * funnel, security headers, body limits. Tests call `app.request()`; `dyad
 * serve` hands it to @hono/node-server.
 *
 * @example const app = createApp({ store }); const res = await app.request('/api/health');
 */
export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const log = opts.log ?? ((s: string) => process.stderr.write(s));
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
  let pipeline: Pipeline | null = null;
  // Built on first use: a server that only answers queries never loads the NLP models.
  const getPipeline = opts.pipeline ?? (() => (pipeline ??= createPipeline({ maxArticleMs: opts.maxArticleMs ?? 10_000 })));
  const limit = bodyLimit({ maxSize: maxBody, onError: () => { throw new DyadError('E414', { limit: maxBody }); } });

  const app = new Hono();
  app.use(securityHeaders());
  app.onError(errorFunnel(log));
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', urlLimit(opts.maxUrlChars));
  app.use('/api/*', rateLimit(opts.rateLimit ?? { perSecond: 0 }));
  // Repeated reads between two writes are served from memory (SQLite: the version is exact there).
  const version = opts.cache === false ? null : storeVersion(store);
  if (version) app.use('/api/*', responseCache({ version }));
  app.post('/api/*', limit);

  app.get('/api/health', async (c) => {
    queryParams(c, []);
    const [articles, events] = await Promise.all([countArticles(store.db), countEvents(store.db)]);
    return c.json({ ok: true, articles, events });
  });
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.route('/api/events', eventRoutes(store));
  app.route('/api/articles', articleRoutes(store, getPipeline, opts.token ?? null));
  app.route('/api/code', codeRoutes(getPipeline));
  app.route('/api', aggregateRoutes(store));
  app.all('/api/*', (c) => c.json(errorBody('E411', `Not found: ${c.req.method} ${c.req.path}. See /api/openapi.json for the routes.`), 404));
  app.get('*', (c) => (opts.webDist ? serveWeb(c, opts.webDist) : null) ?? c.json(errorBody('E411', `Not found: ${c.req.path}`), 404));
  app.notFound((c) => c.json(errorBody('E411', `Not found: ${c.req.method} ${c.req.path}`), 404));
  return app;
}
