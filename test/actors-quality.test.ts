import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { measureActors } from './actors-quality.js';
import { ROOT, sharedFile } from './shared.js';

const floors = JSON.parse(readFileSync(join(ROOT, 'quality', 'actors.json'), 'utf8')) as { 'plover-gsr-dev': { source: number; target: number } };

test('PLOVER GSR dev: gold source and target countries are among the actors found', (t) => {
  const path = sharedFile(t, 'eval/plover-gsr-dev.json');
  if (!path) return;
  const q = measureActors(path);
  const floor = floors['plover-gsr-dev'];
  t.diagnostic(`actors on PLOVER GSR dev: source ${q.source.hits}/${q.source.records} = ${q.source.rate.toFixed(3)}, target ${q.target.hits}/${q.target.records} = ${q.target.rate.toFixed(3)}`);
  assert.ok(q.source.records > 200, 'the gold file was read');
  assert.ok(q.source.rate >= floor.source, `source ${q.source.rate.toFixed(3)} fell below the floor ${floor.source}`);
  assert.ok(q.target.rate >= floor.target, `target ${q.target.rate.toFixed(3)} fell below the floor ${floor.target}`);
});
