import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDoc } from '../../test/event-doc.js';
import { eventTense } from './tense.js';

function tenseOf(sentence: string, at: string): string {
  const doc = eventDoc([sentence], '2020-09-02', [{ at }]);
  return eventTense(doc, doc.events[0]!.evidence, doc.events[0]!.sentence);
}

test('future: "will visit", "is set to visit", "plans to meet", "the upcoming summit"', () => {
  assert.equal(tenseOf('The envoy will visit Seoul on Friday.', 'visit'), 'future');
  assert.equal(tenseOf('The envoy is set to visit Seoul on Friday.', 'visit'), 'future');
  assert.equal(tenseOf('The minister plans to meet his counterpart on Monday.', 'meet'), 'future');
  assert.equal(tenseOf('Preparations for the upcoming summit began.', 'summit'), 'future');
  assert.equal(tenseOf('He said he would travel to Tokyo on Monday.', 'travel'), 'future');
});

test('not future: "visited", "has met", "visits" in a headline', () => {
  assert.equal(tenseOf('The envoy visited Seoul on Friday.', 'visited'), 'past');
  assert.equal(tenseOf('The envoy has met the minister.', 'met'), 'past');
  assert.equal(tenseOf('Envoy visits Seoul.', 'visits'), 'past');
});
