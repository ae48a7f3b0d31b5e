import { sql } from 'kysely';
import type { Store } from '../store/database.js';
import { filterWhere } from './apply-filter.js';
import type { EventFilter } from './filter.js';

export interface PlaceCount {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  count: number;
}

/**
 * Where matching events took place, with coordinates for a map.
 *
 * @example await eventPlaces(store, { actor: ['IND'] }, 100) // [{ name: 'Ladakh', country: 'IND', lat: 34.2, lon: 77.6, count: 1 }]
 */
export async function eventPlaces(store: Store, f: EventFilter, limit: number): Promise<PlaceCount[]> {
  const rows = await store.db
    .selectFrom('events')
    .select((eb) => [
      'location_name',
      'location_country',
      eb.fn.max('location_lat').as('lat'),
      eb.fn.max('location_lon').as('lon'),
      eb.fn.countAll().as('n'),
    ])
    .where((eb) => filterWhere(eb, store, f))
    .where('location_name', 'is not', null)
    .groupBy(['location_name', 'location_country'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('location_name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    name: String(r.location_name),
    country: r.location_country,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    count: Number(r.n),
  }));
}
