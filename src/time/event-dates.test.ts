import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDoc } from '../../test/event-doc.js';
import fc from 'fast-check';
import type { CodedEvent } from '../doc/event.js';
import { dateEvents, inTextOrder } from './event-dates.js';

const PUB = '2020-09-02'; // a Wednesday

function dates(paragraphs: string[], at: string[], published: string | null = PUB) {
  const doc = eventDoc(paragraphs, published, at.map((a) => ({ at: a })));
  dateEvents(doc);
  return doc.events.map((e) => `${e.date!.value}/${e.date!.precision}/${e.date!.origin}`);
}

test('the date nearest the event in its clause wins over one in a relative clause', () => {
  const r = dates(['On Wednesday, the envoy held talks with the new minister, who was appointed last month.'], ['held talks', 'appointed']);
  assert.deepEqual(r, ['2020-09-02/day/stated', '2020-08/month/stated']);
});

test('a temporal "when" clause shares the date it hangs on', () => {
  // "since last year, when the summit … ended"
  const r = dates(['Talks have stalled since last year, when a summit in Hanoi between the two leaders ended without a deal.'], ['summit']);
  assert.deepEqual(r, ['2019/year/stated']);
});

test('an event without a date inherits the paragraph\'s earlier date', () => {
  const r = dates(['The summit collapsed last year. The two sides failed to agree on sanctions.'], ['collapsed', 'failed to agree']);
  assert.deepEqual(r, ['2019/year/stated', '2019/year/inherited']);
});

test('a later paragraph without a date inherits the lead\'s date', () => {
  const r = dates(['The envoys spoke by phone on Wednesday.', 'In July, the envoy visited the capital.', 'During the call, the envoy praised the minister.'], ['spoke', 'visited', 'praised']);
  assert.deepEqual(r, ['2020-09-02/day/stated', '2020-07/month/stated', '2020-09-02/day/inherited']);
});

test('no date anywhere: the publication date, said to be one', () => {
  assert.deepEqual(dates(['The minister praised the accord.'], ['praised']), ['2020-09-02/day/published']);
});

test('no publication date: relative dates and defaults stay null, never today', () => {
  assert.deepEqual(dates(['The minister praised the accord.'], ['praised'], null), ['null/null/unknown']);
  assert.deepEqual(dates(['The minister arrived on Thursday.'], ['arrived'], null), ['null/null/unknown']);
  assert.deepEqual(dates(['The treaty was signed on March 3, 2019.'], ['signed'], null), ['2019-03-03/day/stated']);
});

test('the verb\'s tense decides the week of a weekday', () => {
  const r = dates(['The minister will travel to Tokyo on Thursday.', 'The minister travelled to Tokyo on Thursday.'], ['travel', 'travelled']);
  assert.deepEqual(r, ['2020-09-03/day/stated', '2020-08-27/day/stated']);
});

test('a month before the event in a later sentence of the paragraph', () => {
  const r = dates(['Negotiators met last year in Hanoi. A later round in October also broke down.'], ['met', 'broke down']);
  assert.deepEqual(r, ['2019/year/stated', '2019-10/month/stated']);
});

test('"the same day" counts from the paragraph\'s date', () => {
  const r = dates(['The delegation arrived on Aug. 20. It met the premier the next day.'], ['arrived', 'met']);
  assert.deepEqual(r, ['2020-08-20/day/stated', '2020-08-21/day/stated']);
});

test('"on the same day" takes the day last named, even in an earlier paragraph', () => {
  const r = dates(['The premier sent greetings to his counterpart on Aug. 7.', 'The message wished the country prosperity.', 'The foreign minister sent a similar message on the same day.'], ['sent greetings', 'sent a similar']);
  assert.deepEqual(r, ['2020-08-07/day/stated', '2020-08-07/day/stated']);
});

test('"in August that year" takes the year the text was speaking of', () => {
  const r = dates(['The play was written in 1972.', 'The president watched it in August that year.'], ['written', 'watched']);
  assert.deepEqual(r, ['1972/year/stated', '1972-08/month/stated']);
});

test('a month and day naming a commemoration is not a date: "the June 15 declaration"', () => {
  const r = dates(['The June 15 declaration calls for independent reunification.'], ['calls']);
  assert.deepEqual(r, ['2020-09-02/day/published']);
});

test('"Today" inside a name is not a date', () => {
  const r = dates(['The poll was published by USA Today.'], ['published']);
  assert.deepEqual(r, ['2020-09-02/day/published']);
});

test('a date inside a "that" clause dates what it reports, not the reporting', () => {
  const r = dates(['The commission issued a report on April 14 stating that air strikes killed 900 people in 2010.'], ['issued', 'killed']);
  assert.deepEqual(r, ['2020-04-14/day/stated', '2010/year/stated']);
  const r2 = dates(['Prosecutors charged that the group held meetings from 2006 to 2010.'], ['charged']);
  assert.deepEqual(r2, ['2020-09-02/day/published']);
});

test('"recently" keeps an event from inheriting the date named before', () => {
  const r = dates(['Vietnam and Estonia agreed on Aug. 7 to boost trade. Cuba and Panama recently signed a trade pact.'], ['agreed', 'signed']);
  assert.deepEqual(r, ['2020-08-07/day/stated', '2020-09-02/day/published']);
});

test('the lead is the first paragraph, whichever sentence the first event is in', () => {
  const r = dates(['A protest over the killings resumed in the capital on Sunday.', 'Protesters also demanded the minister resign.'], ['demanded']);
  assert.deepEqual(r, ['2020-08-30/day/inherited']);
});

test('an undated event in a relative clause is background: it does not inherit the story\'s day', () => {
  const r = dates(['The paper ran the article on June 15.', 'It was written by a professor who visited the country.'], ['ran', 'visited']);
  assert.deepEqual(r, ['2020-06-15/day/stated', '2020-09-02/day/published']);
});

test('events in text order are exactly those a stable sort by place leaves as they are (generated lists)', () => {
  const events = fc
    .array(fc.tuple(fc.nat(3), fc.nat(5)), { maxLength: 8 })
    .map((xs) => xs.map(([sentence, start]) => ({ sentence, evidence: { start, end: start + 1 } }) as CodedEvent));
  fc.assert(
    fc.property(events, (evs) => {
      const sorted = [...evs].sort((x, y) => x.sentence - y.sentence || x.evidence.start - y.evidence.start);
      assert.equal(inTextOrder(evs), sorted.every((e, i) => e === evs[i]));
    }),
    { numRuns: 2000 },
  );
});

test('a deadline ("by 2025") or an end ("until March") is not when the act happened', () => {
  assert.deepEqual(dates(['The ministers agreed on Monday to build the new port by 2025.'], ['agreed']), ['2020-08-31/day/stated']);
  assert.deepEqual(dates(['The envoys agreed to extend the truce until March.'], ['agreed']), ['2020-09-02/day/published']);
  // a date that is not a deadline still dates the act
  assert.deepEqual(dates(['The envoys agreed in March to extend the truce.'], ['agreed']), ['2020-03/month/stated']);
});
