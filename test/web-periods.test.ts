import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriods, nextPeriod, periodRange } from '../web/src/periods.js';

test('month range covers a leap February', () => {
  assert.deepEqual(periodRange('2020-02'), { since: '2020-02-01', until: '2020-02-29' });
});

test('ISO week 1 of 2021 starts on 4 January', () => {
  assert.deepEqual(periodRange('2021-W01'), { since: '2021-01-04', until: '2021-01-10' });
  assert.equal(nextPeriod('2020-W53'), '2021-W01');
});

test('weeks named by their Monday step by seven days', () => {
  assert.equal(nextPeriod('2020-12-28'), '2021-01-04');
});

test('gaps between months are filled', () => {
  assert.deepEqual(fillPeriods(['2020-11', '2021-02']), ['2020-11', '2020-12', '2021-01', '2021-02']);
});
