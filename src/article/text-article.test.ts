import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anyText, newsText } from '../../test/property-gen.js';
import { refDebris, refTextLines } from '../../test/ref-article.js';
import type { Caption } from '../doc/article.js';
import { bylineNames, contactByline, mayBeByline, namesFrom } from './byline.js';
import { hasPhotoCue, splitCredit } from './caption.js';
import { parseDateline } from './dateline.js';
import { copyrightSource, isAsciiDebrisLine, isDebrisLine, portalTagSource } from './debris.js';
import type { Extracted } from './extracted.js';
import { looksLikeHeadline } from './headline.js';
import { parseDateString } from './parse-date.js';
import { key, structureText } from './text-article.js';

// A made-up scraped page: menu, headline, doubled caption with credit, body, cut-off byline, portal tag.
const PAGE = `Home | World | Business
Skip to content

Port talks resume after two-year pause

Dock workers (left) and managers meet in Busan on Monday. (Daily Wire)
Dock workers (left) and managers meet in Busan on Monday. (Daily Wire)

Port operators and unions resumed talks on Monday after a pause of two years, officials said.

The talks are expected to last a week, according to the labor ministry.

Share this article
Facebook Twitter Email

By Han Ji-soo (
Busan Daily Post daum881`;

test('headline is the headline-like line right before the body', () => {
  assert.equal(structureText(PAGE).title, 'Port talks resume after two-year pause');
});

test('a doubled caption with its credit is one caption, outside the body', () => {
  const ex = structureText(PAGE);
  assert.deepEqual(ex.captions, [{ text: 'Dock workers (left) and managers meet in Busan on Monday.', credit: 'Daily Wire' }]);
  assert.ok(!ex.paragraphs.some((p) => p.includes('Dock workers')));
});

test('body paragraphs without the share bar, byline and portal tag', () => {
  const ex = structureText(PAGE);
  assert.deepEqual(ex.paragraphs, [
    'Port operators and unions resumed talks on Monday after a pause of two years, officials said.',
    'The talks are expected to last a week, according to the labor ministry.',
  ]);
  assert.equal(ex.byline, 'Han Ji-soo');
  assert.equal(ex.source, 'Busan Daily Post');
});

test('a dateline is recognised and names the agency as source', () => {
  const ex = structureText('Ministers meet in Tokyo\n\nTOKYO, March 4, 2021 (Kyodo) -- The two ministers met on Thursday to discuss trade.');
  assert.equal(ex.dateline?.place, 'TOKYO');
  assert.equal(ex.published, '2021-03-04');
  assert.equal(ex.source, 'Kyodo');
});

test('hard-wrapped lines join into one paragraph', () => {
  const ex = structureText('The minister said the two sides would\nmeet again in the spring to continue the talks.');
  assert.deepEqual(ex.paragraphs, ['The minister said the two sides would meet again in the spring to continue the talks.']);
});

test('a "Published" line gives the date and leaves the body', () => {
  const ex = structureText('Talks resume\n\nPublished : Mar. 4, 2021 - 10:12\n\nThe two ministers met on Thursday to discuss trade and the weather.');
  assert.equal(ex.published, '2021-03-04');
  assert.equal(ex.paragraphs.length, 1);
});

test('runs of commas left by a scraper are paragraph breaks', () => {
  const ex = structureText('The envoys met in Hanoi on Friday to discuss trade., ,  They agreed to meet again in May, officials said., , , ,  , ,');
  assert.deepEqual(ex.paragraphs, ['The envoys met in Hanoi on Friday to discuss trade.', 'They agreed to meet again in May, officials said.']);
});

test('a sentence end, a comma and two spaces is a lost break too, but "U.S., Japan" is prose', () => {
  const ex = structureText('The minister left for Cairo on Monday.,  He will meet officials of the U.S., Japan and Egypt there.');
  assert.deepEqual(ex.paragraphs, ['The minister left for Cairo on Monday.', 'He will meet officials of the U.S., Japan and Egypt there.']);
});

