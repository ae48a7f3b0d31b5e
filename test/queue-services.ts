import type { TestContext } from 'node:test';
import { Queue } from 'bullmq';
import pg from 'pg';
import type { Store } from '../src/store/database.js';
import { openStore, pgConnection } from '../src/store/open-store.js';
import { QUEUE_PREFIX } from '../src/worker/queue-config.js';
import { openRedis, type RedisHandle } from '../src/worker/redis.js';
import { dropPgSchema, TEST_PG_URL } from './store-targets.js';

/** Redis for the queue tests: the local one, or DYAD_TEST_REDIS. */
export const TEST_REDIS_URL = process.env.DYAD_TEST_REDIS ?? 'redis://127.0.0.1:6379';

/**
 * Redis and PostgreSQL for a queue test, or null after skipping it with a
 * message that says how to run it. In CI (CI=true) a missing service fails.
 */
export async function queueServices(t: TestContext): Promise<RedisHandle | null> {
  const problems: string[] = [];
  let redis: RedisHandle | null = null;
  try {
    redis = await openRedis(TEST_REDIS_URL);
  } catch (err) {
    problems.push(`Redis at ${TEST_REDIS_URL}: ${(err as Error).message}`);
  }
  const c = new pg.Client({ ...pgConnection(TEST_PG_URL), connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
  } catch (err) {
    problems.push(`PostgreSQL at ${TEST_PG_URL}: ${(err as Error).message}`);
  } finally {
    await c.end().catch(() => undefined);
  }
  if (!problems.length) return redis;
  await redis?.close();
  const how =
    'start Redis on 127.0.0.1:6379 (redis-server) and PostgreSQL on 127.0.0.1:5432 with trust auth and a database "test" ' +
    '(or set DYAD_TEST_REDIS / DYAD_TEST_PG), then run: node scripts/run-tests.js test/queue.test.ts';
  if (process.env.CI) throw new Error(`queue tests need their services: ${problems.join('; ')}. CI must run them (see .ci/run)`);
  t.skip(`queue tests skipped: ${problems.join('; ')}. To run them, ${how}`);
  process.stderr.write(`SKIP: queue tests: ${problems.join('; ')}. To run them, ${how}\n`);
  return null;
}

let counter = 0;
/** A queue name and a PostgreSQL schema used by one test only. */
export function uniqueName(what: string): string {
  return `dyad_test_${what}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
}

/** A fresh PostgreSQL schema: its URL (for child processes), an open store, and a drop. */
export async function freshPgStore(): Promise<{ url: string; store: Store; drop: () => Promise<void> }> {
  const schema = uniqueName('pg');
  const url = `${TEST_PG_URL}${TEST_PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const store = await openStore(url);
  return {
    url,
    store,
    async drop() {
      await store.close();
      await dropPgSchema(schema);
    },
  };
}

/** Remove every key of a test queue. */
export async function dropQueue(redis: RedisHandle, name: string): Promise<void> {
  const q = new Queue(name, { connection: redis.client(), prefix: QUEUE_PREFIX });
  await q.obliterate({ force: true });
  await q.close();
  // dyad's own rate counters live beside BullMQ's keys.
  const raw = await redis.raw();
  const keys = (await raw.send<string[]>('KEYS', [`${q.toKey('dyad-rate')}:*`])) ?? [];
  if (keys.length) await raw.send('DEL', keys);
}
