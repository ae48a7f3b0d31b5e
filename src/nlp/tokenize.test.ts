import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromParagraphs } from '../article/build-doc.js';
import { tokenizeDoc } from './tokenize.js';

test('tokens carry offsets into the article text', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Seoul and Washington’s top nuclear envoys spoke on the phone Wednesday.', 'In July, Biegun visited Seoul.']);
  tokenizeDoc(doc);
  assert.equal(doc.sentences.length, 2);
  for (let i = 0; i < doc.tokens.count; i++) {
    assert.equal(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]), doc.tokens.text[i]);
  }
  const s1 = doc.sentences[1]!;
  assert.equal(doc.slice(s1), 'In July, Biegun visited Seoul.');
  assert.equal(s1.paragraph, 1);
  const visited = doc.tokens.text.indexOf('visited');
  assert.equal(doc.tokens.lemma[visited], 'visit');
  assert.equal(doc.tokens.pos[visited], 'VERB');
});

test('typographic apostrophes are folded in norm but kept in text', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Washington’s envoy.']);
  tokenizeDoc(doc);
  const i = doc.tokens.text.indexOf('’s');
  assert.ok(i >= 0);
  assert.equal(doc.tokens.norm[i], "'s");
});

test('a lone newline ends a sentence', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Back To Top\nTop envoys stress need to resume dialogue']);
  tokenizeDoc(doc);
  assert.equal(doc.sentences.length, 2);
});
