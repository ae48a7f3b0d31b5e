import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorWindow } from './link-groups.js';

test('the anchors a new event can link to: its months and years, a day either side', () => {
  assert.deepEqual(anchorWindow(['2020-09-02']), { years: ['2020'], months: ['2020-09'] });
  assert.deepEqual(anchorWindow(['2020-09-01']), { years: ['2020'], months: ['2020-08', '2020-09'] });
  assert.deepEqual(anchorWindow(['2020-12-31']), { years: ['2020', '2021'], months: ['2020-12', '2021-01'] });
  const year = anchorWindow(['2019']);
  assert.deepEqual(year.years, ['2018', '2019', '2020']);
  assert.equal(year.months.length, 14);
  assert.deepEqual(anchorWindow([null, 'soon']), { years: [], months: [] });
});
