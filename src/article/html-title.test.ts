import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { brokenPattern, chooseTitle, cutSection, fixMojibake, headingLines, stripSiteName } from './html-title.js';

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

test('an <h1> set as a headline over a subtitle gives way to the metadata title', () => {
  const og = 'Top Harbour Towns of 2025: Coastal Guide & Rankings';
  assert.equal(chooseTitle(doc('<h1>Top Harbour Towns of 2025 (UK)<br>Your Guide to the Coast</h1>'), og, null, null), og);
  assert.equal(chooseTitle(doc('<h1>The Best Rope Knots<span class="block">Knots for Sailors and Climbers</span></h1>'), 'Best Rope Knots: Sailing Knots in 2026', null, null), 'Best Rope Knots: Sailing Knots in 2026');
  assert.equal(chooseTitle(doc('<h1><span>Why ropes fray.</span> <span>Care and storage for the long season</span></h1>'), 'Why ropes fray. - Care and storage for the long season', null, null), 'Why ropes fray. - Care and storage for the long season');
  // Without metadata the lines are read as one title.
  assert.equal(chooseTitle(doc('<h1>HARBOUR<br>NET<br><span>MENDERS</span></h1>'), null, null, null), 'HARBOUR NET MENDERS');
});

test('the lines of a heading: <br>, one element per line, an element glued to the text before it', () => {
  const h1 = (html: string) => headingLines(doc(html).querySelector('h1'));
  assert.deepEqual(h1('<h1>Harbour Towns<br>A Guide to the Coast</h1>'), ['Harbour Towns', 'A Guide to the Coast']);
  assert.deepEqual(h1('<h1>Harbour Towns<span>A Guide to the Coast</span></h1>'), ['Harbour Towns', 'A Guide to the Coast']);
  assert.deepEqual(h1('<h1>Harbour <em>Towns</em> of the North</h1>'), ['Harbour Towns of the North']); // inline markup
  assert.deepEqual(h1('<h1><a href="/"><span>Harbour Towns of the North</span></a></h1>'), ['Harbour Towns of the North']);
});

test('a short <h1> with a number is an issue title, not a section name', () => {
  assert.equal(chooseTitle(doc('<h1>Harbour Digest 3/14/2025</h1>'), 'Weekly Harbour Digest', null, null), 'Harbour Digest 3/14/2025');
  assert.equal(chooseTitle(doc('<h1>Archive 2025</h1>'), 'Weekly Harbour Digest', null, null), 'Weekly Harbour Digest'); // no word in common
});

test('the site name in the title may be the head of a longer og:site_name; a domain may open the title', () => {
  assert.equal(stripSiteName('Net Repair Basics | Coastal Rope Works', 'Coastal Rope Works Company'), 'Net Repair Basics');
  assert.equal(stripSiteName('Net Repair Basics | Coastal', 'Coastal Rope Works Company'), 'Net Repair Basics'); // a short unknown tail goes anyway
  assert.equal(stripSiteName('ropelog.net Splicing old lines', null), 'Splicing old lines');
  assert.equal(stripSiteName('ropelog.net Splicing', null), 'ropelog.net Splicing'); // one word left is not a title
});

test('a short leading part before a bar is the site when the tail is the longer title', () => {
  assert.equal(stripSiteName('Dockside | Mending the harbour nets by hand', null), 'Mending the harbour nets by hand');
  assert.equal(stripSiteName('Mending the harbour nets by hand | Dockside', null), 'Mending the harbour nets by hand');
  assert.equal(stripSiteName('Dockside - Mending the harbour nets by hand', null), 'Dockside - Mending the harbour nets by hand'); // a dash may join two halves of a title
});

test('characters lost to a wrong encoding ("?") in the <h1> are taken from the metadata title', () => {
  assert.equal(chooseTitle(doc('<h1>Rope Care Basics? A Sailor? Guide</h1>'), "Rope Care Basics: A Sailor's Guide", null, null), "Rope Care Basics: A Sailor's Guide");
  assert.equal(brokenPattern('Why do ropes fray?'), null); // a closing question mark is a question
  assert.equal(chooseTitle(doc('<h1>Do ropes fray? Here is why</h1>'), 'Ropes: a buying guide', null, null), 'Do ropes fray? Here is why');
});

test('among several <h1>s none of which the metadata agrees with, the first in the article is the headline', () => {
  const page = '<header><h1>Coastal Ledger</h1></header><main><h1>Where the ferries still run on time</h1><h1>More from the coast</h1></main>';
  assert.equal(chooseTitle(doc(page), 'Our favourite ferry routes on the coast', null, 'Coastal Ledger'), 'Where the ferries still run on time');
  // Outside an article the metadata title stays.
  const chrome = '<div><h1>Where the ferries still run on time</h1></div><div><h1>More from the coast</h1></div>';
  assert.equal(chooseTitle(doc(chrome), 'Our favourite ferry routes on the coast', null, null), 'Our favourite ferry routes on the coast');
});

test('a lone <h1> in the page header that shares a word at most with the title is the logo', () => {
  const page = '<header><h1>Harbour College of Marine Studies</h1></header><div><p>Splices hold when tied well.</p></div>';
  assert.equal(chooseTitle(doc(page), null, 'Rigging Lab | Knots and Splices at Harbour Tech', null), 'Knots and Splices at Harbour Tech');
  // In the article it is the headline.
  const art = '<article><h1>Harbour College of Marine Studies</h1></article>';
  assert.equal(chooseTitle(doc(art), null, 'Rigging Lab | Knots and Splices at Harbour Tech', null), 'Harbour College of Marine Studies');
});

test('a short <h1> in the article sharing most of its words with the metadata title is the headline', () => {
  assert.equal(chooseTitle(doc('<main><h1>Harbour Rope Catalog</h1></main>'), null, 'Harbour Catalog Index', null), 'Harbour Rope Catalog');
  assert.equal(chooseTitle(doc('<div><h1>Harbour Rope Catalog</h1></div>'), null, 'Harbour Catalog Index', null), 'Harbour Catalog Index'); // page chrome
  assert.equal(chooseTitle(doc('<main><h1>Rope Catalog</h1></main>'), null, 'Mending the harbour nets', null), 'Mending the harbour nets'); // a section name
});

test('an <h1> with a permalink to itself is a section of the text, not the headline', () => {
  const page = '<h1><a class="anchor" href="#ropes-fray-when-left-wet"></a>Ropes fray when left wet</h1><p>Dry them first.</p>';
  assert.equal(chooseTitle(doc(page), 'How we store our ropes | Dockside Notes', null, null), 'How we store our ropes');
  // A link to elsewhere on the page ("skip to content") does not make it a section.
  assert.equal(chooseTitle(doc('<h1><a href="#content">Ropes fray when left wet</a></h1>'), 'How we store our ropes | Dockside Notes', null, null), 'Ropes fray when left wet');
});
