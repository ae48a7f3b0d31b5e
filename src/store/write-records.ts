import type { Failure } from '../errors.js';
import type { ArticleRecord } from './article-record.js';
import { statementChunks } from './bulk-insert.js';
import type { Db } from './database.js';
import { insertDiscards } from './tables/discards.js';
import { linkAndCount, type LinkInput } from './link-groups.js';
import { insertEventMentions, type EventMentionRow } from './tables/event-mentions.js';
import { insertEvents, type NewEvent } from './tables/events.js';
import { insertMentions, type NewMention } from './tables/mentions.js';
import { insertSentences, type SentenceRow } from './tables/sentences.js';

export interface WriteResult {
  /** Articles newly stored. */
  articles: number;
  /** Articles skipped because their content hash was already stored (by an earlier run or a concurrent writer). */
  duplicates: number;
  events: number;
}

/**
 * Write coded articles and discards. Call it inside one transaction per
 * batch (`db.transaction().execute(trx => writeRecords(trx, …))`) so a batch
 * is stored whole or not at all. An article whose hash is already stored is
 * skipped, which makes a retried batch a no-op.
 *
 * @example await store.db.transaction().execute((trx) => writeRecords(trx, records, failures, new Date()))
 */
export async function writeRecords(db: Db, records: ArticleRecord[], failures: Failure[], now: Date): Promise<WriteResult> {
  const at = now.toISOString();
  const result: WriteResult = { articles: 0, duplicates: 0, events: 0 };
  const newEvents: NewEvent[] = [];
  const repeatsOf = new Map<string, ArticleRecord['events'][number]['repeats']>();
  const about = new Map<string, { outlet: string | null; naturalKey: string }>();
  // Sentences and mentions of the whole batch go in after its articles, a few statements for all
  // (the same rows in the same order, so the same ids, as article by article).
  const sentences: SentenceRow[] = [];
  const actorMentions: NewMention[] = [];
  // The batch's articles in a few statements; one whose hash is stored already is not inserted
  // and comes back without an id (as does a second record of the same story).
  const idOf = new Map<string, number>();
  for (const part of statementChunks(records)) {
    const rows = await db
      .insertInto('articles')
      .values(part.map((rec) => ({ ...rec.article, added_at: at })))
      .onConflict((oc) => oc.column('content_hash').doNothing())
      .returning(['id', 'content_hash'])
      .execute();
    for (const r of rows) idOf.set(r.content_hash, Number(r.id));
  }
  for (const rec of records) {
    const articleId = idOf.get(rec.article.content_hash);
    idOf.delete(rec.article.content_hash);
    if (articleId === undefined) {
      result.duplicates++;
      continue;
    }
    result.articles++;
    for (const x of rec.sentences) sentences.push({ ...x, article_id: articleId });
    for (const m of rec.mentions) actorMentions.push({ ...m, article_id: articleId });
    for (const e of rec.events) {
      newEvents.push({ ...e.row, article_id: articleId });
      repeatsOf.set(`${articleId}:${e.row.ordinal}`, e.repeats);
      about.set(`${articleId}:${e.row.ordinal}`, { outlet: rec.article.source, naturalKey: `${rec.hash.slice(0, 16)}:${e.row.ordinal}` });
    }
  }
  await insertSentences(db, sentences);
  await insertMentions(db, actorMentions);
  const ids = await insertEvents(db, newEvents);
  result.events = ids.length;
  const byOrdinal = new Map(newEvents.map((e) => [`${e.article_id}:${e.ordinal}`, e]));
  const mentions: EventMentionRow[] = [];
  const links: LinkInput[] = [];
  for (const { id, article_id, ordinal } of ids) {
    const k = `${article_id}:${ordinal}`;
    const e = byOrdinal.get(k)!;
    mentions.push({ event_id: id, ordinal: 0, article_id, sentence_idx: e.sentence_idx, char_start: e.evidence_start, char_end: e.evidence_end });
    const repeats = repeatsOf.get(k) ?? [];
    repeats.forEach((r, i) => mentions.push({ event_id: id, ordinal: i + 1, article_id, ...r }));
    links.push({
      eventId: id,
      articleId: article_id,
      ...about.get(k)!,
      sourceCode: e.source_code,
      targetCode: e.target_code,
      cameo: e.cameo,
      date: e.date_value,
      placeCountry: e.location_country,
      mentions: 1 + repeats.length,
    });
  }
  await insertEventMentions(db, mentions);
  await linkAndCount(db, links);
  // NUL out of ids and messages: PostgreSQL text cannot hold it, and one bad id must not fail the batch.
  const clean = (s: string) => s.replace(/\u0000/g, '');
  await insertDiscards(db, failures.map((f) => ({ input_id: clean(f.id), reason: f.reason, message: clean(f.message).slice(0, 1000), added_at: at })));
  return result;
}
