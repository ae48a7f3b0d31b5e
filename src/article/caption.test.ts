import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasPhotoCue, splitCredit } from './caption.js';

test('an agency credit in brackets', () => {
  assert.deepEqual(splitCredit('Two ministers shake hands before talks in Tokyo. (Kyodo)'), { text: 'Two ministers shake hands before talks in Tokyo.', credit: 'Kyodo' });
});

test('a photographer credit with a slash', () => {
  assert.deepEqual(splitCredit('Protesters march downtown (AP Photo/Jane Doe)'), { text: 'Protesters march downtown', credit: 'AP Photo/Jane Doe' });
});

test('a labelled credit', () => {
  assert.deepEqual(splitCredit('The harbour at dawn. Photo: John Roe'), { text: 'The harbour at dawn.', credit: 'John Roe' });
});

test('a position in brackets is no credit, nor a lower-case aside', () => {
  assert.equal(splitCredit('The minister (left)'), null);
  assert.equal(splitCredit('He said it would take time (for now).'), null);
});

test('photo cues', () => {
  assert.equal(hasPhotoCue('Jane Doe (left) and John Roe talk after their meeting'), true);
  assert.equal(hasPhotoCue('The ministry said in a statement.'), false);
});
