import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDay, isoWeekStart } from './event-day.js';

test('an event is filed under the first day its date covers, else its publication day', () => {
  assert.equal(eventDay('2020-07-15', '2020-09-02'), '2020-07-15');
  assert.equal(eventDay('2020-07', '2020-09-02'), '2020-07-01'); // "In July, Biegun visited Seoul"
  assert.equal(eventDay('2019', null), '2019-01-01'); // "the summit in Vietnam last year"
  assert.equal(eventDay(null, '2020-09-02T08:30:00+09:00'), '2020-09-02');
  assert.equal(eventDay(null, null), '');
  assert.equal(eventDay(null, 'Wednesday'), '');
});

test('weeks start on Monday (ISO)', () => {
  assert.equal(isoWeekStart('2020-09-02'), '2020-08-31'); // a Wednesday
  assert.equal(isoWeekStart('2020-08-31'), '2020-08-31'); // a Monday
  assert.equal(isoWeekStart('2020-10-04'), '2020-09-28'); // a Sunday
  assert.equal(isoWeekStart('2021-01-01'), '2020-12-28'); // across a year
  assert.equal(isoWeekStart(''), '');
});
