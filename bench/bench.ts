// The benchmark harness (`npm run bench`): throughput of bare tokenisation,
// of the whole pipeline in memory, of `dyad ingest` into SQLite, peak memory,
// and start-up time. Prints a table and writes bench/results/bench.json.
// Timing numbers live here and in notes, never in tests.
//
//   npm run bench                   all of it on the 5,000 KCNA stories
//   BENCH_LIMIT=500 npm run bench   the first 500 stories only
//   BENCH_ROUNDS=5 npm run bench    five warm rounds of (a) and (b) instead of three
//   npm run bench -- --no-ingest    skip (c)
//   npm run bench -- --x10          also ingest a 10× corpus (50,000 stories, streamed), --jobs 1 and 2, for the memory bound
//
// (a) and (b) read the same stories. Each is measured cold (the first pass,
// after one warm-up story; what a fresh ingest worker pays) and warm (a warm-up
// pass on a fifth of the stories, then passes over all of them, (a) and (b)
// interleaved part by part, BENCH_ROUNDS times (3); what a long-running ingest
// pays once its code is hot). Both are reported.
// Start-up is (e)'s business. (b) codes as `dyad ingest` does: batches of
// 32 stories (`localityBatches`), each component over the whole batch before the next
// (`Pipeline.runMany`). Their sentence counts differ — dyad splits the
// paragraphs a scraped KCNA page runs together, wink alone does not — so the
// ratio compares articles/s (the same work items), and sentences/s is shown
// both with each stage's own count and with dyad's count for both.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { wink } from '../src/nlp/wink.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { buildPipeline, localityBatches } from '../src/pipeline/pipeline.js';
import type { Doc } from '../src/doc/doc.js';
import { structureArticle } from '../src/article/structure.js';
import { ROOT } from '../test/shared.js';
import { KCNA, cpuMs, loadKcna, timedComponents } from './corpus.js';

interface Row {
  stage: string;
  articles: number;
  sentences: number;
  words: number;
  seconds: number;
  articlesPerSec: number;
  sentencesPerSec: number;
  wordsPerSec: number;
  peakRssMB?: number;
  cpuSeconds?: number;
  note?: string;
}

function row(stage: string, articles: number, sentences: number, words: number, seconds: number, extra: Partial<Row> = {}): Row {
  return {
    stage,
    articles,
    sentences,
    words,
    seconds: +seconds.toFixed(3),
    articlesPerSec: Math.round(articles / seconds),
    sentencesPerSec: Math.round(sentences / seconds),
    wordsPerSec: Math.round(words / seconds),
    ...extra,
  };
}

const args = new Set(process.argv.slice(2));
const limit = Number(process.env.BENCH_LIMIT ?? Infinity);
const stories = loadKcna(limit);
if (!stories) process.exit(0);
// KCNA marks paragraph breaks as ", , "; give both stages the same clean text.
const texts = stories.map((s) => s.text.replace(/,\s+,(\s*,)*\s*/g, '\n\n'));
const rows: Row[] = [];


// (a) bare wink-nlp: readDoc, then read tokens and POS out. One pass over
// `list`; returns its row.
const nlp = wink();
function passA(list: string[], label: string): Row {
  const its = nlp.its;
  let sentences = 0;
  let words = 0;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const t of list) {
    const d = nlp.readDoc(t);
    const toks = d.tokens().out(its.value) as string[];
    const pos = d.tokens().out(its.pos as never) as string[];
    sentences += d.sentences().length();
    for (let i = 0; i < pos.length; i++) if (pos[i] !== 'PUNCT' && pos[i] !== 'SPACE') words++;
    void toks;
  }
  return row(label, list.length, sentences, words, (performance.now() - t0) / 1000, { cpuSeconds: +((cpuMs() - c0) / 1000).toFixed(3) });
}

// (b) dyad's whole pipeline, raw text → coded events, in memory, with the CPU
// time of each stage (structuring the article, then each component).
const stageCpu = new Map<string, number>();
const base = createPipeline();
const timed = timedComponents(base.components, stageCpu);
const pipeline = buildPipeline(timed, base.context.options);
pipeline.context.resources = base.context.resources;
type Story = NonNullable<typeof stories>[number];
/**
 * Stories through dyad as `dyad ingest` codes them (`codeInputs`): in batches
 * (`localityBatches`), each structured, then the pipeline run component by component
 * over the batch. Per story: the coded document, or the error that discarded it.
 */
