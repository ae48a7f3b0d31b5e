import { sql } from 'kysely';
import type { Store } from '../store/database.js';

/**
 * A token that changes whenever the SQLite store's content may have changed,
 * read in one statement that touches no table: `PRAGMA data_version` changes
 * when another connection (an ingest in another process) commits, and
 * `total_changes()` counts the rows this connection wrote itself (POST
 * /api/articles). A rolled-back write changes it too, which only costs a
 * recomputation. (PostgreSQL has no such cheap exact token: null there.)
 *
 * @example await storeVersion(store)!() // '3:0'
 */
export function storeVersion(store: Store): (() => Promise<string>) | null {
  if (store.dialect !== 'sqlite') return null;
  const query = sql<{ v: string }>`SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v`;
  return async () => (await query.execute(store.db)).rows[0]!.v;
}
