// Date and author misses on WCXB with the candidates a page offers, to group them into causes.
// Usage: node --import tsx bench/date-author-misses.ts [--only date|author] [--save FILE] [--diff FILE] [--set scrapinghub]
//   --save FILE  write each page's predicted date and author (to compare two runs)
//   --diff FILE  print only the pages whose prediction changed since the saved run (on any set, gold or not)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readHtmlMeta, jsonLdObjects } from '../src/article/html-meta.js';
import { chooseTitle } from '../src/article/html-title.js';
import { extractBody } from '../src/article/html-body.js';
import { dateNearTitle, postedDate } from '../src/article/html-date.js';
import { authorAfterLabel, authorBio, authorByDateLine, authorNearTitle } from '../src/article/html-author.js';
import { extractArticle } from '../src/article/structure.js';
import { loadScrapinghub, loadWcxb } from '../src/eval/extraction-eval.js';
import { authorMatches, dateMatches } from '../src/eval/extraction-score.js';
import { SHARED } from '../test/shared.js';

const require = createRequire(import.meta.url);
const { parseHTML } = require('linkedom');
const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : null);
const only = opt('--only');
const set = opt('--set') ?? 'wcxb-dev';
const base = join(SHARED, 'eval', 'extraction');
const pages = set === 'scrapinghub' ? loadScrapinghub(join(base, 'scrapinghub')) : loadWcxb(join(base, 'wcxb-dev'));
const before = opt('--diff') ? (JSON.parse(readFileSync(opt('--diff')!, 'utf8')) as Record<string, { date: string | null; author: string | null }>) : null;
const saved: Record<string, { date: string | null; author: string | null }> = {};
const short = (s: unknown) => (s == null ? '∅' : JSON.stringify(String(s).length > 120 ? String(s).slice(0, 120) + '…' : s));
let dN = 0, dOk = 0, aN = 0, aOk = 0;

for (const p of pages) {
  const html = gunzipSync(readFileSync(p.file)).toString('utf8');
  const ex = extractArticle({ id: p.id, file: p.file, format: 'html', content: html });
  saved[p.id] = { date: ex.published?.slice(0, 10) ?? null, author: ex.byline };
  const dHit = p.published ? dateMatches(ex.published, p.published) : null;
  const aHit = p.author ? authorMatches(ex.byline, p.author) : null;
  if (dHit !== null) (dN++, dHit && dOk++);
  if (aHit !== null) (aN++, aHit && aOk++);
  let showDate: boolean, showAuthor: boolean;
  if (before) {
    const b = before[p.id];
    showDate = only !== 'author' && !!b && b.date !== saved[p.id]!.date;
    showAuthor = only !== 'date' && !!b && b.author !== saved[p.id]!.author;
  } else {
    showDate = only !== 'author' && dHit === false;
    showAuthor = only !== 'date' && aHit === false;
  }
  if (!showDate && !showAuthor) continue;

  const { document } = parseHTML(html);
  const meta = readHtmlMeta(document, html);
  const title = chooseTitle(document, meta.title, meta.docTitle, meta.source);
  const root = document.documentElement ?? document.body;
  const text: string = root ? extractBody(root, title).pageText : '';
  const url = meta.url ?? '';
  console.log(`\n${p.id.slice(0, 12)}  ${short(url)}  title ${short(title)}`);
  if (showDate) {
    const b = before?.[p.id];
    console.log(`  DATE gold ${p.published ?? '∅'}  pred ${ex.published ?? '∅'}${b ? `  was ${b.date ?? '∅'}` : ''}${dHit === null ? '' : dHit ? ' ok' : ' MISS'}`);
    const d = meta.dates;
    console.log(`    metaPub ${short(d.metaPub)} ldPub ${short(d.ldPub)} script ${short(d.script)} visible ${short(d.visible)} modified ${short(d.modified)}`);
    console.log(`    nearTitle ${short(dateNearTitle(text, title))} posted ${short(postedDate(text))}`);
    const metas = [...document.querySelectorAll('meta')]
      .map((m: any) => [m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'), m.getAttribute('content')])
      .filter(([k, v]: any) => k && v && /date|time|publish|modif|updat|created/i.test(k));
    if (metas.length) console.log(`    meta ${metas.slice(0, 8).map(([k, v]: any) => `${k}=${v}`).join('  ')}`);
    const ld = jsonLdObjects(document)
      .filter((o) => o.datePublished || o.dateModified || o.dateCreated)
      .map((o) => `${o['@type']}: pub ${o.datePublished ?? '-'} mod ${o.dateModified ?? '-'} cre ${o.dateCreated ?? '-'}`);
    for (const l of ld.slice(0, 4)) console.log(`    ld ${l}`);
    const times = [...document.querySelectorAll('time')].slice(0, 5).map((t: any) => `${t.getAttribute('datetime') ?? '-'} "${(t.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`);
    if (times.length) console.log(`    time ${times.join('  ')}`);
    const ud = /\/(20\d\d)\/(\d{1,2})\/(?:(\d{1,2})\/)?/.exec(url);
    if (ud) console.log(`    url date ${ud.slice(1).join('-')}`);
  }
  if (showAuthor) {
    const b = before?.[p.id];
    console.log(`  AUTHOR gold ${short(p.author)}  pred ${short(ex.byline)}${b ? `  was ${short(b.author)}` : ''}${aHit === null ? '' : aHit ? ' ok' : ' MISS'}`);
    const a = meta.authors;
    console.log(`    ldPerson ${short(a.ldPerson)} ldOrg ${short(a.ldOrg)} meta ${short(a.meta)} element ${short(a.element)}  site ${short(meta.source)}`);
    console.log(`    nearTitle ${short(authorNearTitle(text, title))} afterLabel ${short(authorAfterLabel(text, title))} dateLine ${short(authorByDateLine(text, title))} bio ${short(authorBio(text))}`);
    const ldA = jsonLdObjects(document).filter((o) => o.author).map((o) => `${o['@type']}: ${JSON.stringify(o.author).slice(0, 160)}`);
    for (const l of ldA.slice(0, 3)) console.log(`    ld ${l}`);
    const links = [...document.querySelectorAll('a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/profile/"]')]
      .slice(0, 4)
      .map((x: any) => `${(x.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} <${(x.getAttribute('href') ?? '').slice(-40)}>`);
    if (links.length) console.log(`    links ${links.join('  ')}`);
    if (p.author) {
      const at = text.indexOf(p.author.split(/[, ]/)[0]!);
      if (at >= 0) console.log(`    text …${short(text.slice(Math.max(0, at - 80), at + 80))}`);
    }
  }
}
if (dN) console.log(`\ndate ${dOk}/${dN} = ${((100 * dOk) / dN).toFixed(1)}%   author ${aOk}/${aN} = ${((100 * aOk) / aN).toFixed(1)}%`);
if (opt('--save')) writeFileSync(opt('--save')!, JSON.stringify(saved));
