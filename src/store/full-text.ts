import { sql, type Expression } from 'kysely';
import type { Store } from './database.js';

/**
 * Words of a user's search as a safe query: letters and digits only, every
 * word required ("condemn drills" → both words, stemmed). Operators of either
 * engine are not exposed, so no input can make the query fail.
 *
 * @example searchTerms('Kim\'s "summit"  talks') // ['kim', 's', 'summit', 'talks']
 */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/**
 * Ids of articles whose title or body match the words: FTS5 on SQLite, a
 * tsvector with its GIN index on PostgreSQL (the one dialect switch of the query layer).
 *
 * @example db.selectFrom('events').where('article_id', 'in', articleIdsMatching(store, 'summit'))
 */
export function articleIdsMatching(store: Store, text: string): Expression<any> {
  const terms = searchTerms(text);
  if (!terms.length) return sql`(SELECT id FROM articles WHERE 1 = 0)`;
  if (store.dialect === 'sqlite') {
    const q = terms.map((t) => `"${t}"`).join(' ');
    return sql`(SELECT rowid FROM article_fts WHERE article_fts MATCH ${q})`;
  }
  return sql`(SELECT id FROM articles WHERE tsv @@ plainto_tsquery('english', ${terms.join(' ')}))`;
}
