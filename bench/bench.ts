// The benchmark harness (`npm run bench`): throughput of bare tokenisation,
// of the whole pipeline in memory, of `dyad ingest` into SQLite, peak memory,
// and start-up time. Prints a table and writes bench/results/bench.json.
// Timing numbers live here and in notes, never in tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { wink } from '../src/nlp/wink.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeInput } from '../src/process.js';
import { ROOT } from '../test/shared.js';
import { KCNA, loadKcna } from './corpus.js';

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

// (a) bare wink-nlp: readDoc, then read tokens and POS out.
{
  const nlp = wink();
  const its = nlp.its;
  let sentences = 0;
  let words = 0;
  const t0 = performance.now();
  for (const t of texts) {
    const d = nlp.readDoc(t);
    const toks = d.tokens().out(its.value) as string[];
    const pos = d.tokens().out(its.pos as never) as string[];
    sentences += d.sentences().length();
    for (let i = 0; i < pos.length; i++) if (pos[i] !== 'PUNCT' && pos[i] !== 'SPACE') words++;
    void toks;
  }
  rows.push(row('(a) wink-nlp tokens+POS', texts.length, sentences, words, (performance.now() - t0) / 1000));
}

// (b) dyad's whole pipeline, raw text → coded events, in memory.
{
  const pipeline = createPipeline();
  let sentences = 0;
  let words = 0;
  let events = 0;
  let failures = 0;
  const t0 = performance.now();
  for (let i = 0; i < stories.length; i++) {
    const s = stories[i]!;
    try {
      const doc = codeInput({ id: s.id, file: null, format: 'text', content: s.text, published: s.published, title: s.title }, pipeline);
      sentences += doc.sentences.length;
      for (let k = 0; k < doc.tokens.count; k++) if (doc.tokens.pos[k] !== 'PUNCT') words++;
      events += doc.events.length;
    } catch {
      failures++;
    }
  }
  const sec = (performance.now() - t0) / 1000;
  rows.push(row('(b) dyad pipeline (memory)', stories.length, sentences, words, sec, { note: `${events} events, ${failures} discarded` }));
}

// (c) `dyad ingest` into SQLite, in a child process so its peak RSS is its own.
function ingest(jobs: number): Row | null {
  if (!existsSync(join(ROOT, 'dist/cli/cmd-ingest.js'))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const db = join(dir, 'bench.db');
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/dyad.js'), 'ingest', KCNA, '--db', db, '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const sec = (performance.now() - t0) / 1000;
  const rssKb = Number((r.stderr.trim().split('\n').pop() ?? '').trim());
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) return row(`(c) dyad ingest --jobs ${jobs}`, 0, 0, 0, sec, { note: `failed: ${r.stderr.slice(-300)}` });
  return row(`(c) dyad ingest --jobs ${jobs} → SQLite`, stories!.length, rows[1]!.sentences, rows[1]!.words, sec, {
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

// (e) start-up: `dyad code` on one small file vs `node -e 0`, median of 7.
function median(cmd: string, argv: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    spawnSync(cmd, argv, { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[3]!;
}
let startup: Record<string, number> | null = null;
if (existsSync(join(ROOT, 'dist/cli/cmd-code.js'))) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const f = join(dir, 'one.txt');
  writeFileSync(f, 'The foreign ministers of Japan and Australia met in Tokyo on Monday to discuss trade.\n');
  const nodeMs = median(process.execPath, ['-e', '0']);
  const dyadMs = median(process.execPath, [join(ROOT, 'bin/dyad.js'), 'code', f, '--published', '2024-03-04']);
  startup = { nodeMs: Math.round(nodeMs), dyadCodeMs: Math.round(dyadMs), overheadMs: Math.round(dyadMs - nodeMs) };
  rmSync(dir, { recursive: true, force: true });
}

const a = rows[0]!;
const b = rows[1]!;
const result = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  when: new Date().toISOString(),
  rows,
  ratioPipelineToTokenise: +(b.sentencesPerSec / a.sentencesPerSec).toFixed(3),
  peakRssBenchMB: Math.round(process.resourceUsage().maxRSS / 1024),
  startup,
};

console.table(rows.map((r) => ({ stage: r.stage, articles: r.articles, 's': r.seconds, 'art/s': r.articlesPerSec, 'sent/s': r.sentencesPerSec, 'words/s': r.wordsPerSec, 'RSS MB': r.peakRssMB ?? '', note: r.note ?? '' })));
console.log(`(b)/(a) sentences/s ratio: ${result.ratioPipelineToTokenise}`);
if (startup) console.log(`start-up: node -e 0 ${startup.nodeMs} ms, dyad code ${startup.dyadCodeMs} ms, overhead ${startup.overheadMs} ms`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/bench.json'), JSON.stringify(result, null, 2));
console.log('wrote bench/results/bench.json');
