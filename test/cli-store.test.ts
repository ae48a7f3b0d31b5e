import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from '../src/cli/main.js';
import { openStore } from '../src/store/open-store.js';
import { fillStore } from './fixtures/fill-store.js';
import { GDELT_COLUMNS } from '../src/query/export/gdelt.js';
import { captureIO } from './capture-io.js';


async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

test('dyad ingest: folders, globs, JSON Lines and gzip; summary; a second run adds nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'a.txt'), 'Seoul and Washington held talks on Wednesday.\n\nThe envoy visited Seoul.');
  writeFileSync(join(dir, 'news', 'b.txt'), 'China accused India of provocation.');
  writeFileSync(join(dir, 'news', 'empty.txt'), '');
  const lines = [
    JSON.stringify({ id: 'j1', text: 'Japan sent aid to the region.', published: '2020-09-03' }),
    '{not json',
    JSON.stringify({ id: 'j2', text: 'Beijing and Delhi will meet again.', published: '2020-10-05' }),
  ];
  writeFileSync(join(dir, 'feed.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
  const db = join(dir, 'x.db');
  const first = await run(['ingest', join(dir, 'news'), join(dir, '*.jsonl.gz'), '--db', db, '--batch', '2']);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /Done: 6 read, 4 coded and stored, 0 already stored, 2 skipped \((bad-json 1, empty 1|empty 1, bad-json 1)\)/);
  const second = await run(['ingest', join(dir, 'news'), join(dir, 'feed.jsonl.gz'), '--db', db]);
  assert.match(second.out, /Done: 6 read, 0 coded and stored, 4 already stored, 2 skipped/);
  const store = await openStore(db);
  const n = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const d = await store.db.selectFrom('discards').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  await store.close();
  assert.equal(Number(n.n), 4);
  assert.equal(Number(d.n), 2);
});

test('dyad events and stats read the store with the same filters and formats', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-events-'));
  const db = join(dir, 'x.db');
  const store = await openStore(db);
  await fillStore(store);
  await store.close();
  const table = await run(['events', '--db', db, '--dyad', 'KOR:USA', '--both']);
  assert.equal(table.code, 0, table.err);
  assert.equal(table.out.trimEnd().split('\n').length, 5);
  assert.match(table.err, /4 events/);
  const gdelt = await run(['events', '--db', db, '--code', '19', '--format', 'gdelt']);
  const row = gdelt.out.trimEnd().split('\t');
  assert.equal(row.length, 61);
  assert.equal(row[GDELT_COLUMNS.indexOf('EventCode')], '190');
  const jsonl = await run(['events', '--db', db, '--limit', '3', '--format', 'jsonl']);
  assert.equal(jsonl.out.trimEnd().split('\n').length, 3);
  const stats = await run(['stats', '--db', db, '--by', 'quad', '--interval', 'all', '--format', 'json']);
  assert.equal(JSON.parse(stats.out).rows.length, 4);
  const csv = await run(['stats', '--db', db, '--actor', 'PRK', '--format', 'csv']);
  assert.equal(csv.out.trimEnd().split('\n')[1], '2020-09-01,PRK:KOR,2,-4.5,-9,0,0,2,0');
});

test('dyad events: a bad option value is a user error naming the option', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-'));
  for (const [args, re] of [
    [['--quad', '7'], /--quad/],
    [['--format', 'xml'], /--format/],
    [['--since', '2020-13-01'], /--since/],
    [['--dyad', 'KOR'], /--dyad/],
  ] as const) {
    const r = await run(['events', '--db', join(dir, 'none.db'), ...args]);
    assert.equal(r.code, 2);
    assert.match(r.err, re);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
  const missing = await run(['events', '--db', join(dir, 'none.db')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no such file/);
});

test('dyad ingest --jobs 2 stores exactly what --jobs 1 stores', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-jobs-'));
  const lines = Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({ id: `s${i}`, published: `2020-09-${String(i + 1).padStart(2, '0')}`, text: `Seoul and Washington held talks on day ${i}.\n\nChina accused India of provocation ${i} times.` }),
  );
  writeFileSync(join(dir, 'feed.jsonl'), lines.join('\n') + '\n');
  const dump = async (db: string): Promise<string> => {
    const s = await openStore(db);
    const a = await s.db.selectFrom('articles').select(['input_id', 'text', 'num_events']).orderBy('input_id').execute();
    const m = await s.db.selectFrom('mentions').innerJoin('articles', 'articles.id', 'mentions.article_id').select(['articles.input_id', 'mentions.idx', 'mentions.code', 'mentions.char_start']).orderBy('articles.input_id').orderBy('mentions.idx').execute();
    const e = await s.db.selectFrom('events').innerJoin('articles', 'articles.id', 'events.article_id').select(['articles.input_id', 'events.ordinal', 'events.json']).orderBy('articles.input_id').orderBy('events.ordinal').execute();
    await s.close();
    return JSON.stringify({ a, m, e });
  };
  const one = await run(['ingest', join(dir, 'feed.jsonl'), '--db', join(dir, 'one.db'), '--batch', '5']);
  const two = await run(['ingest', join(dir, 'feed.jsonl'), '--db', join(dir, 'two.db'), '--batch', '5', '--jobs', '2']);
  assert.equal(one.code, 0, one.err);
  assert.equal(two.code, 0, two.err);
  assert.match(two.out, /12 coded and stored/);
  assert.equal(await dump(join(dir, 'two.db')), await dump(join(dir, 'one.db')));
});
