import assert from 'node:assert/strict';
import { migrate } from '../src/store/migrations.js';
import type { Db } from '../src/store/database.js';
import { writeRecords } from '../src/store/write-records.js';
import { ingest, localCoder } from '../src/store/ingest.js';
import type { RawInput } from '../src/ingest/types.js';
import type { CodeOutcome } from '../src/store/article-record.js';
import { discardCounts } from '../src/store/tables/discards.js';
import { getArticle } from '../src/store/tables/articles.js';
import { recordOf, codedDoc } from './fixtures/coded-docs.js';
import { docToRecord } from '../src/store/article-record.js';
import { CORPUS } from './fixtures/corpus.js';
import { forEachStore } from './store-targets.js';

const NOW = new Date('2026-01-01T00:00:00Z');

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['articles', 'sentences', 'mentions', 'events', 'event_mentions', 'event_groups', 'discards'] as const) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

forEachStore('store contract', null, ({ it, dialect }) => {
  it('migrates once: a second run applies nothing', async (store) => {
    assert.deepEqual(await migrate(store.db, dialect), []);
  });

  it('writes every layer of an article, with offsets into its text', async (store) => {
    const rec = recordOf(CORPUS[0]!);
    const w = await store.db.transaction().execute((trx) => writeRecords(trx, [rec], [], NOW));
    assert.deepEqual(w, { articles: 1, duplicates: 0, events: 3 });
    const c = await counts(store.db);
    assert.equal(c.sentences, 3);
    assert.equal(c.events, 3);
    assert.equal(c.event_mentions, 4); // three evidences and one repeat
    const a = await getArticle(store.db, 1);
    assert.ok(a);
    const ev = await store.db.selectFrom('events').selectAll().orderBy('ordinal').execute();
    for (const e of ev) assert.equal(a.text.slice(e.evidence_start, e.evidence_end), e.evidence_text);
    assert.equal(ev[1]!.event_day, '2020-07-01');
    assert.equal(ev[1]!.event_week, '2020-06-29');
    assert.equal(ev[1]!.location_lat, 37.57);
    assert.equal(ev[0]!.is_root, 1);
    assert.equal(ev[2]!.is_root, 0);
    assert.equal(JSON.parse(ev[1]!.json).evidence.text, 'hosted');
  });

  it('stores a story given twice in one batch once, with its own rows only', async (store) => {
    const recs = [recordOf(CORPUS[0]!), recordOf(CORPUS[1]!), recordOf(CORPUS[0]!)];
    const w = await store.db.transaction().execute((trx) => writeRecords(trx, recs, [], NOW));
    assert.equal(w.articles, 2);
    assert.equal(w.duplicates, 1);
    const alone = await store.db.selectFrom('sentences').select(({ fn }) => fn.countAll().as('n')).where('article_id', '=', 1).executeTakeFirstOrThrow();
    assert.equal(Number(alone.n), recs[0]!.sentences.length);
  });

  it('is idempotent: writing the same articles again adds zero rows', async (store) => {
    const recs = CORPUS.map(recordOf);
    await store.db.transaction().execute((trx) => writeRecords(trx, recs, [{ id: 'x', reason: 'empty', message: 'no text' }], NOW));
    const before = await counts(store.db);
    const w = await store.db.transaction().execute((trx) => writeRecords(trx, CORPUS.map(recordOf), [{ id: 'x', reason: 'empty', message: 'no text' }], NOW));
    assert.equal(w.articles, 0);
    assert.equal(w.duplicates, CORPUS.length);
    assert.deepEqual(await counts(store.db), before);
  });

  it('a failed batch leaves nothing behind', async (store) => {
    await assert.rejects(
      store.db.transaction().execute(async (trx) => {
        await writeRecords(trx, CORPUS.map(recordOf), [], NOW);
        throw new Error('crash after writing');
      }),
      /crash/,
    );
    const c = await counts(store.db);
    assert.deepEqual([c.articles, c.events, c.sentences, c.event_groups], [0, 0, 0, 0]);
  });

  it('groups one event told by two outlets, with GDELT counts', async (store) => {
    await store.db.transaction().execute((trx) => writeRecords(trx, CORPUS.map(recordOf), [], NOW));
    const g = await store.db
      .selectFrom('event_groups')
      .innerJoin('events', 'events.group_id', 'event_groups.id')
      .select(['event_groups.id', 'num_articles', 'num_sources', 'num_mentions'])
      .where('events.cameo', '=', '040')
      .execute();
    assert.equal(g.length, 2);
    assert.equal(g[0]!.id, g[1]!.id);
    assert.equal(g[0]!.num_articles, 2);
    assert.equal(g[0]!.num_sources, 2);
    assert.equal(g[0]!.num_mentions, 2);
    const ungrouped = await store.db.selectFrom('events').select('id').where('group_id', 'is', null).execute();
    assert.equal(ungrouped.length, 0);
  });

  it('links reports across batches: a symmetric code in either direction, not a one-sided one, not a day apart', async (store) => {
    const at = (id: string, source: string, sourceText: string, target: string, targetText: string, cameo: string, date: string, outlet: string) =>
      recordOf({ id, published: date, source: outlet, paragraphs: [[`${sourceText} and ${targetText} met (${id}).`]], events: [{ sentence: 0, source, sourceText, target, targetText, cameo, evidence: 'met', date }] });
    const batches = [
      [at('x1', 'KORGOV', 'Seoul', 'USAGOV', 'Washington', '040', '2020-09-02', 'Yonhap')],
      [at('x2', 'USAGOV', 'Washington', 'KORGOV', 'Seoul', '040', '2020-09-02', 'AP')],
      [at('x3', 'USAGOV', 'Washington', 'KORGOV', 'Seoul', '040', '2020-09-05', 'AP')],
      [at('x4', 'KORGOV', 'Seoul', 'USAGOV', 'Washington', '111', '2020-09-02', 'AP'), at('x5', 'USAGOV', 'Washington', 'KORGOV', 'Seoul', '111', '2020-09-02', 'AP')],
    ];
    for (const b of batches) await store.db.transaction().execute((trx) => writeRecords(trx, b, [], NOW));
    const rows = await store.db
      .selectFrom('events')
      .innerJoin('articles', 'articles.id', 'events.article_id')
      .innerJoin('event_groups', 'event_groups.id', 'events.group_id')
      .select(['articles.input_id', 'events.group_id', 'event_groups.num_articles', 'event_groups.num_sources'])
      .orderBy('articles.input_id')
      .execute();
    const g = Object.fromEntries(rows.map((r) => [r.input_id, r]));
    assert.equal(g.x1!.group_id, g.x2!.group_id);
    assert.equal(g.x1!.num_articles, 2);
    assert.equal(g.x1!.num_sources, 2);
    assert.notEqual(g.x3!.group_id, g.x1!.group_id);
    assert.notEqual(g.x4!.group_id, g.x5!.group_id);
  });

  it('records discards with their typed reason, once per input and reason', async (store) => {
    const f = [
      { id: 'bad.html', reason: 'no-body' as const, message: 'nothing left' },
      { id: 'x.jsonl#3', reason: 'bad-json' as const, message: 'Unexpected token' },
    ];
    await store.db.transaction().execute((trx) => writeRecords(trx, [], f, NOW));
    await store.db.transaction().execute((trx) => writeRecords(trx, [], f, NOW));
    assert.deepEqual(await discardCounts(store.db), { 'no-body': 1, 'bad-json': 1 });
  });

  it('full-text search finds articles by stemmed words', async (store) => {
    await store.db.transaction().execute((trx) => writeRecords(trx, CORPUS.map(recordOf), [], NOW));
    const { articleIdsMatching } = await import('../src/store/full-text.js');
    const hits = await store.db.selectFrom('articles').select('input_id').where('id', 'in', articleIdsMatching(store, 'condemn drill')).execute();
    assert.deepEqual(hits.map((h) => h.input_id), ['a2']);
    const none = await store.db.selectFrom('articles').select('id').where('id', 'in', articleIdsMatching(store, 'zeppelin')).execute();
    assert.equal(none.length, 0);
  });

  it('ingest: an interrupted run resumed gives the same store as one uninterrupted run', async (store, t) => {
    const docs = new Map(CORPUS.map((s) => [s.id, codedDoc(s)]));
    const inputs: RawInput[] = CORPUS.map((s) => ({ id: s.id, file: null, format: 'text', content: docs.get(s.id)!.text, title: s.title ?? null, published: s.published ?? null }));
    const coder = localCoder((input, hash): CodeOutcome => ({ ok: true, record: docToRecord(docs.get(input.id)!, hash) }));
    const stop = new AbortController();
    const first = await ingest(store, inputs, { coder, batchSize: 2, now: () => NOW, signal: stop.signal, onBatch: () => stop.abort() });
    assert.equal(first.interrupted, true);
    assert.equal(first.stored, 2);
    const second = await ingest(store, inputs, { coder, batchSize: 2, now: () => NOW });
    assert.equal(second.stored, CORPUS.length - 2);
    assert.equal(second.alreadyStored, 2);
    const third = await ingest(store, [...inputs, { id: 'bad', reason: 'bad-json', message: 'x' }], { coder, batchSize: 3, now: () => NOW });
    assert.equal(third.stored, 0);
    assert.equal(third.alreadyStored, CORPUS.length);
    assert.deepEqual(third.skipped, { 'bad-json': 1 });
    const c = await counts(store.db);
    assert.equal(c.articles, CORPUS.length);
    assert.equal(c.events, CORPUS.reduce((n, s) => n + s.events.length, 0));
    t.diagnostic(`${dialect}: ${JSON.stringify(c)}`);
  });
});
