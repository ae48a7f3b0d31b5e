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
import { evaluate, readGold } from '../src/eval/run-eval.js';
import { ROOT, SHARED } from '../test/shared.js';

const sets = [
  { name: 'PLOVER GSR dev', file: 'eval/plover-gsr-dev.json', key: 'ploverGsrDev' },
  { name: 'PETRARCH-2 GSR English', file: 'eval/petr2-gsr-english.xml', key: 'petr2GsrEnglish' },
  { name: 'PETRARCH unit tests', file: 'eval/petrarch-unittest/PETR.UnitTest.records.xml', key: 'petrarchUnitTests' },
] as const;

if (!existsSync(SHARED)) {
  console.error(`eval: the gold standards are not here (${SHARED} is absent); nothing to score.`);
  process.exit(process.env.CI ? 1 : 0);
}
const floors = JSON.parse(readFileSync(join(ROOT, 'quality', 'coder.json'), 'utf8')) as Record<string, Record<string, number>>;
const rows: Record<string, unknown>[] = [];
for (const s of sets) {
  const run = evaluate(readGold(join(SHARED, s.file)));
  const c = run.score;
  rows.push({
    set: s.name,
    records: c.records,
    passed: c.recordsPassed,
    precision: +c.precision.toFixed(3),
    recall: +c.recall.toFixed(3),
    f1: +c.f1.toFixed(3),
    passRate: +(c.recordsPassed / c.records).toFixed(3),
    floor: floors[s.key],
    dictionaries: run.dictionaries,
  });
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('set                      records  passed  precision  recall  F1     floor');
  for (const r of rows) {
    const f = Object.entries(r.floor as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(
      `${String(r.set).padEnd(24)} ${String(r.records).padStart(7)} ${String(r.passed).padStart(7)}  ${String(r.precision).padEnd(9)}  ${String(r.recall).padEnd(6)}  ${String(r.f1).padEnd(5)}  ${f}`,
    );
  }
}
