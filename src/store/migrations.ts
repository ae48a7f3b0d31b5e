import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { DyadError } from '../errors.js';
import type { Database, Dialect } from './database.js';

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** An auto-numbered primary key: SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity column. */
function withId<T extends string>(t: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/**
 * The schema, in order. Append new migrations; never edit one that has
 * shipped. Types are the portable subset (text, integer, double precision).
 */
export const MIGRATIONS: Migration[] = [
  {
    name: '001-initial',
    async up(db, dialect) {
      await withId(db.schema.createTable('articles'), dialect)
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('input_id', 'text', (c) => c.notNull())
        .addColumn('file', 'text')
        .addColumn('source', 'text')
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('byline', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('captions', 'text', (c) => c.notNull())
        .addColumn('num_events', 'integer', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_published').on('articles').column('published').execute();
      await db.schema.createIndex('articles_source').on('articles').column('source').execute();

      await db.schema
        .createTable('sentences')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('paragraph', 'integer', (c) => c.notNull())
        .addColumn('char_start', 'integer', (c) => c.notNull())
        .addColumn('char_end', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('sentences_pk', ['article_id', 'idx'])
        .execute();

      await withId(db.schema.createTable('mentions'), dialect)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('sentence_idx', 'integer', (c) => c.notNull())
        .addColumn('char_start', 'integer', (c) => c.notNull())
        .addColumn('char_end', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('country', 'text')
        .addColumn('agents', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('entry', 'text')
        .addColumn('antecedent', 'integer')
        .execute();
      await db.schema.createIndex('mentions_article').on('mentions').columns(['article_id', 'idx']).execute();

      await withId(db.schema.createTable('event_groups'), dialect)
        .addColumn('group_key', 'text', (c) => c.notNull().unique())
        .addColumn('num_mentions', 'integer', (c) => c.notNull())
        .addColumn('num_sources', 'integer', (c) => c.notNull())
        .addColumn('num_articles', 'integer', (c) => c.notNull())
        .execute();

      await withId(db.schema.createTable('events'), dialect)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('sentence_idx', 'integer', (c) => c.notNull())
        .addColumn('is_root', 'integer', (c) => c.notNull())
        .addColumn('source_code', 'text')
        .addColumn('source_country', 'text')
        .addColumn('source_agents', 'text', (c) => c.notNull())
        .addColumn('source_text', 'text')
        .addColumn('target_code', 'text')
        .addColumn('target_country', 'text')
        .addColumn('target_agents', 'text', (c) => c.notNull())
        .addColumn('target_text', 'text')
        .addColumn('cameo', 'text', (c) => c.notNull())
        .addColumn('plover_type', 'text')
        .addColumn('plover_mode', 'text')
        .addColumn('plover_context', 'text', (c) => c.notNull())
        .addColumn('quad_class', 'integer', (c) => c.notNull())
        .addColumn('goldstein', 'double precision', (c) => c.notNull())
        .addColumn('negated', 'integer', (c) => c.notNull())
        .addColumn('reported_by', 'text')
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('pattern', 'text')
        .addColumn('date_value', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('date_origin', 'text')
        .addColumn('event_day', 'text', (c) => c.notNull())
        .addColumn('event_week', 'text', (c) => c.notNull())
        .addColumn('location_name', 'text')
        .addColumn('location_country', 'text')
        .addColumn('location_lat', 'double precision')
        .addColumn('location_lon', 'double precision')
        .addColumn('evidence_start', 'integer', (c) => c.notNull())
        .addColumn('evidence_end', 'integer', (c) => c.notNull())
        .addColumn('evidence_text', 'text', (c) => c.notNull())
        .addColumn('group_id', 'integer', (c) => c.references('event_groups.id'))
        .addColumn('json', 'text', (c) => c.notNull())
        .addUniqueConstraint('events_article_ordinal', ['article_id', 'ordinal'])
        .execute();
      // One index per filter of `dyad events`; the listing sorts by (event_day, id).
      const idx: [string, string[]][] = [
        ['events_day', ['event_day', 'id']],
        ['events_source', ['source_code']],
        ['events_target', ['target_code']],
        ['events_source_country', ['source_country']],
        ['events_target_country', ['target_country']],
        ['events_cameo', ['cameo']],
        ['events_plover', ['plover_type']],
        ['events_quad', ['quad_class']],
        ['events_location', ['location_country']],
        ['events_group', ['group_id']],
      ];
      for (const [name, cols] of idx) await db.schema.createIndex(name).on('events').columns(cols).execute();

      await db.schema
        .createTable('event_mentions')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('sentence_idx', 'integer', (c) => c.notNull())
        .addColumn('char_start', 'integer', (c) => c.notNull())
        .addColumn('char_end', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_mentions_pk', ['event_id', 'ordinal'])
        .execute();

      await withId(db.schema.createTable('discards'), dialect)
        .addColumn('input_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('discards_input_reason', ['input_id', 'reason'])
        .execute();

      // Full-text search over article title and body: the one place the dialects differ.
      if (dialect === 'sqlite') {
        await sql`CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61')`.execute(db);
        await sql`CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
          INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END`.execute(db);
        await sql`CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
          INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END`.execute(db);
      } else {
        await sql`ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
        await sql`CREATE INDEX articles_tsv ON articles USING GIN (tsv)`.execute(db);
      }
    },
  },
  {
    // Cross-article linking (src/dedup/across.ts) finds a group by its blocking key and anchor.
    name: '002-event-group-link',
    async up(db) {
      for (const col of ['link_key', 'source_code', 'target_code', 'cameo', 'anchor_date', 'place_country']) {
        await db.schema.alterTable('event_groups').addColumn(col, 'text').execute();
      }
      await db.schema.createIndex('event_groups_link').on('event_groups').columns(['link_key', 'anchor_date']).execute();
    },
  },
];

/**
 * Bring the schema up to date. Safe to call from many processes at once:
 * PostgreSQL serialises them on an advisory lock; SQLite on its write lock.
 *
 * @example await migrate(store.db, 'sqlite') // ['001-initial'] on a new file, [] after
 */
export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  await db.schema
    .createTable('dyad_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied: string[] = [];
  await db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(7361626)`.execute(trx);
    const done = new Set((await trx.selectFrom('dyad_migrations').select('name').execute()).map((r) => r.name));
    const known = new Set(MIGRATIONS.map((m) => m.name));
    const unknown = [...done].filter((n) => !known.has(n));
    if (unknown.length) {
      throw new DyadError('E403', { db: 'store', found: unknown.sort().at(-1)!, known: MIGRATIONS.at(-1)!.name });
    }
    for (const m of MIGRATIONS) {
      if (done.has(m.name)) continue;
      await m.up(trx, dialect);
      await trx.insertInto('dyad_migrations').values({ name: m.name, applied_at: new Date().toISOString() }).execute();
      applied.push(m.name);
    }
  });
  return applied;
}