// structureText as it was before its fast paths (lines cut by regexes, every line's words counted
// and lower-cased in full, debris and byline tests without prechecks), to compare with on
// generated pages: the fast paths must not change what it finds.
function refBylineNames(line: string): string | null {
  const m = /^(?:written\s+|reporting\s+|words\s+|story\s+)?by[:\s]\s*(.+)$/i.exec(line.trim());
  return m ? namesFrom(m[1]!) : null;
}

function refCopyrightSource(line: string): string | null {
  const m = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:the\s+)?(\p{Lu}[\p{L}&.' -]{1,60}?)(?:\s*(?:Co\.|Corp\.?|Inc\.?|Ltd\.?|LLC|Media Group|Group))?\s*(?:[.,|]|$)/iu.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.trim().replace(/\s+(?:Co|Corp|Inc|Ltd|LLC)$/, '');
  if (/^(all rights|rights)/i.test(name) || name.split(/\s+/).length > 6) return null;
  return name;
}

function refStructureText(content: string): Extracted {
  const lines = refTextLines(content);
  const keys = lines.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let byline: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  const seen = new Set<string>();
  const units: { text: string; kind: string; caption?: Caption }[] = [];
  for (let li = 0; li < lines.length; li++) {
    const text = lines[li]!;
    const k = keys[li]!;
    const repeated = (counts.get(k) ?? 0) > 1;
    if (seen.has(k)) {
      units.push({ text, kind: 'duplicate' });
      continue;
    }
    seen.add(k);
    const words = text.split(/\s+/).length;
    const names = refBylineNames(text) ?? contactByline(text);
    if (names && words <= 16) {
      byline ??= names;
      units.push({ text, kind: 'byline' });
      continue;
    }
    const cs = refCopyrightSource(text);
    if (cs) source ??= cs;
    if (refDebris(text)) {
      units.push({ text, kind: 'debris' });
      continue;
    }
    if (words <= 14 && /\b(published|updated|posted|date)\b/i.test(text) && parseDateString(text)) {
      published ??= parseDateString(text);
      units.push({ text, kind: 'date' });
      continue;
    }
    const credit = splitCredit(text);
    if (credit && words <= 80 && (repeated || hasPhotoCue(text))) {
      units.push({ text, kind: 'caption', caption: credit });
      continue;
    }
    const prose = (/[.!?…]["”’)\]]*$/.test(text) && words >= 6) || words >= 25;
    units.push({ text, kind: prose ? 'prose' : 'short', caption: credit ?? undefined });
  }
  const firstProse = units.findIndex((u) => u.kind === 'prose');
  let lastProse = -1;
  for (let i = units.length - 1; i >= 0; i--) if (units[i]!.kind === 'prose') { lastProse = i; break; }
  let title: string | null = null;
  const captions: Caption[] = [];
  let bodyStart = firstProse;
  if (firstProse >= 0) {
    for (let i = firstProse - 1; i >= 0; i--) {
      const u = units[i]!;
      if (u.kind === 'short' && looksLikeHeadline(u.text) && !u.caption) {
        title = u.text;
        break;
      }
    }
    for (let i = 0; i < firstProse; i++) {
      const u = units[i]!;
      if (u.caption && u.kind === 'short') u.kind = 'caption';
    }
  } else {
    bodyStart = 0;
    title = units.find((u) => u.kind === 'short' && looksLikeHeadline(u.text))?.text ?? null;
  }
  for (const u of units) if (u.kind === 'caption' && u.caption) captions.push(u.caption);
  const paragraphs: string[] = [];
  const end = lastProse >= 0 ? lastProse : units.length - 1;
  for (let i = Math.max(bodyStart, 0); i <= end; i++) {
    const u = units[i]!;
    if (u.kind === 'prose' || (u.kind === 'short' && u.text !== title)) paragraphs.push(u.text);
  }
  for (let i = end + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'short' || u.kind === 'debris') {
      const tag = portalTagSource(u.text) ?? refCopyrightSource(u.text);
      if (tag) source ??= tag;
    }
  }
  const dl = paragraphs[0] ? parseDateline(paragraphs[0]) : null;
  if (dl && !source && dl.agency) source = dl.agency;
  if (!published && dl?.year && dl.month && dl.day) published = `${dl.year}-${String(dl.month).padStart(2, '0')}-${String(dl.day).padStart(2, '0')}`;
  return { title, byline, published, source, captions, paragraphs, dateline: dl ? { place: dl.place, length: dl.length } : null };
}

// Lines of the kinds structureText tells apart, made up for the test, in the case variants the
// tests are blind to, with the white space and characters that take the slow paths.
const LINES = [
  'Port talks resume after two-year pause', 'PORT TALKS RESUME AFTER TWO-YEAR PAUSE', 'Home | World | Business', 'Skip to content',
  'Dock workers (left) and managers meet in Busan on Monday. (Daily Wire)', 'Crowds at the square (AP Photo/Jane Doe)', 'Farmers near Lima / AFP',
  'Port operators and unions resumed talks on Monday after a pause of two years, officials said.',
  'The talks are expected to last a week, according to the labor ministry.', 'the talks went on', 'They met.', 'One two three four five six.',
  'A long line of words without an end that goes on and on and on and on and on and on and on and on and on and on and on and more',
  'Share this article', 'Facebook Twitter Email', 'Share this article on Facebook Twitter Email Print', 'Share this story on Facebook Twitter Email Print Tweet', 'BACK TO TOP', 'We use cookies to improve your experience. Accept', 'COOKIES policy',
  'Copyright (c) 2021 Seoul Times Co. All rights reserved.', '\u00a9 2020 The Daily Courier', 'ALL RIGHTS RESERVED', 'copyright Lima News',
  'Advertisement', 'ADVERTISEMENT now', 'Related: talks in Lima', 'Read more', 'By Han Ji-soo (', 'BY JANE DOE and John Roe, Staff Writers',
  'Written by the Lavazza Team', 'by: Kim Lee', 'Story by Ann Lee', 'Kim Min-ji (mjkim@example.org)', 'Busan Daily Post daum881',
  'Published : Mar. 4, 2021 - 10:12', 'UPDATED 2020-09-02', 'posted on 2 September 2020', 'Date: 09/02/2020', 'Updated today',
  'TOKYO, March 4, 2021 (Kyodo) -- The two ministers met on Thursday to discuss trade.', 'SEOUL -- The envoys spoke.',
  'Caf\u00e9 talks in Z\u00fcrich end', 'CAF\u00c9 TALKS IN Z\u00dcRICH END', 'Los enviados se reunieron el lunes en Lima y acordaron m\u00e1s conversaciones.', '\u201cWe agree,\u201d he said on Monday in the capital of the country.', 'Kim\u00a0Jong Il visited a farm today.',
];
const SEPS = ['\n', '\n', '\n\n', '\n\n', ', , ', '.,  ', '\r\n', ' \n', '\t\n', '\n  \n'];
const NOISE = ['', '', '', '', '  ', '\t', '\v', '\u00a0', '\u200b', '\u2003', '\u3000', '\u2019', '\u0130', '\u00e9', 'x'];
const pageOf = (lines: string[], noise: string[], minLength: number, maxLength: number) =>
  fc
    .array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom(...SEPS), fc.constantFrom(...noise), fc.nat(60)), { minLength, maxLength })
    .map((xs) => xs.map(([l, sep, noise, at]) => l.slice(0, at) + noise + l.slice(at) + sep).join(''));
