import type { Generated, Selectable } from 'kysely';
import { statementChunks } from '../bulk-insert.js';
import type { Db } from '../database.js';

/**
 * Coded events: one column per field that is filtered, grouped or exported,
 * plus `json`, the JSON event exactly as `dyad code` prints it, so the API
 * returns what the coder said without re-assembling it.
 */
export interface EventsTable {
  id: Generated<number>;
  article_id: number;
  /** Position of the event in its article (0-based): with `article_id`, the natural key. */
  ordinal: number;
  sentence_idx: number;
  /** 1 when the event is told in the article's first paragraph (GDELT's IsRootEvent). */
  is_root: number;
  source_code: string | null;
  source_country: string | null;
  source_agents: string;
  source_text: string | null;
  target_code: string | null;
  target_country: string | null;
  target_agents: string;
  target_text: string | null;
  cameo: string;
  plover_type: string | null;
  plover_mode: string | null;
  /** JSON array of PLOVER contexts. */
  plover_context: string;
  quad_class: number;
  goldstein: number;
  negated: number;
  reported_by: string | null;
  rule: string;
  pattern: string | null;
  date_value: string | null;
  date_precision: string | null;
  date_origin: string | null;
  /** First day the event date covers (`2020-07` → `2020-07-01`), else the publication day, else ''. Sorts and filters. */
  event_day: string;
  /** Monday of the ISO week of `event_day` (or ''), for weekly series without dialect-specific date functions. */
  event_week: string;
  location_name: string | null;
  location_country: string | null;
  location_lat: number | null;
  location_lon: number | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  group_id: number | null;
  json: string;
}

export type EventRowDb = Selectable<EventsTable>;
export type NewEvent = Omit<EventRowDb, 'id' | 'group_id'>;

/** Insert events; returns `{id, article_id, ordinal}` for each so mentions and groups can point at them. */
export async function insertEvents(db: Db, rows: NewEvent[]): Promise<{ id: number; article_id: number; ordinal: number }[]> {
  const out: { id: number; article_id: number; ordinal: number }[] = [];
  for (const chunk of statementChunks(rows)) {
    const r = await db.insertInto('events').values(chunk).returning(['id', 'article_id', 'ordinal']).execute();
    for (const x of r) out.push({ id: Number(x.id), article_id: Number(x.article_id), ordinal: Number(x.ordinal) });
  }
  return out;
}

/** One stored event by id. @example (await getEvent(db, 9))?.cameo // '042' */
export async function getEvent(db: Db, id: number): Promise<EventRowDb | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** @example await countEvents(db) // 5050 */
export async function countEvents(db: Db): Promise<number> {
  const r = await db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
