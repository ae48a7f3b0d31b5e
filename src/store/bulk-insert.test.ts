import assert from 'node:assert/strict';
import { forEachStore } from '../../test/store-targets.js';
import { test } from 'node:test';
import { bulkInsert, statementChunks, statementSizes } from './bulk-insert.js';

forEachStore('bulk insert', null, ({ it }) => {
  it('stores every row in order over several statements, a missing column as NULL', async (store) => {
    const article = await store.db
      .insertInto('articles')
      .values({ content_hash: 'h', input_id: 'a', text: 'Some text.', captions: '[]', num_events: 0, added_at: '2020-01-01T00:00:00Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const articleId = Number(article.id);
    // 14 columns × 2,000 rows: more values than one statement takes, so several statements.
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      article_id: articleId,
      idx: i,
      sentence_idx: i % 7,
      char_start: i,
      char_end: i + 1,
      text: i % 3 ? `w${i}` : "it's \"quoted\" — and $1 ? too",
      kind: 'actor',
      role: 'source',
      code: i % 2 ? null : 'KORGOV',
      country: i % 5 ? 'KOR' : undefined,
      agents: 'GOV',
      rule: 'r',
      entry: null,
    }));
    await store.db.transaction().execute((trx) =>
      bulkInsert(trx, 'mentions', ['article_id', 'idx', 'sentence_idx', 'char_start', 'char_end', 'text', 'kind', 'role', 'code', 'country', 'agents', 'rule', 'entry', 'antecedent'], rows),
    );
    const back = await store.db.selectFrom('mentions').selectAll().orderBy('id').execute();
    assert.equal(back.length, rows.length);
    back.forEach((m, i) => {
      const r = rows[i]!;
      assert.equal(m.idx, r.idx);
      assert.equal(m.text, r.text);
      assert.equal(m.code, r.code);
      assert.equal(m.country, r.country ?? null);
      assert.equal(m.antecedent, null);
    });
    assert.ok(back.every((m, i) => i === 0 || Number(m.id) > Number(back[i - 1]!.id)), 'ids follow the rows');
  });

  it('inserts nothing for no rows', async (store) => {
    await bulkInsert(store.db, 'sentences', ['article_id', 'idx', 'paragraph', 'char_start', 'char_end'], []);
    assert.equal((await store.db.selectFrom('sentences').selectAll().execute()).length, 0);
  });
});

test('statement sizes: full statements, then powers of two, summing to the rows', () => {
  assert.deepEqual(statementSizes(0), []);
  assert.deepEqual(statementSizes(100), [64, 32, 4]);
  assert.deepEqual(statementSizes(128), [64, 64]);
  for (let n = 0; n < 600; n++) {
    const sizes = statementSizes(n);
    assert.equal(sizes.reduce((a, b) => a + b, 0), n);
    assert.ok(sizes.every((x) => x === 64 || (x < 64 && (x & (x - 1)) === 0)));
    assert.ok(new Set(sizes.filter((x) => x < 64)).size === sizes.filter((x) => x < 64).length, 'each smaller size once');
  }
  assert.deepEqual(statementChunks([1, 2, 3, 4, 5], 4), [[1, 2, 3, 4], [5]]);
});
