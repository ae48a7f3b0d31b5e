import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDoc } from '../../test/event-doc.js';
import { dateEvents } from '../time/event-dates.js';
import { linkEvents, type EventKeyRecord } from './across.js';
import { dedupWithin } from './dedup-within.js';
import { datesCompatible, dyadKey } from './same-event.js';

test('symmetric codes make one dyad of both orders; directed codes do not', () => {
  assert.equal(dyadKey('USAGOV', 'KORGOV', '041'), dyadKey('KORGOV', 'USAGOV', '041'));
  assert.notEqual(dyadKey('USAGOV', 'KOR', '042'), dyadKey('KOR', 'USAGOV', '042'));
});

test('dates are compatible when their spans of days touch within the slack', () => {
  assert.ok(datesCompatible('2020-09-02', '2020-09', 0));
  assert.ok(datesCompatible('2020-09-02', '2020-09-03', 1));
  assert.ok(!datesCompatible('2020-09-02', '2020-09-05', 1));
  assert.ok(!datesCompatible('2019', '2020-09-02', 1));
  assert.ok(!datesCompatible(null, '2020-09-02'));
});

test('one phone call told in two paragraphs is one event with two mentions', () => {
  const doc = eventDoc(
    ['The two envoys spoke by phone on Wednesday.', 'In the call, the envoys discussed the stalled talks.', 'In July, the US envoy visited Seoul.'],
    '2020-09-02',
    [
      { at: 'spoke by phone', cameo: '041', source: 'KORGOV', target: 'USAGOV' },
      { at: 'discussed', cameo: '040', source: 'USAGOV', target: 'KORGOV' },
      { at: 'visited', cameo: '042', source: 'USAGOV', target: 'KOR' },
    ],
  );
  dateEvents(doc);
  const merged = dedupWithin(doc);
  assert.equal(merged, 1);
  assert.equal(doc.events.length, 2);
  const call = doc.events[0]!;
  assert.equal(call.cameo, '041');
  assert.equal(call.mentions.length, 1);
  assert.equal(doc.sentences[call.mentions[0]!.sentence]!.paragraph, 1);
});

test('different dates, negation or one-sided events stay apart', () => {
  const doc = eventDoc(
    ['The envoys met on Monday. The envoys met again on Wednesday.', 'The leader inspected a farm. He also inspected a mine.'],
    '2020-09-02',
    [
      { at: 'met', cameo: '043', source: 'KORGOV', target: 'USAGOV' },
      { at: 'met again', cameo: '043', source: 'KORGOV', target: 'USAGOV' },
      { at: 'inspected a farm', cameo: '010', source: 'PRKGOV' },
      { at: 'inspected a mine', cameo: '010', source: 'PRKGOV' },
    ],
  );
  dateEvents(doc);
  assert.equal(dedupWithin(doc), 0);
  assert.equal(doc.events.length, 4);
});

const rec = (id: string, article: string, outlet: string, s: string, t: string, cameo: string, date: string | null, placeCountry: string | null = null): EventKeyRecord => ({
  id,
  article,
  outlet,
  sourceCode: s,
  targetCode: t,
  cameo,
  date,
  placeCountry,
});

test('reports of the same event across articles become one event with GDELT counts', () => {
  const { state, assigned } = linkEvents([
    rec('a#0', 'a', 'Yonhap', 'KORGOV', 'USAGOV', '041', '2020-09-02'),
    { ...rec('b#1', 'b', 'AP', 'USAGOV', 'KORGOV', '040', '2020-09-01'), mentions: 2 },
    rec('c#0', 'c', 'Yonhap', 'KORGOV', 'USAGOV', '040', '2020-09-02'),
    rec('d#0', 'd', 'AP', 'KORGOV', 'USAGOV', '041', '2020-09-09'),
    rec('e#0', 'e', 'AP', 'KORGOV', 'USAGOV', '041', null),
    rec('f#0', 'f', 'AP', 'KORGOV', 'USAGOV', '041', null),
  ]);
  assert.equal(assigned.get('b#1'), 'a#0');
  assert.equal(assigned.get('c#0'), 'a#0');
  assert.equal(assigned.get('d#0'), 'd#0'); // a week later: another call
  assert.notEqual(assigned.get('e#0'), assigned.get('f#0')); // undated reports are not linked
  const g = state.groups.get('a#0')!;
  assert.deepEqual([g.numMentions, g.numSources, g.numArticles], [4, 2, 3]);
});

