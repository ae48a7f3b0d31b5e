import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import { hasFourDigits, parserMask, sentenceFacts } from './chrono-gate.js';
import { findDateExpressions } from './find-date-expressions.js';

const parsers = chrono.casual.parsers;
const name = (i: number): string => parsers[i]!.constructor.name;

/** Parsers the gate skips although their pattern matches somewhere in the text (must be none). */
function wronglySkipped(text: string): string[] {
  const mask = parserMask(parsers, text);
  const out: string[] = [];
  parsers.forEach((p, i) => {
    if (mask & (1 << i)) return;
    const pattern = (p as unknown as { pattern(c: unknown): RegExp }).pattern({ option: {} });
    if (pattern.test(text)) out.push(name(i));
  });
  return out;
}

/** Chrono's casual results with all parsers, and with only the gate's, side by side. */
function bothParses(text: string): [string, string] {
  const ref = { instant: new Date(Date.UTC(2011, 5, 5, 12)), timezone: 0 };
  const show = (rs: chrono.ParsedResult[]) => JSON.stringify(rs.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString(), [...r.tags()]]));
  const gated = chrono.casual.clone();
  const mask = parserMask(parsers, text);
  gated.parsers = parsers.filter((_, i) => mask & (1 << i));
  return [show(chrono.casual.parse(text, ref)), show(gated.parse(text, ref))];
}

// Words chrono reads as dates, words that only look like them, and glued forms ("5thmay").
const WORDS = [
  'May', 'may', 'March', 'march', 'Sept.', 'Sep', 'June', 'Jun', 'declared', 'Marshal', 'mayor', 'inmay', '5thmay', 'fifthofmay', '2011may', '1999ADmay', 'mayfirst', 'may5',
  'Monday', 'Mon', 'Sun', 'Sung', 'Sat.', 'Thurs', 'onmonday', 'lastfriday', 'mondaylastweek', 'weekend', 'weekday', 'month', 'months', 'common',
  'today', 'Today', 'tonight', 'tomorrow', 'overmorrow', 'tmrw', 'yesterday', 'last', 'night', 'lastnight', 'now', 'known', 'from',
  'this', 'morning', 'afternoon', 'evening', 'noon', 'midnight', 'midday', 'thisafternoon',
  'ago', 'before', 'earlier', 'later', 'after', 'henceforth', 'forward', 'out', 'about', 'within', 'in', 'for', 'the', 'a', 'an', 'few', 'several', 'half', 'couple', 'of',
  'next', 'past', 'week', 'weeks', 'year', 'years', 'yr', 'day', 'days', 'd', 'h', 'm', 's', 'y', 'they', 'them', 'end', 'Juche',
  '5', '05', '10', '31', '45', '2011', '1999', '12:30', '10.30', '3/4', '3/4/2011', '9/2011', '2011-06-05', '2011-06-05T10:00', '5th', '1st', 'first', 'twenty-first', 'a.m.', 'pm',
  'within', 'For', 'IN', 'and', 'about', 'around', 'roughly', 'approximately', 'just', '~', 'two', 'Twelve', 'seconds', 'qtr', 'mo', 'them', 'into', 'inthe', 'forthe', '3d4h',
  'AD', 'BC', 'BCE', 'CE', 'BE', 'be', 'ad', 'bce', '44', '5AD', '1999BC', '12be', '\u00a0', '\u3000',
  '+3', '-2', 'K\u212Aay', '\u212Amay', 'İn', 'Sept', 'Dec.', 'decades', 'novel', 'separate', 'Jan', 'janitor',
];
const GLUE = [' ', ' ', ' ', ', ', '-', '/', '.', '', '(', ')', '  ', '\n', ' to ', ' and ', ' of ', '–', ':', '; '];

const sentence = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

test('the gate never skips a parser whose pattern matches (generated sentences)', () => {
  fc.assert(
    fc.property(sentence, (s) => {
      assert.deepEqual(wronglySkipped(s), [], s);
    }),
    { numRuns: 3000 },
  );
});

test('gated and full chrono parses are the same (generated sentences)', () => {
  fc.assert(
    fc.property(sentence, (s) => {
      const [full, gated] = bothParses(s);
      assert.equal(gated, full, s);
    }),
    { numRuns: 1500 },
  );
});

test('without four digits in a row, the year-and-month parser runs where /\\d\\s{0,2}(?:be|ad|bc|ce)/i and a month name are (generated sentences)', () => {
  const era = fc.array(fc.constantFrom('5', '44', ' ', '  ', '\t', '\u00a0', 'AD', 'bc', 'Ce', 'bE', 'a', 'd', 'x', ',', 'B', 'May '), { maxLength: 10 }).map((xs) => `in May ${xs.join('')}`);
  fc.assert(
    fc.property(fc.oneof(era, sentence), (s) => {
      if (/\d{4}/.test(s) || !/\d/.test(s)) return;
      const withEra = /\d\s{0,2}(?:be|ad|bc|ce)/i.test(s);
      const mask = parserMask(parsers, s);
      const i = parsers.findIndex((p) => p.constructor.name === 'ENYearMonthNameParser');
      if (!withEra) assert.equal(mask & (1 << i), 0, s);
      else if (s.startsWith('in May ')) assert.ok(mask & (1 << i), s);
    }),
    { numRuns: 3000 },
  );
});

test('the four-digit fact is /\\d{4}/ (generated sentences)', () => {
  fc.assert(
    fc.property(fc.oneof(sentence, fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9a-z_ ,.-]{0,30}$/)), (s) => {
      assert.equal(hasFourDigits(sentenceFacts(s)), /\d{4}/.test(s), s);
    }),
    { numRuns: 3000 },
  );
});

test('the gate keeps the parsers of plain news dates and skips the others', () => {
  const kept = (s: string) => parsers.filter((_, i) => parserMask(parsers, s) & (1 << i)).map((p) => p.constructor.name);
  const june = kept('Kim Jong Il inspected the plant on June 5.');
  assert.ok(june.includes('ENMonthNameMiddleEndianParser') && june.includes('ENTimeExpressionParser'));
  assert.ok(!june.includes('ENWeekdayParser') && !june.includes('ENCasualDateParser'));
  // "Sung" holds "sun" but is no weekday; "declared" holds "dec" but is no month
  const sung = kept('Kim Il Sung declared the policy.');
  assert.ok(!sung.includes('ENWeekdayParser') && !sung.includes('ENMonthNameParser'));
  assert.ok(kept('The talks ended last Friday.').includes('ENWeekdayParser'));
  // "in" and "for" open many words and phrases; an amount of time after them is rare
  assert.ok(!june.includes('ENTimeUnitWithinFormatParser') && !kept('He stayed in the south for the struggle.').includes('ENTimeUnitWithinFormatParser'));
  assert.ok(kept('They will meet in two days.').includes('ENTimeUnitWithinFormatParser') && kept('They met for the week.').includes('ENTimeUnitWithinFormatParser'));
});

test('find-date-expressions finds the same dates through the gate', () => {
  const e = findDateExpressions('On Monday, the envoy said talks held on June 5 and two days ago went well.', 0, 0, { y: 2011, m: 6, d: 8 });
  assert.deepEqual(
    e.map((x) => `${x.kind}:${x.text}`),
    ['weekday:Monday', 'month:June 5', 'relative:two days ago'],
  );
});
