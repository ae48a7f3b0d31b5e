import type { Generated, Selectable } from 'kysely';
import type { Db } from '../database.js';
import { chunks } from './sentences.js';

/** Entity mentions (actors, places, outlets) with the rule and dictionary entry behind each. */
export interface MentionsTable {
  id: Generated<number>;
  article_id: number;
  idx: number;
  sentence_idx: number;
  char_start: number;
  char_end: number;
  text: string;
  kind: string;
  role: string;
  code: string | null;
  country: string | null;
  /** Agent codes separated by spaces ("GOV MIL"). */
  agents: string;
  rule: string;
  entry: string | null;
  antecedent: number | null;
}

export type MentionRow = Selectable<MentionsTable>;
export type NewMention = Omit<MentionRow, 'id'>;

/** @example await insertMentions(trx, record.mentions.map((m) => ({ ...m, article_id: 3 }))) */
export async function insertMentions(db: Db, rows: NewMention[]): Promise<void> {
  for (const chunk of chunks(rows, 400)) await db.insertInto('mentions').values(chunk).execute();
}

/** Mentions of an article in text order. @example (await mentionsOf(db, 3))[0].text // 'Seoul' */
export async function mentionsOf(db: Db, articleId: number): Promise<MentionRow[]> {
  return db.selectFrom('mentions').selectAll().where('article_id', '=', articleId).orderBy('idx').execute();
}
