import type { Generated, Selectable } from 'kysely';
import type { Db } from '../database.js';

/** One stored article: the clean body text and its metadata. Offsets of every other table point into `text`. */
export interface ArticlesTable {
  id: Generated<number>;
  /** sha256 of what coding depends on (title, published, content): the idempotence key. */
  content_hash: string;
  /** Input id (JSONL `id`) or file path. */
  input_id: string;
  file: string | null;
  source: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  text: string;
  /** JSON array of `{text, credit}`. */
  captions: string;
  num_events: number;
  /** ISO time the article was stored. */
  added_at: string;
}

export type ArticleRow = Selectable<ArticlesTable>;

const ARTICLE_COLUMNS = [
  'id', 'content_hash', 'input_id', 'file', 'source', 'url', 'title', 'byline', 'published',
  'language', 'text', 'captions', 'num_events', 'added_at',
] as const;
export type NewArticle = Omit<ArticleRow, 'id'>;

/** Insert one article and return its id. @example await insertArticle(trx, row) // 17 */
export async function insertArticle(db: Db, row: NewArticle): Promise<number> {
  const r = await db.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Which of these content hashes are already stored. @example await storedHashes(db, ['ab…']) // Set{'ab…'} */
export async function storedHashes(db: Db, hashes: string[]): Promise<Set<string>> {
  if (!hashes.length) return new Set();
  const rows = await db.selectFrom('articles').select('content_hash').where('content_hash', 'in', hashes).execute();
  return new Set(rows.map((r) => r.content_hash));
}

/** One article by id. @example await getArticle(db, 3) // { id: 3, title: 'Envoys speak', … } */
export async function getArticle(db: Db, id: number): Promise<ArticleRow | undefined> {
  // Columns listed: PostgreSQL adds a search vector column that callers never want.
  return db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** @example await countArticles(db) // 4642 */
export async function countArticles(db: Db): Promise<number> {
  const r = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
