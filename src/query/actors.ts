import { sql } from 'kysely';
import type { Store } from '../store/database.js';
import { filterWhere } from './apply-filter.js';
import type { EventFilter } from './filter.js';

export interface ActorCount {
  /** Country (or IGO/region) part of the actor code: KORGOV and KORMIL count as KOR. */
  code: string;
  count: number;
  asSource: number;
  asTarget: number;
}

/**
 * The most active actors among matching events, by country code.
 *
 * @example await topActors(store, { code: ['19'] }, 10) // [{ code: 'IND', count: 2, asSource: 1, asTarget: 1 }, …]
 */
export async function topActors(store: Store, f: EventFilter, limit: number): Promise<ActorCount[]> {
  const db = store.db;
  const side = (col: 'source' | 'target') =>
    db
      .selectFrom('events')
      .select([
        (col === 'source' ? sql<string>`coalesce(source_country, source_code)` : sql<string>`coalesce(target_country, target_code)`).as('code'),
        sql.lit(col === 'source' ? 1 : 0).as('s'),
        sql.lit(col === 'target' ? 1 : 0).as('t'),
      ])
      .where((eb) => filterWhere(eb, store, f))
      .where(col === 'source' ? 'source_code' : 'target_code', 'is not', null);
  const rows = await db
    .selectFrom(side('source').unionAll(side('target')).as('x'))
    .select((eb) => ['x.code', eb.fn.countAll().as('n'), eb.fn.sum('x.s').as('s'), eb.fn.sum('x.t').as('t')])
    .groupBy('x.code')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('x.code')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ code: String(r.code), count: Number(r.n), asSource: Number(r.s), asTarget: Number(r.t) }));
}
