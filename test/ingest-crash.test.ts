import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import { main } from '../src/cli/main.js';
import { openStore } from '../src/store/open-store.js';
import { ROOT } from './shared.js';

async function dump(db: string): Promise<string> {
  const s = await openStore(db);
  const a = await s.db.selectFrom('articles').select(['input_id', 'text', 'num_events', 'content_hash']).orderBy('input_id').execute();
  const n = await s.db.selectFrom('sentences').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const m = await s.db.selectFrom('mentions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  await s.close();
  return JSON.stringify({ a, n: Number(n.n), m: Number(m.n) });
}

async function ingestInProcess(file: string, db: string): Promise<string> {
  const io = { out: '', stdout: (x: string) => void (io.out += x), stderr: () => {}, stdin: new PassThrough(), isTTY: false };
  const code = await main(['ingest', file, '--db', db, '--batch', '5'], io);
  assert.equal(code, 0);
  return io.out;
}

test('an ingest killed mid-run leaves only whole batches, and a rerun ends where an uninterrupted run does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
  const file = join(dir, 'feed.jsonl');
  const lines = Array.from({ length: 60 }, (_, i) =>
    JSON.stringify({ id: `k${i}`, published: '2021-03-01', text: `Officials of Japan and China met in Beijing on the ${i}th day of talks.\n\nThey agreed to meet again.` }),
  );
  writeFileSync(file, lines.join('\n') + '\n');
  const crashed = join(dir, 'crashed.db');
  const script = `const { main } = await import(${JSON.stringify(join(ROOT, 'src/cli/main.ts'))}); process.exitCode = await main(['ingest', ${JSON.stringify(file)}, '--db', ${JSON.stringify(crashed)}, '--batch', '5']);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let seen = 0;
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    await sleep(50);
    try {
      const db = new Sqlite(crashed, { readonly: true, fileMustExist: true });
      seen = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      db.close();
    } catch {
      /* not created yet */
    }
    if (seen >= 10) break;
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(seen >= 10, 'the child stored at least two batches before the kill');
  const s = await openStore(crashed);
  const articles = Number((await s.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const withoutSentences = await s.db.selectFrom('articles').select('id').where(({ not, exists, selectFrom }) => not(exists(selectFrom('sentences').select('idx').whereRef('sentences.article_id', '=', 'articles.id')))).execute();
  await s.close();
  assert.equal(articles % 5, 0, `only whole batches are visible (${articles} articles)`);
  assert.equal(withoutSentences.length, 0, 'no article is stored without its sentences');
  const rerun = await ingestInProcess(file, crashed);
  assert.match(rerun, new RegExp(`${60 - articles} coded and stored, ${articles} already stored`));
  const clean = join(dir, 'clean.db');
  await ingestInProcess(file, clean);
  assert.equal(await dump(crashed), await dump(clean));
});
