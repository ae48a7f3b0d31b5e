// Scale-out measurement (`npm run bench:scale`): the 5,000 KCNA stories coded
//   (a) by a single-process `dyad ingest` into SQLite,
//   (b) through the queue with one `dyad worker` into PostgreSQL,
//   (c) the same with two workers,
//   (d) two workers, one of them SIGKILLed in the middle of the run,
// with throughput in articles/s, and a check that every run stores the same
// articles and events (counts and a SHA-256 of the sorted event keys).
// Needs Redis on 127.0.0.1:6379 and PostgreSQL on 127.0.0.1:5432 (or
// DYAD_BENCH_REDIS / DYAD_BENCH_PG). Each run uses its own queue and schema,
// removed at the end. Writes bench/results/scale-out.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import pg from 'pg';
import { openStore, pgConnection } from '../src/store/open-store.js';
import { QUEUE_PREFIX } from '../src/worker/queue-config.js';
import { openRedis } from '../src/worker/redis.js';
import { storeFingerprint, type StoreFingerprint } from '../src/worker/store-fingerprint.js';
import { ROOT } from '../test/shared.js';
import { KCNA } from './corpus.js';

const PG_URL = process.env.DYAD_BENCH_PG ?? 'postgres://127.0.0.1:5432/test';
const REDIS_URL = process.env.DYAD_BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const BATCH = process.env.BENCH_BATCH ?? '25';
const STALL_S = '10';

if (!existsSync(KCNA)) {
  process.stderr.write(`SKIP: ${KCNA} not found (the benchmark reads ../shared/corpus)\n`);
  process.exit(0);
}

const tag = `${process.pid}_${Date.now().toString(36)}`;
const tmp = mkdtempSync(join(tmpdir(), 'dyad-scale-'));
// BENCH_LIMIT=N: the first N stories only (a quick check of the harness itself).
const limit = Number(process.env.BENCH_LIMIT ?? 0);
const lines = gunzipSync(readFileSync(KCNA)).toString('utf8').split('\n').filter((l) => l.trim());
const N = limit > 0 ? Math.min(limit, lines.length) : lines.length;
const CORPUS = limit > 0 ? join(tmp, 'corpus.jsonl') : KCNA;
if (limit > 0) writeFileSync(CORPUS, lines.slice(0, N).join('\n') + '\n');
const redis = await openRedis(REDIS_URL);
const schemas: string[] = [];
const queues: string[] = [];
const children = new Set<ChildProcess>();

const output = new Map<ChildProcess, { out: string; err: string }>();
// CPU seconds of a command, from /usr/bin/time where the machine has it: on a
// shared machine wall time says how much CPU the run got, not what it needs.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function dyad(args: string[], timed = false): ChildProcess {
  const cli = [process.execPath, '--import', 'tsx', join(ROOT, 'test/run-dyad.ts'), ...args];
  const [cmd, ...argv] = timed && TIME ? [TIME, '-f', 'cpu-seconds %U %S', ...cli] : cli;
  const c = spawn(cmd!, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(c);
  const o = { out: '', err: '' };
  output.set(c, o);
  c.stdout!.on('data', (d) => {
    o.out += String(d);
    process.stdout.write(`    ${String(d).trimEnd().replace(/\n/g, '\n    ')}\n`);
  });
  c.stderr!.on('data', (d) => {
    o.err += String(d);
    process.stderr.write(`    ${String(d).trimEnd().replace(/\n/g, '\n    ')}\n`);
  });
  c.once('exit', () => children.delete(c));
  return c;
}

function exited(c: ChildProcess): Promise<number | null> {
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve(c.exitCode);
  return new Promise((r) => c.once('exit', (code) => r(code)));
}

async function run(args: string[], timed = false): Promise<{ out: string; err: string }> {
  const c = dyad(args, timed);
  const code = await exited(c);
  if (code !== 0) throw new Error(`dyad ${args.join(' ')} exited with ${code}`);
  return output.get(c)!;
}

