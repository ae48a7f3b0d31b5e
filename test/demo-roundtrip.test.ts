import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { main } from '../src/cli/main.js';
import { GDELT_COLUMNS } from '../src/query/export/gdelt.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s), stdin: new PassThrough(), isTTY: false };
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

test('demo corpus: coded by the real pipeline, idempotent, and its GDELT export agrees with its JSON', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dyad-demo-')), 'demo.db');
  const first = await run(['demo', '--db', db, '--ingest-only']);
  assert.equal(first.code, 0, first.err);
  const m = /(\d+) events stored/.exec(first.out);
  assert.ok(m && Number(m[1]) > 20, first.out);
  const again = await run(['demo', '--db', db, '--ingest-only']);
  assert.match(again.out, /0 coded and stored, \d+ already stored/);
  assert.match(again.out, /0 events stored/);

  const tsv = (await run(['events', '--db', db, '--format', 'gdelt'])).out.trimEnd().split('\n').map((l) => l.split('\t'));
  const json = (await run(['events', '--db', db, '--format', 'jsonl'])).out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(tsv.length, json.length);
  assert.equal(tsv.length, Number(m[1]));
  const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name);
  tsv.forEach((r, i) => {
    const e = json[i];
    assert.equal(r.length, 61);
    assert.equal(r[col('GLOBALEVENTID')], String(e.id));
    assert.equal(r[col('EventCode')], e.cameo);
    assert.equal(r[col('EventBaseCode')], e.cameo.slice(0, 3));
    assert.equal(r[col('QuadClass')], String(e.quadClass));
    assert.equal(Number(r[col('GoldsteinScale')]), e.goldstein);
    assert.equal(r[col('Actor1Code')], e.source?.code ?? '');
    assert.equal(r[col('Actor2Code')], e.target?.code ?? '');
    // "IGOUNO": no country; the organisation is the known-group code, types follow it.
    for (const [side, a] of [['1', e.source], ['2', e.target]] as const) {
      const group = Boolean(a && /^(IGO|NGO|IMG|MNC|NGM|UIS)$/.test(a.country ?? ''));
      assert.equal(r[GDELT_COLUMNS.indexOf(`Actor${side}CountryCode`)], a && !group ? (a.country ?? '') : '');
      assert.equal(r[GDELT_COLUMNS.indexOf(`Actor${side}KnownGroupCode`)], group ? a!.agents[0] : '');
      assert.equal(r[GDELT_COLUMNS.indexOf(`Actor${side}Type1Code`)], (a ? a.agents[group ? 1 : 0] : '') ?? '');
    }
    const day = (e.date?.value ?? e.published ?? '').replace(/-/g, '');
    assert.ok(day && r[col('SQLDATE')]!.startsWith(day.slice(0, 8)), `${r[col('SQLDATE')]} vs ${day}`);
    assert.equal(r[col('SOURCEURL')], e.docId);
  });
});
