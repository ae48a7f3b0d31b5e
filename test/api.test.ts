import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../src/server/app.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { defaultOptions } from '../src/pipeline/pipeline.js';
import type { Store } from '../src/store/database.js';
import { openStore } from '../src/store/open-store.js';
import { codedDoc } from './fixtures/coded-docs.js';
import { CORPUS } from './fixtures/corpus.js';
import { fillStore } from './fixtures/fill-store.js';
import { forEachStore } from './store-targets.js';

// Stands in for the coder: whatever the text, the events of the corpus's first article.
const fakePipeline = (): Pipeline => ({ components: [], context: { options: defaultOptions, resources: new Map() }, run: () => codedDoc(CORPUS[0]!), runMany: (docs) => docs.map(() => codedDoc(CORPUS[0]!)) });

function appOf(store: Store, token: string | null = null, webDist: string | null = null): Hono {
  return createApp({ store, token, webDist, pipeline: fakePipeline, log: () => {}, maxBodyBytes: 64 * 1024 });
}

async function get(app: Hono, path: string): Promise<{ status: number; body: any; res: Response }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json(), res };
}

const ids = (body: { events: { id: number }[] }) => body.events.map((e) => e.id).sort((a, b) => a - b);

forEachStore('api', fillStore, ({ itShared, it }) => {
  itShared('health counts articles and events', async (s) => {
    assert.deepEqual((await get(appOf(s), '/api/health')).body, { ok: true, articles: 4, events: 10 });
  });

  const cases: [string, number[]][] = [
    ['actor=KOR', [1, 2, 3, 4, 5, 6]],
    ['source=USA', [3]],
    ['target=KOR', [3, 4, 5]],
    ['dyad=KOR:USA', [1, 2, 6]],
    ['dyad=KOR:USA&both=true', [1, 2, 3, 6]],
    ['code=04', [1, 2, 3, 6]],
    ['plover=THREATEN', [5]],
    ['quad=4', [8]],
    ['since=2020-10', [8, 9, 10]],
    ['until=2020-07-31', [2]],
    ['location=Ladakh', [8]],
    ['text=drills', [4, 5]],
    ['negated=true', [7]],
  ];
  for (const [q, want] of cases) {
    itShared(`GET /api/events?${q}`, async (s) => assert.deepEqual(ids((await get(appOf(s), `/api/events?${q}`)).body), want));
  }

  itShared('events page by limit and cursor', async (s) => {
    const app = appOf(s);
    const p1 = (await get(app, '/api/events?limit=6')).body;
    assert.equal(p1.events.length, 6);
    assert.equal(typeof p1.nextCursor, 'string');
    const p2 = (await get(app, `/api/events?limit=6&cursor=${p1.nextCursor}`)).body;
    assert.equal(p2.events.length, 4);
    assert.equal(p2.nextCursor, null);
    const row = [...p1.events, ...p2.events].find((e: { cameo: string }) => e.cameo === '043');
    for (const k of ['id', 'articleId', 'articleTitle', 'published', 'rule', 'pattern', 'groupId', 'numArticles', 'docId', 'source', 'target', 'plover', 'quadClass', 'goldstein', 'date', 'location', 'sentence', 'evidence', 'negated']) {
      assert.ok(k in row, k);
    }
  });

  itShared('event and article detail', async (s) => {
    const app = appOf(s);
    const e = (await get(app, '/api/events/2')).body;
    assert.equal(e.event.evidence.text, 'hosted');
    assert.equal(e.article.url, 'https://example.org/a1');
    assert.equal(e.sentence.text, 'South Korea hosted the American envoy in July.');
    const a = (await get(app, `/api/articles/${e.article.id}`)).body;
    assert.equal(a.article.title, 'Envoys speak by phone');
    assert.deepEqual(a.article.captions, []);
    assert.equal(a.sentences.length, 3);
    assert.equal(a.events.length, 3);
    for (const m of a.mentions) assert.equal(a.article.text.slice(m.start, m.end), m.text);
    assert.equal((await get(app, '/api/events/99')).status, 404);
    assert.equal((await get(app, '/api/articles/99')).status, 404);
  });

  itShared('stats, actors, network, places', async (s) => {
    const app = appOf(s);
    const st = (await get(app, '/api/stats?groupBy=quad&interval=all')).body;
    assert.deepEqual(st.rows.map((r: { key: string; count: number }) => [r.key, r.count]).sort(), [['1', 5], ['2', 1], ['3', 3], ['4', 1]]);
    const st2 = (await get(app, '/api/stats?groupBy=dyad&interval=month&actor=PRK')).body;
    assert.deepEqual(st2.rows[0], { period: '2020-09-01', key: 'PRK:KOR', count: 2, goldsteinMean: -4.5, goldsteinTotal: -9, quad1: 0, quad2: 0, quad3: 2, quad4: 0 });
    const ac = (await get(app, '/api/actors?limit=2')).body;
    assert.deepEqual(ac.actors[0], { code: 'KOR', count: 6, asSource: 3, asTarget: 3 });
    assert.equal(ac.actors.length, 2);
    const net = (await get(app, '/api/network?code=19')).body;
    assert.deepEqual(net, { nodes: [{ id: 'CHN', count: 1 }, { id: 'IND', count: 1 }], edges: [{ source: 'IND', target: 'CHN', count: 1, goldsteinMean: -10 }] });
    const pl = (await get(app, '/api/places?actor=KOR')).body;
    assert.deepEqual(pl, { places: [{ name: 'Seoul', country: 'KOR', lat: 37.57, lon: 126.98, count: 1 }] });
  });

  itShared('malformed parameters get a 400 naming the parameter', async (s) => {
    const app = appOf(s);
    const bad: [string, string][] = [
      ['/api/events?actor=K%21', 'actor'], ['/api/events?source=x', 'source'], ['/api/events?target=1', 'target'],
      ['/api/events?dyad=KORUSA', 'dyad'], ['/api/events?both=yes', 'both'], ['/api/events?code=abc', 'code'],
      ['/api/events?plover=1', 'plover'], ['/api/events?quad=0', 'quad'], ['/api/events?since=yesterday', 'since'],
      ['/api/events?until=2020-02-31', 'until'], ['/api/events?text=%20', 'text'], ['/api/events?negated=2', 'negated'],
      ['/api/events?limit=5000', 'limit'], ['/api/events?limit=-1', 'limit'], ['/api/events?cursor=abc', 'cursor'],
      ['/api/events?actr=KOR', 'actr'], ['/api/events?actor=KOR&actor=USA', 'actor'], ['/api/events/abc', 'id'],
      ['/api/events/0', 'id'], ['/api/articles/1.5', 'id'], ['/api/stats?groupBy=country', 'groupBy'],
      ['/api/stats?interval=year', 'interval'], ['/api/stats?limit=3', 'limit'], ['/api/actors?limit=0', 'limit'],
      ['/api/network?limit=x', 'limit'], ['/api/places?quad=7', 'quad'], ['/api/health?x=1', 'x'],
      ['/api/location?since=2020', ''],
    ];
    for (const [path, param] of bad) {
      const { status, body } = await get(app, path);
      if (!param) {
        assert.equal(status, 404, path);
        continue;
      }
      assert.equal(status, 400, path);
      assert.equal(body.error.code, 'E410', path);
      assert.match(body.error.message, new RegExp(`"${param}"`), path);
      assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+/, 'no stack trace');
    }
  });

  itShared('openapi document lists every route', async (s) => {
    const doc = (await get(appOf(s), '/api/openapi.json')).body;
    assert.equal(doc.openapi.slice(0, 2), '3.');
    for (const p of ['/api/health', '/api/events', '/api/events/{id}', '/api/articles/{id}', '/api/articles', '/api/code', '/api/stats', '/api/actors', '/api/network', '/api/places']) assert.ok(doc.paths[p], p);
  });

  itShared('POST /api/code codes in memory and stores nothing', async (s) => {
    const app = appOf(s);
    const res = await app.request('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Seoul and Washington held talks.', published: '2020-09-02' }) });
    assert.equal(res.status, 200);
    const body: any = await res.json();
    assert.equal(body.events.length, 3);
    assert.equal(body.events[0].cameo, '040');
    assert.equal((await get(app, '/api/health')).body.articles, 4);
  });

  itShared('POST bodies are validated and size-limited', async (s) => {
    const app = appOf(s);
    const post = (body: string) => app.request('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    for (const [body, re] of [
      ['{', /not valid JSON/],
      ['[]', /JSON object/],
      ['{"text":"a","html":"<p>a</p>"}', /exactly one/],
      ['{"text":"x","published":"yesterday"}', /published/],
      ['{"text":"x","colour":"red"}', /colour/],
      ['{"text":42}', /"text" must be a string/],
    ] as const) {
      const res = await post(body);
      assert.equal(res.status, 400, body);
      assert.match(((await res.json()) as any).error.message, re);
    }
    const big = await post(JSON.stringify({ text: 'x'.repeat(100 * 1024) }));
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as any).error.code, 'E414');
  });

  it('POST /api/articles is off without a token, refuses a wrong one, stores with the right one, once', async (s) => {
    const body = JSON.stringify({ text: 'Seoul and Washington held talks.', published: '2020-09-02', title: 'Talks' });
    const post = (app: Hono, auth?: string) =>
      app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body });
    const off = await post(appOf(s), 'Bearer t0ken');
    assert.equal(off.status, 403);
    const app = appOf(s, 't0ken');
    assert.equal((await post(app)).status, 401);
    assert.equal((await post(app, 'Bearer wrong')).status, 401);
    const ok = await post(app, 'Bearer t0ken');
    assert.equal(ok.status, 201);
    const stored: any = await ok.json();
    assert.equal(stored.events.length, 3);
    assert.equal(stored.events[0].articleId, stored.articleId);
    const again = await post(app, 'Bearer t0ken');
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as any).articleId, stored.articleId);
    assert.deepEqual((await get(app, '/api/health')).body, { ok: true, articles: 1, events: 3 });
  });
});

test('the built web UI is served at / with SPA fallback, never outside its folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dyad</title>');
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  const store = await openStore(':memory:');
  try {
    const app = appOf(store, null, dir);
    const root = await app.request('/');
    assert.equal(root.status, 200);
    assert.match(root.headers.get('content-type')!, /text\/html/);
    assert.match(await root.text(), /<title>dyad/);
    const js = await app.request('/assets/app-1.js');
    assert.match(js.headers.get('cache-control')!, /immutable/);
    assert.match(js.headers.get('content-type')!, /javascript/);
    assert.match(await (await app.request('/events/12')).text(), /<title>dyad/);
    assert.equal((await app.request('/assets/missing.js')).status, 404);
    const escape = await app.request('/..%2f..%2fetc%2fpasswd');
    assert.doesNotMatch(await escape.text(), /root:/);
    assert.equal((await app.request('/api/nothing')).status, 404);
  } finally {
    await store.close();
  }
});
