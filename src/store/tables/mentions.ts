import type { Generated, Selectable } from 'kysely';
import { bulkInsert } from '../bulk-insert.js';
import type { Db } from '../database.js';

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
  await bulkInsert(db, 'mentions', MENTION_COLUMNS, rows);
}

const MENTION_COLUMNS = [
  'article_id',
  'idx',
  'sentence_idx',
  'char_start',
  'char_end',
  'text',
  'kind',
  'role',
  'code',
  'country',
  'agents',
  'rule',
  'entry',
  'antecedent',
] as const;

/** Mentions of an article in text order. @example (await mentionsOf(db, 3))[0].text // 'Seoul' */
export async function mentionsOf(db: Db, articleId: number): Promise<MentionRow[]> {
  return db.selectFrom('mentions').selectAll().where('article_id', '=', articleId).orderBy('idx').execute();
}
