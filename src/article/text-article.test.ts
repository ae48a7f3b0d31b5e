import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structureText } from './text-article.js';

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
