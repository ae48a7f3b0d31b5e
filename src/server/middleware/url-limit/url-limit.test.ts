import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { DyadError } from '../../../errors.js';
import { urlLimit } from './url-limit.js';

test('a URL over the limit is refused with E416 before the route runs', async () => {
  let ran = 0;
  const a = new Hono();
  a.onError((err, c) => c.json({ code: (err as DyadError).code }, 414));
  a.use('*', urlLimit(100));
  a.get('/x', (c) => c.text(String(++ran)));
  assert.equal((await a.request('/x?q=' + 'a'.repeat(50))).status, 200);
  const r = await a.request('/x?q=' + 'a'.repeat(200));
  assert.equal(r.status, 414);
  assert.deepEqual(await r.json(), { code: 'E416' });
  assert.equal(ran, 1);
});
