// The specimen article through time, geo and dedup, with events placed by hand at the words
// that carry them (the coder's own events are checked in the KCNA fixture test).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { placeEvents } from '../src/geo/event-places.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeInput } from '../src/process.js';
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

test('specimen through the whole pipeline: dates, places and one phone call told three times', (t) => {
  const path = sharedFile(t, 'samples/korea-herald-envoys.txt');
  if (!path) return;
  const doc = codeInput({ id: 'specimen', file: path, format: 'text', content: readFileSync(path, 'utf8'), published: '2020-09-02' }, createPipeline());
  const find = (cameo: string, src: string, re: RegExp) => doc.events.find((e) => e.cameo.startsWith(cameo) && e.source?.code === src && re.test(doc.slice(e.evidence)));
  const call = find('04', 'KORGOV', /phone/);
  assert.equal(call?.date?.value, '2020-09-02');
  assert.equal(call?.date?.precision, 'day');
  assert.ok(call!.mentions.length >= 1, 'the call is told again in the next paragraphs');
  const visit = find('042', 'USAGOV', /visit/);
  assert.equal(visit?.date?.value, '2020-07');
  assert.equal(visit?.location?.name, 'Seoul');
  assert.equal(visit?.location?.country, 'KOR');
  const summit = find('04', 'USAGOV', /summit/);
  assert.equal(summit?.date?.value, '2019');
  assert.equal(summit?.date?.precision, 'year');
  assert.equal(summit?.location?.country, 'VNM');
});
