import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { responseCache } from './response-cache.js';

function app(state: { version: number; runs: number }, maxEntries = 8) {
  const a = new Hono();
  a.use('*', responseCache({ version: async () => String(state.version), maxEntries, maxChars: 100 }));
  a.get('/n', (c) => c.json({ runs: ++state.runs }));
  a.get('/big', (c) => c.json({ x: 'x'.repeat(200), runs: ++state.runs }));
  a.get('/bad', (c) => c.json({ runs: ++state.runs }, 400));
  a.post('/n', (c) => c.json({ runs: ++state.runs }));
  return a;
}
const runs = async (r: Response) => ((await r.json()) as { runs: number }).runs;

test('a repeated GET is served from memory while the store is unchanged, and recomputed after a write', async () => {
  const s = { version: 1, runs: 0 };
  const a = app(s);
  assert.equal(await runs(await a.request('/n')), 1);
  const again = await a.request('/n');
  assert.equal(again.headers.get('X-Dyad-Cache'), 'hit');
  assert.equal(again.headers.get('Content-Type'), 'application/json');
  assert.equal(await runs(again), 1);
  s.version = 2; // a batch was written
  assert.equal(await runs(await a.request('/n')), 2);
  // Another query string is another answer.
  assert.equal(await runs(await a.request('/n?x=1')), 3);
});

test('errors, POSTs and large answers are never cached; memory is bounded', async () => {
  const s = { version: 1, runs: 0 };
  const a = app(s, 2);
  await a.request('/bad');
  assert.equal(await runs(await a.request('/bad')), 2);
  await a.request('/n', { method: 'POST' });
  assert.equal(await runs(await a.request('/n', { method: 'POST' })), 4);
  await a.request('/big');
  assert.equal(await runs(await a.request('/big')), 6);
  await a.request('/n?a');
  await a.request('/n?b');
  await a.request('/n?c'); // evicts ?a
  const before = s.runs;
  await a.request('/n?a');
  assert.equal(s.runs, before + 1);
});

test('the same GET arriving while it is computed waits for that answer; another version does not', async () => {
  const s = { version: 1, runs: 0 };
  const a = new Hono();
  a.use('*', responseCache({ version: async () => String(s.version) }));
  a.get('/slow', async (c) => {
    const runs = ++s.runs;
    await new Promise((r) => setTimeout(r, 20));
    return c.json({ runs });
  });
  const all = await Promise.all([a.request('/slow'), a.request('/slow'), a.request('/slow')]);
  assert.deepEqual(await Promise.all(all.map(runs)), [1, 1, 1]);
  s.version = 2;
  assert.equal(await runs(await a.request('/slow')), 2);
});
