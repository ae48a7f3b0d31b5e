import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { DyadError } from '../errors.js';
import type { Database, Dialect, Store } from './database.js';
import { migrate } from './migrations.js';
import { cachedStatements } from './statement-cache.js';

/** The default store when neither `--db` nor `DYAD_DB` says otherwise. */
export const DEFAULT_DB = './dyad.db';

/** Which store to use: the `--db` option, else `DYAD_DB`, else `./dyad.db`. */
export function resolveDbSpec(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.DYAD_DB ?? DEFAULT_DB;
}

/** Which engine a `--db` value names. @example dialectOf('postgres://h/db') // 'postgres'; dialectOf('news.db') // 'sqlite' */
export function dialectOf(spec: string): Dialect {
  if (/^postgres(ql)?:\/\//i.test(spec)) return 'postgres';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) throw new DyadError('E402', { db: spec });
  return 'sqlite';
}

/** A URL with its password replaced, for messages and logs. */
export function maskUrl(spec: string): string {
  return spec.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/**
 * Connection settings for `pg`: the URL, with the operating-system user as
 * the fallback user name as psql does (`pg` alone sends none when $USER is unset).
 */
export function pgConnection(url: string): { connectionString: string } {
  const u = new URL(url);
  if (u.username || process.env.PGUSER || process.env.USER) return { connectionString: url };
  // `pg` lets the URL's (empty) user win over a `user` option, so the name goes into the URL.
  u.username = userInfo().username;
  return { connectionString: u.toString() };
}

export interface OpenOptions {
  /** PostgreSQL schema to use (created if missing); tests use a fresh one per run. Also `?schema=` in the URL. */
  pgSchema?: string;
  /** Open without creating or migrating (read-only commands on a missing file fail instead of making one). */
  mustExist?: boolean;
  readonly?: boolean;
  /**
   * SQLite reads through a memory map (default true): right for a server beside an ingest. A writer that
   * reads little (`dyad ingest`, a worker) turns it off, so its resident memory does not grow with the file.
   */
  memoryMap?: boolean;
}

/**
 * Open (and migrate) a store: a file path is SQLite, `postgres://…` is PostgreSQL.
 *
 * @example
 * const store = await openStore('./dyad.db'); … await store.close();
 */
export async function openStore(spec: string, opts: OpenOptions = {}): Promise<Store> {
  const dialect = dialectOf(spec);
  const label = maskUrl(spec);
  let db: Kysely<Database>;
  try {
    if (dialect === 'sqlite') {
      if (spec !== ':memory:') {
        const path = resolve(spec);
        if (!existsSync(path)) {
          if (opts.mustExist) throw new DyadError('E401', { db: spec, detail: 'no such file (run `dyad ingest` first, or pass --db)' });
          mkdirSync(dirname(path), { recursive: true });
        }
      }
      const sqlite = new Sqlite(spec, { readonly: Boolean(opts.readonly) });
      if (!opts.readonly) {
        // WAL: readers (the server) never block the writer (ingest), and a crash mid-batch rolls back cleanly.
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma('synchronous = NORMAL');
      }
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 10000');
      // Reads through a memory map: when another process commits (an ingest beside the server),
      // SQLite drops its own page cache, and mapped pages are re-read from the OS cache for free.
      if (spec !== ':memory:' && opts.memoryMap !== false) sqlite.pragma('mmap_size = 268435456');
      // Each query shape is prepared once (Kysely's driver would prepare it on every execution).
      db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
    } else {
      const url = new URL(spec);
      const schema = opts.pgSchema ?? url.searchParams.get('schema') ?? undefined;
      url.searchParams.delete('schema');
      if (schema && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new DyadError('E402', { db: label });
      const pool = new pg.Pool({
        ...pgConnection(url.toString()),
        max: 4,
        ...(schema ? { options: `-c search_path=${schema}` } : {}),
      });
      db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      if (schema) await sql.raw(`CREATE SCHEMA IF NOT EXISTS "${schema}"`).execute(db);
    }
  } catch (err) {
    if (err instanceof DyadError) throw err;
    throw new DyadError('E401', { db: label, detail: (err as Error).message });
  }
  try {
    if (!opts.readonly) await migrate(db, dialect);
  } catch (err) {
    await db.destroy();
    if (err instanceof DyadError) throw err;
    throw new DyadError('E401', { db: label, detail: (err as Error).message });
  }
  return { db, dialect, label, close: () => db.destroy() };
}
