import { CompiledQuery } from 'kysely';
import type { Database, Db } from './database.js';

/** Rows per statement at most: 64 rows of 14 columns stay far under SQLite's and PostgreSQL's parameter limits. */
const MAX_ROWS = 64;

/**
 * Sizes of the statements for `n` rows: as many of `max` rows as fit, then
 * the rest in powers of two (100 → 64, 32, 4). Each size is one SQL text, so
 * a table sees a handful of statement shapes, each prepared once and cached;
 * a statement sized to each batch's rows would be prepared anew for nearly
 * every batch, and its cached plan (a long program for hundreds of rows)
 * kept besides.
 *
 * @example statementSizes(100) // [64, 32, 4]
 */
export function statementSizes(n: number, max = MAX_ROWS): number[] {
  const out: number[] = [];
  for (; n >= max; n -= max) out.push(max);
  for (let p = max >> 1; p >= 1; p >>= 1) {
    if (n < p) continue;
    out.push(p);
    n -= p;
  }
  return out;
}

/** `rows` cut into parts of `statementSizes(rows.length)`. */
export function statementChunks<T>(rows: readonly T[], max = MAX_ROWS): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const size of statementSizes(rows.length, max)) {
    out.push(rows.slice(at, at + size));
    at += size;
  }
  return out;
}

/** Whether a handle's dialect numbers its placeholders (`$1`, PostgreSQL) or not (`?`, SQLite), as Kysely compiles them. */
function numbersPlaceholders(db: Db): boolean {
  return db.selectFrom('sentences').select('idx').where('idx', '=', 0).compile().sql.includes('$1');
}

/**
 * Insert rows into a table in statements of a few fixed sizes
 * (`statementChunks`), the statement's text written here. Kysely's builder parses and
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
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  for (const part of statementChunks(rows)) {
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
