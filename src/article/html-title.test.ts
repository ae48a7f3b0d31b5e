import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { chooseTitle, stripSiteName } from './html-title.js';

const doc = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as any;

test('the site name leaves the <title>', () => {
  assert.equal(stripSiteName('Port talks resume | Daily Wire', 'Daily Wire'), 'Port talks resume');
  assert.equal(stripSiteName('Port talks resume - dailywire.com', null), 'Port talks resume');
});

test('the <h1> the metadata agrees with is the headline', () => {
  assert.equal(chooseTitle(doc('<h1>Daily Wire</h1><h1>Port talks resume</h1>'), 'Port talks resume - Daily Wire', null, 'Daily Wire'), 'Port talks resume');
});

test('a section name in <h1> gives way to the metadata title', () => {
  assert.equal(chooseTitle(doc('<h1>Blog</h1>'), 'Port talks resume after two years', null, null), 'Port talks resume after two years');
});

test('an <h1> that runs on into a dateline is cut back to the metadata title', () => {
  assert.equal(chooseTitle(doc('<h1>Port talks resume after pause Posted on May 2, 2021</h1>'), 'Port talks resume after pause', null, null), 'Port talks resume after pause');
});
