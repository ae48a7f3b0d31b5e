import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { chooseTitle, cutSection, fixMojibake, stripSiteName } from './html-title.js';

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

test('a bar in the headline opens a section: "Headline | Section"', () => {
  assert.equal(chooseTitle(doc('<h1>Harbour fees rise again this spring | Opinion</h1>'), 'Harbour fees rise again this spring | Opinion', null, null), 'Harbour fees rise again this spring');
  assert.equal(cutSection('Port | Harbour fees rise'), 'Port | Harbour fees rise'); // too short a head to be the headline
});

test('the site name closing the <h1> goes', () => {
  assert.equal(chooseTitle(doc('<h1>Harbour fees rise again – Coastal Ledger</h1>'), 'Harbour fees rise again – Coastal Ledger', null, 'Coastal Ledger'), 'Harbour fees rise again');
});

test('a date or a label before the headline in the same <h1> goes', () => {
  assert.equal(chooseTitle(doc('<h1>Mar 3 2024 Harbour fees rise again</h1>'), 'Harbour fees rise again', null, null), 'Harbour fees rise again');
  assert.equal(chooseTitle(doc('<h1>Blog: Harbour fees rise again</h1>'), 'Harbour fees rise again', null, null), 'Harbour fees rise again');
});

test('an <h1> longer than the metadata title is kept unless it runs on into a dateline', () => {
  assert.equal(chooseTitle(doc('<h1>Harbour fees rise again for small boats</h1>'), 'Harbour fees rise again', null, null), 'Harbour fees rise again for small boats');
  assert.equal(chooseTitle(doc('<h1>Harbour fees rise again (portnews.example) 12</h1>'), 'Harbour fees rise again', null, null), 'Harbour fees rise again');
});

test('the one <h1> left among several that shares nothing with the metadata is chrome', () => {
  assert.equal(chooseTitle(doc('<h1>Contact</h1><h1>Return to the main website</h1>'), 'Harbour fees rise again', null, null), 'Harbour fees rise again');
});

test('entities escaped twice in an <h1> are decoded; a domain as the <h1> is the logo', () => {
  assert.equal(chooseTitle(doc('<h1>Nets &amp;#x26; Ropes</h1>'), null, null, null), 'Nets & Ropes');
  assert.equal(chooseTitle(doc('<h1>harbourlog.com</h1><h1>Mending nets by the harbour wall</h1>'), null, 'harbourlog.com Mending nets by the harbour wall', null), 'Mending nets by the harbour wall');
});

test('a short <h1> whose words are all in the metadata title is the headline; one shared word is not enough', () => {
  assert.equal(chooseTitle(doc('<h1>Mending Harbour Nets</h1><h1>Related</h1>'), 'Dockside Blog: Mending Harbour Nets', null, null), 'Mending Harbour Nets');
  assert.equal(chooseTitle(doc('<h1>Nets</h1><h1>Related</h1>'), 'How we mended the harbour nets', null, null), 'How we mended the harbour nets');
});

test('an <h1> in capitals takes the case of the metadata title; UTF-8 read as Latin-1 is read again', () => {
  assert.equal(chooseTitle(doc('<h1>HARBOUR FEES RISE IN 2021</h1>'), 'Harbour Fees Rise 2021', null, null), 'Harbour Fees Rise 2021');
  assert.equal(chooseTitle(doc('<h1>NATO</h1>'), null, null, null), 'NATO');
  assert.equal(fixMojibake('The Harbourmaster\u00e2\u0080\u0099s Log'), 'The Harbourmaster’s Log');
  assert.equal(fixMojibake('Café déjà vu'), 'Café déjà vu'); // proper Latin-1 text is left alone
});
