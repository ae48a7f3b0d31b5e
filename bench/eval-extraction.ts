// Body and metadata extraction on the gold sets in ../shared/eval/extraction.
// Usage: npm run eval:extraction [-- --worst N] [--set scrapinghub|wcxb-dev] [--limit N]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateExtraction, loadScrapinghub, loadWcxb, type SetReport } from '../src/eval/extraction-eval.js';
import { SHARED } from '../test/shared.js';

const args = process.argv.slice(2);
const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : 0;
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const base = join(SHARED, 'eval', 'extraction');
if (!existsSync(base)) {
  console.error(`${base} not found: the gold sets live in ../shared (see README)`);
  process.exit(1);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function show(name: string, r: SetReport) {
  const b = r.body;
  console.log(`${name}: ${b.documents} pages  body P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}  (${(r.ms / 1000).toFixed(1)} s, ${(r.ms / r.pages.length).toFixed(0)} ms/page)`);
  if (r.title.n) console.log(`  title exact ${pct(r.title.accuracy)} of ${r.title.n}   date (day) ${pct(r.date.accuracy)} of ${r.date.n}   author ${pct(r.author.accuracy)} of ${r.author.n}`);
  if (worst) {
    const f1 = (p: { precision: number; recall: number }) => (p.precision + p.recall ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0);
    for (const p of [...r.pages].sort((a, b) => f1(a.pr) - f1(b.pr)).slice(0, worst)) {
      console.log(`  ${p.id.slice(0, 12)} P ${p.pr.precision.toFixed(2)} R ${p.pr.recall.toFixed(2)} ${p.ms} ms ${p.error ?? ''}`);
    }
  }
}

if (!only || only === 'scrapinghub') show('scrapinghub', evaluateExtraction(loadScrapinghub(join(base, 'scrapinghub')).slice(0, limit)));
if (!only || only === 'wcxb-dev') show('wcxb-dev', evaluateExtraction(loadWcxb(join(base, 'wcxb-dev')).slice(0, limit)));
