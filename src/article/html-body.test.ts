import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { extractBody } from './html-body.js';
import { structureHtml } from './html-article.js';

const P1 = 'Port operators and unions resumed their talks on Monday after a pause of two years, the officials said.';
const P2 = 'The talks are expected to last for a week, according to the labor ministry, which will host them in the city.';

test('the article container wins over navigation, share bars and related links', () => {
  const html = `<html><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
    <article><h1>Port talks resume</h1>
      <div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>
      <p>${P1}</p>
      <figure><img alt="Dock workers at the port"><figcaption>Dock workers at the port. (Daily Wire)</figcaption></figure>
      <p>${P2}</p>
      <aside class="related"><h3>Related</h3><ul><li><a href="/a">Other story about ports and harbours in the region</a></li></ul></aside>
    </article>
    <footer><p>We use cookies to improve your experience. Accept our cookie policy.</p></footer></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any, 'Port talks resume');
  assert.deepEqual(r.paragraphs, [P1, P2]);
  assert.deepEqual(r.captions, [{ text: 'Dock workers at the port.', credit: 'Daily Wire' }]);
});

test('paragraph breaks survive: <br> and blocks split, inline tags flow', () => {
  const r = extractBody(parseHTML(`<html><body><div class="content"><p>${P1}<br>${P2}</p><p>The <b>ministry</b> said so in a statement to the press on Monday.</p></div></body></html>`).document.documentElement as any);
  assert.deepEqual(r.paragraphs, [P1, P2, 'The ministry said so in a statement to the press on Monday.']);
});

test('page metadata: JSON-LD author and date, og:site_name', () => {
  const html = `<html><head><title>Port talks resume | Daily Wire</title><meta property="og:site_name" content="Daily Wire">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port talks resume","datePublished":"2021-03-04T09:00:00Z","author":{"@type":"Person","name":"Jane Doe"}}</script>
    </head><body><article><h1>Port talks resume</h1><p>${P1}</p><p>${P2}</p></article></body></html>`;
  const ex = structureHtml(html);
  assert.equal(ex.title, 'Port talks resume');
  assert.equal(ex.byline, 'Jane Doe');
  assert.equal(ex.published, '2021-03-04T09:00:00Z');
  assert.equal(ex.source, 'Daily Wire');
});

const card = (i: number) =>
  `<li class="card"><h5><a href="/story-${i}">Another story number ${i} about the harbour</a></h5><div>By Jane Roe</div>` +
  `<div>The council voted on day ${i} to widen the harbour channel, a plan that has divided the town for years.</div></li>`;

test('a grid of teaser cards under the article is left out', () => {
  const html = `<html><body><main><article><h1>Port talks resume</h1><p>${P1}</p><p>${P2}</p><p>${P1.replace('Monday', 'Friday')}</p><p>${P2.replace('week', 'month')}</p></article></main>
    <div class="below"><h5>More from the Daily Wire</h5><ul>${[1, 2, 3, 4, 5, 6].map(card).join('')}</ul></div></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any, 'Port talks resume');
  assert.deepEqual(r.paragraphs, [P1, P2, P1.replace('Monday', 'Friday'), P2.replace('week', 'month')]);
});

test('cards that are the whole page are its content', () => {
  const html = `<html><body><div class="page"><p>Six harbours worth a visit.</p><ul>${[1, 2, 3].map(card).join('')}</ul></div></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any);
  assert.deepEqual(r.paragraphs.filter((p) => p.startsWith('The council voted')).length, 3);
});

test('a code listing neither sinks the post nor becomes body text', () => {
  const code = `<pre><code>&lt;cfscript&gt; user = { prefix: "Mrs.", name: "Laura" }; if (len(user.prefix)) { out = user.prefix &amp; " " &amp; user.name; } &lt;/cfscript&gt;</code></pre>`;
  const html = `<html><body><aside><blockquote>I believe that we can afford to give more of these gifts to the world, and that we should.</blockquote></aside>
    <article><p>${P1}</p>${code}${code}${code}<p>${P2}</p></article></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any);
  assert.deepEqual(r.paragraphs, [P1, P2]);
});

test('captions and credits marked by class are captions, not body', () => {
  const html = `<html><body><article><div class="InlineImage"><div class="InlineImage-imageEmbedCaption">Dock workers at the port of Busan on Monday, when the unions and the operators met again.</div>
    <div class="InlineImage-imageEmbedCredit">Jane Roe | Daily Wire</div></div><p>${P1}</p><p>${P2}</p></article></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any);
  assert.deepEqual(r.paragraphs, [P1, P2]);
  assert.equal(r.captions.length, 2);
  const r2 = extractBody(parseHTML(`<html><body><article><p>${P1}</p><p>Protesters have worn masks to protect their identities (Image: EXPRESS)</p><p>${P2}</p></article></body></html>`).document.documentElement as any);
  assert.deepEqual(r2.paragraphs, [P1, P2]);
  assert.equal(r2.captions.length, 1);
});

test('a sentence whose source is a link stays, and so does an embedded post with its attribution', () => {
  const linked = 'The ferry upgrade, which covers both the docks and the ticket office, cost the county about $212,000, <a href="/x">according to the Harbour Gazette</a>.';
  const tweet = '<blockquote class="twitter-tweet"><p>Nobody wants your ferry timetable, Port Ellis. Keep it, honestly.</p>— Dana Pruitt (@danapruitt) <a href="/s">March 3, 2021</a></blockquote>';
  const html = `<html><body><article><p>${P1}</p><p>${linked}</p>${tweet}<p>${P2}</p></article></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any);
  assert.deepEqual(r.paragraphs, [
    P1,
    'The ferry upgrade, which covers both the docks and the ticket office, cost the county about $212,000, according to the Harbour Gazette.',
    'Nobody wants your ferry timetable, Port Ellis. Keep it, honestly.',
    '— Dana Pruitt (@danapruitt) March 3, 2021',
    P2,
  ]);
});

