// The specimen article through time, geo and dedup, with events placed by hand at the words
// that carry them (the coder's own events are checked in the KCNA fixture test).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { placeEvents } from '../src/geo/event-places.js';
import { dateEvents } from '../src/time/event-dates.js';
import { eventDoc } from './event-doc.js';
import { sharedFile } from './shared.js';

test('specimen: event dates and places (published 2020-09-02)', (t) => {
  const path = sharedFile(t, 'samples/korea-herald-envoys.txt');
  if (!path) return;
  const paragraphs = readFileSync(path, 'utf8').split(/\n\s*\n/);
  const doc = eventDoc(paragraphs, '2020-09-02', [
    { at: 'spoke', source: 'KORGOV', target: 'USAGOV', cameo: '041' },
    { at: 'visited', source: 'USAGOV', target: 'KOR', cameo: '042' },
    { at: 'summit', source: 'USAGOV', target: 'PRKGOV', cameo: '043' },
    { at: 'working-level', cameo: '043' },
    { at: 'appointed', cameo: '083' },
  ]);
  dateEvents(doc);
  placeEvents(doc);
  const [call, visit, summit, working, appointment] = doc.events.map((e) => e);
  const d = (e: typeof call) => `${e!.date!.value}/${e!.date!.precision}`;
  assert.equal(d(call), '2020-09-02/day');
  assert.equal(d(visit), '2020-07/month');
  assert.equal(d(summit), '2019/year');
  assert.equal(d(working), '2019-10/month');
  assert.equal(d(appointment), '2020-08/month');
  assert.equal(visit!.location?.name, 'Seoul');
  assert.equal(visit!.location?.country, 'KOR');
  assert.ok(Math.abs(visit!.location!.lat! - 37.57) < 0.05 && Math.abs(visit!.location!.lon! - 126.98) < 0.05);
  assert.equal(summit!.location?.country, 'VNM');
  assert.equal(call!.location, null);
});