test('places in different countries keep reports apart', () => {
  const { assigned } = linkEvents([rec('a', 'a', 'X', 'PRK', 'KOR', '190', '2011-05-01', 'KOR'), rec('b', 'b', 'Y', 'PRK', 'KOR', '190', '2011-05-01', 'JPN')]);
  assert.notEqual(assigned.get('a'), assigned.get('b'));
});

test('linking is incremental and pure: new records against earlier groups', () => {
  const first = linkEvents([rec('a', 'a', 'X', 'USA', 'CHN', '042', '2011-01-31')]);
  const second = linkEvents([rec('b', 'b', 'Y', 'USA', 'CHN', '042', '2011-02-01')], first.state);
  assert.equal(second.assigned.get('b'), 'a'); // across a month boundary, within a day
  assert.equal(second.state.groups.get('a')!.numArticles, 2);
  assert.equal(first.state.groups.get('a')!.numArticles, 1); // the earlier state is untouched
});

test('a symmetric telling coded both ways stays two records; its repeat merges direction by direction', () => {
  const doc = eventDoc(
    ['The two envoys spoke by phone on Wednesday.', 'In the call, the envoys discussed the stalled talks.'],
    '2020-09-02',
    [
      { at: 'spoke by phone', cameo: '041', source: 'KORGOV', target: 'USAGOV' },
      { at: 'spoke by phone', cameo: '041', source: 'USAGOV', target: 'KORGOV' },
      { at: 'discussed', cameo: '040', source: 'USAGOV', target: 'KORGOV' },
      { at: 'discussed', cameo: '040', source: 'KORGOV', target: 'USAGOV' },
    ],
  );
  dateEvents(doc);
  assert.equal(dedupWithin(doc), 2);
  assert.deepEqual(doc.events.map((e) => `${e.source!.code}>${e.target!.code}:${e.mentions.length}`), ['KORGOV>USAGOV:1', 'USAGOV>KORGOV:1']);
});

test('two records of one article are never linked across articles (the in-article dedup decided)', () => {
  const { assigned } = linkEvents([rec('a#0', 'a', 'X', 'PRK', null as unknown as string, '010', '2011-05-01'), rec('a#1', 'a', 'X', 'PRK', null as unknown as string, '010', '2011-05-01')]);
  assert.notEqual(assigned.get('a#0'), assigned.get('a#1'));
});

test('a visit and the talks held during it are two events of one root', () => {
  const doc = eventDoc(
    ['The premier visited Beijing on Monday.', 'He held talks with the Chinese leader.'],
    '2020-09-02',
    [
      { at: 'visited', cameo: '042', source: 'PRKGOV', target: 'CHNGOV' },
      { at: 'held talks', cameo: '046', source: 'PRKGOV', target: 'CHNGOV' },
    ],
  );
  dateEvents(doc);
  assert.equal(dedupWithin(doc), 0);
});

test('"too", "also", "meanwhile" announce another act, not a repeat', () => {
  const doc = eventDoc(
    ['Veterans held a rally outside the embassy on Monday.', 'Students, too, held a rally outside the embassy the same day.'],
    '2020-09-02',
    [
      { at: 'held a rally', cameo: '141', source: 'KORCVL', target: 'JPNGOV' },
      { at: 'held a rally', nth: 1, cameo: '141', source: 'KORCVL', target: 'JPNGOV' },
    ],
  );
  dateEvents(doc);
  assert.equal(dedupWithin(doc), 0);
});

test('a tally over a year is not one of its days', () => {
  const doc = eventDoc(
    ['Drone strikes have killed 174 people in the region since the start of this year.', 'On Friday a drone strike killed 20 people in the region.'],
    '2020-09-02',
    [
      { at: 'killed 174', cameo: '1823', source: 'USAMIL', target: 'PAKCVL' },
      { at: 'killed 20', cameo: '1823', source: 'USAMIL', target: 'PAKCVL' },
    ],
  );
  dateEvents(doc);
  assert.equal(dedupWithin(doc), 0);
});