const codeBatch = (list: Story[]): (Doc | Error)[] => {
  const docs: Doc[] = [];
  const at: number[] = [];
  const out: (Doc | Error)[] = new Array(list.length);
  const t = cpuMs();
  list.forEach((s, i) => {
    try {
      docs.push(structureArticle({ id: s.id, file: null, format: 'text', content: s.text, published: s.published, title: s.title }));
      at.push(i);
    } catch (err) {
      out[i] = err as Error;
    }
  });
  stageCpu.set('article structure', (stageCpu.get('article structure') ?? 0) + cpuMs() - t);
  pipeline.runMany(docs).forEach((d, k) => (out[at[k]!] = d));
  return out;
};
/** One pass of (b) over `list`: its row and the share of CPU per stage. */
interface PassB {
  row: Row;
  shares: Record<string, number>;
  /** CPU ms per stage. */
  stageMs: Map<string, number>;
  events: number;
  failures: number;
}
function passB(list: Story[], label: string): PassB {
  stageCpu.clear();
  let sentences = 0;
  let words = 0;
  let events = 0;
  let failures = 0;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const batch of localityBatches(list, (s) => s.text.length)) {
    for (const doc of codeBatch(batch)) {
      if (doc instanceof Error) {
        failures++;
        continue;
      }
      sentences += doc.sentences.length;
      for (let k = 0; k < doc.tokens.count; k++) if (doc.tokens.pos[k] !== 'PUNCT') words++;
      events += doc.events.length;
    }
  }
  const sec = (performance.now() - t0) / 1000;
  const total = [...stageCpu.values()].reduce((x, y) => x + y, 0);
  const shares = Object.fromEntries([...stageCpu].sort((x, y) => y[1] - x[1]).map(([k, v]) => [k, +(v / total).toFixed(3)]));
  return {
    row: row(label, list.length, sentences, words, sec, { cpuSeconds: +((cpuMs() - c0) / 1000).toFixed(3), note: `${events} events, ${failures} discarded` }),
    shares,
    stageMs: new Map(stageCpu),
    events,
    failures,
  };
}

/** Rows of passes over parts of the stories, summed into one row for all of them. */
function sumRows(label: string, parts: Row[], extra: Partial<Row> = {}): Row {
  const total = (f: (r: Row) => number): number => parts.reduce((x, r) => x + f(r), 0);
  return row(label, total((r) => r.articles), total((r) => r.sentences), total((r) => r.words), total((r) => r.seconds), {
    cpuSeconds: +total((r) => r.cpuSeconds ?? 0).toFixed(3),
    ...extra,
  });
}

/** Stories per part of an interleaved round. */
const PART = 250;

/**
 * One warm round, interleaved: the stories in parts of `PART`, and for each
 * part (a) and (b) one after the other, (a) first in even parts and (b) first
 * in odd ones. A shared machine's speed drifts over seconds; both measures
 * then see the same drift, part by part, instead of (a) one speed and (b)
 * another, which made the ratio of whole passes swing by ±0.1.
 */
function interleavedRound(): { a: Row; b: PassB; ratio: number } {
  const aParts: Row[] = [];
  const bParts: PassB[] = [];
  for (let at = 0, k = 0; at < stories!.length; at += PART, k++) {
    const order = k % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const side of order) {
      if (side === 'a') aParts.push(passA(texts.slice(at, at + PART), '(a) part'));
      else bParts.push(passB(stories!.slice(at, at + PART), '(b) part'));
    }
  }
  const stageMs = new Map<string, number>();
  for (const p of bParts) for (const [k, v] of p.stageMs) stageMs.set(k, (stageMs.get(k) ?? 0) + v);
  const stageTotal = [...stageMs.values()].reduce((x, y) => x + y, 0);
  const events = bParts.reduce((x, p) => x + p.events, 0);
  const failures = bParts.reduce((x, p) => x + p.failures, 0);
  const a = sumRows('(a) wink-nlp tokens+POS, warm', aParts);
  const bRow = sumRows(
    '(b) dyad pipeline (memory), warm',
    bParts.map((p) => p.row),
    { note: `${events} events, ${failures} discarded` },
  );
  const shares = Object.fromEntries([...stageMs].sort((x, y) => y[1] - x[1]).map(([k, v]) => [k, +(v / stageTotal).toFixed(3)]));
  return { a, b: { row: bRow, shares, stageMs, events, failures }, ratio: bRow.articlesPerSec / a.articlesPerSec };
}

