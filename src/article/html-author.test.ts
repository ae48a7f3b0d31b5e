import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { authorByDateLine, authorFromElements, authorNearTitle, cleanAuthorName, pickAuthor } from './html-author.js';

test('labels leave author names', () => {
  assert.equal(cleanAuthorName('Written By: Tom Roe'), 'Tom Roe');
  assert.equal(cleanAuthorName('jroe42', true), 'jroe42');
  assert.equal(cleanAuthorName('https://example.com/jane'), null);
});

test('a "By" line under the headline, but not "by" inside a sentence', () => {
  assert.equal(authorNearTitle('Port talks resume\nBy Jane Doe\nMarch 4, 2021', 'Port talks resume'), 'Jane Doe');
  assert.equal(authorNearTitle('Port talks resume\nThe port was founded by John Roe in 1901.', 'Port talks resume'), null);
});

test('a bare name beside the date line', () => {
  assert.equal(authorByDateLine('Port talks resume\nJane Doe · March 4, 2021\nThe talks…', 'Port talks resume'), 'Jane Doe');
});

test('author elements', () => {
  assert.equal(authorFromElements(parseHTML('<div><span class="byline">By Jane Doe</span></div>').document as any), 'Jane Doe');
});

test('the site itself is no author when a person is named', () => {
  assert.equal(pickAuthor({ ldPerson: null, ldOrg: 'Daily Wire', meta: 'Daily Wire', element: 'Jane Doe', nearTitle: null }, 'Daily Wire'), 'Jane Doe');
});
