import { sql } from 'kysely';
import type { Store } from '../store/database.js';

/**
 * What a SQLite store holds now, in two index lookups: its newest article and
 * event ids. SQLite has one writer at a time, so ids grow in commit order and
 * any write that adds articles or events changes this. (On PostgreSQL, writers
 * commit out of id order, so this is no version there: null.)
 *
 * @example await storeVersion(store) // '4642:4680'
 */
export function storeVersion(store: Store): (() => Promise<string>) | null {
  if (store.dialect !== 'sqlite') return null;
  return async () => {
    const r = await sql<{ a: number | null; e: number | null }>`SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM events) AS e`.execute(store.db);
    const row = r.rows[0];
    return `${row?.a ?? 0}:${row?.e ?? 0}`;
  };
}
