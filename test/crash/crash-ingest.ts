// Crash safety of `dyad ingest` (npm run test:crash; minutes, not part of `npm test`).
//
// 1. Reference: one uninterrupted ingest of the 5,000 KCNA stories into ref.db.
// 2. Crash run: start the same ingest into crash.db and SIGKILL it at a random moment,
//    ten times in a row, each start resuming where the killed one stopped; after each
//    kill, check that no half-written article is visible; then one last run finishes.
// 3. The final crash.db must equal ref.db: same articles, sentences, mentions, events,
//    event mentions, groups and discards, compared by a hash of sorted natural keys.
//
// What the store writes atomically: one transaction per batch (--batch N inputs) holds
// the articles rows with all their sentences, mentions, events, event mentions, group
// links and the batch's discards. So after any kill, every stored article has exactly
// the sentences, mentions and events the uninterrupted run gave it.
//
// Usage: npm run test:crash [-- --kills 10 --batch 100 --limit 5000 --seed 7]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import Sqlite from 'better-sqlite3';
import { ROOT, SHARED } from '../shared.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const KILLS = opt('kills', 10);
const BATCH = opt('batch', 100);
const LIMIT = opt('limit', 5000);
let seed = opt('seed', Date.now() % 100_000);
const SEED = seed;
/** Small seeded PRNG (mulberry32): a failing run can be replayed with --seed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const corpus = join(SHARED, 'corpus/kcna-2011-sample.jsonl.gz');
if (!existsSync(corpus)) {
  console.error(`${corpus} not found: the crash test needs ../shared (see README)`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
const input = join(dir, 'kcna.jsonl');

async function writeInput(): Promise<number> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (lines.length >= LIMIT) break;
    if (line.trim()) lines.push(line);
  }
  writeFileSync(input, lines.join('\n') + '\n');
  return lines.length;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  out: string;
}

/** Articles stored so far (0 while the store does not exist yet or is locked for a moment). */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const s = new Sqlite(db, { readonly: true, timeout: 200 });
    try {
      return (s.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      s.close();
    }
  } catch {
    return 0;
  }
}

/**
 * `dyad ingest` as a child process. With `killAt`, it is SIGKILLed once the store holds
 * `killAt.articles` articles, `killAt.afterMs` later (so the kill lands anywhere: while
 * reading, coding or inside a write), or during start-up when `articles` is 0.
 */
function ingest(db: string, killAt?: { articles: number; afterMs: number }): Promise<Run> {
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/run-dyad.ts'), 'ingest', input, '--db', db, '--batch', String(BATCH), '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let timer: NodeJS.Timeout | null = null;
  if (killAt) {
    const kill = () => (timer = setTimeout(() => child.kill('SIGKILL'), killAt.afterMs));
    if (killAt.articles === 0) kill();
    else {
      const poll = setInterval(() => {
        if (storedCount(db) >= killAt.articles) {
          clearInterval(poll);
          kill();
        }
      }, 100);
      child.on('exit', () => clearInterval(poll));
    }
  }
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - t0, out });
    }),
  );
}

const sha = (rows: unknown[]): string => createHash('sha256').update(rows.map((r) => JSON.stringify(r)).sort().join('\n')).digest('hex').slice(0, 16);

/** Per table, a hash of its rows keyed by natural keys (content hash, ordinals), never by row ids or times. */
function fingerprint(db: string): Record<string, { rows: number; hash: string }> {
  const s = new Sqlite(db, { readonly: true });
  try {
    const q = (sql: string) => s.prepare(sql).all() as unknown[];
    const tables: Record<string, unknown[]> = {
      articles: q(`SELECT content_hash, input_id, title, published, num_events, length(text) AS chars FROM articles`),
      sentences: q(`SELECT a.content_hash, s.idx, s.paragraph, s.char_start, s.char_end FROM sentences s JOIN articles a ON a.id = s.article_id`),
      mentions: q(`SELECT a.content_hash, m.idx, m.sentence_idx, m.char_start, m.char_end, m.code, m.kind, m.role FROM mentions m JOIN articles a ON a.id = m.article_id`),
      events: q(`SELECT a.content_hash, e.ordinal, e.cameo, e.source_code, e.target_code, e.date_value, e.location_name, e.evidence_start, e.evidence_end, e.negated, e.json FROM events e JOIN articles a ON a.id = e.article_id`),
      event_mentions: q(`SELECT a.content_hash, e.ordinal, m.ordinal AS k, m.sentence_idx, m.char_start, m.char_end FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = e.article_id`),
      // A group is named by its events' natural keys, so the comparison does not depend on row ids.
      event_groups: q(
        `SELECT g.num_mentions, g.num_sources, g.num_articles, group_concat(a.content_hash || ':' || e.ordinal) AS members
         FROM event_groups g JOIN events e ON e.group_id = g.id JOIN articles a ON a.id = e.article_id GROUP BY g.id`,
      ).map((r) => ({ ...(r as object), members: String((r as { members: string }).members).split(',').sort().join(',') })),
      discards: q(`SELECT input_id, reason FROM discards`),
    };
    return Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, { rows: rows.length, hash: sha(rows) }]));
  } finally {
    s.close();
  }
}

