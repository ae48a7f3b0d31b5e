// The work queue against the real services: Redis (BullMQ) and PostgreSQL.
// Each test uses its own queue name and its own PostgreSQL schema, removed after.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Queue } from 'bullmq';
import { main } from '../src/cli/main.js';
import { readInputs } from '../src/ingest/read.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeToRecord } from '../src/store/article-record.js';
import type { Store } from '../src/store/database.js';
import { ingest, localCoder, type BatchCoder } from '../src/store/ingest.js';
import { openStore } from '../src/store/open-store.js';
import { enqueueInputs } from '../src/worker/enqueue.js';
import { QUEUE_PREFIX } from '../src/worker/queue-config.js';
import { startWorker, yieldingCoder } from '../src/worker/start-worker.js';
import { storeFingerprint } from '../src/worker/store-fingerprint.js';
import { dropQueue, freshPgStore, queueServices, TEST_REDIS_URL, uniqueName } from './queue-services.js';
import { ROOT } from './shared.js';
import { captureIO } from './capture-io.js';

const PUBLISHED = '2021-03-04';
const WHO = ['South Korean President Moon Jae-in', 'Japanese Prime Minister Yoshihide Suga', 'Chinese Foreign Minister Wang Yi', 'Russian President Vladimir Putin', 'North Korea', 'The United Nations Security Council'];
const DID = ['met', 'criticized', 'visited', 'signed a trade agreement with', 'accused', 'praised'];

/** `n` short articles of our own, each different, in a fresh folder. */
function writeArticles(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
  for (let i = 0; i < n; i++) {
    const a = WHO[i % WHO.length]!;
    const b = WHO[(i + 1 + Math.floor(i / WHO.length)) % WHO.length]!.replace(/^The /, 'the ');
    const text =
      `${a} ${DID[i % DID.length]} ${b} on Tuesday, officials said.\n\n` +
      `The meeting in Seoul was the ${i + 1}th of its kind this year. ${b.replace(/^the /, 'The ')} said talks would continue next month.\n`;
    writeFileSync(join(dir, `story-${String(i).padStart(2, '0')}.txt`), text);
  }
  return dir;
}


/** The same folder coded by a single-process ingest into an in-memory SQLite store. */
async function reference(dir: string): Promise<Awaited<ReturnType<typeof storeFingerprint>>> {
  const store = await openStore(':memory:');
  const pipeline = createPipeline();
  await ingest(store, readInputs([dir], { published: PUBLISHED }), { coder: localCoder((input, hash) => codeToRecord(input, pipeline, hash)) });
  const f = await storeFingerprint(store);
  await store.close();
  return f;
}

function queueOf(redis: Parameters<typeof dropQueue>[0], name: string): Queue {
  return new Queue(name, { connection: redis.client(), prefix: QUEUE_PREFIX });
}

test('a wrong or unreachable Redis is a user error that says what to do, with no stack trace', async () => {
  const refused = captureIO();
  assert.equal(await main(['queue', 'status', '--redis', 'redis://127.0.0.1:1'], refused), 2);
  assert.match(refused.err, /Cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*start Redis, or pass --redis/);
  assert.doesNotMatch(refused.err, /\n\s+at /);
  const wrong = captureIO();
  assert.equal(await main(['worker', '--redis', 'http://127.0.0.1:6379'], wrong), 2);
  assert.match(wrong.err, /Invalid Redis URL "http:\/\/127\.0\.0\.1:6379"/);
  const name = captureIO();
  assert.equal(await main(['queue', 'status', '--queue', 'a:b'], name), 2);
  assert.match(name.err, /Invalid queue name "a:b"/);
  const action = captureIO();
  assert.equal(await main(['queue', 'frob'], action), 2);
  assert.match(action.err, /Unknown queue action "frob"/);
});