// Pages of any characters, of ASCII without \v, and of letters beyond ASCII without the
// characters that keep a text from being simple (the fast paths); short, and long (past 32
// lines, repeated lines are found another way).
// Lines of words, with and without the words the line tests look for in any case (glued to
// others or not, broken by a line break or not).
const wordPage = fc
  .array(
    fc
      .array(
        fc.constantFrom('the', 'talks', 'Use', 'accept', 'we', 'x', 'Cookies', 'cookie', 'COOKIEs', 'reserved', 'All rights Reserved', 'All rights', 'date', 'Updated', 'posted', 'PUBLISHED', 'dates', 'Date:', '2 May 2020', 'Copyright', '\n'),
        { minLength: 1, maxLength: 20 },
      )
      .map((ws) => ws.join(' ')),
    { maxLength: 12 },
  )
  .map((ls) => ls.join('\n\n'));
const asciiOnly = (xs: string[]) => xs.filter((x) => /^[\x00-\x0a\x0d-\x7f]*$/.test(x));
const simpleOnly = (xs: string[]) => xs.filter((x) => !/[\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2018\u2019\u201c\u201d\u0130]/.test(x));
const page = fc.oneof(
  pageOf(LINES, NOISE, 0, 14),
  pageOf(asciiOnly(LINES), asciiOnly(NOISE), 0, 14),
  pageOf(asciiOnly(LINES), asciiOnly(NOISE), 33, 60),
  pageOf(simpleOnly(LINES), simpleOnly(NOISE), 0, 14),
  pageOf(simpleOnly(LINES), simpleOnly(NOISE), 33, 60),
);

