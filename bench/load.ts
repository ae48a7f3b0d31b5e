// Load test of the HTTP API (npm run test:load; about a minute, not part of `npm test`).
//
// With `dyad serve` on a store of the 5,000 KCNA stories, autocannon drives
// GET /api/events with filters and GET /api/stats at a fixed rate (overallRate) on loopback
// for a bounded time, while `dyad ingest` writes new articles into the same store from its
// own process, as in a deployment. It records the rate achieved, p50/p97.5/p99 latency of
// every answer, errors and non-2xx answers, the CPU time the server spent per request (the
// figure to compare on a shared machine), the load average, and per-route latency measured
// alone beforehand (to find a slow query). Target: no errors, p99 < 250 ms at 200 req/s.
// autocannon paces each connection by whole seconds (each sends its share of the second's
// requests back to back, then waits), so the load comes in bursts at each second's start.
//
// Usage: npm run test:load [-- --db STORE] [--rate 200] [--seconds 20] [--no-ingest] [--ingest-nice N] [--profile DIR]
//   Without --db, a store is built first by ingesting the corpus (minutes).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import autocannon from 'autocannon';
import { ROOT, SHARED } from '../test/shared.js';
import { PATHS } from './api-paths.js';

const args = process.argv.slice(2);
const val = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const RATE = Number(val('rate') ?? 200);
const SECONDS = Number(val('seconds') ?? 20);
const WITH_INGEST = !args.includes('--no-ingest');
const P99_TARGET = 250;

const corpus = join(SHARED, 'corpus/kcna-2011-sample.jsonl.gz');
const dir = mkdtempSync(join(tmpdir(), 'dyad-load-'));
const PROFILE = val('profile'); // a folder: the server writes a V8 CPU profile there when it stops
const INGEST_NICE = Number(val('ingest-nice') ?? 0); // 0: the ingest runs at the server's priority
const dyad = (argv: string[], nodeFlags: string[] = [], nice = 0): ChildProcess => {
  const cmd = [process.execPath, ...nodeFlags, '--import', 'tsx', join(ROOT, 'test/run-dyad.ts'), ...argv];
  // nice execs node in place, so the child's pid (and its CPU time in /proc) is node's.
  return nice ? spawn('nice', ['-n', String(nice), ...cmd], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(cmd[0]!, cmd.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
};
const done = (p: ChildProcess): Promise<number> =>
  new Promise((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve(p.exitCode ?? 1) : p.on('exit', (code) => resolve(code ?? 1))));

async function corpusLines(limit = Infinity): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (out.length >= limit) break;
    if (line.trim()) out.push(line);
  }
  return out;
}

// The store: a copy of --db (so the ingest during the run does not change the user's), or built now.
const db = join(dir, 'load.db');
const given = val('db');
if (given) {
  if (!existsSync(given)) throw new Error(`--db ${given} not found`);
  copyFileSync(given, db);
} else {
  if (!existsSync(corpus)) {
    console.error(`${corpus} not found: the load test needs ../shared (see README)`);
    process.exit(1);
  }
  console.log('building the store: ingesting the 5,000 KCNA stories (minutes)…');
  const t0 = Date.now();
  if ((await done(dyad(['ingest', corpus, '--db', db, '--quiet']))) !== 0) throw new Error('ingest failed');
  console.log(`store built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// The server, with the rate limit set far above the test rate so its cost is measured, not its refusals.
const server = dyad(['serve', '--db', db, '--port', '0', '--rate-limit', '100000'], PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : []);
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const m = /http:\/\/[\d.]+:\d+/.exec(out);
    if (m) resolve(m[0]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
});
let serverErr = '';
server.stderr!.on('data', (d) => (serverErr += d));


// Per route alone first: the median of 5, to see which query is slow, if any.
console.log(`\nper-route latency alone (first answer, then median of 4 repeats) on ${base}:`);
const alone: [string, number, number][] = [];
for (const p of PATHS) {
  const ms: number[] = [];
  let status = 0;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await fetch(base + p);
    const body = (await res.json()) as { events?: unknown[]; rows?: unknown[] };
    ms.push(performance.now() - t0);
    status = res.status;
    n = (body.events ?? body.rows ?? []).length;
  }
  // The first answer is computed; the repeats come from the response cache while the store is unchanged.
  const first = ms[0]!;
  const rest = ms.slice(1).sort((a, b) => a - b);
  alone.push([p, first, status]);
  console.log(`  ${first.toFixed(1).padStart(7)} ms computed  ${rest[1]!.toFixed(1).padStart(6)} ms repeated  ${status}  ${String(n).padStart(5)} rows  ${p}`);
}

// The ingest running during the load, in its own process as in a deployment: the stories
// again, with new ids and a changed last line (new content hashes), so they are really coded
// and written. All 5,000, so that it outlasts the run; it is stopped when the run ends.
let ingest: ChildProcess | null = null;
let ingestOut = '';
if (WITH_INGEST) {
  const feed = join(dir, 'more.jsonl');
  const lines = (await corpusLines()).map((l) => {
    const r = JSON.parse(l) as { id: string; text: string };
    return JSON.stringify({ ...r, id: `load-${r.id}`, text: `${r.text}, , (Load test copy.)` });
  });
  writeFileSync(feed, lines.join('\n') + '\n');
  ingest = dyad(['ingest', feed, '--db', db, '--batch', '50', '--quiet'], [], INGEST_NICE);
  ingest.stdout!.on('data', (d) => (ingestOut += d));
  ingest.stderr!.on('data', (d) => (ingestOut += d));
  // Let it load its models and start writing before the clock starts.
  await new Promise((r) => setTimeout(r, 8000));
}

// CPU time (user + system) a process has used so far, in ms, from /proc (Linux): the cost of
// a request in CPU ms is comparable across runs on a shared machine where wall time is not.
const TICK_MS = 10; // USER_HZ is 100 on Linux
function cpuMs(p: ChildProcess | null, which: 'all' | 'system' = 'all'): number | null {
  try {
    const f = readFileSync(`/proc/${p!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime (fields 14 and 15 of the line)
    return (which === 'system' ? Number(f[12]) : Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return null;
  }
}
const pct = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)] ?? NaN;

