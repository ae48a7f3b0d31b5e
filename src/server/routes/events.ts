import { Hono } from 'hono';
import { DyadError } from '../../errors.js';
import { eventDetail } from '../../query/detail.js';
import { FILTER_PARAMS, parseFilter } from '../../query/filter.js';
import { listEventsJson } from '../../query/list-events.js';
import type { Store } from '../../store/database.js';
import { positiveInt, queryParams } from '../params.js';

export const MAX_PAGE = 1000;

/** `GET /api/events` (filtered, paged by cursor) and `GET /api/events/:id`. */
export function eventRoutes(store: Store): Hono {
  return new Hono()
    .get('/', async (c) => {
      const f = parseFilter(queryParams(c, FILTER_PARAMS), { style: 'api', maxLimit: MAX_PAGE, defaultLimit: 100 });
      // The page is built as JSON text (the stored events are not parsed and serialised again).
      return c.body(await listEventsJson(store, f), 200, { 'Content-Type': 'application/json' });
    })
    .get('/:id', async (c) => {
      queryParams(c, []);
      const id = positiveInt('id', c.req.param('id'));
      const d = await eventDetail(store, id);
      if (!d) throw new DyadError('E411', { what: `event ${id}` });
      return c.json(d);
    });
}
