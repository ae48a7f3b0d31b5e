// Pure helpers of the web UI (periods, chart ticks, actor words), tested without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillPeriods, nextPeriod, periodLabel, periodRange } from '../web/src/periods.js';
import { niceTicks } from '../web/src/ticks.js';
import { findNear } from '../web/src/find-near.js';

test('a month period runs to its last day, leap February included', () => {
  assert.deepEqual(periodRange('2020-02-01', 'month'), { since: '2020-02-01', until: '2020-02-29' });
  assert.deepEqual(periodRange('2020-12-01', 'month'), { since: '2020-12-01', until: '2020-12-31' });
});

test('a week period runs from its Monday to Sunday, across the new year', () => {
  assert.deepEqual(periodRange('2020-12-28', 'week'), { since: '2020-12-28', until: '2021-01-03' });
  assert.equal(nextPeriod('2020-12-28', 'week'), '2021-01-04');
});

test('gaps between months are filled, and labels show the month', () => {
  assert.deepEqual(fillPeriods(['2020-11-01', '2021-02-01'], 'month'), ['2020-11-01', '2020-12-01', '2021-01-01', '2021-02-01']);
  assert.equal(periodLabel('2020-11-01', 'month'), '2020-11');
});

test('periods it cannot read are kept as they are', () => {
  assert.deepEqual(fillPeriods(['all'], 'month'), ['all']);
  assert.equal(periodRange('all', 'month'), null);
});

// --- chart ticks

test('ticks reach past the largest count in round steps', () => {
  assert.deepEqual(niceTicks(66), [0, 20, 40, 60, 80]);
  assert.deepEqual(niceTicks(4), [0, 1, 2, 3, 4]);
  assert.deepEqual(niceTicks(60), [0, 20, 40, 60]);
  assert.deepEqual(niceTicks(0), [0, 1]);
});

// --- finding an actor's words near the action

test('a repeated name is found on the side of the action it stands for', () => {
  const s = 'Kim told Moon that Kim would visit Moon';
  const action = { start: s.indexOf('would visit'), end: s.indexOf('would visit') + 11 };
  assert.equal(findNear(s, 'Kim', action, 'before'), s.indexOf('Kim would'));
  assert.equal(findNear(s, 'Moon', action, 'after'), s.lastIndexOf('Moon'));
});

test('words that overlap the action are not an actor', () => {
  assert.equal(findNear('Seoul protested', 'protested', { start: 6, end: 15 }, 'before'), -1);
  assert.equal(findNear('no such words', 'Tokyo', null, 'after'), -1);
});
