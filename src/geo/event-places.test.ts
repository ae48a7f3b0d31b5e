import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDoc, type EventSpec } from '../../test/event-doc.js';
import { placeEvents } from './event-places.js';
import { gazetteer, placeKey } from './gazetteer.js';

function places(paragraphs: string[], specs: EventSpec[], meta = {}) {
  const doc = eventDoc(paragraphs, '2020-09-02', specs, meta);
  placeEvents(doc);
  return doc.events.map((e) => (e.location ? `${e.location.name}/${e.location.country}/${e.location.rule}` : null));
}

test('the gazetteer resolves countries, aliases and cities with coordinates', () => {
  const g = gazetteer();
  const seoul = g.lookup('Seoul')[0]!;
  assert.equal(seoul.country, 'KOR');
  assert.ok(Math.abs(seoul.lat - 37.57) < 0.05 && Math.abs(seoul.lon - 126.98) < 0.05);
  assert.equal(g.countryNamed('Vietnam')!.country, 'VNM');
  assert.equal(g.countryNamed('the United States')!.country, 'USA');
  assert.equal(g.countryNamed('U.S.')!.country, 'USA');
  assert.equal(g.cities('Kaesong')[0]!.country, 'PRK');
  assert.equal(placeKey('Namp’o'), 'nampo');
});

test('the destination of a visit: "visited Seoul"', () => {
  assert.deepEqual(places(['In July, the envoy visited Seoul to push for talks.'], [{ at: 'visited' }]), ['Seoul/KOR/destination']);
});

test('a noun event and its place: "the summit in Vietnam"', () => {
  assert.deepEqual(places(['Talks stalled after the summit in Vietnam ended without a deal.'], [{ at: 'summit' }]), ['Vietnam/VNM/prep.in']);
});

test('the venue after the verb: "met in Geneva on Monday"', () => {
  assert.deepEqual(places(['The two negotiators met in Geneva on Monday.'], [{ at: 'met' }]), ['Geneva/CHE/prep.in']);
});

test('a country after "at" is a target, not a venue', () => {
  assert.deepEqual(places(['The army fired shells at Japan.'], [{ at: 'fired' }]), [null]);
});

test('a place in a relative clause about someone else is not the event\'s', () => {
  assert.deepEqual(places(['The minister, who was born in Busan, criticised the plan.'], [{ at: 'criticised' }]), [null]);
});

test('months and weekdays after "in" are not places', () => {
  assert.deepEqual(places(['The ministers met in May.'], [{ at: 'met' }]), [null]);
});

test('the actors\' countries choose among cities of one name', () => {
  const r = places(['The leader inspected a factory in Victoria.'], [{ at: 'inspected', source: 'CANGOV' }]);
  assert.equal(r[0]!.split('/')[1], 'CAN');
  const r2 = places(['The leader inspected a factory in Victoria.'], [{ at: 'inspected', source: 'SYCGOV' }]);
  assert.equal(r2[0]!.split('/')[1], 'SYC');
});

test('the lead sentence without a place takes the dateline city', () => {
  const r = places(['The envoys spoke by phone.', 'They agreed to meet.'], [{ at: 'spoke' }, { at: 'agreed' }], { dateline: { place: 'SEOUL', span: { start: 0, end: 3 } } });
  assert.deepEqual(r, ['Seoul/KOR/dateline', null]);
});

test('regions and provinces are places: "on the Korean Peninsula", "in South Hamgyong Province"', () => {
  assert.deepEqual(places(['Tension rose in the Korean Peninsula.'], [{ at: 'rose' }]), ['Korean Peninsula/null/prep.in']);
  assert.deepEqual(places(['Farmers harvested wheat in South Hamgyong Province.'], [{ at: 'harvested' }]), ['South Hamgyong Province/PRK/prep.in']);
});

test('a name qualifying a noun is not the place: "visited the French embassy", "U.S.-Japan drills"', () => {
  assert.deepEqual(places(['The minister visited the France embassy on Tuesday.'], [{ at: 'visited' }]), [null]);
  assert.deepEqual(places(['The minister visited the France embassy in Havana.'], [{ at: 'visited' }]), ['Havana/CUB/prep.in']);
  assert.deepEqual(places(['Japan joined the drills in the U.S.-Japan alliance.'], [{ at: 'joined' }]), [null]);
});

test('"peace in the Middle East" is a topic, not a venue', () => {
  assert.deepEqual(places(['The envoy called for peace in the Middle East.'], [{ at: 'called for' }]), [null]);
  assert.deepEqual(places(['The envoy spoke about the situation in Syria.'], [{ at: 'spoke' }]), [null]);
});

test('a city qualifying a noun is still the place: "a press conference at the Seoul city hall"', () => {
  assert.deepEqual(places(['Activists held a press conference at the Seoul city hall.'], [{ at: 'held' }]), ['Seoul/KOR/prep.at']);
});

test('the destination of a trip: "a trip to Beijing", "arrived in Hanoi"', () => {
  assert.deepEqual(places(['The premier began a trip to Beijing.'], [{ at: 'trip' }]), ['Beijing/CHN/destination']);
  assert.deepEqual(places(['The delegation arrived in Hanoi on Monday.'], [{ at: 'arrived' }]), ['Hanoi/VNM/prep.in']);
});

test('a name after "the" is a building or institution, not the small town of that name', () => {
  // "White House" is also a town in Tennessee; "the White House" is not that town
  assert.deepEqual(places(['The two presidents met at the White House on Tuesday.'], [{ at: 'met' }]), [null]);
  // "The Hague" keeps its article
  assert.match(places(['The envoys met in The Hague on Tuesday.'], [{ at: 'met' }])[0] ?? '', /Hague\/NLD\//);
});

test('a place in a closing attribution is where the speakers are, not the event ("…, officials in Tokyo said")', () => {
  assert.deepEqual(places(['The navy seized a fishing boat on Monday, officials in Madrid said.'], [{ at: 'seized' }]), [null]);
  assert.deepEqual(places(['The navy seized a fishing boat in Lisbon on Monday, officials in Madrid said.'], [{ at: 'seized' }]), ['Lisbon/PRT/prep.in']);
  // a closing clause that is not an attribution keeps its place
  assert.deepEqual(places(['The navy seized a fishing boat on Monday, the third in Lisbon this week.'], [{ at: 'seized' }]), ['Lisbon/PRT/prep.in']);
});
