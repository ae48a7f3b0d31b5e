// API security, in process (app.request(), no port) except where the socket matters:
// SQL injection and path traversal on every parameter of every route, read-only without
// a token, body/URL size limits, rate limit, CORS closed, security headers, no stack
// traces, loopback bind by default.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Hono } from 'hono';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { defaultOptions } from '../src/pipeline/pipeline.js';
import { FILTER_PARAMS } from '../src/query/filter.js';
import { createApp, type AppOptions } from '../src/server/app.js';
import type { Store } from '../src/store/database.js';
import { openStore } from '../src/store/open-store.js';
import { codedDoc } from './fixtures/coded-docs.js';
import { CORPUS } from './fixtures/corpus.js';
import { fillStore } from './fixtures/fill-store.js';
import { ROOT } from './shared.js';
import { forEachStore } from './store-targets.js';

const fakePipeline = (): Pipeline => ({ components: [], context: { options: defaultOptions, resources: new Map() }, run: () => codedDoc(CORPUS[0]!), runMany: (docs) => docs.map(() => codedDoc(CORPUS[0]!)) });

function appOf(store: Store, extra: Partial<AppOptions> = {}): Hono {
  return createApp({ store, pipeline: fakePipeline, log: () => {}, maxBodyBytes: 64 * 1024, ...extra });
}

/** Every GET route with the query parameters it takes (from the routes' own lists, so a new one is covered). */
const AGG = FILTER_PARAMS.filter((p) => p !== 'cursor');
const ROUTES: [string, readonly string[]][] = [
  ['/api/events', FILTER_PARAMS],
  ['/api/stats', [...FILTER_PARAMS.filter((p) => p !== 'limit' && p !== 'cursor'), 'groupBy', 'interval']],
  ['/api/actors', AGG],
  ['/api/network', AGG],
  ['/api/places', AGG],
  ['/api/health', []],
];
const PATH_ROUTES = ['/api/events/', '/api/articles/'];

const SQLI = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  "1' OR '1'='1' /*",
  '1; DROP TABLE events; --',
  "KOR'; DELETE FROM articles; --",
  "x' UNION SELECT sql, sql, sql FROM sqlite_master --",
  "x') UNION SELECT table_name FROM information_schema.tables --",
  "KOR:USA' OR 'a'='a",
  '1) OR (1=1',
  "'; SELECT pg_sleep(5); --",
  "1' AND (SELECT count(*) FROM sqlite_master) > 0 --",
  '%',
  '_',
  '*',
  '\\',
  "\\' OR 1=1 --",
  'NULL',
  '0x41',
  '1e309',
  '-1',
  '99999999999999999999',
  '2020-13-45',
  '"drills" OR text:*',
  'NEAR(a b)',
  '{"$gt": ""}',
  '[object Object]',
];
const TRAVERSAL = ['../../../../etc/passwd', '..%2f..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', '....//....//etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd\u0000.json', 'file:///etc/passwd'];
const ODD = ['\u0000', '\u202e\u0645', 'é'.repeat(300), 'x'.repeat(2000), '<script>alert(1)</script>', '$(rm -rf /)', '%00', '%ff%fe'];
// Sent as they are, not encoded again: bytes that are not UTF-8, a lone surrogate, a cut escape.
const RAW = ['%ED%A0%80', '%ff%fe', '%C0%AE%C0%AE', '%', '%2', '%%32%65', '%u0027'];
const PAYLOADS = [...SQLI, ...TRAVERSAL, ...ODD].map((v) => ({ v, q: encodeURIComponent(v) })).concat(RAW.map((v) => ({ v, q: v })));

/** A response that is an answer or a clean client error, never a 500 or a leak. */
async function checkAnswer(res: Response, what: string): Promise<any> {
  assert.ok(res.status === 200 || res.status === 400 || res.status === 404 || res.status === 414, `${what}: status ${res.status}`);
  const text = await res.text();
  assert.doesNotMatch(text, /\n\s+at |node_modules|\/src\/|SqliteError|syntax error|CREATE TABLE|root:x:0:0|\[extensions\]/i, `${what}: leaks ${text.slice(0, 200)}`);
  const body = JSON.parse(text);
  if (res.status !== 200) assert.match(body.error.code, /^E4\d\d$/, what);
  return body;
}

