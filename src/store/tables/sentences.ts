import type { Selectable } from 'kysely';
import { bulkInsert } from '../bulk-insert.js';
import type { Db } from '../database.js';

/** Sentence boundaries of an article (offsets into `articles.text`). */
export interface SentencesTable {
  article_id: number;
  idx: number;
  paragraph: number;
  char_start: number;
  char_end: number;
}

export type SentenceRow = Selectable<SentencesTable>;

const SENTENCE_COLUMNS = ['article_id', 'idx', 'paragraph', 'char_start', 'char_end'] as const;

/** @example await insertSentences(trx, [{ article_id: 3, idx: 0, paragraph: 0, char_start: 0, char_end: 44 }]) */
export async function insertSentences(db: Db, rows: SentenceRow[]): Promise<void> {
  await bulkInsert(db, 'sentences', SENTENCE_COLUMNS, rows);
}

/** Sentence boundaries of an article, in order. @example (await sentencesOf(db, 3)).length // 12 */
export async function sentencesOf(db: Db, articleId: number): Promise<SentenceRow[]> {
  return db.selectFrom('sentences').selectAll().where('article_id', '=', articleId).orderBy('idx').execute();
}
