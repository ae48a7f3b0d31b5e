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

/** The API/export shape of a stored event. @example toEventRow(rec).cameo // '042' */
export function toEventRow(r: EventRecord): EventRow {
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
