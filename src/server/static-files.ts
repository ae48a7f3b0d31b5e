import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serve the built web UI from `root`: a file when one matches the path
 * (never outside `root`), else `index.html` for client-side routes (SPA
 * fallback). Returns null when there is nothing to serve.
 *
 * @example app.get('*', (c) => serveWeb(c, 'web/dist') ?? c.notFound())
 */
export function serveWeb(c: Context, root: string): Response | null {
  const base = resolve(root);
  const index = join(base, 'index.html');
  if (!existsSync(index)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(c.req.path);
  } catch {
    return null;
  }
  const file = resolve(base, '.' + normalize('/' + rel));
  const inside = file === base || file.startsWith(base + sep);
  let target = index;
  if (inside && file !== base && existsSync(file) && statSync(file).isFile()) target = file;
  else if (extname(rel)) return null; // a missing asset is a 404, not the app page
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  // Vite's hashed assets never change; the page itself must be revalidated.
  const cache = target.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return c.body(readFileSync(target), 200, { 'Content-Type': type, 'Cache-Control': cache });
}
