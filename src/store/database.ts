import type { Kysely } from 'kysely';
import type { ArticlesTable } from './tables/articles.js';
import type { DiscardsTable } from './tables/discards.js';
import type { EventGroupsTable } from './tables/event-groups.js';
import type { EventMentionsTable } from './tables/event-mentions.js';
import type { EventsTable } from './tables/events.js';
import type { MentionsTable } from './tables/mentions.js';
import type { MigrationsTable } from './migrations.js';
import type { SentencesTable } from './tables/sentences.js';

/**
 * The one schema of the store, shared by SQLite and PostgreSQL. Column names
 * are snake_case and avoid SQL keywords (`char_start`, not `start`), so the
 * same queries run on both.
 */
export interface Database {
  articles: ArticlesTable;
  sentences: SentencesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_mentions: EventMentionsTable;
  event_groups: EventGroupsTable;
  discards: DiscardsTable;
  dyad_migrations: MigrationsTable;
}

export type Dialect = 'sqlite' | 'postgres';

/** A database handle: the whole store, or a transaction on it (repositories take either). */
export type Db = Kysely<Database>;

/** An open store: the handle plus what the few dialect-specific queries need to know. */
export interface Store {
  db: Db;
  dialect: Dialect;
  /** What the user asked for (file path or URL with the password masked), for messages. */
  label: string;
  close(): Promise<void>;
}