test('stamps, bylines and calls to subscribe around the body are left out', () => {
  const html = `<html><body><article><p>By JANE ROE and JOHN DOE</p><p>Updated 10:01 pm PST, Tuesday, November 19, 2019</p><p>${P1}</p><p>${P2}</p><p>${P1.replace('Monday', 'Friday')}</p>
    <p>Subscribe to the Morning Review newsletter</p><p>Follow the Daily Wire on Twitter and Facebook.</p></article></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any);
  assert.deepEqual(r.paragraphs, [P1, P2, P1.replace('Monday', 'Friday')]);
});

test("an author's bio box at the foot of a post is left out, whatever content word its class also carries", () => {
  const bio = 'Marta Ilves covers shipping and ports for the paper. She joined the newsroom in 2019 after a decade at a trade weekly.';
  for (const box of [
    `<div class="entry-author-bio"><p>${bio}</p></div>`,
    `<div class="post__author-info"><div class="post__author-description">${bio}</div></div>`,
    `<div class="author__bio"><p>${bio}</p></div>`,
    `<div itemprop="author" itemscope><p>${bio}</p></div>`,
  ]) {
    const html = `<html><body><div class="entry-content"><p>${P1}</p><p>${P2}</p>${box}</div></body></html>`;
    const r = extractBody(parseHTML(html).document.documentElement as any);
    assert.deepEqual(r.paragraphs, [P1, P2], box);
  }
  // An "author" word alone (a blog whose article wrapper is "author-post") is not a bio box.
  const html = `<html><body><div class="author-post"><p>${P1}</p><p>${P2}</p></div></body></html>`;
  assert.deepEqual(extractBody(parseHTML(html).document.documentElement as any).paragraphs, [P1, P2]);
});

test('a related or newsletter box named beside a content word is chrome; a layout flag is not', () => {
  const P3 = 'Dock workers in the northern harbour voted to accept the offer, ending a strike that had lasted nine days.';
  const P4 = 'Shipping lines said they expected the backlog of containers to clear by the end of the month.';
  const box = '<div class="article__related"><h3>Elsewhere in the region</h3><p>Farmers in the valley are counting the cost of a late frost that hit their orchards in April.</p></div>';
  const story = [P1, P2, P3, P4, P1.replace('Monday', 'Tuesday'), P3.replace('nine', 'eleven'), P2.replace('week', 'fortnight'), P4.replace('month', 'summer')];
  const html = `<html><body><div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}${box}</div></body></html>`;
  assert.deepEqual(extractBody(parseHTML(html).document.documentElement as any).paragraphs, story);
  // "has-sidebar", "comments-open": flags on the story's own wrapper.
  const flagged = `<html><body><div class="content-has-sidebar"><div class="post comments-open"><p>${P1}</p><p>${P2}</p></div></div></body></html>`;
  assert.deepEqual(extractBody(parseHTML(flagged).document.documentElement as any).paragraphs, [P1, P2]);
});

test('a story split over sibling page-builder sections is read whole; a link list beside it is not', () => {
  const a = [P1, P2, 'Negotiators for both sides described the first session as calm and businesslike, with no walkouts.'];
  const b = ['A second round is planned for the spring, when the contracts of about four thousand workers run out.', 'Union leaders said their members would wait for the outcome before deciding on any further action.', 'Employers, for their part, hope to settle the question of night shifts before the busy season begins.'];
  const sect = (ps: string[], i: number) => `<div class="row row_${i}"><div class="module"><div class="text-inner">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`;
  // Enough links that the builder as a whole scores below its first section.
  const topics = ['Harbour expansion plans', 'Union ballot results', 'City council budget', 'Rail freight timetable', 'Ferry service changes', 'Warehouse fire inquiry', 'Customs office hours', 'Pilot boat contract', 'Cargo theft arrests', 'Dredging permit appeal', 'Cruise terminal opening', 'Fishing quota dispute'];
  const links = `<div class="row row_9"><ul>${topics.map((t, i) => `<li><a href="/t${i}">${t} and the latest coverage</a></li>`).join('')}</ul></div>`;
  const html = `<html><body><div class="builder">${sect(a, 1)}<div class="row row_2"><h2>What comes next</h2></div>${sect(b, 3)}${links}</div></body></html>`;
  const r = extractBody(parseHTML(html).document.documentElement as any);
  assert.deepEqual(r.paragraphs, [...a, ...b]);
});

test("a writer's bio closing the story is left out; the same sentence opening a profile is not", () => {
  const bio = 'Dana Kettle is a staff writer covering energy and the environment for the paper.';
  const P3 = 'Dock workers in the northern harbour voted to accept the offer, ending a strike that had lasted nine days.';
  const story = [P1, P2, P3, P1.replace('Monday', 'Tuesday')];
  const html = `<html><body><article>${[...story, bio].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(extractBody(parseHTML(html).document.documentElement as any).paragraphs, story);
  const profile = `<html><body><article>${[bio, ...story].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  assert.deepEqual(extractBody(parseHTML(profile).document.documentElement as any).paragraphs, [bio, ...story]);
});
