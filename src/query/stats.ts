import { sql, type RawBuilder } from 'kysely';
import type { Store } from '../store/database.js';
import { filterWhere } from './apply-filter.js';
import type { EventFilter } from './filter.js';

export type StatsGroup = 'dyad' | 'actor' | 'quad' | 'none';
export type StatsInterval = 'day' | 'week' | 'month' | 'all';

export interface StatsRow {
  /** First day of the period (`2020-09-01` for a month, the Monday of a week), or 'all'. */
  period: string;
  /** `KOR:USA` for a dyad (source:target countries), `KOR` for an actor, `1`–`4` for a quad class, 'all'. */
  key: string;
  count: number;
  goldsteinMean: number;
  goldsteinTotal: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

function periodExpr(interval: StatsInterval): RawBuilder<string> {
  if (interval === 'day') return sql<string>`event_day`;
  if (interval === 'week') return sql<string>`event_week`;
  // substr and || are the same on SQLite and PostgreSQL.
  if (interval === 'month') return sql<string>`substr(event_day, 1, 7) || '-01'`;
  return sql<string>`'all'`;
}

const actorOf = (side: 'source' | 'target'): RawBuilder<string> =>
  side === 'source' ? sql<string>`coalesce(source_country, source_code, '?')` : sql<string>`coalesce(target_country, target_code, '?')`;

/**
 * The time series analysts plot: event counts, mean and total Goldstein and
 * the quad-class mix per period and per dyad, actor or quad class. Undated
 * events are left out of dated series. An actor counts once per side it is on.
 *
 * @example await eventStats(store, { actor: ['PRK'] }, 'dyad', 'month')
 * // [{ period: '2020-09-01', key: 'PRK:KOR', count: 2, goldsteinMean: -4.5, … }]
 */
export async function eventStats(store: Store, f: EventFilter, groupBy: StatsGroup, interval: StatsInterval): Promise<StatsRow[]> {
  const db = store.db;
  const base = (key: RawBuilder<string>) =>
    db
      .selectFrom('events')
      .select([periodExpr(interval).as('period'), key.as('key'), 'goldstein', 'quad_class'])
      .where((eb) => filterWhere(eb, store, f))
      .where((eb) => (interval === 'all' ? eb('event_day', 'is not', null) : eb('event_day', '<>', '')));
  const src = actorOf('source');
  const tgt = actorOf('target');
  // A dyad needs both sides; an actor is counted on each side it is on, once.
  const inner =
    groupBy === 'actor'
      ? base(src)
          .where('source_code', 'is not', null)
          .unionAll(base(tgt).where('target_code', 'is not', null).where(sql<boolean>`${tgt} <> ${src}`))
      : groupBy === 'dyad'
        ? base(sql<string>`${src} || ':' || ${tgt}`).where('source_code', 'is not', null).where('target_code', 'is not', null)
        : base(groupBy === 'quad' ? sql<string>`cast(quad_class as text)` : sql<string>`'all'`);
  const rows = await db
    .selectFrom(inner.as('x'))
    .select((eb) => [
      'x.period',
      'x.key',
      eb.fn.countAll().as('count'),
      eb.fn.avg('x.goldstein').as('mean'),
      eb.fn.sum('x.goldstein').as('total'),
      sql<number>`sum(case when x.quad_class = 1 then 1 else 0 end)`.as('q1'),
      sql<number>`sum(case when x.quad_class = 2 then 1 else 0 end)`.as('q2'),
      sql<number>`sum(case when x.quad_class = 3 then 1 else 0 end)`.as('q3'),
      sql<number>`sum(case when x.quad_class = 4 then 1 else 0 end)`.as('q4'),
    ])
    .groupBy(['x.period', 'x.key'])
    .orderBy('x.period')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('x.key')
    .execute();
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return rows.map((r) => ({
    period: String(r.period),
    key: String(r.key),
    count: Number(r.count),
    goldsteinMean: round(Number(r.mean)),
    goldsteinTotal: round(Number(r.total)),
    quad1: Number(r.q1),
    quad2: Number(r.q2),
    quad3: Number(r.q3),
    quad4: Number(r.q4),
  }));
}
