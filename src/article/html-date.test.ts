import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { dateNearTitle, scriptDate, visibleDate } from './html-date.js';
import { firstDateIn, parseDateString } from './parse-date.js';

test('date strings in the common shapes', () => {
  assert.equal(parseDateString('2021-03-04T10:00:00+09:00'), '2021-03-04T10:00:00+09:00');
  assert.equal(parseDateString('Posted on March 4th, 2021'), '2021-03-04');
  assert.equal(parseDateString('4 March 2021'), '2021-03-04');
  assert.equal(parseDateString('Feb. 30, 2021'), null);
});

test('the first date in running text wins', () => {
  assert.deepEqual(firstDateIn('Updated Mar 4, 2021 · first posted 2020-01-02'), { date: '2021-03-04', index: 8 });
});

test('the date line under the headline', () => {
  assert.equal(dateNearTitle('Menu\nPort talks resume\nJane Doe\nMarch 4, 2021\nThe talks…', 'Port talks resume'), '2021-03-04');
});

test('dates in script data and in date elements', () => {
  assert.equal(scriptDate('<script>var s = {"publishDate":"2021-03-04"}</script>'), '2021-03-04');
  assert.equal(visibleDate(parseHTML('<div class="post-meta">Posted on March 4, 2021 by Jane</div>').document as any), '2021-03-04');
});