test('two workers code the queued articles into PostgreSQL once each; re-enqueueing adds nothing', { timeout: 90_000 }, async (t) => {
  const redis = await queueServices(t);
  if (!redis) return;
  const name = uniqueName('q');
  const dir = writeArticles(8);
  const pg = await freshPgStore();
  const second = await openStore(pg.url);
  const queue = queueOf(redis, name);
  try {
    const enqueue = async (batch: string) => {
      const io = captureIO();
      const code = await main(['enqueue', dir, '--redis', TEST_REDIS_URL, '--queue', name, '--batch', batch, '--published', PUBLISHED, '--quiet'], io);
      assert.equal(code, 0, io.err);
      return io.out;
    };
    assert.match(await enqueue('2'), /8 articles read into 4 jobs: 4 added, 0 already queued/);
    assert.equal((await queue.getJobCounts('waiting')).waiting, 4);

    const runWorkers = async (stores: Store[]) => {
      const workers = await Promise.all(stores.map((store) => startWorker({ redis, queueName: name, store })));
      await Promise.all(workers.map((w) => w.untilEmpty(200)));
      await Promise.all(workers.map((w) => w.close()));
      return workers.map((w) => w.totals);
    };
    const totals = await runWorkers([pg.store, second]);
    assert.equal(totals.reduce((n, x) => n + x.articles, 0), 8, 'every article went through one worker');

    const got = await storeFingerprint(pg.store);
    assert.equal(got.duplicateArticles, 0);
    assert.ok(got.events > 0, 'the stories code to events');
    assert.deepEqual(got, await reference(dir), 'the queue run stores what a single-process ingest stores');

    // The same input again: the job ids are known, nothing is added.
    assert.match(await enqueue('2'), /0 added, 4 already queued/);
    assert.equal((await queue.getJobCounts('waiting')).waiting, 0);
    // Cut into other batches the jobs are new, but the worker finds every article stored.
    // (the last batch of three, stories 7 and 8, is the same as the last batch of two: already queued).
    assert.match(await enqueue('3'), /8 articles read into 3 jobs: 2 added, 1 already queued/);
    const again = await runWorkers([pg.store]);
    assert.equal(again[0]!.articles, 6);
    assert.equal(again[0]!.alreadyStored, 6);
    assert.equal(again[0]!.stored, 0);
    assert.deepEqual(await storeFingerprint(pg.store), got);
  } finally {
    await queue.close();
    await second.close();
    await pg.drop();
    await dropQueue(redis, name);
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a job that fails every try lands in the failed set with its reason, and `dyad queue retry` recovers it (SQLite store)', { timeout: 90_000 }, async (t) => {
  const redis = await queueServices(t);
  if (!redis) return;
  const name = uniqueName('q');
  const dir = writeArticles(4);
  const dbDir = mkdtempSync(join(tmpdir(), 'dyad-queue-db-'));
  const store = await openStore(join(dbDir, 'dyad.db'));
  const queue = queueOf(redis, name);
  try {
    writeFileSync(join(dir, 'story-99.txt'), 'The envoy from Pyongyang arrived in Moscow on Monday for talks with Russian officials.\n\nHe will stay three days, the embassy said.\n');
    const added = await enqueueInputs(queue, readInputs([dir], { published: PUBLISHED }), { redis: await redis.raw(), attempts: 3, backoffMs: 50 });
    assert.equal(added.added, 5);
    // A coder that breaks on one article, as a crashing dependency would.
    const real = yieldingCoder(createPipeline());
    const flaky: BatchCoder = async (items) => {
      if (items.some((x) => x.input.id.endsWith('story-99.txt'))) throw new Error('dictionary service unavailable');
      return real(items);
    };
    const tries: string[] = [];
    const w = await startWorker({ redis, queueName: name, store, coder: flaky, onFailed: (id, reason, n, final) => tries.push(`${n}${final ? ' final' : ''}: ${reason}`) });
    await w.untilEmpty(100);
    await w.close();
    const counts = await queue.getJobCounts('completed', 'failed');
    assert.deepEqual(counts, { completed: 4, failed: 1 });
    assert.deepEqual(tries, ['1: coder: dictionary service unavailable', '2: coder: dictionary service unavailable', '3 final: coder: dictionary service unavailable']);
    const [failed] = await queue.getJobs(['failed']);
    assert.equal(failed!.attemptsMade, 3);
    assert.equal(failed!.failedReason, 'coder: dictionary service unavailable');

    const status = captureIO();
    assert.equal(await main(['queue', 'status', '--json', '--redis', TEST_REDIS_URL, '--queue', name], status), 0, status.err);
    const s = JSON.parse(status.out);
    assert.equal(s.failed, 1);
    assert.deepEqual(s.failedReasons, { coder: 1 });
    assert.equal(s.rate.lastMinute.articles, 4);

    const retry = captureIO();
    assert.equal(await main(['queue', 'retry', '--redis', TEST_REDIS_URL, '--queue', name], retry), 0, retry.err);
    assert.match(retry.out, /^1 failed jobs put back/);
    const healthy = await startWorker({ redis, queueName: name, store });
    await healthy.untilEmpty(100);
    await healthy.close();
    assert.deepEqual(await queue.getJobCounts('completed', 'failed'), { completed: 5, failed: 0 });
    const f = await storeFingerprint(store);
    assert.equal(f.articles, 5);
    assert.equal(f.duplicateArticles, 0);
  } finally {
    await queue.close();
    await store.close();
    await dropQueue(redis, name);
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  }
});

test('a worker killed with SIGKILL mid-run loses nothing and duplicates nothing', { timeout: 120_000 }, async (t) => {
  const redis = await queueServices(t);
  if (!redis) return;
  const name = uniqueName('q');
  const dir = writeArticles(24);
  const pg = await freshPgStore();
  const queue = queueOf(redis, name);
  const child = { proc: null as ReturnType<typeof spawn> | null };
  try {
    const io = captureIO();
    assert.equal(await main(['enqueue', dir, '--redis', TEST_REDIS_URL, '--queue', name, '--batch', '3', '--published', PUBLISHED, '--quiet'], io), 0, io.err);
    const args = ['--import', 'tsx', 'test/run-dyad.ts', 'worker', '--db', pg.url, '--redis', TEST_REDIS_URL, '--queue', name, '--stall-seconds', '2', '--quiet'];
    const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    child.proc = proc;
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += d));
    // Kill it once it has finished a job and holds another.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const c = await queue.getJobCounts('completed', 'active');
      if (c.completed! >= 1 && c.active! >= 1) break;
      assert.ok(Date.now() < deadline && proc.exitCode === null, `the worker child did not get going: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    proc.kill('SIGKILL');
    await new Promise((r) => proc.once('exit', r));
    const atKill = await queue.getJobCounts('completed', 'active', 'waiting');
    assert.ok(atKill.completed! < 8, 'killed before the end of the run');

    // Another worker takes the killed one's job back once its lock lapses, and the rest.
    const w = await startWorker({ redis, queueName: name, store: pg.store, lockMs: 2000 });
    await w.untilEmpty(200);
    await w.close();
    assert.deepEqual(await queue.getJobCounts('completed', 'failed'), { completed: 8, failed: 0 });
    const got = await storeFingerprint(pg.store);
    assert.equal(got.articles, 24);
    assert.ok(got.events > 0, 'the stories code to events');
    assert.equal(got.duplicateArticles, 0);
    assert.deepEqual(got, await reference(dir));
  } finally {
    if (child.proc && child.proc.exitCode === null) child.proc.kill('SIGKILL');
    await queue.close();
    await pg.drop();
    await dropQueue(redis, name);
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
