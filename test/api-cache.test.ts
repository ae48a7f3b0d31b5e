import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createApp } from '../src/server/app.js';
import type { Store } from '../src/store/database.js';
import { openStore } from '../src/store/open-store.js';
import { writeRecords } from '../src/store/write-records.js';
import { recordOf } from './fixtures/coded-docs.js';
import { CORPUS } from './fixtures/corpus.js';

// The API's response cache on SQLite: every write, by this process or by an ingest in another
// (another connection to the same file), is visible to the very next read.
const dir = mkdtempSync(join(tmpdir(), 'dyad-api-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const write = (store: Store, i: number) =>
  store.db.transaction().execute((trx) => writeRecords(trx, [recordOf(CORPUS[i]!)], [], new Date('2026-01-02T03:04:05Z')));

async function read(app: ReturnType<typeof createApp>, path: string): Promise<{ body: any; cache: string | null }> {
  const res = await app.request(path);
  assert.equal(res.status, 200);
  return { body: await res.json(), cache: res.headers.get('X-Dyad-Cache') };
}
const total = (body: { rows: { count: number }[] }) => body.rows.reduce((n, r) => n + r.count, 0);

for (const writer of ['the server’s own connection', 'another connection (an ingest process)'] as const) {
  test(`a write through ${writer} is visible to the next read of events and stats`, async () => {
    const file = join(dir, `${writer.length}.db`);
    const served = await openStore(file);
    const other = writer.startsWith('another') ? await openStore(file) : served;
    try {
      const app = createApp({ store: served, log: () => {} });
      await write(other, 0);
      const first = await read(app, '/api/events?limit=50');
      const firstStats = await read(app, '/api/stats?interval=all');
      // The repeat is served from memory: the cache is really in play.
      assert.equal((await read(app, '/api/events?limit=50')).cache, 'hit');
      assert.equal((await read(app, '/api/stats?interval=all')).cache, 'hit');

      await write(other, 1);
      const next = await read(app, '/api/events?limit=50');
      const nextStats = await read(app, '/api/stats?interval=all');
      assert.equal(next.cache, null);
      assert.ok(next.body.events.length > first.body.events.length, 'the new article’s events are listed');
      assert.ok(total(nextStats.body) > total(firstStats.body), 'and counted');
      assert.deepEqual(
        next.body.events.map((e: { docId: string }) => e.docId).filter((d: string) => d === CORPUS[1]!.id).length,
        CORPUS[1]!.events.length,
      );
    } finally {
      if (other !== served) await other.close();
      await served.close();
    }
  });
}

test('identical requests arriving together are computed once', async () => {
  const store = await openStore(join(dir, 'flight.db'));
  try {
    await write(store, 0);
    const app = createApp({ store, log: () => {} });
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.request('/api/stats?groupBy=dyad')));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    assert.equal(new Set(bodies).size, 1);
    assert.equal(answers.filter((r) => r.headers.get('X-Dyad-Cache') === 'hit').length, 4);
  } finally {
    await store.close();
  }
});
