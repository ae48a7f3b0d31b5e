// Title misses on WCXB with the candidates a page offers, to group them into causes.
// Usage: node --import tsx bench/title-misses.ts [--ids] [--save FILE] [--diff FILE]
//   --save FILE  write the ids of the pages whose title matches (to compare two runs)
//   --diff FILE  print only the pages whose result changed since the saved run
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readHtmlMeta, jsonLdObjects } from '../src/article/html-meta.js';
import { chooseTitle } from '../src/article/html-title.js';
import { loadWcxb } from '../src/eval/extraction-eval.js';
import { foldForMatch, titleMatches } from '../src/eval/extraction-score.js';
import { SHARED } from '../test/shared.js';

const require = createRequire(import.meta.url);
const { parseHTML } = require('linkedom');
const args = process.argv.slice(2);
const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : null);
const pages = loadWcxb(join(SHARED, 'eval', 'extraction', 'wcxb-dev'));
const before = opt('--diff') ? new Set(JSON.parse(readFileSync(opt('--diff')!, 'utf8')) as string[]) : null;
const ok: string[] = [];
const short = (s: string | null | undefined) => (s == null ? '∅' : JSON.stringify(s.length > 140 ? s.slice(0, 140) + '…' : s));
let n = 0;
for (const p of pages) {
  if (!p.title) continue;
  n++;
  const html = gunzipSync(readFileSync(p.file)).toString('utf8');
  const { document } = parseHTML(html);
  const meta = readHtmlMeta(document, html);
  const pred = chooseTitle(document, meta.title, meta.docTitle, meta.source);
  const hit = titleMatches(pred, p.title);
  if (hit) ok.push(p.id);
  if (before && before.has(p.id) === hit) continue;
  if (!before && hit) continue;
  const get = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const ld = jsonLdObjects(document).map((o) => o.headline).filter((x) => typeof x === 'string');
  const h1s = [...document.querySelectorAll('h1')].slice(0, 6).map((h: any) => {
    const inArt = h.closest('article, main, [role=main]') ? 'A' : h.closest('header, nav') ? 'H' : '-';
    return `${inArt} ${short(h.textContent.replace(/\s+/g, ' ').trim())}`;
  });
  const g = foldForMatch(p.title);
  const inText = foldForMatch(document.body?.textContent ?? '').replace(/\s+/g, ' ').includes(g);
  console.log(`\n${before ? (hit ? 'GAINED ' : 'LOST ') : ''}${p.id.slice(0, 12)}  gold ${short(p.title)}  (in page text: ${inText})`);
  console.log(`  pred   ${short(pred)}`);
  console.log(`  og     ${short(get('meta[property="og:title"]'))}  tw ${short(get('meta[name="twitter:title"]'))}`);
  console.log(`  title  ${short(meta.docTitle)}  site ${short(meta.source)}`);
  if (ld.length) console.log(`  ld     ${ld.map(short).join(' / ')}`);
  for (const h of h1s) console.log(`  h1 ${h}`);
}
console.log(`\n${ok.length}/${n} = ${((100 * ok.length) / n).toFixed(1)}%`);
if (opt('--save')) writeFileSync(opt('--save')!, JSON.stringify(ok));
