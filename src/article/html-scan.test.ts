import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { scanElements, shortText } from './html-scan.js';

const page = `<html><body>
  <header class="site-meta"><a href="/">Harbour Ledger</a></header>
  <article>
    <h1>Harbour fees rise</h1>
    <p class="Byline">By <a href="/staff/jd">Jane Doe</a> and <span itemprop="author"><span itemprop="name">John Roe</span></span></p>
    <time datetime="2021-03-04">March 4</time>
    <div class="author-box"><a rel="author" href="/staff/jd">Jane Doe</a><span class="author__name">Jane Doe</span></div>
  </article></body></html>`;

test('one walk sorts the author slots as the selectors did, in document order', () => {
  const { document } = parseHTML(page);
  const s = scanElements(document as any);
  const texts = (i: number) => s.authorSlots[i]!.map((e) => e.textContent);
  assert.deepEqual(texts(0), ['Jane Doe']); // [rel="author"]
  assert.deepEqual(texts(1), ['John Roe']); // [itemprop="author"] [itemprop="name"]
  assert.deepEqual(texts(2), ['John Roe']); // [itemprop="author"]
  assert.deepEqual(texts(3), ['Jane Doe']); // class "author__name"
  assert.deepEqual(texts(4), ['Jane Doe']); // a link in a byline (class matched without regard to case)
  assert.deepEqual(texts(5), ['Jane Doe']); // a link in an author class
  assert.equal(s.authorSlots[6]!.length, 1); // the byline
  assert.equal(s.authorSlots[7]!.length, 2); // "author-box", "author__name"
  assert.deepEqual(s.dateHolders.map((e) => e.tagName), ['HEADER', 'P', 'TIME']); // "site-meta", the byline, <time>
});

test('a page without <html> is walked from its <head> and <body>', () => {
  const { document } = parseHTML('<head><title>x</title></head><body><h2 class="date">March 4, 2021</h2></body>');
  assert.equal(scanElements(document as any).dateHolders.length, 1);
});

test('the text of a large wrapper is not read to the end', () => {
  const { document } = parseHTML(`<div id="a">Posted <b>May 2, 2021</b></div><div id="b">${'word '.repeat(500)}</div>`);
  assert.equal(shortText(document.getElementById('a') as any, 160), 'Posted May 2, 2021');
  assert.equal(shortText(document.getElementById('b') as any, 160), null);
});
