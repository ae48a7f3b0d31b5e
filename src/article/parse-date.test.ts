import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateString } from './parse-date.js';

test('a calendar date is checked as a Date checked it: every day of 1890–2110, and the days past a month end', () => {
  const ref = (y: number, m: number, d: number): string | null => {
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (dt.getUTCMonth() !== m - 1) return null;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  for (let y = 1890; y <= 2110; y++) {
    for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) assert.equal(parseDateString(`on ${y}.${m}.${d}`), ref(y, m, d), `${y}.${m}.${d}`);
  }
  assert.equal(parseDateString('Feb. 29, 2000'), '2000-02-29');
  assert.equal(parseDateString('Feb. 29, 1900'), null);
  assert.equal(parseDateString('2011-07-06'), '2011-07-06');
});
