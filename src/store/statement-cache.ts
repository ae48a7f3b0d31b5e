import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * A better-sqlite3 database for Kysely's SqliteDialect that prepares each SQL
 * text once and reuses the statement. Kysely compiles a query to the same SQL
 * text for the same shape (values are bound parameters), but its driver calls
 * `prepare` on every execution, and SQLite's parse and plan of a join with
 * filters costs more than running it on a small page. The least recently used
 * statements are finalized past `max`. A statement still being iterated (a
 * streamed query) is not shared: another execution gets a fresh one.
 * better-sqlite3 re-prepares a statement by itself when the schema changes.
 *
 * @example new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) })
 */
export function cachedStatements(db: Sqlite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, Sqlite.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) {
        if (hit.busy) return db.prepare(sql);
        // Map order is recency order: re-insert on use, evict from the front.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = db.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}
