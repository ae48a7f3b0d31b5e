import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { readHtmlMeta } from './html-meta.js';
import { scanElements } from './html-scan.js';
import { authorAfterLabel, authorBio, authorByDateLine, authorByRole, authorFromElements, authorFromLinks, authorNearTitle, cleanAuthorName, elementLines, pickAuthor } from './html-author.js';

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

test('metadata names: a role after a dash goes; template keys, labels and admin accounts are no names', () => {
  assert.equal(cleanAuthorName('Jane Doe - Harbour Desk Team', true), 'Jane Doe');
  assert.equal(cleanAuthorName('page.meta.author.name', true), null);
  assert.equal(cleanAuthorName('The Author', true), null);
  assert.equal(cleanAuthorName('Site Admin', true), null);
  assert.equal(cleanAuthorName(', Harbour Ledger', true), null);
  assert.equal(cleanAuthorName('4f2a9c1-77b', true), '4f2a9c1-77b'); // a generated handle is still what the site credits
});

test('an author element read as lines: the name, not the job title under it', () => {
  const { document } = parseHTML('<div class="author-box"><div>Jane Doe</div><div>Harbour Correspondent</div></div>');
  assert.deepEqual(elementLines(document.querySelector('.author-box') as any), ['Jane Doe', 'Harbour Correspondent']);
  assert.equal(authorFromElements(parseHTML('<div class="author-box"><div>Written by</div><div>Jane Doe</div><div>Senior Writer</div></div>').document as any), 'Jane Doe');
  assert.equal(authorFromElements(parseHTML('<div class="author-tags"><a>HARBOUR NEWS</a></div>').document as any), null);
});