forEachStore('api security', fillStore, ({ itShared, it }) => {
  itShared('SQL injection and traversal on every parameter of every route: answered or refused, never widened, nothing changed', async (s) => {
    const app = appOf(s);
    const all = (await (await app.request('/api/events?limit=1000')).json()) as { events: unknown[] };
    let answered = 0;
    let refused = 0;
    for (const [route, params] of ROUTES) {
      for (const p of params) {
        for (const { v, q } of PAYLOADS) {
          const res = await app.request(`${route}?${p}=${q}`);
          const body = await checkAnswer(res, `${route}?${p}=${v}`);
          if (res.status !== 200) {
            refused++;
            continue;
          }
          answered++;
          // A filter value that is not an actor, code or word matches nothing; "OR 1=1" must not widen it to all.
          if (route === '/api/events' && /OR|UNION|\*|%|_/.test(v) && !['limit', 'cursor', 'negated'].includes(p)) {
            assert.ok(body.events.length < all.events.length, `${route}?${p}=${v} returned every event`);
          }
        }
      }
      // Parameter names are data too.
      for (const v of SQLI.slice(0, 6)) await checkAnswer(await app.request(`${route}?${encodeURIComponent(v)}=1`), `${route} name ${v}`);
    }
    for (const route of PATH_ROUTES) {
      for (const { v, q } of PAYLOADS) {
        const res = await app.request(route + q);
        assert.notEqual(res.status, 200, route + v);
        await checkAnswer(res, route + v);
      }
    }
    assert.ok(answered > 100 && refused > 100, `answered ${answered}, refused ${refused}`);
    // Nothing was dropped, deleted or added.
    assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true, articles: 4, events: 10 });
  });

  itShared('read-only without a token: no method but GET (and POST /api/code, which stores nothing) succeeds', async (s) => {
    const app = appOf(s);
    const body = JSON.stringify({ text: 'Seoul and Washington held talks.' });
    for (const path of ['/api/articles', '/api/events', '/api/events/1', '/api/articles/1', '/api/stats', '/api/health', '/']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const res = await app.request(path, { method, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer anything' }, body });
        assert.ok(res.status >= 400 && res.status < 500, `${method} ${path}: ${res.status}`);
      }
    }
    assert.equal((await app.request('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status, 200);
    assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true, articles: 4, events: 10 });
  });

  it('the write token: only the exact token, in a Bearer header, lets a write through', async (s) => {
    const app = appOf(s, { token: 's3cret-token' });
    const body = JSON.stringify({ text: 'Seoul and Washington held talks.', published: '2020-09-02' });
    const post = (auth?: string) => app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth === undefined ? {} : { Authorization: auth }) }, body });
    for (const auth of [undefined, '', 'Bearer', 'Bearer ', 'Bearer s3cret', 'Bearer s3cret-token-and-more', 'Bearer S3CRET-TOKEN', 'Basic s3cret-token', 's3cret-token', "Bearer ' OR '1'='1"]) {
      const res = await post(auth);
      assert.equal(res.status, 401, `Authorization: ${auth}`);
      await checkAnswer(new Response(await res.text(), { status: 400 }), `auth ${auth}`);
    }
    assert.equal((await post('Bearer s3cret-token')).status, 201);
  });

  it('NUL characters in a stored article, its title or a filter are not a 500 on any store', async (s) => {
    const app = appOf(s, { token: 't', pipeline: undefined });
    // Read first, so a cached answer would be stale after the write below.
    const before = (await (await app.request('/api/health')).json()) as { articles: number };
    const body = JSON.stringify({ text: 'Japan and China held talks in Beij\u0000ing on Monday, officials said.', title: 'Ta\u0000lks', published: '2020-09-02' });
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' }, body });
    assert.equal(res.status, 201, await res.clone().text());
    const id = ((await res.json()) as any).articleId;
    assert.equal(((await (await app.request('/api/health')).json()) as { articles: number }).articles, before.articles + 1);
    const art = (await (await app.request(`/api/articles/${id}`)).json()) as any;
    assert.doesNotMatch(JSON.stringify(art), /\\u0000/);
    await checkAnswer(await app.request('/api/events?text=Beij%00ing'), 'NUL in a filter');
  });

  itShared('request size limits: body, URL, deep JSON', async (s) => {
    const app = appOf(s);
    const post = (body: string, headers: Record<string, string> = {}) => app.request('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    assert.equal((await post(JSON.stringify({ text: 'x'.repeat(2_000_000) }))).status, 413);
    // Without a Content-Length (chunked), the body is counted as it streams.
    const stream = new ReadableStream({
      start(ctl) {
        for (let i = 0; i < 100; i++) ctl.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
        ctl.close();
      },
    });
    const chunked = await app.request('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    assert.equal(chunked.status, 413);
    // JSON nested 20,000 deep fits the body limit; it must be a 400, not a stack overflow.
    await checkAnswer(await post('['.repeat(20_000) + ']'.repeat(20_000)), 'deep JSON');
    await checkAnswer(await post('{"text":' + '['.repeat(30_000) + ']'.repeat(30_000) + '}'), 'deep JSON in a field');
    const long = await app.request('/api/events?text=' + 'a'.repeat(10_000));
    assert.equal(long.status, 414);
    assert.equal(((await long.json()) as any).error.code, 'E416');
  });

  itShared('CORS is closed: no Access-Control-Allow-* for another origin, preflight included', async (s) => {
    const app = appOf(s);
    const origin = { Origin: 'https://evil.example' };
    const get = await app.request('/api/events', { headers: origin });
    assert.equal(get.headers.get('Access-Control-Allow-Origin'), null);
    const pre = await app.request('/api/articles', { method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' } });
    assert.equal(pre.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(pre.headers.get('Access-Control-Allow-Methods'), null);
    assert.equal(pre.headers.get('Access-Control-Allow-Headers'), null);
  });

  itShared('security headers on API answers, errors and the UI page', async (s) => {
    const web = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dyad</title>');
    const app = appOf(s, { webDist: web });
    for (const path of ['/api/health', '/api/events?bogus=1', '/', '/events/12', '/api/nothing']) {
      const h = (await app.request(path)).headers;
      assert.equal(h.get('X-Content-Type-Options'), 'nosniff', path);
      assert.equal(h.get('Referrer-Policy'), 'no-referrer', path);
      const csp = h.get('Content-Security-Policy') ?? '';
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /object-src 'none'/, path);
      assert.doesNotMatch(csp, /script-src[^;]*'unsafe-(inline|eval)'/, path);
    }
    assert.equal((await app.request('/api/health')).headers.get('Cache-Control'), 'no-store');
  });

  itShared('the rate limit answers 429 with Retry-After per client address, and the API is untouched', async (s) => {
    // A stopped clock: no token comes back however slow the store answers.
    const app = appOf(s, { rateLimit: { perSecond: 5, burst: 5, now: () => 0 } });
    const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
    for (let i = 0; i < 5; i++) assert.equal((await app.request('/api/health', {}, from('198.51.100.1'))).status, 200);
    const over = await app.request('/api/health', {}, from('198.51.100.1'));
    assert.equal(over.status, 429);
    assert.ok(Number(over.headers.get('Retry-After')) >= 1);
    assert.equal(over.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(((await over.json()) as any).error.code, 'E417');
    // A forged X-Forwarded-For does not buy a fresh bucket.
    assert.equal((await app.request('/api/health', { headers: { 'X-Forwarded-For': '203.0.113.9' } }, from('198.51.100.1'))).status, 429);
    assert.equal((await app.request('/api/health', {}, from('198.51.100.2'))).status, 200);
  });
});

test('the static UI never serves a file outside its folder', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dyad-trav-'));
  const web = join(root, 'dist');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>dyad</title>');
  writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
  const store = await openStore(join(root, 's.db'));
  try {
    const app = appOf(store, { webDist: web });
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/....//secret.txt', '/..%5csecret.txt', '/%252e%252e/secret.txt', '/secret.txt%00.html', '//secret.txt', '/%c0%ae%c0%ae/secret.txt', '/assets/%00'];
    for (const path of attempts) {
      const res = await app.request(path);
      const text = await res.text();
      assert.doesNotMatch(text, /TOP-SECRET/, path);
      assert.ok(res.status === 200 || res.status === 404 || res.status === 400, `${path}: ${res.status}`);
    }
  } finally {
    await store.close();
  }
});

test('an internal error is a 500 that says nothing of the internals; the stack goes to the log only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-err-'));
  const store = await openStore(join(dir, 's.db'));
  let logged = '';
  const app = createApp({ store, pipeline: fakePipeline, log: (s) => void (logged += s) });
  await store.close(); // every query now throws
  const res = await app.request('/api/health');
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.equal(JSON.parse(text).error.code, 'E500');
  assert.doesNotMatch(text, /\n\s+at |\/src\/|node_modules|Error:/);
  assert.match(logged, /internal error on GET \/api\/health/);
});

test('dyad serve binds to 127.0.0.1 unless told otherwise, and turns the rate limit on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/run-dyad.ts'), 'serve', '--db', join(dir, 's.db'), '--port', '0', '--rate-limit', '2'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      setTimeout(() => reject(new Error(`no start-up line: ${out}`)), 30_000);
    });
    const m = /http:\/\/([\d.]+):(\d+)\//.exec(line);
    assert.ok(m, line);
    assert.equal(m[1], '127.0.0.1');
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await fetch(`http://127.0.0.1:${m[2]}/api/health`)).status);
    assert.equal(codes[0], 200);
    assert.ok(codes.includes(429), codes.join(' '));
  } finally {
    child.kill('SIGTERM');
  }
});