/** CPU seconds a worker reports in its closing line ("…, 151.2 CPU-s"), or /usr/bin/time's "cpu-seconds U S". */
function cpuSeconds(o: { out: string; err: string } | undefined): number | null {
  if (!o) return null;
  const w = /([\d.]+) CPU-s/.exec(o.out);
  if (w) return Number(w[1]);
  const t = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(o.err);
  return t ? Number(t[1]) + Number(t[2]) : null;
}

async function fingerprint(db: string): Promise<StoreFingerprint> {
  const store = await openStore(db);
  try {
    return await storeFingerprint(store);
  } finally {
    await store.close();
  }
}

interface Row {
  run: string;
  workers: number;
  store: string;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  enqueueSeconds?: number;
  fingerprint: StoreFingerprint;
  /** CPU seconds of the coding processes (null when unknown, e.g. a killed worker). */
  cpuSeconds: number | null;
  sameAsSqlite?: boolean;
  note?: string;
}

/**
 * Time of a queue run from BullMQ's own clocks: the first job taken to the
 * last job finished (worker start-up and enqueueing are not coding).
 */
async function queueSpan(q: Queue): Promise<{ seconds: number; jobs: number }> {
  const jobs = await q.getJobs(['completed'], 0, -1);
  const start = Math.min(...jobs.map((j) => j.processedOn ?? Infinity));
  const end = Math.max(...jobs.map((j) => j.finishedOn ?? 0));
  return { seconds: (end - start) / 1000, jobs: jobs.length };
}

