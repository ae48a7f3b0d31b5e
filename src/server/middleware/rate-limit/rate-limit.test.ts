import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { rateLimit } from './rate-limit.js';

function app(now: { t: number }, perSecond = 2, burst = 3) {
  const a = new Hono();
  a.use('*', rateLimit({ perSecond, burst, now: () => now.t, cost: (c) => (c.req.method === 'POST' ? 3 : 1), maxClients: 2 }));
  a.all('/x', (c) => c.text('ok'));
  return a;
}
const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });

test('a burst passes, the next request is 429 with Retry-After, and tokens come back with time', async () => {
  const now = { t: 0 };
  const a = app(now);
  for (let i = 0; i < 3; i++) assert.equal((await a.request('/x', {}, from('10.0.0.1'))).status, 200);
  const r = await a.request('/x', {}, from('10.0.0.1'));
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('Retry-After'), '1');
  assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'E417');
  now.t = 500; // half a second at 2/s: one token
  assert.equal((await a.request('/x', {}, from('10.0.0.1'))).status, 200);
  assert.equal((await a.request('/x', {}, from('10.0.0.1'))).status, 429);
});

test('each address has its own bucket; a POST costs more', async () => {
  const now = { t: 0 };
  const a = app(now);
  assert.equal((await a.request('/x', { method: 'POST' }, from('10.0.0.1'))).status, 200);
  assert.equal((await a.request('/x', { method: 'POST' }, from('10.0.0.1'))).status, 429);
  assert.equal((await a.request('/x', {}, from('10.0.0.2'))).status, 200);
});

test('memory is bounded: the least recently seen address is forgotten (and starts afresh)', async () => {
  const now = { t: 0 };
  const a = app(now);
  for (let i = 0; i < 3; i++) await a.request('/x', {}, from('10.0.0.1'));
  assert.equal((await a.request('/x', {}, from('10.0.0.1'))).status, 429);
  await a.request('/x', {}, from('10.0.0.2'));
  await a.request('/x', {}, from('10.0.0.3')); // evicts 10.0.0.1
  assert.equal((await a.request('/x', {}, from('10.0.0.1'))).status, 200);
});

test('perSecond 0 turns the limit off', async () => {
  const a = new Hono();
  a.use('*', rateLimit({ perSecond: 0 }));
  a.get('/x', (c) => c.text('ok'));
  for (let i = 0; i < 50; i++) assert.equal((await a.request('/x')).status, 200);
});
