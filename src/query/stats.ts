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

/** One row per counted (event, side): period, key, Goldstein, quad class; `ids` limits it to events in (after, upTo]. */
function statsSource(store: Store, f: EventFilter, groupBy: StatsGroup, interval: StatsInterval, ids?: { after: number; upTo: number }) {
  const base = (key: RawBuilder<string>) => {
    let q = store.db
      .selectFrom('events')
      .select([periodExpr(interval).as('period'), key.as('key'), 'goldstein', 'quad_class'])
      .where((eb) => filterWhere(eb, store, f))
      .where((eb) => (interval === 'all' ? eb('event_day', 'is not', null) : eb('event_day', '<>', '')));
    if (ids) q = q.where('events.id', '>', ids.after).where('events.id', '<=', ids.upTo);
    return q;
  };
  const src = actorOf('source');
  const tgt = actorOf('target');
  // A dyad needs both sides; an actor is counted on each side it is on, once.
  return groupBy === 'actor'
    ? base(src)
        .where('source_code', 'is not', null)
        .unionAll(base(tgt).where('target_code', 'is not', null).where(sql<boolean>`${tgt} <> ${src}`))
    : groupBy === 'dyad'
      ? base(sql<string>`${src} || ':' || ${tgt}`).where('source_code', 'is not', null).where('target_code', 'is not', null)
      : base(groupBy === 'quad' ? sql<string>`cast(quad_class as text)` : sql<string>`'all'`);
}

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
  const inner = statsSource(store, f, groupBy, interval);
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

interface Sums {
  period: string;
  key: string;
  count: number;
  total: number;
  q: [number, number, number, number];
}

interface Kept {
  /** Newest event id counted, and how many events there were up to it. */
  upTo: number;
  events: number;
  sums: Map<string, Sums>;
  rows: StatsRow[];
}

/**
 * `eventStats` for a server, kept up to date as events are added instead of
 * recomputed: each series is a sum over events, and a SQLite store only ever
 * appends events (ids grow in commit order: one writer at a time,
 * AUTOINCREMENT never reuses an id, and stored events are not edited), so
 * after a write only the events with ids above the last one counted are
 * aggregated and added in. A series over 5,000 events costs 5–20 ms of SQL
 * each time; after an ingest batch, the new events' share is a fraction of a
 * millisecond. Should events have been deleted (the count up to the last id
 * counted has changed), the series is recomputed whole. Figures are those of
 * `eventStats` (the mean is total / count, rounded alike). On PostgreSQL,
 * where ids do not commit in order, every call is `eventStats`.
 *
 * @example const stats = statsKeeper(store); await stats({ actor: ['PRK'] }, 'dyad', 'month')
 */
export function statsKeeper(store: Store, maxSeries = 64): (f: EventFilter, groupBy: StatsGroup, interval: StatsInterval) => Promise<StatsRow[]> {
  if (store.dialect !== 'sqlite') return (f, g, i) => eventStats(store, f, g, i);
  const kept = new Map<string, Kept>();
  return async (f, groupBy, interval) => {
    const name = JSON.stringify([f, groupBy, interval]);
    const top = await store.db.selectFrom('events').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
    const upTo = Number(top?.m ?? 0);
    // Taken out while it is brought up to date: a concurrent call for the same series starts afresh.
    let k = kept.get(name);
    kept.delete(name);
    if (k && k.upTo === upTo && (await eventCount(store, 0, upTo)) === k.events) {
      kept.set(name, k);
      return k.rows;
    }
    if (!k || k.upTo > upTo || (await eventCount(store, 0, k.upTo)) !== k.events) k = { upTo: 0, events: 0, sums: new Map(), rows: [] };
    const added = await store.db
      .selectFrom(statsSource(store, f, groupBy, interval, { after: k.upTo, upTo }).as('x'))
      .select((eb) => [
        'x.period',
        'x.key',
        eb.fn.countAll().as('count'),
        sql<number>`total(x.goldstein)`.as('total'),
        sql<number>`sum(case when x.quad_class = 1 then 1 else 0 end)`.as('q1'),
        sql<number>`sum(case when x.quad_class = 2 then 1 else 0 end)`.as('q2'),
        sql<number>`sum(case when x.quad_class = 3 then 1 else 0 end)`.as('q3'),
        sql<number>`sum(case when x.quad_class = 4 then 1 else 0 end)`.as('q4'),
      ])
      .groupBy(['x.period', 'x.key'])
      .execute();
    for (const r of added) {
      const id = `${r.period}\u0000${r.key}`;
      const s = k.sums.get(id) ?? { period: String(r.period), key: String(r.key), count: 0, total: 0, q: [0, 0, 0, 0] };
      s.count += Number(r.count);
      s.total += Number(r.total);
      s.q = [s.q[0] + Number(r.q1), s.q[1] + Number(r.q2), s.q[2] + Number(r.q3), s.q[3] + Number(r.q4)];
      k.sums.set(id, s);
    }
    k.events += await eventCount(store, k.upTo, upTo);
    k.upTo = upTo;
    if (added.length || !k.rows.length) k.rows = rowsOf(k.sums);
    kept.set(name, k);
    if (kept.size > maxSeries) kept.delete(kept.keys().next().value!);
    return k.rows;
  };
}

async function eventCount(store: Store, after: number, upTo: number): Promise<number> {
  if (upTo <= after) return 0;
  const r = await store.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('id', '>', after).where('id', '<=', upTo).executeTakeFirst();
  return Number(r?.n ?? 0);
}

// Codes and periods are ASCII, where JavaScript's order is SQLite's binary order.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rows in `eventStats`'s order: period, then count (most first), then key. */
function rowsOf(sums: Map<string, Sums>): StatsRow[] {
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return [...sums.values()]
    .sort((a, b) => byText(a.period, b.period) || b.count - a.count || byText(a.key, b.key))
    .map((s) => ({
      period: s.period,
      key: s.key,
      count: s.count,
      goldsteinMean: round(s.total / s.count),
      goldsteinTotal: round(s.total),
      quad1: s.q[0],
      quad2: s.q[1],
      quad3: s.q[2],
      quad4: s.q[3],
    }));
}