// Cold: the first pass over all the stories after one warm-up story each, as a
// fresh ingest worker meets them (V8 compiling and running unoptimised code,
// chrono compiling its regexes on first use, the heap growing).
passA(texts.slice(0, 1), 'warm-up');
const aCold = passA(texts, '(a) wink-nlp tokens+POS, cold');
rows.push(aCold);
codeBatch(stories.slice(0, 1));
const bColdPass = passB(stories, '(b) dyad pipeline (memory), cold');
rows.push(bColdPass.row);
// Warm: a warm-up pass on a slice (a fifth of the stories, 1,000 of 5,000),
// then the measured pass over all of them, as a long-running ingest runs once
// its code is hot. The stories were seen in the cold pass, so wink's lexicon of
// unknown words and the lemma memo hold their words, for (a) and (b) alike.
//
// A shared machine's speed drifts by more than the ratio's own changes between
// two passes, so the warm measure is taken in ROUNDS rounds, each interleaving (a)
// and (b) part by part (`interleavedRound`); every round's ratio is printed, and
// the round with the median ratio gives the rows.
const warmSlice = Math.max(1, Math.ceil(stories.length / 5));
passA(texts.slice(0, warmSlice), 'warm-up');
passB(stories.slice(0, warmSlice), 'warm-up');
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const rounds: { a: Row; b: PassB; ratio: number }[] = [];
for (let r = 0; r < ROUNDS; r++) rounds.push(interleavedRound());
const medianRound = [...rounds].sort((x, y) => x.ratio - y.ratio)[(rounds.length - 1) >> 1]!;
const aWarm = medianRound.a;
const bWarmPass = medianRound.b;
rows.push(aWarm, bWarmPass.row);
const bCold = bColdPass.row;
const bWarm = bWarmPass.row;

// (c) `dyad ingest` into SQLite, in a child process so its peak RSS is its own.
function ingest(jobs: number, file = KCNA, articles = stories!.length, label = ''): Row | null {
  if (!existsSync(join(ROOT, 'dist/cli/cmd-ingest.js'))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const db = join(dir, 'bench.db');
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/dyad.js'), 'ingest', file, '--db', db, '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const sec = (performance.now() - t0) / 1000;
  const rssKb = Number((r.stderr.trim().split('\n').pop() ?? '').trim());
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) return row(`(c) dyad ingest --jobs ${jobs}${label}`, 0, 0, 0, sec, { note: `failed: ${r.stderr.slice(-300)}` });
  const scale = articles / stories!.length;
  return row(`(c) dyad ingest --jobs ${jobs} → SQLite${label}`, articles, Math.round(bCold.sentences * scale), Math.round(bCold.words * scale), sec, {
    peakRssMB: Number.isFinite(rssKb) ? Math.round(rssKb / 1024) : undefined,
  });
}
if (!args.has('--no-ingest')) {
  for (const jobs of [1, 2]) {
    const r = ingest(jobs);
    if (r) rows.push(r);
    else {
      process.stderr.write('(c) skipped: `dyad ingest` is not built (run `npm run build`)\n');
      break;
    }
  }
}

/**
 * The KCNA sample ten times over, streamed to a gzip file line by line (never
 * all in memory): copy k gets ids "…#k" and its date moved k years on, so the
 * store's content hash sees 50,000 distinct stories.
 */
async function writeTenfold(path: string, times = 10): Promise<number> {
  const out = createGzip();
  const done = once(out.pipe(createWriteStream(path)), 'finish');
  let n = 0;
  for (let k = 0; k < times; k++) {
    const lines = createInterface({ input: createReadStream(KCNA).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; published: string | null; title: string | null };
      if (k > 0) {
        r.id = `${r.id}#${k}`;
        if (r.published) r.published = `${Number(r.published.slice(0, 4)) + k}${r.published.slice(4)}`;
        else r.title = `${r.title ?? ''} (${k})`;
      }
      if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain');
      n++;
      if (n >= limit * times) break;
    }
    if (n >= limit * times) break;
  }
  out.end();
  await done;
  return n;
}
if (args.has('--x10') && existsSync(join(ROOT, 'dist/cli/cmd-ingest.js'))) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-x10-'));
  const file = join(dir, 'kcna-x10.jsonl.gz');
  const n = await writeTenfold(file);
  // Both thread counts: on a short corpus a second coding thread pays its own start-up and cold code, on a long one it
  // has time to pay off.
  for (const jobs of [1, 2]) {
    const r = ingest(jobs, file, n, ' (10× corpus)');
    if (r) rows.push(r);
  }
  rmSync(dir, { recursive: true, force: true });
}

// (e) start-up: `dyad code` on one small file vs `node -e 0`, median of 7, in
// wall time and in CPU time (user + system, from /usr/bin/time), which a loaded
// machine inflates much less than wall time.
function median(xs: number[]): number {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted[sorted.length >> 1]!;
}
function startupOf(argv: string[]): { wallMs: number; cpuMs: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    walls.push(performance.now() - t0);
    const [u, sy] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    cpus.push(((u ?? NaN) + (sy ?? NaN)) * 1000);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}