async function queueRun(label: string, workers: number, killOne: boolean): Promise<Row> {
  const name = `bench_${label}_${tag}`;
  const schema = `dyad_bench_${label}_${tag}`;
  queues.push(name);
  schemas.push(schema);
  const db = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const q = new Queue(name, { connection: redis.client(), prefix: QUEUE_PREFIX });
  console.log(`(${label}) enqueue, then ${workers} worker(s) into PostgreSQL${killOne ? ', one SIGKILLed mid-run' : ''}`);
  const t0 = Date.now();
  await run(['enqueue', CORPUS, '--redis', REDIS_URL, '--queue', name, '--batch', BATCH, '--quiet']);
  const enqueueSeconds = (Date.now() - t0) / 1000;
  // Migrate the schema before the workers race to it.
  await (await openStore(db)).close();
  const total = (await q.getJobCounts('waiting')).waiting ?? 0;
  const args = ['worker', '--db', db, '--redis', REDIS_URL, '--queue', name, '--until-empty', '--stall-seconds', STALL_S, '--quiet'];
  const procs = Array.from({ length: workers }, () => dyad(args));
  let note: string | undefined;
  if (killOne) {
    for (;;) {
      const c = await q.getJobCounts('completed', 'active');
      if ((c.completed ?? 0) >= total * 0.4 && (c.active ?? 0) >= 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const c = await q.getJobCounts('completed', 'active');
    procs[0]!.kill('SIGKILL');
    note = `worker 1 SIGKILLed with ${c.completed}/${total} jobs completed and ${c.active} active; its job returned to the queue after ${STALL_S} s`;
    console.log(`    ${note}`);
  }
  const codes = await Promise.all(procs.map(exited));
  const cpus = procs.map((p) => cpuSeconds(output.get(p)));
  const cpu = cpus.some((x) => x === null) ? null : +cpus.reduce((a, b) => a! + b!, 0)!.toFixed(1);
  if (codes.slice(killOne ? 1 : 0).some((c) => c !== 0)) throw new Error(`a worker failed: exit codes ${codes.join(', ')}`);
  const counts = await q.getJobCounts('completed', 'failed');
  if (counts.failed) throw new Error(`${counts.failed} jobs failed in run (${label})`);
  const span = await queueSpan(q);
  await q.close();
  const f = await fingerprint(db);
  return { run: label, workers, store: 'postgres', articles: N, seconds: +span.seconds.toFixed(1), articlesPerSec: +(N / span.seconds).toFixed(1), enqueueSeconds: +enqueueSeconds.toFixed(1), fingerprint: f, cpuSeconds: cpu, ...(note ? { note } : {}) };
}

const rows: Row[] = [];
const load0 = loadavg();
try {
  console.log(`(a) single-process dyad ingest into SQLite`);
  const sqlite = join(tmp, 'a.db');
  const t0 = Date.now();
  const ingestOut = await run(['ingest', CORPUS, '--db', sqlite, '--quiet'], true);
  const wall = (Date.now() - t0) / 1000;
  // The rate `dyad ingest` reports runs from its first read to its last write: start-up excluded, as in the queue runs.
  const rate = Number(/\(([\d.]+) articles\/s\)/.exec(ingestOut.out)?.[1] ?? N / wall);
  rows.push({ run: 'a', workers: 1, store: 'sqlite', articles: N, seconds: +(N / rate).toFixed(1), articlesPerSec: rate, fingerprint: await fingerprint(sqlite), cpuSeconds: cpuSeconds(ingestOut), note: `ingest's own timing; whole command ${wall.toFixed(1)} s` });
  rows.push(await queueRun('b', 1, false));
  rows.push(await queueRun('c', 2, false));
  rows.push(await queueRun('d', 2, true));
} finally {
  for (const c of children) c.kill('SIGKILL');
  for (const name of queues) {
    const q = new Queue(name, { connection: redis.client(), prefix: QUEUE_PREFIX });
    await q.obliterate({ force: true }).catch(() => undefined);
    const raw = await redis.raw();
    const keys = (await raw.send<string[]>('KEYS', [`${q.toKey('dyad-rate')}:*`])) ?? [];
    if (keys.length) await raw.send('DEL', keys);
    await q.close();
  }
  await redis.close();
  const c = new pg.Client(pgConnection(PG_URL));
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
  rmSync(tmp, { recursive: true, force: true });
}

const ref = rows[0]!.fingerprint;
for (const r of rows.slice(1)) r.sameAsSqlite = r.fingerprint.articles === ref.articles && r.fingerprint.events === ref.events && r.fingerprint.eventsHash === ref.eventsHash && r.fingerprint.duplicateArticles === 0;
console.log('\nrun  workers  store     seconds  articles/s  CPU-s  articles/CPU-s  stored  events  dup  events SHA-256 (first 16)  same as (a)');
for (const r of rows) {
  console.log(
    `${r.run.padEnd(5)}${String(r.workers).padEnd(9)}${r.store.padEnd(10)}${String(r.seconds).padStart(7)}  ${String(r.articlesPerSec).padStart(10)}  ${String(r.cpuSeconds ?? '—').padStart(5)}  ${(r.cpuSeconds ? (r.articles / r.cpuSeconds).toFixed(1) : '—').padStart(14)}  ${String(r.fingerprint.articles).padStart(6)}  ${String(r.fingerprint.events).padStart(6)}  ${String(r.fingerprint.duplicateArticles).padStart(3)}  ${r.fingerprint.eventsHash.slice(0, 16)}          ${r.sameAsSqlite === undefined ? '—' : r.sameAsSqlite ? 'yes' : 'NO'}`,
  );
}
const b = rows.find((r) => r.run === 'b');
const c2 = rows.find((r) => r.run === 'c');
if (b && c2) console.log(`\n2 workers / 1 worker: ${(c2.articlesPerSec / b.articlesPerSec).toFixed(2)}x`);
console.log('CPU-s include each process\'s start-up (module and dictionary loading); seconds run from the first job taken to the last one finished.');
console.log(`load average at start ${load0.map((x) => x.toFixed(1)).join(' ')}, at end ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
const result = { date: new Date().toISOString(), stories: N, batch: Number(BATCH), cores: cpus().length, loadAverageStart: load0, loadAverageEnd: loadavg(), rows };
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/scale-out.json'), JSON.stringify(result, null, 2));
console.log('wrote bench/results/scale-out.json');
if (rows.slice(1).some((r) => !r.sameAsSqlite)) process.exitCode = 1;
