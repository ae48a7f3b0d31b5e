import type { Store } from '../store/database.js';
import { filterWhere } from './apply-filter.js';
import { eventRowJson, toEventRow, type EventPageRecord, type EventRecord, type EventRow } from './event-row.js';
import { encodeCursor, type EventFilter } from './filter.js';

/** The listing query without its columns: filter, cursor, newest first (event day, then id). */
function eventQuery(store: Store, f: EventFilter, limit: number, id?: number) {
  let q = store.db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .leftJoin('event_groups', 'event_groups.id', 'events.group_id')
    .where((eb) => filterWhere(eb, store, f));
  if (id !== undefined) q = q.where('events.id', '=', id);
  const c = f.cursor;
  if (c) q = q.where((eb) => eb.or([eb('events.event_day', '<', c.day), eb.and([eb('events.event_day', '=', c.day), eb('events.id', '<', c.id)])]));
  return q.orderBy('events.event_day', 'desc').orderBy('events.id', 'desc').limit(limit);
}

/** Events matching a filter with their article and group columns, newest first (event day, then id). */
export async function findEventRecords(store: Store, f: EventFilter, limit: number, id?: number): Promise<EventRecord[]> {
  const rows = await eventQuery(store, f, limit, id)
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
    .execute();
  return rows as EventRecord[];
}

/**
 * The columns a page of the listing needs and no more: an events row has forty
 * columns, and building forty-field row objects cost more than the query itself.
 */
async function findPageRecords(store: Store, f: EventFilter, limit: number): Promise<EventPageRecord[]> {
  const rows = await eventQuery(store, f, limit)
    .select([
      'events.id',
      'events.article_id',
      'events.event_day',
      'events.rule',
      'events.pattern',
      'events.group_id',
      'events.json',
      'articles.title as article_title',
      'articles.published as article_published',
      'event_groups.num_articles',
    ])
    .execute();
  return rows as EventPageRecord[];
}

function nextCursor(rows: EventPageRecord[], limit: number): string | null {
  const last = rows[Math.min(rows.length, limit) - 1];
  return rows.length > limit && last ? encodeCursor({ day: last.event_day, id: Number(last.id) }) : null;
}

/**
 * One page of events and the cursor of the next page (null on the last).
 *
 * @example const { events, nextCursor } = await listEvents(store, { dyad: { source: 'KOR', target: 'USA' }, limit: 50 });
 */
export async function listEvents(store: Store, f: EventFilter): Promise<{ events: EventRow[]; nextCursor: string | null }> {
  const limit = f.limit ?? 100;
  const rows = await findPageRecords(store, f, limit + 1);
  return { events: rows.slice(0, limit).map(toEventRow), nextCursor: nextCursor(rows, limit) };
}

/**
 * The same page as `listEvents`, as the JSON text the API sends: each event's
 * stored JSON is extended as text (`eventRowJson`) instead of parsed and
 * serialised again.
 *
 * @example JSON.parse(await listEventsJson(store, f)) // deep-equal to await listEvents(store, f)
 */
export async function listEventsJson(store: Store, f: EventFilter): Promise<string> {
  const limit = f.limit ?? 100;
  const rows = await findPageRecords(store, f, limit + 1);
  return `{"events":[${rows.slice(0, limit).map(eventRowJson).join(',')}],"nextCursor":${JSON.stringify(nextCursor(rows, limit))}}`;
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
