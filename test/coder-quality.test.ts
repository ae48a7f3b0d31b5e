import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate, readGold } from '../src/eval/run-eval.js';
import { ROOT, sharedFile } from './shared.js';

// The coder's measured quality, recomputed: CI fails below the floors pinned
// in quality/coder.json (raise them as the coder improves; lowering one is a
// decision written in the commit message).
const floors = JSON.parse(readFileSync(join(ROOT, 'quality', 'coder.json'), 'utf8')) as {
  ploverGsrDev: { f1: number; precision: number };
  petr2GsrEnglish: { f1: number };
  petrarchUnitTests: { passRate: number };
};

test('PLOVER GSR dev: F1 and precision at or above the floor', (t) => {
  const path = sharedFile(t, 'eval/plover-gsr-dev.json');
  if (!path) return;
  const s = evaluate(readGold(path)).score;
  assert.ok(s.f1 >= floors.ploverGsrDev.f1, `F1 ${s.f1.toFixed(3)} < floor ${floors.ploverGsrDev.f1}`);
  assert.ok(s.precision >= floors.ploverGsrDev.precision, `precision ${s.precision.toFixed(3)} < floor ${floors.ploverGsrDev.precision}`);
});

test('PETRARCH-2 GSR (English): F1 over unique triples at or above the floor', (t) => {
  const path = sharedFile(t, 'eval/petr2-gsr-english.xml');
  if (!path) return;
  const s = evaluate(readGold(path)).score;
  assert.ok(s.f1 >= floors.petr2GsrEnglish.f1, `F1 ${s.f1.toFixed(3)} < floor ${floors.petr2GsrEnglish.f1}`);
});

test('PETRARCH unit tests with their own dictionaries: pass rate at or above the floor', (t) => {
  const path = sharedFile(t, 'eval/petrarch-unittest/PETR.UnitTest.records.xml');
  if (!path) return;
  const run = evaluate(readGold(path));
  assert.equal(run.dictionaries, 'gold environment');
  const rate = run.score.recordsPassed / run.score.records;
  assert.ok(rate >= floors.petrarchUnitTests.passRate, `pass rate ${rate.toFixed(3)} < floor ${floors.petrarchUnitTests.passRate}`);
});
