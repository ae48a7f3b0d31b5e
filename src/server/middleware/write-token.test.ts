import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { DyadError } from '../../errors.js';
import { writeToken } from './write-token.js';

function app(token: string | null) {
  return new Hono()
    .post('/w', writeToken(token), (c) => c.json({ ok: true }))
    .onError((e, c) => c.json({ code: e instanceof DyadError ? e.code : 'x' }, 418));
}

test('writing is off without a configured token', async () => {
  const res = await app(null).request('/w', { method: 'POST', headers: { Authorization: 'Bearer anything' } });
  assert.deepEqual(await res.json(), { code: 'E412' });
});

test('a wrong or missing token is refused, the right one passes', async () => {
  const a = app('s3cret');
  assert.deepEqual(await (await a.request('/w', { method: 'POST' })).json(), { code: 'E413' });
  assert.deepEqual(await (await a.request('/w', { method: 'POST', headers: { Authorization: 'Bearer s3cre' } })).json(), { code: 'E413' });
  const ok = await a.request('/w', { method: 'POST', headers: { Authorization: 'Bearer s3cret' } });
  assert.equal(ok.status, 200);
});
