// Body-extraction misses on the gold sets: pages by F1 loss, with the extracted
// paragraphs the gold lacks (extra) and the gold paragraphs we lost (missing).
// Usage: node --import tsx bench/body-misses.ts [--set scrapinghub|wcxb-dev] [--top N] [--chars N] [--dump per-page-f1.json]
// Compare two dumps to see which pages a change helped or hurt.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/article/structure.js';
import { bytesToInput } from '../src/ingest/read.js';
import { loadScrapinghub, loadWcxb, type GoldPage } from '../src/eval/extraction-eval.js';
import { scoreDocument, shingles } from '../src/eval/extraction-score.js';
import { SHARED } from '../test/shared.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : def);
const only = opt('--set', '');
const top = Number(opt('--top', '25'));
const width = Number(opt('--chars', '160'));
const dump = opt('--dump', '');
const base = join(SHARED, 'eval', 'extraction');
const perPage: Record<string, number> = {};

/** Share of a text's shingles found in another text's shingle set. */
function covered(text: string, other: Map<string, number>): number {
  const s = shingles(text);
  let n = 0, hit = 0;
  for (const [k, c] of s) {
    n += c;
    if (other.has(k)) hit += c;
  }
  return n ? hit / n : 1;
}

function run(name: string, pages: GoldPage[]) {
  const rows: { id: string; loss: number; p: number; r: number; extra: string[]; missing: string[] }[] = [];
  let sumP = 0, sumR = 0, n = 0;
  // Precision lost by where the extra text sits: before the story's first gold paragraph
  // (headline furniture), inside it (captions, inline promos), after its last (bios, related
  // stories, second stories); in pages' worth, as the score averages per page.
  const lost = { head: 0, mid: 0, tail: 0 };
  for (const page of pages) {
    if (!page.body.trim()) continue;
    let paras: string[] = [];
    try {
      const inp = bytesToInput(readFileSync(page.file), page.file);
      if (!('reason' in inp) && !inp.jsonl) paras = extractArticle({ ...inp.input, format: 'html' }).paragraphs;
    } catch { /* scored as empty */ }
    const pr = scoreDocument(paras.join('\n\n'), page.body);
    sumP += pr.precision; sumR += pr.recall; n++;
    const f1 = pr.precision + pr.recall ? (2 * pr.precision * pr.recall) / (pr.precision + pr.recall) : 0;
    const g = shingles(page.body);
    const e = shingles(paras.join('\n\n'));
    const extra = paras.filter((p) => covered(p, g) < 0.3);
    const ok = paras.map((p) => covered(p, g) >= 0.5);
    const first = ok.indexOf(true);
    const last = ok.lastIndexOf(true);
    const total = [...e.values()].reduce((a, c) => a + c, 0) || 1;
    paras.forEach((p, i) => {
      let miss = 0;
      for (const [k, c] of shingles(p)) if (!g.has(k)) miss += c;
      lost[first < 0 || i > last ? 'tail' : i < first ? 'head' : 'mid'] += miss / total;
    });
    const missing = page.body.split(/\n+/).map((s) => s.trim()).filter((s) => s && covered(s, e) < 0.3);
    rows.push({ id: page.id, loss: 1 - f1, p: pr.precision, r: pr.recall, extra, missing });
  }
  for (const r of rows) perPage[`${name}/${r.id}`] = Number((1 - r.loss).toFixed(4));
  rows.sort((a, b) => b.loss - a.loss);
  console.log(`== ${name}: ${n} pages, mean P ${(sumP / n).toFixed(3)} R ${(sumR / n).toFixed(3)}; precision lost ${(n - sumP).toFixed(1)} pages' worth, recall lost ${(n - sumR).toFixed(1)}`);
  console.log(`   extra text (approx.): before the story ${lost.head.toFixed(1)}, inside it ${lost.mid.toFixed(1)}, after it ${lost.tail.toFixed(1)}`);
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width)}…` : s);
  for (const r of rows.slice(0, top)) {
    console.log(`\n${r.id}  loss ${r.loss.toFixed(3)}  P ${r.p.toFixed(2)} R ${r.r.toFixed(2)}  extra ${r.extra.length} missing ${r.missing.length}`);
    for (const x of r.extra.slice(0, 8)) console.log(`  + ${cut(x)}`);
    if (r.extra.length > 8) console.log(`  + … ${r.extra.length - 8} more`);
    for (const x of r.missing.slice(0, 6)) console.log(`  - ${cut(x)}`);
    if (r.missing.length > 6) console.log(`  - … ${r.missing.length - 6} more`);
  }
}

if (!only || only === 'scrapinghub') run('scrapinghub', loadScrapinghub(join(base, 'scrapinghub')));
if (!only || only === 'wcxb-dev') run('wcxb-dev', loadWcxb(join(base, 'wcxb-dev')));
if (dump) writeFileSync(dump, JSON.stringify(perPage, null, 1));
