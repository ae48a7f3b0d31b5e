import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { parseFilter } from '../src/query/filter.js';
import { eventStats, statsKeeper, type StatsGroup, type StatsInterval } from '../src/query/stats.js';
import type { Store } from '../src/store/database.js';
import { writeRecords } from '../src/store/write-records.js';
import { recordOf } from './fixtures/coded-docs.js';
import { CORPUS } from './fixtures/corpus.js';
import { forEachStore } from './store-targets.js';

const write = (store: Store, i: number) =>
  store.db.transaction().execute((trx) => writeRecords(trx, [recordOf(CORPUS[i]!)], [], new Date('2026-01-02T03:04:05Z')));

const SERIES: [Record<string, string>, StatsGroup, StatsInterval][] = [
  [{}, 'none', 'month'],
  [{}, 'dyad', 'month'],
  [{}, 'actor', 'week'],
  [{ actor: 'KOR' }, 'quad', 'day'],
  [{ code: '04' }, 'none', 'all'],
  [{ text: 'envoy' }, 'actor', 'all'],
];

forEachStore('stats kept up to date', null, ({ it }) => {
  it('after each write, the kept series equal a full recomputation', async (store) => {
    const stats = statsKeeper(store);
    const check = async () => {
      for (const [params, g, i] of SERIES) {
        const f = parseFilter(params, { style: 'api' });
        assert.deepEqual(await stats(f, g, i), await eventStats(store, f, g, i), JSON.stringify([params, g, i]));
      }
    };
    await check(); // empty store
    for (let i = 0; i < CORPUS.length; i++) {
      await write(store, i);
      await check();
    }
    // Not something dyad does, but a user may: deleted events are noticed and the series recomputed.
    await sql`DELETE FROM event_mentions WHERE event_id IN (SELECT id FROM events WHERE cameo LIKE '04%')`.execute(store.db);
    await sql`DELETE FROM events WHERE cameo LIKE '04%'`.execute(store.db);
    await check();
  });
});