function assertAsBefore(s: string): void {
  assert.deepEqual(structureText(s), refStructureText(s), JSON.stringify(s));
}

test('structureText finds what it found before its fast paths', () => {
  fc.assert(fc.property(fc.oneof(page, page, newsText, wordPage), assertAsBefore), { numRuns: 3000 });
});

// Lines that are copies of one another only for `key` (case, curly quotes, wide spaces), or whose
// words are counted only by `\s+`, in pages short and long: a text with any of what makes it not
// simple must not be read as simple.
const TWINS = [
  'Caf\u00e9 talks end', 'CAF\u00c9 TALKS END', 'caf\u00e9\u3000talks end', 'caf\u00e9 talks\u2003end', 'Caf\u00e9 T\u0130lks end', 'caf\u00e9 ti\u0307lks end',
  '\u2018Caf\u00e9\u2019 talks end', "'caf\u00e9' talks end", 'One two three four five m\u00e1s.', 'One two three four\u3000five m\u00e1s.', 'One\u2003two three four five m\u00e1s.',
];
const twinPage = fc.array(fc.constantFrom(...TWINS), { minLength: 1, maxLength: 40 }).map((xs) => xs.join('\n'));

test('structureText tells simple texts beyond ASCII as it did before its fast paths', () => {
  fc.assert(fc.property(twinPage, assertAsBefore), { numRuns: 1000 });
});

test('the line tests with prechecks decide as without them', () => {
  fc.assert(
    fc.property(fc.oneof(fc.constantFrom(...LINES), anyText), (l) => {
      assert.equal(isDebrisLine(l), refDebris(l));
      assert.equal(isDebrisLine(l, l.trim().toLowerCase()), refDebris(l));
      const t = l.trim();
      if (/^[\x00-\x7f]*$/.test(t)) assert.equal(isAsciiDebrisLine(t, /(^|[^a-z])cookies?([^a-z]|$)/i.test(t), /(^|[^a-z])reserved([^a-z]|$)/i.test(t)), refDebris(l), JSON.stringify(l));
      assert.equal(bylineNames(l), refBylineNames(l));
      if (refBylineNames(l) !== null || contactByline(l) !== null) assert.ok(mayBeByline(l), JSON.stringify(l));
      assert.equal(copyrightSource(l), refCopyrightSource(l));
    }),
    { numRuns: 2000 },
  );
});
