// The coder's accuracy on the three public gold standards, in one table (issue 4).
//
//   npm run eval            (node --import tsx bench/eval-coder.ts [--json])
//
// PLOVER GSR dev is scored on (PLOVER type, source country, target country); the PETRARCH-2 GSR on
// unique (CAMEO code, source, target) triples per record from the raw text; the PETRARCH unit tests
// with their own dictionaries, by PETRARCH's rule (a record passes when its coded triples equal the
// expected set). `dyad eval --gold FILE --verbose` lists the misses and false events of one set.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodingStandard } from '../src/events/coder/coding-standard.js';
import { evaluate, readGold } from '../src/eval/run-eval.js';
import { ROOT, SHARED } from '../test/shared.js';

// Each gold standard is scored under its own coding standard (coding-standard.ts); the PETRARCH-2 GSR is also shown
// under dyad's default (plover) conventions, for comparison only: no floor applies to that row.
const sets: { name: string; file: string; key: string | null; standard?: CodingStandard }[] = [
  { name: 'PLOVER GSR dev', file: 'eval/plover-gsr-dev.json', key: 'ploverGsrDev' },
  { name: 'PETRARCH-2 GSR English', file: 'eval/petr2-gsr-english.xml', key: 'petr2GsrEnglish' },
  { name: 'PETRARCH unit tests', file: 'eval/petrarch-unittest/PETR.UnitTest.records.xml', key: 'petrarchUnitTests' },
  { name: '  (PETRARCH-2, plover)', file: 'eval/petr2-gsr-english.xml', key: null, standard: 'plover' },
];

if (!existsSync(SHARED)) {
  console.error(`eval: the gold standards are not here (${SHARED} is absent); nothing to score.`);
  process.exit(process.env.CI ? 1 : 0);
}
const floors = JSON.parse(readFileSync(join(ROOT, 'quality', 'coder.json'), 'utf8')) as Record<string, Record<string, number>>;
const rows: Record<string, unknown>[] = [];
for (const s of sets) {
  const run = evaluate(readGold(join(SHARED, s.file)), { standard: s.standard });
  const c = run.score;
  rows.push({
    set: s.name,
    records: c.records,
    passed: c.recordsPassed,
    precision: +c.precision.toFixed(3),
    recall: +c.recall.toFixed(3),
    f1: +c.f1.toFixed(3),
    passRate: +(c.recordsPassed / c.records).toFixed(3),
    floor: s.key ? floors[s.key] : {},
    dictionaries: run.dictionaries,
    standard: run.dictionaries === 'dyad' ? run.standard : 'gold dictionaries',
  });
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('set                      records  passed  precision  recall  F1     standard           floor');
  for (const r of rows) {
    const f = Object.entries(r.floor as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(
      `${String(r.set).padEnd(24)} ${String(r.records).padStart(7)} ${String(r.passed).padStart(7)}  ${String(r.precision).padEnd(9)}  ${String(r.recall).padEnd(6)}  ${String(r.f1).padEnd(5)}  ${String(r.standard).padEnd(17)}  ${f}`,
    );
  }
}
