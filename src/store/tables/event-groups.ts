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
}

export type EventGroupRow = Selectable<EventGroupsTable>;

/**
 * Attach events to their groups (creating groups as needed) and recount the
 * touched groups from the stored events, so a retried batch never double-counts.
 *
 * @example await assignGroups(trx, new Map([['USA|KOR|042|2020-07-01', [12, 40]]]))
 */
export async function assignGroups(db: Db, byKey: Map<string, number[]>): Promise<void> {
  if (!byKey.size) return;
  const keys = [...byKey.keys()];
  for (let i = 0; i < keys.length; i += 400) {
    const part = keys.slice(i, i + 400);
    await db
      .insertInto('event_groups')
      .values(part.map((group_key) => ({ group_key, num_mentions: 0, num_sources: 0, num_articles: 0 })))
      .onConflict((oc) => oc.column('group_key').doNothing())
      .execute();
    const groups = await db.selectFrom('event_groups').select(['id', 'group_key']).where('group_key', 'in', part).execute();
    for (const g of groups) {
      const ids = byKey.get(g.group_key)!;
      await db.updateTable('events').set({ group_id: Number(g.id) }).where('id', 'in', ids).execute();
    }
    await recountGroups(db, groups.map((g) => Number(g.id)));
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
