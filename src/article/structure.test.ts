import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiscardError } from '../errors.js';
import { structureArticle } from './structure.js';

const BODY = 'TOKYO, March 4 (Kyodo) -- The two ministers met on Thursday to discuss trade and agreed to meet again in the spring.';

test('the dateline is a span at the start of the body text', () => {
  const doc = structureArticle({ id: 'd', file: null, format: 'text', content: `Ministers meet in Tokyo\n\n${BODY}` });
  assert.equal(doc.meta.dateline?.place, 'TOKYO');
  assert.equal(doc.slice(doc.meta.dateline!.span), 'TOKYO, March 4 (Kyodo) --');
});

test('input metadata beats what the page says', () => {
  const doc = structureArticle({ id: 'd', file: null, format: 'text', content: `Ministers meet in Tokyo\n\n${BODY}`, title: 'Given title', published: '2021-03-04', source: 'Given Source' });
  assert.equal(doc.meta.title, 'Given title');
  assert.equal(doc.meta.published, '2021-03-04');
  assert.equal(doc.meta.source, 'Given Source');
});

test('other languages are discarded with the language named', () => {
  assert.throws(
    () => structureArticle({ id: 'fr', file: null, format: 'text', content: 'Les deux ministres se sont rencontrés jeudi pour discuter du commerce et ont convenu de se revoir au printemps.' }),
    (e: unknown) => e instanceof DiscardError && e.reason === 'not-english' && /"fr"/.test(e.message),
  );
});
