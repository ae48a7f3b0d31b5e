import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorMatches, corpusScore, dateMatches, scoreDocument, shingles, titleMatches, wordTokens } from './extraction-score.js';

test('tokens are lower-case \\w+ runs', () => {
  assert.deepEqual(wordTokens("Seoul's envoys, 2020!"), ['seoul', 's', 'envoys', '2020']);
});

test('shingles are a multiset of 4-grams', () => {
  const s = shingles('a b c d a b c d');
  assert.equal(s.get('a b c d'), 2);
  assert.equal(s.size, 4);
  assert.deepEqual([...shingles('two words')], [['two words', 1]]);
});

test('precision and recall of one document', () => {
  const r = scoreDocument('the envoys met in seoul on monday', 'the envoys met in seoul');
  assert.equal(r.recall, 1);
  assert.equal(r.precision, 0.5); // 2 of 4 predicted shingles are gold
  assert.deepEqual(scoreDocument('', 'the envoys met in seoul'), { precision: 0, recall: 0 });
});

test('F1 of the averages, not the average of F1s', () => {
  const c = corpusScore([{ precision: 1, recall: 0.5 }, { precision: 0.5, recall: 1 }]);
  assert.equal(c.precision, 0.75);
  assert.equal(c.recall, 0.75);
  assert.equal(c.f1, 0.75);
});

test('metadata matches', () => {
  assert.equal(titleMatches('Envoys  Meet in “Seoul”', 'envoys meet in "Seoul"'), true);
  assert.equal(titleMatches('Envoys meet', 'Envoys meet in Seoul'), false);
  assert.equal(dateMatches('2020-09-02T23:00:00-05:00', '2020-09-02'), true);
  assert.equal(dateMatches(null, '2020-09-02'), false);
  assert.equal(authorMatches('Jane Doe', 'Jane Doe, Staff Writer'), true);
  assert.equal(authorMatches('John Roe', 'Jane Doe and John Roe'), false);
});