let startup: Record<string, number> | null = null;
if (existsSync(join(ROOT, 'dist/cli/cmd-code.js'))) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const f = join(dir, 'one.txt');
  writeFileSync(f, 'The foreign ministers of Japan and Australia met in Tokyo on Monday to discuss trade.\n');
  const node = startupOf(['-e', '0']);
  const dyad = startupOf([join(ROOT, 'bin/dyad.js'), 'code', f, '--published', '2024-03-04']);
  startup = {
    nodeMs: Math.round(node.wallMs),
    dyadCodeMs: Math.round(dyad.wallMs),
    overheadMs: Math.round(dyad.wallMs - node.wallMs),
    nodeCpuMs: Math.round(node.cpuMs),
    dyadCodeCpuMs: Math.round(dyad.cpuMs),
    overheadCpuMs: Math.round(dyad.cpuMs - node.cpuMs),
  };
  rmSync(dir, { recursive: true, force: true });
}

const ratio = (a: Row, b: Row) => ({
  // Same stories in both: the ratio of articles/s (= of wall time), and of CPU time, which a loaded machine disturbs less.
  articlesPerSec: +(b.articlesPerSec / a.articlesPerSec).toFixed(3),
  cpu: a.cpuSeconds && b.cpuSeconds ? +(a.cpuSeconds / b.cpuSeconds).toFixed(3) : null,
});
const cold = ratio(aCold, bCold);
const warm = ratio(aWarm, bWarm);
const result = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage: loadavg().map((x) => +x.toFixed(2)) },
  when: new Date().toISOString(),
  rows,
  // The cold (first-pass) ratio keeps its old key names, so earlier bench.json files compare.
  ratioPipelineToTokenise: cold.articlesPerSec,
  ratioPipelineToTokeniseCpu: cold.cpu,
  ratioPipelineToTokeniseWarm: warm.articlesPerSec,
  ratioPipelineToTokeniseWarmCpu: warm.cpu,
  // Every warm round (the figures above are the median round's).
  warmRounds: rounds.map((r) => ratio(r.a, r.b.row)),
  // (a)'s speed counted in dyad's sentences: how fast wink alone gets through the sentences dyad codes.
  tokeniseSentencesPerSecAtDyadCount: Math.round(bCold.sentences / aCold.seconds),
  tokeniseSentencesPerSecAtDyadCountWarm: Math.round(bWarm.sentences / aWarm.seconds),
  stageCpuShare: bColdPass.shares,
  stageCpuShareWarm: bWarmPass.shares,
  peakRssBenchMB: Math.round(process.resourceUsage().maxRSS / 1024),
  startup,
};

console.table(rows.map((r) => ({ stage: r.stage, articles: r.articles, 's': r.seconds, 'CPU s': r.cpuSeconds ?? '', 'art/s': r.articlesPerSec, 'sent/s': r.sentencesPerSec, 'words/s': r.wordsPerSec, 'RSS MB': r.peakRssMB ?? '', note: r.note ?? '' })));
console.log(`(b)/(a) articles/s ratio, cold (first pass): ${cold.articlesPerSec} (CPU time: ${cold.cpu})`);
console.log(`(b)/(a) articles/s ratio, warm (after a warm-up):  ${warm.articlesPerSec} (CPU time: ${warm.cpu}), the median of ${rounds.length} rounds: ${result.warmRounds.map((r) => `${r.articlesPerSec} (${r.cpu})`).join(', ')}`);
console.log(`sentences/s, cold: (a) ${aCold.sentencesPerSec} with wink's own count, ${result.tokeniseSentencesPerSecAtDyadCount} with dyad's; (b) ${bCold.sentencesPerSec}`);
console.log(`sentences/s, warm: (a) ${aWarm.sentencesPerSec} with wink's own count, ${result.tokeniseSentencesPerSecAtDyadCountWarm} with dyad's; (b) ${bWarm.sentencesPerSec}`);
const shareLine = (sh: Record<string, number>) => Object.entries(sh).map(([k, v]) => `${k} ${Math.round(v * 100)}%`).join(', ');
console.log(`(b) CPU by stage, cold: ${shareLine(result.stageCpuShare)}`);
console.log(`(b) CPU by stage, warm: ${shareLine(result.stageCpuShareWarm)}`);
console.log(`load average: ${result.machine.loadAverage.join(' ')} on ${result.machine.cpus} CPUs`);
if (startup) {
  console.log(`start-up (wall): node -e 0 ${startup.nodeMs} ms, dyad code ${startup.dyadCodeMs} ms, overhead ${startup.overheadMs} ms`);
  console.log(`start-up (CPU):  node -e 0 ${startup.nodeCpuMs} ms, dyad code ${startup.dyadCodeCpuMs} ms, overhead ${startup.overheadCpuMs} ms`);
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/bench.json'), JSON.stringify(result, null, 2));
console.log('wrote bench/results/bench.json');
