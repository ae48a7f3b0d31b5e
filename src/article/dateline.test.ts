import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline } from './dateline.js';

test('an agency dateline with a date', () => {
  const d = parseDateline('TOKYO, March 4 (Kyodo) -- The two leaders met on Thursday.');
  assert.equal(d?.place, 'TOKYO');
  assert.equal(d?.month, 3);
  assert.equal(d?.day, 4);
  assert.equal(d?.agency, 'Kyodo');
  assert.equal('TOKYO, March 4 (Kyodo) --'.length, d?.length);
});

test('a dateline with a country and a year', () => {
  const d = parseDateline('BEIRUT, Lebanon, Jan. 9, 2021 (AP) — Protesters gathered.');
  assert.equal(d?.place, 'BEIRUT');
  assert.equal(d?.year, 2021);
});

test('a bare place and an em dash', () => {
  assert.equal(parseDateline('NAIROBI — Talks resumed on Monday.')?.place, 'NAIROBI');
});

test('ordinary sentences are no datelines', () => {
  assert.equal(parseDateline('But - he said - it was late.'), null);
  assert.equal(parseDateline('US - China talks stall'), null);
});