/** No half-written article: each stored article has the sentences, mentions and events it has in the reference. */
function checkWhole(db: string, ref: Map<string, string>): { articles: number; broken: string[] } {
  if (!existsSync(db)) return { articles: 0, broken: [] };
  const s = new Sqlite(db, { readonly: true });
  try {
    const rows = s
      .prepare(
        `SELECT a.content_hash AS h, a.num_events AS n,
           (SELECT count(*) FROM sentences WHERE article_id = a.id) AS s,
           (SELECT count(*) FROM mentions WHERE article_id = a.id) AS m,
           (SELECT count(*) FROM events WHERE article_id = a.id) AS e,
           (SELECT count(*) FROM events WHERE article_id = a.id AND group_id IS NULL) AS ungrouped
         FROM articles a`,
      )
      .all() as { h: string; n: number; s: number; m: number; e: number; ungrouped: number }[];
    const broken: string[] = [];
    for (const r of rows) {
      const got = `${r.s}/${r.m}/${r.e}`;
      if (r.e !== r.n || ref.get(r.h) !== got || r.ungrouped) broken.push(`${r.h.slice(0, 12)} has ${got} (sentences/mentions/events), ${r.ungrouped} ungrouped; reference ${ref.get(r.h)}`);
    }
    return { articles: rows.length, broken };
  } finally {
    s.close();
  }
}

function perArticle(db: string): Map<string, string> {
  const s = new Sqlite(db, { readonly: true });
  const rows = s
    .prepare(
      `SELECT a.content_hash AS h, (SELECT count(*) FROM sentences WHERE article_id = a.id) AS s,
         (SELECT count(*) FROM mentions WHERE article_id = a.id) AS m, (SELECT count(*) FROM events WHERE article_id = a.id) AS e FROM articles a`,
    )
    .all() as { h: string; s: number; m: number; e: number }[];
  s.close();
  return new Map(rows.map((r) => [r.h, `${r.s}/${r.m}/${r.e}`]));
}

const n = await writeInput();
console.log(`crash test: ${n} KCNA stories, batches of ${BATCH}, ${KILLS} kills, seed ${SEED}; work in ${dir}`);

const refDb = join(dir, 'ref.db');
const ref = await ingest(refDb);
if (ref.code !== 0) {
  console.error(`reference ingest failed (exit ${ref.code}):\n${ref.out}`);
  process.exit(1);
}
console.log(`reference run: ${(ref.ms / 1000).toFixed(1)} s — ${ref.out.trim().split('\n').join(' ')}`);
const refFp = fingerprint(refDb);
const refArticles = perArticle(refDb);

const crashDb = join(dir, 'crash.db');
let failed = false;
const kills: string[] = [];
for (let k = 1; k <= KILLS; k++) {
  // One kill in ten during start-up; the others after a random share of what is left is stored,
  // plus up to two batches' worth of time, so kills land while coding as well as while writing.
  const before = storedCount(crashDb);
  const left = refArticles.size - before;
  const at =
    random() < 0.1
      ? { articles: 0, afterMs: Math.round(300 + random() * 4000) }
      : { articles: before + 1 + Math.floor(random() * Math.max(1, (2 * left) / (KILLS - k + 2))), afterMs: Math.round(random() * (2 * BATCH * ref.ms) / n) };
  const r = await ingest(crashDb, at);
  const whole = checkWhole(crashDb, refArticles);
  const walBytes = existsSync(crashDb + '-wal') ? statSync(crashDb + '-wal').size : 0;
  const what = r.signal === 'SIGKILL' ? `killed at ${(r.ms / 1000).toFixed(1)} s (${at.articles ? `${at.afterMs} ms after ${at.articles} stored` : 'in start-up'})` : `finished before the kill (exit ${r.code})`;
  kills.push(`kill ${k}: ${what}; ${whole.articles} articles stored, ${whole.broken.length} half-written; WAL ${(walBytes / 1e6).toFixed(1)} MB`);
  console.log(kills[kills.length - 1]);
  if (whole.broken.length) {
    failed = true;
    console.error(whole.broken.slice(0, 5).join('\n'));
  }
}
const last = await ingest(crashDb);
console.log(`final rerun: exit ${last.code}, ${(last.ms / 1000).toFixed(1)} s — ${last.out.trim().split('\n').join(' ')}`);
if (last.code !== 0) failed = true;
const got = fingerprint(crashDb);
console.log('\ntable           reference rows  hash              after kills rows  hash              same');
for (const [t, r] of Object.entries(refFp)) {
  const g = got[t]!;
  const same = g.rows === r.rows && g.hash === r.hash;
  if (!same) failed = true;
  console.log(`${t.padEnd(16)}${String(r.rows).padStart(14)}  ${r.hash}  ${String(g.rows).padStart(16)}  ${g.hash}  ${same ? 'yes' : 'NO'}`);
}
console.log(failed ? '\nFAIL: the store after kills differs from an uninterrupted run, or an article was half-written.' : '\nPASS: every kill left whole articles only, and the final store equals the uninterrupted run.');
if (!failed && !args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
