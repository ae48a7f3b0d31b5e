import { Hono } from 'hono';
import { topActors } from '../../query/actors.js';
import { FILTER_PARAMS, parseFilter, type EventFilter } from '../../query/filter.js';
import { actorNetwork } from '../../query/network.js';
import { eventPlaces } from '../../query/places.js';
import { statsKeeper } from '../../query/stats.js';
import type { Store } from '../../store/database.js';
import { oneOf, positiveInt, queryParams } from '../params.js';

// Aggregates take every filter except paging.
const FILTERS = FILTER_PARAMS.filter((p) => p !== 'limit' && p !== 'cursor');

function filterAndLimit(q: Record<string, string>, dflt: number): { f: EventFilter; limit: number } {
  const { limit, ...rest } = q;
  return { f: parseFilter(rest, { style: 'api' }), limit: limit === undefined ? dflt : positiveInt('limit', limit, 1000) };
}

/** `GET /api/stats`, `/api/actors`, `/api/network`, `/api/places`: the numbers behind charts, graphs and maps. */
export function aggregateRoutes(store: Store): Hono {
  // Series kept up to date as an ingest appends events, instead of recomputed after each batch.
  const stats = statsKeeper(store);
  return new Hono()
    .get('/stats', async (c) => {
      const { groupBy, interval, ...rest } = queryParams(c, [...FILTERS, 'groupBy', 'interval']);
      const g = oneOf('groupBy', groupBy, ['dyad', 'actor', 'quad', 'none'] as const, 'none');
      const i = oneOf('interval', interval, ['day', 'week', 'month', 'all'] as const, 'month');
      return c.json({ rows: await stats(parseFilter(rest, { style: 'api' }), g, i) });
    })
    .get('/actors', async (c) => {
      const { f, limit } = filterAndLimit(queryParams(c, [...FILTERS, 'limit']), 50);
      return c.json({ actors: await topActors(store, f, limit) });
    })
    .get('/network', async (c) => {
      const { f, limit } = filterAndLimit(queryParams(c, [...FILTERS, 'limit']), 100);
      return c.json(await actorNetwork(store, f, limit));
    })
    .get('/places', async (c) => {
      const { f, limit } = filterAndLimit(queryParams(c, [...FILTERS, 'limit']), 500);
      return c.json({ places: await eventPlaces(store, f, limit) });
    });
}
