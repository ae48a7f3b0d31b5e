import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { evaluateExtraction, loadScrapinghub, loadWcxb } from '../src/eval/extraction-eval.js';
import { ROOT, sharedFile } from './shared.js';

// ~50 s of CPU for the 890 pages of both sets on one core.
const quality = JSON.parse(readFileSync(join(ROOT, 'quality', 'extraction.json'), 'utf8')) as {
  floors: { scrapinghub: { f1: number }; 'wcxb-dev': { f1: number; title: number; date: number; author: number } };
};

test('ScrapingHub body extraction stays above its floor', { timeout: 600_000 }, (t) => {
  const gold = sharedFile(t, 'eval/extraction/scrapinghub/ground-truth.json');
  if (!gold) return;
  const r = evaluateExtraction(loadScrapinghub(dirname(gold)));
  t.diagnostic(`scrapinghub F1 ${r.body.f1.toFixed(3)} (P ${r.body.precision.toFixed(3)}, R ${r.body.recall.toFixed(3)})`);
  assert.ok(r.body.f1 >= quality.floors.scrapinghub.f1, `F1 ${r.body.f1.toFixed(3)} below floor ${quality.floors.scrapinghub.f1}`);
});

test('WCXB body, title, date and author stay above their floors', { timeout: 600_000 }, (t) => {
  const gold = sharedFile(t, 'eval/extraction/wcxb-dev/ground-truth.jsonl.gz');
  if (!gold) return;
  const r = evaluateExtraction(loadWcxb(dirname(gold)));
  const f = quality.floors['wcxb-dev'];
  t.diagnostic(`wcxb-dev F1 ${r.body.f1.toFixed(3)} title ${r.title.accuracy.toFixed(3)} date ${r.date.accuracy.toFixed(3)} author ${r.author.accuracy.toFixed(3)}`);
  assert.ok(r.body.f1 >= f.f1, `F1 ${r.body.f1.toFixed(3)} below floor ${f.f1}`);
  assert.ok(r.title.accuracy >= f.title, `title ${r.title.accuracy.toFixed(3)} below floor ${f.title}`);
  assert.ok(r.date.accuracy >= f.date, `date ${r.date.accuracy.toFixed(3)} below floor ${f.date}`);
  assert.ok(r.author.accuracy >= f.author, `author ${r.author.accuracy.toFixed(3)} below floor ${f.author}`);
});
