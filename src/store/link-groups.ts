import { emptyLinkState, linkEvents, type EventKeyRecord } from '../dedup/across.js';
import { dayRange } from '../dedup/same-event.js';
import { fromDays, toDays } from '../time/calendar.js';
import type { Db } from './database.js';
import { groupsByLinkKey, insertGroups, recountGroups, setEventGroups, type NewEventGroup } from './tables/event-groups.js';

/** A stored event as the cross-article linker sees it. */
export interface LinkInput {
  eventId: number;
  articleId: number;
  outlet: string | null;
  sourceCode: string | null;
  targetCode: string | null;
  cameo: string;
  date: string | null;
  placeCountry: string | null;
  mentions: number;
  /** Key the group gets when this event opens one: its natural key, so a retried batch reuses it. */
  naturalKey: string;
}

/**
 * Anchors a stored group may have and still be within a day of one of these
 * dates: the years and months their day ranges, widened by a day, touch.
 * Only those groups are loaded, so linking a batch stays cheap in a big store.
 *
 * @example anchorWindow(['2020-09-02']) // { years: ['2020'], months: ['2020-09'] }
 */
export function anchorWindow(dates: (string | null)[]): { years: string[]; months: string[] } {
  const years = new Set<string>();
  const months = new Set<string>();
  for (const d of dates) {
    const r = d ? dayRange(d) : null;
    if (!r) continue;
    for (let day = r[0] - 1; day <= r[1] + 1; ) {
      const { y, m } = fromDays(day);
      const yyyy = String(y).padStart(4, '0');
      years.add(yyyy);
      months.add(`${yyyy}-${String(m).padStart(2, '0')}`);
      day = toDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 });
    }
  }
  return { years: [...years], months: [...months] };
}

/**
 * Link new events to the stored groups of the same real-world event, or
 * open groups for them, then recount the touched groups from the store
 * (GDELT's NumMentions, NumSources, NumArticles). The linker works on the
 * groups whose blocking keys the new events touch, rebuilt from the store
 * in the order they were opened, so the result does not depend on what an
 * earlier process held in memory.
 *
 * @example await linkAndCount(trx, [{ eventId: 12, articleId: 3, outlet: 'Yonhap', sourceCode: 'KORGOV', … }])
 */
export async function linkAndCount(db: Db, events: LinkInput[]): Promise<void> {
  if (!events.length) return;
  const records: EventKeyRecord[] = events.map((e) => ({
    id: `e:${e.eventId}`,
    article: String(e.articleId),
    outlet: e.outlet,
    sourceCode: e.sourceCode,
    targetCode: e.targetCode,
    cameo: e.cameo,
    date: e.date,
    placeCountry: e.placeCountry,
    mentions: e.mentions,
  }));
  // A first pass on its own tells which blocking keys the new events fall in.
  const keys = [...new Set([...linkEvents(records).state.groups.values()].map((g) => g.key))];
  const { years, months } = anchorWindow(events.map((e) => e.date));
  const stored = await groupsByLinkKey(db, keys, years, months);
  const seed = linkEvents(
    stored.map((g) => ({ id: `g:${g.id}`, article: `g:${g.id}`, outlet: null, sourceCode: g.source_code, targetCode: g.target_code, cameo: g.cameo ?? '', date: g.anchor_date, placeCountry: g.place_country })),
    emptyLinkState(),
  );
  const { state, assigned } = linkEvents(records, seed.state);
  const byId = new Map(events.map((e) => [`e:${e.eventId}`, e]));
  const fresh: NewEventGroup[] = [];
  for (const g of state.groups.values()) {
    if (g.id.startsWith('g:')) continue;
    const first = byId.get(g.id)!;
    fresh.push({
      group_key: first.naturalKey,
      num_mentions: 0,
      num_sources: 0,
      num_articles: 0,
      link_key: g.key,
      source_code: first.sourceCode,
      target_code: first.targetCode,
      cameo: g.cameo,
      anchor_date: g.date,
      place_country: g.placeCountry,
    });
  }
  const newIds = await insertGroups(db, fresh);
  const byGroup = new Map<number, number[]>();
  for (const [eventKey, groupKey] of assigned) {
    const groupId = groupKey.startsWith('g:')
      ? // A stored group merged into an older one while seeding keeps events with the older one.
        Number((seed.assigned.get(groupKey) ?? groupKey).slice(2))
      : newIds.get(byId.get(groupKey)!.naturalKey)!;
    const list = byGroup.get(groupId) ?? [];
    list.push(byId.get(eventKey)!.eventId);
    byGroup.set(groupId, list);
  }
  await setEventGroups(db, byGroup);
  await recountGroups(db, [...byGroup.keys()]);
}
