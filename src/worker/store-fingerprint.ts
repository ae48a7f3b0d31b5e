import { createHash } from 'node:crypto';
import type { Store } from '../store/database.js';

export interface StoreFingerprint {
  articles: number;
  events: number;
  /** Articles stored more than once (same content hash): 0 in a healthy store. */
  duplicateArticles: number;
  /** SHA-256 over the sorted event keys (article hash, sentence, evidence offsets, cameo, source, target, date). */
  eventsHash: string;
}

/**
 * What two stores must agree on when they coded the same input, whatever
 * the engine, the number of workers or the order of the jobs: row ids and
 * times differ, these keys do not. Used to check a queue run against a
 * single-process ingest.
 *
 * @example (await storeFingerprint(pgStore)).eventsHash === (await storeFingerprint(sqliteStore)).eventsHash
 */
export async function storeFingerprint(store: Store): Promise<StoreFingerprint> {
  const db = store.db;
  const hashes = await db.selectFrom('articles').select('content_hash').execute();
  const distinct = new Set(hashes.map((h) => h.content_hash));
  const rows = await db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .select([
      'articles.content_hash',
      'events.sentence_idx',
      'events.evidence_start',
      'events.evidence_end',
      'events.cameo',
      'events.source_code',
      'events.target_code',
      'events.date_value',
    ])
    .execute();
  const keys = rows.map((r) =>
    [r.content_hash, r.sentence_idx, r.evidence_start, r.evidence_end, r.cameo, r.source_code ?? '', r.target_code ?? '', r.date_value ?? ''].join('\t'),
  );
  // Sorted here, not in SQL: the two engines collate text differently.
  keys.sort();
  const h = createHash('sha256');
  for (const k of keys) h.update(k).update('\n');
  return { articles: hashes.length, events: rows.length, duplicateArticles: hashes.length - distinct.size, eventsHash: h.digest('hex') };
}
