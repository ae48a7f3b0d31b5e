import type { Store } from '../store/database.js';
import { filterWhere } from './apply-filter.js';
import { toEventRow, type EventRecord, type EventRow } from './event-row.js';
import { encodeCursor, type EventFilter } from './filter.js';

/** Events matching a filter with their article and group columns, newest first (event day, then id). */
export async function findEventRecords(store: Store, f: EventFilter, limit: number, id?: number): Promise<EventRecord[]> {
  let q = store.db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .leftJoin('event_groups', 'event_groups.id', 'events.group_id')
    .selectAll('events')
    .select([
      'articles.title as article_title',
      'articles.published as article_published',
      'articles.url as article_url',
      'articles.source as article_source',
      'articles.input_id as article_input_id',
      'articles.added_at as article_added_at',
      'event_groups.num_mentions',
      'event_groups.num_sources',
      'event_groups.num_articles',
    ])
    .where((eb) => filterWhere(eb, store, f));
  if (id !== undefined) q = q.where('events.id', '=', id);
  const c = f.cursor;
  if (c) q = q.where((eb) => eb.or([eb('events.event_day', '<', c.day), eb.and([eb('events.event_day', '=', c.day), eb('events.id', '<', c.id)])]));
  const rows = await q.orderBy('events.event_day', 'desc').orderBy('events.id', 'desc').limit(limit).execute();
  return rows as EventRecord[];
}

/**
 * One page of events and the cursor of the next page (null on the last).
 *
 * @example const { events, nextCursor } = await listEvents(store, { dyad: { source: 'KOR', target: 'USA' }, limit: 50 });
 */
export async function listEvents(store: Store, f: EventFilter): Promise<{ events: EventRow[]; nextCursor: string | null }> {
  const limit = f.limit ?? 100;
  const rows = await findEventRecords(store, f, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map(toEventRow),
    nextCursor: rows.length > limit && last ? encodeCursor({ day: last.event_day, id: Number(last.id) }) : null,
  };
}

/**
 * Every matching event, page by page, so an export of millions keeps memory flat.
 *
 * @example for await (const rec of eachEventRecord(store, filter)) out.write(toTsv(rec));
 */
export async function* eachEventRecord(store: Store, f: EventFilter, pageSize = 1000): AsyncGenerator<EventRecord> {
  let left = f.limit ?? Number.MAX_SAFE_INTEGER;
  let cursor = f.cursor;
  while (left > 0) {
    const rows = await findEventRecords(store, { ...f, cursor }, Math.min(pageSize, left));
    for (const r of rows) yield r;
    left -= rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < Math.min(pageSize, left + rows.length)) return;
    cursor = { day: last.event_day, id: Number(last.id) };
  }
}
