import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { securityHeaders } from './security-headers.js';

test('every answer carries the security headers and no CORS header', async () => {
  const app = new Hono().use(securityHeaders()).get('/x', (c) => c.text('ok'));
  const res = await app.request('/x', { headers: { Origin: 'https://evil.example' } });
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.match(res.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
  assert.equal(res.headers.get('access-control-allow-origin'), null);
});
