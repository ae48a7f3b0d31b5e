import type { Generated, Selectable } from 'kysely';
import type { Db } from '../database.js';

/**
 * One real-world event told by one or more articles (cross-article dedup),
 * with GDELT's importance counts: mentions, distinct outlets, distinct articles.
 */
export interface EventGroupsTable {
  id: Generated<number>;
  group_key: string;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  /** Blocking key of the linker: the two sides, sorted, and the CAMEO root ("KORGOV~USAGOV|04"). */
  link_key: string | null;
  source_code: string | null;
  target_code: string | null;
  cameo: string | null;
  /** Date of the event that opened the group: later reports link to it within a day. */
  anchor_date: string | null;
  place_country: string | null;
}

export type EventGroupRow = Selectable<EventGroupsTable>;
export type NewEventGroup = Omit<EventGroupRow, 'id'>;

/**
 * Groups the linker may attach new events to: same blocking keys, anchored in
 * one of the given years (`2011`) or months (`2011-07`, matching any day of it).
 */
export async function groupsByLinkKey(db: Db, keys: string[], years: string[], months: string[]): Promise<EventGroupRow[]> {
  if (!keys.length || (!years.length && !months.length)) return [];
  return db
    .selectFrom('event_groups')
    .selectAll()
    .where('link_key', 'in', keys)
    .where((eb) =>
      eb.or([
        ...(years.length ? [eb('anchor_date', 'in', years)] : []),
        ...(months.length ? [eb(eb.fn('substr', ['anchor_date', eb.val(1), eb.val(7)]), 'in', months)] : []),
      ]),
    )
    .orderBy('id')
    .execute();
}

/** Insert groups (one already stored under the same key is kept) and return the ids by key. */
export async function insertGroups(db: Db, rows: NewEventGroup[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < rows.length; i += 200) {
    const part = rows.slice(i, i + 200);
    await db.insertInto('event_groups').values(part).onConflict((oc) => oc.column('group_key').doNothing()).execute();
    const got = await db.selectFrom('event_groups').select(['id', 'group_key']).where('group_key', 'in', part.map((r) => r.group_key)).execute();
    for (const g of got) out.set(g.group_key, Number(g.id));
  }
  return out;
}

/** Point events at their group. */
export async function setEventGroups(db: Db, byGroup: Map<number, number[]>): Promise<void> {
  for (const [groupId, ids] of byGroup) {
    for (let i = 0; i < ids.length; i += 500) await db.updateTable('events').set({ group_id: groupId }).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
}


/** Recompute the counts of these groups from their events. */
export async function recountGroups(db: Db, groupIds: number[]): Promise<void> {
  if (!groupIds.length) return;
  const counts = await db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .select((eb) => [
      'events.group_id',
      eb.fn.count<number>('events.article_id').distinct().as('articles'),
      eb.fn.count<number>('articles.source').distinct().as('sources'),
    ])
    .where('events.group_id', 'in', groupIds)
    .groupBy('events.group_id')
    .execute();
  const mentions = await db
    .selectFrom('event_mentions')
    .innerJoin('events', 'events.id', 'event_mentions.event_id')
    .select((eb) => ['events.group_id', eb.fn.countAll<number>().as('n')])
    .where('events.group_id', 'in', groupIds)
    .groupBy('events.group_id')
    .execute();
  const m = new Map(mentions.map((r) => [Number(r.group_id), Number(r.n)]));
  // Updated in id order: concurrent writers (queue workers on PostgreSQL) take row locks in one order, never deadlocking.
  counts.sort((a, b) => Number(a.group_id) - Number(b.group_id));
  for (const c of counts) {
    const id = Number(c.group_id);
    await db
      .updateTable('event_groups')
      .set({
        num_articles: Number(c.articles),
        // An article without a named outlet still counts as one source.
        num_sources: Math.max(1, Number(c.sources)),
        num_mentions: m.get(id) ?? Number(c.articles),
      })
      .where('id', '=', id)
      .execute();
  }
}