let i = 0;
const load0 = loadavg()[0]!;
const [serverCpu0, ingestCpu0, serverSys0] = [cpuMs(server), cpuMs(ingest), cpuMs(server, 'system')];
const selfCpu0 = process.cpuUsage();
const t0 = performance.now();
const run = autocannon({
  url: base,
  connections: 20,
  duration: SECONDS,
  overallRate: RATE,
  requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: PATHS[i++ % PATHS.length] }) }],
});
// Every answer's own latency (send to last byte) and status, as measured, besides autocannon's histogram.
const latencies: number[] = [];
const statuses: Record<string, number> = {};
run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
  latencies.push(ms);
  statuses[status] = (statuses[status] ?? 0) + 1;
});
const result = await run;
const wallS = (performance.now() - t0) / 1000;
const [serverCpu1, ingestCpu1, serverSys1] = [cpuMs(server), cpuMs(ingest), cpuMs(server, 'system')];
const selfCpu = process.cpuUsage(selfCpu0);
const load1 = loadavg()[0]!;
const ingestRunning = ingest !== null && ingest.exitCode === null;
ingest?.kill('SIGINT'); // stops after the batch in flight
if (ingest) await done(ingest);
server.kill('SIGTERM');
await done(server);

const lat = result.latency;
const errors = result.errors + result.timeouts + result.non2xx;
latencies.sort((a, b) => a - b);
const achieved = latencies.length / wallS;
const p99 = pct(latencies, 99);
const serverMs = serverCpu0 !== null && serverCpu1 !== null ? serverCpu1 - serverCpu0 : null;
const ingestMs = ingestCpu0 !== null && ingestCpu1 !== null ? ingestCpu1 - ingestCpu0 : null;
console.log(`\nautocannon: ${SECONDS} s at ${RATE} req/s target (overallRate), ${result.connections} connections, ${PATHS.length} routes in turn${WITH_INGEST ? `, ingest (nice ${INGEST_NICE}) running: ${ingestRunning ? 'yes, throughout' : 'finished during the run'}` : ''}`);
console.log(`  load average ${load0.toFixed(2)} at the start, ${load1.toFixed(2)} at the end (1 min; ${availableParallelism()} cores shared with other jobs)`);
console.log(`  achieved     ${achieved.toFixed(1)} answers/s (${latencies.length} in ${wallS.toFixed(1)} s); autocannon's mean ${result.requests.average.toFixed(1)} req/s`);
console.log(`  latency ms   p50 ${pct(latencies, 50).toFixed(1)}  p97.5 ${pct(latencies, 97.5).toFixed(1)}  p99 ${p99.toFixed(1)}  max ${(latencies.at(-1) ?? NaN).toFixed(1)}  (each answer as measured)`);
// autocannon "corrects" for coordinated omission with an expected interval of ceil(1/rate) = 1 ms,
// which adds a sample for every millisecond of a slow answer: its percentiles weigh slow answers heavily.
console.log(`  autocannon   p50 ${lat.p50}  p97.5 ${lat.p97_5}  p99 ${lat.p99}  max ${lat.max}  (its histogram, with its coordinated-omission correction)`);
console.log(`  errors       ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; statuses ${JSON.stringify(statuses)}`);
if (serverMs !== null) console.log(`  server CPU   ${serverMs} ms user+system (${serverSys1! - serverSys0!} ms system) = ${(serverMs / Math.max(1, latencies.length)).toFixed(2)} ms per request`);
// The load generator shares the machine too: when it cannot get the CPU it needs, it sends late.
console.log(`  autocannon   ${((selfCpu.user + selfCpu.system) / 1000).toFixed(0)} ms CPU for the load generator itself (${(((selfCpu.user + selfCpu.system) / 1e6 / wallS) * 100).toFixed(0)} % of a core)`);
if (ingestMs !== null) console.log(`  ingest CPU   ${ingestMs} ms user+system during the run (${((ingestMs / 1000 / wallS) * 100).toFixed(0)} % of a core)`);
if (ingest) console.log(`  ingest       ${ingestOut.trim().split('\n').join(' ')}`);
if (serverErr.trim()) console.log(`  server log   ${serverErr.trim().slice(0, 500)}`);
const pass = errors === 0 && p99 < P99_TARGET && achieved >= RATE * 0.95;
console.log(pass ? `\nPASS: no errors, p99 ${p99.toFixed(0)} ms < ${P99_TARGET} ms at ${achieved.toFixed(0)} req/s.` : `\nFAIL: target is no errors and p99 < ${P99_TARGET} ms at ${RATE} req/s.`);
rmSync(dir, { recursive: true, force: true });
process.exit(pass ? 0 : 1);
