import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { bylineDate, dateNearTitle, postedDate, scriptDate, urlDate, visibleDate } from './html-date.js';
import { firstDateIn, parseDateString } from './parse-date.js';
import { pickPublished, readHtmlMeta } from './html-meta.js';

test('date strings in the common shapes', () => {
  assert.equal(parseDateString('2021-03-04T10:00:00+09:00'), '2021-03-04T10:00:00+09:00');
  assert.equal(parseDateString('Posted on March 4th, 2021'), '2021-03-04');
  assert.equal(parseDateString('4 March 2021'), '2021-03-04');
  assert.equal(parseDateString('Feb. 30, 2021'), null);
});

test('the first date in running text wins', () => {
  assert.deepEqual(firstDateIn('Updated Mar 4, 2021 · first posted 2020-01-02'), { date: '2021-03-04', index: 8 });
});

test('the date line under the headline', () => {
  assert.equal(dateNearTitle('Menu\nPort talks resume\nJane Doe\nMarch 4, 2021\nThe talks…', 'Port talks resume'), '2021-03-04');
});

test('dates in script data and in date elements', () => {
  assert.equal(scriptDate('<script>var s = {"publishDate":"2021-03-04"}</script>'), '2021-03-04');
  assert.equal(visibleDate(parseHTML('<div class="post-meta">Posted on March 4, 2021 by Jane</div>').document as any), '2021-03-04');
});

test('a year run straight into the next element still ends the date', () => {
  assert.deepEqual(firstDateIn('Mar 4, 2021Jane Doe'), { date: '2021-03-04', index: 0 });
  assert.equal(parseDateString('April 26, 2024Updated on: May 1, 2024'), '2024-04-26');
  assert.equal(firstDateIn('Mar 4, 20215 readers'), null); // five digits are no year
});

test('day-first dates with dashes', () => {
  assert.equal(firstDateIn('Jane Doe 25-12-2025')?.date, '2025-12-25');
  assert.equal(firstDateIn('Jane Doe 02-12-2025')?.date, '2025-12-02'); // dashes: day first
  assert.equal(firstDateIn('Jane Doe 02/12/2025')?.date, '2025-02-12'); // slashes: month first
  assert.equal(firstDateIn('ref 02-12/2025'), null); // mixed separators are no date
});

test('publication dates in bare meta names and in HTML-escaped script data', () => {
  const { document } = parseHTML('<html><head><meta name="published" content="July 17, 2025"></head><body></body></html>');
  assert.equal(readHtmlMeta(document as any).dates.metaPub, '2025-07-17');
  assert.equal(scriptDate('<div data-ld="{&quot;datePublished&quot;:&quot;2021-03-04T08:00:00Z&quot;}"></div>'), '2021-03-04T08:00:00Z');
});

test('a "Posted on" line anywhere, the date on it or on the next line', () => {
  assert.equal(postedDate('Harbour fees rise\nThe fees rose.\nPosted on\nNov 21, 2018\nUpdated at\nDec 10, 2024'), '2018-11-21');
  assert.equal(postedDate('Harbour fees rise\nPublished: 15/12/2025 at 19:00'), '2025-12-15');
  assert.equal(postedDate('Harbour fees rise\nPublished reports say fees rose on March 4, 2021 across the region.'), null); // a sentence, not a date line
});

test('a month run onto the word before it, beside the headline', () => {
  assert.equal(dateNearTitle('Harbour NewsDECEMBER 22, 2022Updated: JANUARY 02, 2026\nHarbour fees rise\nThe fees rose.', 'Harbour fees rise'), '2022-12-22');
});

test('a permalink dated to the day names the publication day', () => {
  assert.equal(urlDate('https://example.org/2021/03/04/harbour-fees-rise/'), '2021-03-04');
  assert.equal(urlDate('https://example.org/blog/2019/november/7/ferry-timetable'), '2019-11-07');
  assert.equal(urlDate('/2020/02/30/no-such-day/'), null);
  assert.equal(urlDate('https://example.org/2021/03/harbour-fees-rise/'), null);
  // The site's own day wins over a UTC stamp that has already turned to the next day.
  const { document } = parseHTML(
    '<html><head><link rel="canonical" href="https://example.org/2021/03/04/harbour-fees-rise/"><meta property="article:published_time" content="2021-03-05T03:10:00+00:00"></head><body><p>Fees rose.</p></body></html>',
  );
  const meta = readHtmlMeta(document as any);
  assert.equal(pickPublished(meta.dates, null), '2021-03-04');
});

test('the date on or under a byline at the end of an article', () => {
  assert.equal(bylineDate('The ferries will run again in spring.\nWritten by Priya Castellano and Olu Brandt\nNovember 9, 2022\nShare this post'), '2022-11-09');
  assert.equal(bylineDate('The ferries will run again.\nBy Olu Brandt · 9 November 2022'), '2022-11-09');
  // A sentence that opens with "By" and a date later in a paragraph are not a byline's date.
  assert.equal(bylineDate('By noon the quay was empty.\nThe port reopened on November 9, 2022, after repairs.'), null);
});
