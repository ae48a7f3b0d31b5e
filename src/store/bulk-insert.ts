import { CompiledQuery } from 'kysely';
import type { Database, Db } from './database.js';

/** Bound values per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMS = 8000;

/** Whether a handle's dialect numbers its placeholders (`$1`, PostgreSQL) or not (`?`, SQLite), as Kysely compiles them. */
function numbersPlaceholders(db: Db): boolean {
  return db.selectFrom('sentences').select('idx').where('idx', '=', 0).compile().sql.includes('$1');
}

/**
 * Insert rows into a table in as few statements as the parameter limit
 * allows, the statement's text written here. Kysely's builder parses and
 * compiles every value of a multi-row insert into its query tree (about a
 * microsecond each), which was most of what an ingest spent on sentence and
 * mention rows; the statement is the same either way. A column missing from
 * a row is stored as NULL.
 *
 * @example
 * await bulkInsert(trx, 'sentences', ['article_id', 'idx', 'paragraph', 'char_start', 'char_end'], rows)
 */
export async function bulkInsert<T extends keyof Database & string>(
  db: Db,
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly { [K in keyof Database[T]]?: unknown }[],
): Promise<void> {
  if (!rows.length) return;
  const dollar = numbersPlaceholders(db);
  const perRow = columns.length;
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let at = 0; at < rows.length; at += size) {
    const part = rows.slice(at, at + size);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const row of part) {
      const marks: string[] = [];
      for (const c of columns) {
        params.push((row as Record<string, unknown>)[c] ?? null);
        marks.push(dollar ? `$${params.length}` : '?');
      }
      tuples.push(`(${marks.join(', ')})`);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), params));
  }
}
