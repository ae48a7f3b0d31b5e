import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationMs } from '../cli/cmd-queue.js';
import { resolveQueueName } from './queue-config.js';
import { DEFAULT_REDIS, resolveRedisUrl } from './redis.js';

test('the queue name comes from --queue, else DYAD_QUEUE, else "articles"; a ":" is refused', () => {
  assert.equal(resolveQueueName(undefined, {}), 'articles');
  assert.equal(resolveQueueName(undefined, { DYAD_QUEUE: 'night-feeds' }), 'night-feeds');
  assert.equal(resolveQueueName('backfill_2011', { DYAD_QUEUE: 'night-feeds' }), 'backfill_2011');
  assert.throws(() => resolveQueueName('a:b', {}), /Invalid queue name "a:b"/);
  assert.throws(() => resolveQueueName('', {}), /Invalid queue name/);
});

test('Redis comes from --redis, else DYAD_REDIS, else the local default', () => {
  assert.equal(resolveRedisUrl(undefined, {}), DEFAULT_REDIS);
  assert.equal(resolveRedisUrl(undefined, { DYAD_REDIS: 'redis://queue-host:6379' }), 'redis://queue-host:6379');
  assert.equal(resolveRedisUrl('redis://other:6380', { DYAD_REDIS: 'redis://queue-host:6379' }), 'redis://other:6380');
});

test('`--older-than` takes seconds, minutes, hours or days', () => {
  assert.equal(durationMs('90s'), 90_000);
  assert.equal(durationMs('30m'), 1_800_000);
  assert.equal(durationMs('12h'), 43_200_000);
  assert.equal(durationMs('7d'), 604_800_000);
  assert.equal(durationMs('7 days'), null);
  assert.equal(durationMs('1.5h'), null);
});
