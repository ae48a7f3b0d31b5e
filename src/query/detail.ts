import type { Store } from '../store/database.js';
import { getArticle } from '../store/tables/articles.js';
import { mentionsOf } from '../store/tables/mentions.js';
import { sentencesOf } from '../store/tables/sentences.js';
import { toEventRow, type EventRow } from './event-row.js';
import { findEventRecords } from './list-events.js';

export interface ArticleSummary {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

export interface EventDetail {
  event: EventRow;
  article: ArticleSummary;
  sentence: { index: number; text: string; start: number; end: number };
}

/** Events of one article in text order, as API rows. */
export async function eventsOfArticle(store: Store, articleId: number): Promise<EventRow[]> {
  const rows = await store.db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .leftJoin('event_groups', 'event_groups.id', 'events.group_id')
    .selectAll('events')
    .select(['articles.title as article_title', 'articles.published as article_published', 'event_groups.num_articles'])
    .where('events.article_id', '=', articleId)
    .orderBy('events.ordinal')
    .execute();
  return rows.map((r) => toEventRow(r as never));
}

/** One event with its article and the sentence that tells it, or null. @example await eventDetail(store, 12) */
export async function eventDetail(store: Store, id: number): Promise<EventDetail | null> {
  const [rec] = await findEventRecords(store, {}, 1, id);
  if (!rec) return null;
  const a = await getArticle(store.db, Number(rec.article_id));
  if (!a) return null;
  const s = await store.db
    .selectFrom('sentences')
    .selectAll()
    .where('article_id', '=', a.id)
    .where('idx', '=', rec.sentence_idx)
    .executeTakeFirst();
  const start = s?.char_start ?? rec.evidence_start;
  const end = s?.char_end ?? rec.evidence_end;
  return {
    event: toEventRow(rec),
    article: { id: Number(a.id), title: a.title, source: a.source, url: a.url, published: a.published },
    sentence: { index: rec.sentence_idx, text: a.text.slice(start, end), start, end },
  };
}

export interface ArticleDetail {
  article: ArticleSummary & { byline: string | null; language: string | null; captions: { text: string; credit: string | null }[]; text: string };
  sentences: { index: number; start: number; end: number }[];
  mentions: { start: number; end: number; text: string; code: string | null; role: string; kind: string; rule: string; entry: string | null }[];
  events: EventRow[];
}

/** An article with its sentence, mention and event spans (offsets into `article.text`), or null. */
export async function articleDetail(store: Store, id: number): Promise<ArticleDetail | null> {
  const a = await getArticle(store.db, id);
  if (!a) return null;
  const [sentences, mentions, events] = await Promise.all([sentencesOf(store.db, id), mentionsOf(store.db, id), eventsOfArticle(store, id)]);
  return {
    article: {
      id: Number(a.id),
      title: a.title,
      byline: a.byline,
      published: a.published,
      source: a.source,
      url: a.url,
      language: a.language,
      captions: JSON.parse(a.captions),
      text: a.text,
    },
    sentences: sentences.map((s) => ({ index: s.idx, start: s.char_start, end: s.char_end })),
    mentions: mentions.map((m) => ({ start: m.char_start, end: m.char_end, text: m.text, code: m.code, role: m.role, kind: m.kind, rule: m.rule, entry: m.entry })),
    events,
  };
}
