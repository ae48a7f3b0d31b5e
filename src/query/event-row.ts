import type { EventJson } from '../events/event-json.js';
import type { EventRowDb } from '../store/tables/events.js';

/**
 * An event as listed by the API and exports: the JSON event of `dyad code`
 * plus where it is stored and what it was read from.
 */
export interface EventRow extends EventJson {
  id: number;
  articleId: number;
  articleTitle: string | null;
  published: string | null;
  rule: string;
  pattern: string | null;
  groupId: number | null;
  numArticles: number;
}

/** A stored event with the article and group columns exports need. */
export interface EventRecord extends EventRowDb {
  article_title: string | null;
  article_published: string | null;
  article_url: string | null;
  article_source: string | null;
  article_input_id: string;
  article_added_at: string;
  num_mentions: number | null;
  num_sources: number | null;
  num_articles: number | null;
}

/** The columns `toEventRow` reads (and the listing's sort key). */
export type EventPageRecord = Pick<EventRecord, 'id' | 'article_id' | 'event_day' | 'rule' | 'pattern' | 'group_id' | 'json' | 'article_title' | 'article_published' | 'num_articles'>;

/** The API/export shape of a stored event. @example toEventRow(rec).cameo // '042' */
export function toEventRow(r: EventPageRecord): EventRow {
  return {
    ...(JSON.parse(r.json) as EventJson),
    id: Number(r.id),
    articleId: Number(r.article_id),
    articleTitle: r.article_title,
    published: r.article_published,
    rule: r.rule,
    pattern: r.pattern,
    groupId: r.group_id === null ? null : Number(r.group_id),
    numArticles: Number(r.num_articles ?? 1),
  };
}

// Keys `toEventRow` adds to the stored JSON event (`rule` and `pattern` it overwrites), in one scan.
const ADDED = /"(?:id|articleId|articleTitle|published|groupId|numArticles)":/;

/**
 * `JSON.stringify(toEventRow(r))` without parsing the stored event: the `json`
 * column was written by `JSON.stringify`, so the spread of `toEventRow` is, as
 * text, that JSON with the added keys appended. That holds when the stored
 * text ends with the row's own `rule` and `pattern` (as `eventToJson` writes
 * them, from the same event as the columns) and has none of the added keys;
 * otherwise this falls back to parsing. (In JSON text a quote inside a string
 * is escaped, so `"id":` can only be a key.) Parsing and serialising a page of
 * 100 events cost ~3 ms of CPU; this ~0.5 ms.
 *
 * @example JSON.parse(eventRowJson(rec)) // deep-equal to toEventRow(rec)
 */
export function eventRowJson(r: EventPageRecord): string {
  const j = r.json;
  const at = j.lastIndexOf('"rule":');
  const exact = at > 0 && j.endsWith('}') && j.startsWith(`"rule":${JSON.stringify(r.rule)},"pattern":${JSON.stringify(r.pattern)},`, at) && !ADDED.test(j);
  if (!exact) return JSON.stringify(toEventRow(r));
  const groupId = r.group_id === null ? null : Number(r.group_id);
  return `${j.slice(0, -1)},"id":${Number(r.id)},"articleId":${Number(r.article_id)},"articleTitle":${JSON.stringify(r.article_title)},"published":${JSON.stringify(r.article_published)},"groupId":${groupId},"numArticles":${Number(r.num_articles ?? 1)}}`;
}
