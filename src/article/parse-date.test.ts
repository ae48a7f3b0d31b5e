import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
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

test('a bare "YYYY-MM-DD" read without the regex gives what the regex gave (generated strings)', () => {
  // parseDateString's first pattern as it was, for a string it matches without a time
  const ref = (s: string): string | null | undefined => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
    if (!m) return undefined;
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
    return `${m[1]}-${m[2]}-${m[3]}`;
  };
  const chars = fc.constantFrom('0', '1', '2', '9', '-', '-', ' ', '/', 'x', '\u0661');
  fc.assert(
    fc.property(
      fc.oneof(
        fc.array(chars, { minLength: 10, maxLength: 10 }).map((xs) => xs.join('')),
        fc.tuple(fc.integer({ min: 1800, max: 2200 }), fc.nat(14), fc.nat(33)).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      ),
      (s) => {
        const want = ref(s);
        if (want !== undefined) assert.equal(parseDateString(s), want, s);
      },
    ),
    { numRuns: 3000 },
  );
});
