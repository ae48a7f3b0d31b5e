import type { Selectable } from 'kysely';
import { bulkInsert } from '../bulk-insert.js';
import type { Db } from '../database.js';

/** Every place in an article that tells an event: the primary evidence (ordinal 0) and repeats found by dedup. */
export interface EventMentionsTable {
  event_id: number;
  ordinal: number;
  article_id: number;
  sentence_idx: number;
  char_start: number;
  char_end: number;
}

export type EventMentionRow = Selectable<EventMentionsTable>;

/** @example await insertEventMentions(trx, [{ event_id: 9, ordinal: 0, article_id: 2, sentence_idx: 4, char_start: 310, char_end: 317 }]) */
export async function insertEventMentions(db: Db, rows: EventMentionRow[]): Promise<void> {
  await bulkInsert(db, 'event_mentions', ['event_id', 'ordinal', 'article_id', 'sentence_idx', 'char_start', 'char_end'], rows);
}

/** Tellings of an event, its evidence first. @example await mentionsOfEvent(db, 9) */
export async function mentionsOfEvent(db: Db, eventId: number): Promise<EventMentionRow[]> {
  return db.selectFrom('event_mentions').selectAll().where('event_id', '=', eventId).orderBy('ordinal').execute();
}
