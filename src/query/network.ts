import { sql } from 'kysely';
import type { Store } from '../store/database.js';
import { filterWhere } from './apply-filter.js';
import type { EventFilter } from './filter.js';

export interface Network {
  nodes: { id: string; count: number }[];
  edges: { source: string; target: string; count: number; goldsteinMean: number }[];
}

/**
 * Who acts on whom: directed edges between countries (source → target) with
 * event counts and mean Goldstein, the `limit` heaviest edges and their nodes.
 *
 * @example await actorNetwork(store, { quad: [3, 4] }, 50)
 */
export async function actorNetwork(store: Store, f: EventFilter, limit: number): Promise<Network> {
  const rows = await store.db
    .selectFrom('events')
    .select((eb) => [
      sql<string>`coalesce(source_country, source_code)`.as('s'),
      sql<string>`coalesce(target_country, target_code)`.as('t'),
      eb.fn.countAll().as('n'),
      eb.fn.avg('goldstein').as('g'),
    ])
    .where((eb) => filterWhere(eb, store, f))
    .where('source_code', 'is not', null)
    .where('target_code', 'is not', null)
    .groupBy([sql`coalesce(source_country, source_code)`, sql`coalesce(target_country, target_code)`])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`coalesce(source_country, source_code)`)
    .orderBy(sql`coalesce(target_country, target_code)`)
    .limit(limit)
    .execute();
  const edges = rows.map((r) => ({ source: String(r.s), target: String(r.t), count: Number(r.n), goldsteinMean: Math.round(Number(r.g) * 1000) / 1000 }));
  const nodes = new Map<string, number>();
  for (const e of edges) {
    nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.count);
    if (e.target !== e.source) nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.count);
  }
  return { nodes: [...nodes].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)), edges };
}
