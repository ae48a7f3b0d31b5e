import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateExpression } from './date-expression.js';
import { findDateExpressions } from './find-date-expressions.js';
import { resolveDate, type Tense } from './resolve-date.js';

// Pinned reference: Wednesday 2 September 2020.
const WED = { y: 2020, m: 9, d: 2 };

function one(sentence: string, tense: Tense = 'past', ref = WED): string | null {
  const found = findDateExpressions(sentence, 0, 0, ref);
  assert.ok(found.length >= 1, `no date found in "${sentence}"`);
  const r = resolveDate(found[0]!, ref, tense);
  return r ? `${r.value}/${r.precision}` : null;
}

test('past-tense weekday: the latest such day on or before publication, same day included', () => {
  assert.equal(one('The envoys spoke on the phone Wednesday.'), '2020-09-02/day');
  assert.equal(one('The minister arrived in Tokyo on Thursday.'), '2020-08-27/day');
  assert.equal(one('Talks opened Monday in Geneva.'), '2020-08-31/day');
});

test('future-tense weekday: the next such day', () => {
  assert.equal(one('The minister will arrive in Tokyo on Thursday.', 'future'), '2020-09-03/day');
  assert.equal(one('They will meet on Monday.', 'future'), '2020-09-07/day');
});

test('"last Tuesday" and "next Friday" are strictly before and after publication', () => {
  assert.equal(one('The ship docked last Wednesday.'), '2020-08-26/day');
  assert.equal(one('The vote is set for next Friday.', 'future'), '2020-09-04/day');
});

test('month without year: the latest such month not after publication, unless future', () => {
  assert.equal(one('In July, the envoy visited the capital.'), '2020-07/month');
  assert.equal(one('A meeting in October also fell apart.'), '2019-10/month');
  assert.equal(one('The ceasefire began in September.'), '2020-09/month');
  assert.equal(one('The envoy will visit in October.', 'future'), '2020-10/month');
  assert.equal(one('The envoy will visit in March.', 'future'), '2021-03/month');
});

test('month and day without a year follow the same rule', () => {
  assert.equal(one('The accord was signed on Dec. 12.'), '2019-12-12/day');
  assert.equal(one('The accord was signed on Aug. 12.'), '2020-08-12/day');
});

test('relative to publication: last month, last year, two days ago, yesterday', () => {
  assert.equal(one('She was appointed last month.'), '2020-08/month');
  assert.equal(one('The summit ended last year.'), '2019/year');
  assert.equal(one('The plant closed two days ago.'), '2020-08-31/day');
  assert.equal(one('Police detained him yesterday.'), '2020-09-01/day');
});

test('weeks: earlier this week and last week give the coarsest precision that holds them', () => {
  assert.equal(one('Envoys met earlier this week.'), '2020/year'); // Mon 31 Aug – Wed 2 Sep spans two months
  assert.equal(one('Envoys met earlier this week.', 'past', { y: 2020, m: 9, d: 10 }), '2020-09/month');
  assert.equal(one('Envoys met last week.', 'past', { y: 2020, m: 9, d: 17 }), '2020-09/month');
});

test('explicit dates and years', () => {
  assert.equal(one('The treaty was signed on March 3, 2019.'), '2019-03-03/day');
  assert.equal(one('The talks collapsed in 2019.'), '2019/year');
  assert.equal(one('He toured the province in August 2000.'), '2000-08/month');
});

test('since October and ranges take their start', () => {
  assert.equal(one('Talks have stalled since October.'), '2019-10/month');
  const r = findDateExpressions('Drills ran from May 3 to May 5.', 0, 0, WED);
  assert.equal(r[0]!.range, true);
  assert.equal(resolveDate(r[0]!, WED, 'past')!.value, '2020-05-03');
});

test('anaphoric days count from the context date', () => {
  const e = findDateExpressions('The delegation left the previous day.', 0, 0, WED)[0]!;
  assert.equal(e.kind, 'anaphoric');
  assert.equal(resolveDate(e, WED, 'past', { y: 2020, m: 8, d: 20 })!.value, '2020-08-19');
});

test('modals and common nouns are not months', () => {
  assert.deepEqual(findDateExpressions('Officials said talks may resume soon.', 0, 0, WED), []);
  assert.deepEqual(findDateExpressions('Thousands joined the march downtown.', 0, 0, WED), []);
  assert.deepEqual(findDateExpressions('Some 2000 people attended the rally.', 0, 0, WED), []);
});

test('no reference date: relative expressions stay unresolved, explicit ones resolve', () => {
  const rel = findDateExpressions('She was appointed last month.', 0, 0, null)[0]!;
  assert.equal(resolveDate(rel, null, 'past'), null);
  const abs = findDateExpressions('The treaty was signed on March 3, 2019.', 0, 0, null)[0]!;
  assert.equal(resolveDate(abs, null, 'past')!.value, '2019-03-03');
  const wd: DateExpression = { start: 0, end: 3, sentence: 0, text: 'Wed', kind: 'weekday', weekday: 3, shift: 0, rule: 't' };
  assert.equal(resolveDate(wd, null, 'past'), null);
});

test('a year in brackets is a year: "in Juche 44 (1955)"', () => {
  assert.equal(one('The drama was created in Juche 44 (1955).'), '1955/year');
});
