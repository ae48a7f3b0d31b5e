import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRowJson, toEventRow, type EventPageRecord } from './event-row.js';

const stored = { docId: 'a1', cameo: '042', sentence: { index: 2, text: 'He said "id": no.' }, rule: 'verb-pattern', pattern: 'p:1', mentions: 1 };
const rec = (json: unknown, over: Partial<EventPageRecord> = {}): EventPageRecord => ({
  id: 7, article_id: 3, event_day: '2020-07-01', rule: 'verb-pattern', pattern: 'p:1', group_id: null, json: JSON.stringify(json),
  article_title: 'Envoy "visits"', article_published: '2020-09-02', num_articles: null, ...over,
});

test('the API text of an event is JSON.stringify(toEventRow(…)), byte for byte', () => {
  for (const r of [
    rec(stored),
    rec(stored, { group_id: 12, num_articles: 3, article_title: null, article_published: null }),
    // Not as eventToJson writes it: the columns win, by the slower path.
    rec({ ...stored, rule: 'old' }),
    rec({ ...stored, pattern: null }),
    rec({ docId: 'a1', cameo: '042' }),
    rec({ ...stored, id: 99 }),
    rec({ ...stored, source: { code: 'KOR', numArticles: 2 } }),
  ]) {
    assert.equal(eventRowJson(r), JSON.stringify(toEventRow(r)));
  }
});