test('a name on the line after a "Written by" line of its own', () => {
  assert.equal(authorAfterLabel('Harbour fees rise\nWritten by\nJane Doe\nMarch 4, 2021', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorAfterLabel('Harbour fees rise\nAuthor\nJD\nJane Doe', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorAfterLabel('Harbour fees rise\nThe fees rose.\nThis article was written by Jane Doe, Harbour Correspondent', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorAfterLabel('Harbour fees rise\nBy\nthe way, fees rose.', 'Harbour fees rise'), null);
});

test('a name between the headline and the date line, or alone above it', () => {
  assert.equal(authorByDateLine('Harbour fees rise\nJane Doe\nHarbour Correspondent\nUpdated March 4, 2021', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorByDateLine('Harbour fees rise\nJane\nMarch 4, 2021\nThe fees rose.', 'Harbour fees rise'), 'Jane');
  assert.equal(authorByDateLine('Harbour fees rise\nMarch 4, 2021 · Jane Doe in Harbour News', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorByDateLine('Harbour fees rise\nLedger Team\n4 March 2021', 'Harbour fees rise'), 'Ledger Team');
  assert.equal(authorByDateLine('Harbour fees rise\nTuesday\nMarch 4, 2021', 'Harbour fees rise'), null);
});

test('a "By" line ends at a date or a role; "Edited by" is not the byline', () => {
  assert.equal(authorNearTitle('Harbour fees rise\nBy Jane Doe March 4, 2021', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorNearTitle('Harbour fees rise\nByJane DoePublished March 4, 2021', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorNearTitle('Harbour fees rise\nBy Jane Doe ⋅ Harbour Editor ⋅ Updated May 6', 'Harbour fees rise'), 'Jane Doe');
  assert.equal(authorNearTitle('Harbour fees rise\nEdited by John Roe', 'Harbour fees rise'), null);
});

test("an author's box: a name, then a line about that person", () => {
  assert.equal(authorBio('The fees rose.\nJane Doe\nJane Doe is a reporter covering ports.'), 'Jane Doe');
  assert.equal(authorBio('The fees rose.\nHarbour News\nHarbour News is our weekly letter.'), 'Harbour News'); // a bio of an outlet reads the same; ranked last
  assert.equal(authorBio('Jane Doe\nJane Doe said the fees rose.'), null);
});

test('the site is credited only when nothing else is', () => {
  assert.equal(pickAuthor({ ldPerson: null, ldOrg: null, meta: null, element: 'Harbour Ledger', nearTitle: null }, 'Harbour Ledger'), 'Harbour Ledger');
});

test('a "By" run into the name keeps the whole name, up to the end of its line', () => {
  // The byline starts near the end of the 300 characters searched after the headline.
  const standfirst = 'Dock workers and port owners met again on Tuesday after weeks of silence. '.repeat(3) + 'Both sides said the talks went well.';
  const text = `Port talks resume\n${standfirst}\nA crane at the quay, Port Pic\nByMarta Oyelaran\nPublished May 2, 2024`;
  assert.ok(text.indexOf('ByMarta') > 300 && text.indexOf('ByMarta') < 315);
  assert.equal(authorNearTitle(text, 'Port talks resume'), 'Marta Oyelaran');
});

test('a JSON-LD author whose name is a list', () => {
  const ld = { '@type': 'NewsArticle', headline: 'Port talks resume', author: { '@type': 'Person', name: ['Tomas Ferreira | Harbour Desk'] } };
  const { document } = parseHTML(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`);
  assert.equal(readHtmlMeta(document as any).authors.ldPerson, 'Tomas Ferreira');
});

test('a writer printed in two places beats metadata that names someone else', () => {
  const base = { ldPerson: null, ldOrg: null, meta: null, element: null, nearTitle: null };
  // The uploading account in the metadata, the writer in the byline and the author box.
  assert.equal(pickAuthor({ ...base, meta: 'webdesk.admin', element: 'Priya Castellano', dateLine: 'Priya Castellano' }, 'Harbour Times'), 'Priya Castellano');
  assert.equal(pickAuthor({ ...base, ldPerson: 'Olu Brandt', nearTitle: 'Mira Lindqvist', dateLine: 'Mira Lindqvist' }, null), 'Mira Lindqvist');
  // One printed place alone, or the same person, leaves the metadata its say.
  assert.equal(pickAuthor({ ...base, ldPerson: 'Olu Brandt', nearTitle: 'Mira Lindqvist' }, null), 'Olu Brandt');
  assert.equal(pickAuthor({ ...base, ldPerson: 'Olu Brandt', element: 'Dr Olu Brandt', nearTitle: 'Dr Olu Brandt' }, null), 'Olu Brandt');
  // A button label that two slots share is no writer.
  assert.equal(pickAuthor({ ...base, meta: 'Olu Brandt', element: 'View Full Profile', dateLine: 'View Full Profile' }, null), 'Olu Brandt');
});

test('a link to the author page whose address spells the name', () => {
  const links = (html: string) => authorFromLinks(scanElements(parseHTML(`<html><body>${html}</body></html>`).document as any));
  assert.equal(links('<nav><a href="/authors/staff/">Staff</a></nav><p>Filed by <a href="https://example.org/author/priya-castellano/">Priya Castellano</a></p>'), 'Priya Castellano');
  assert.equal(links('<a href="/author/harbourdesk/">harbour desk</a>'), 'harbour desk');
  // A button, a listing label and a name the address does not spell are passed over.
  assert.equal(links('<a href="/author/priya-castellano/">Learn more</a><a href="/author/priya-castellano/">Posts by Priya</a>'), null);
  assert.equal(links('<a href="/author/ed7731/">Tomas Ferreira</a>'), null);
  assert.equal(links('<a href="/author/portadmin/">portadmin</a>'), null);
  // Ranked below the byline, the site itself only when nothing else is credited.
  const base = { ldPerson: null, ldOrg: null, meta: null, element: null };
  assert.equal(pickAuthor({ ...base, nearTitle: 'Mira Lindqvist', link: 'Priya Castellano' }, null), 'Mira Lindqvist');
  assert.equal(pickAuthor({ ...base, nearTitle: null, link: 'Harbour Times' }, 'Harbour Times'), 'Harbour Times');
});

test('a one-word byline under the headline: a first name or a handle', () => {
  assert.equal(authorNearTitle('Port talks resume\nby harbour_kat\nMarch 4, 2021\nThe talks…', 'Port talks resume'), 'harbour_kat');
  assert.equal(authorNearTitle('Port talks resume\nby Marisol · March 4, 2021', 'Port talks resume'), 'Marisol');
  // A sentence or a sort order that opens with "by" names no one.
  assert.equal(authorNearTitle('Port talks resume\nBy focusing on the quays, the owners gained time.', 'Port talks resume'), null);
  assert.equal(authorNearTitle('Port talks resume\nSort\nby date\nby relevance\n', 'Port talks resume'), null);
});

test('the byline under the headline beats an author element naming someone else', () => {
  const base = { ldPerson: null, ldOrg: null, meta: null, link: null };
  assert.equal(pickAuthor({ ...base, element: 'Garden Notes Weekly', nearTitle: 'Marisol' }, null), 'Marisol');
  // The same writer: the element's text, without the role the byline runs on into.
  assert.equal(pickAuthor({ ...base, element: 'Tomas Ferreira', nearTitle: 'Tomas Ferreira Senior Harbour' }, null), 'Tomas Ferreira');
});

test('a bare name over a line that says the person writes', () => {
  assert.equal(authorByRole('Port talks resume\nWhat the owners want\nMarta Oyelaran\nHarbour Correspondent\nThe talks…', 'Port talks resume'), 'Marta Oyelaran');
  assert.equal(authorByRole('Port talks resume\nThe talks went on.\nShare this story\nTomas Ferreira\nAuthor\nTomas writes about ports.', 'Port talks resume'), 'Tomas Ferreira');
  // Share buttons over a "Contributor" line are no name.
  assert.equal(authorByRole('Port talks resume\nThe talks went on.\nLinkedIn Twitter Facebook Email\nContributor', 'Port talks resume'), null);
  // A name far below the headline over a job title is someone quoted or thanked, not the writer.
  assert.equal(authorByRole('Port talks resume\na\nb\nc\nd\ne\nf\nMira Lindqvist\nPort Director', 'Port talks resume'), null);
});

test('the headline first listed in a menu: its later line is tried too', () => {
  const text = 'Blog\nPort talks resume\nFerry timetable\nWinter storms\nAbout\nContact\nHome\nBlog\nPort talks resume\n2021-03-04·\nMarta Oyelaran\nThe talks…';
  assert.equal(authorByDateLine(text, 'Port talks resume'), 'Marta Oyelaran');
});

test('one name right below the date line under the headline', () => {
  const body = 'Dock workers and port owners met again on Tuesday after weeks of silence, and both sides said the talks went well.';
  assert.equal(authorByDateLine(`Port talks resume\n4 Mar, 2021\nHarbourdesk\n${body}`, 'Port talks resume'), 'Harbourdesk');
  // A section word there is no name.
  assert.equal(authorByDateLine(`Port talks resume\n4 Mar, 2021\nSummary\n${body}`, 'Port talks resume'), null);
});

test('a byline labelled "Contributors:" or "Words:"', () => {
  assert.equal(authorNearTitle('Port talks resume\nWhat the owners want\nContributors: Marta Oyelaran\nThe talks…', 'Port talks resume'), 'Marta Oyelaran');
  assert.equal(authorNearTitle('Port talks resume\nWords: Tomas Ferreira\nThe talks…', 'Port talks resume'), 'Tomas Ferreira');
  // Without the colon the word opens a sentence.
  assert.equal(authorNearTitle('Port talks resume\nWords Matter More Than Ever in port talks.', 'Port talks resume'), null);
});
