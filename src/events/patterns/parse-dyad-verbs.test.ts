import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../errors.js';
import { parseDyadVerbs } from './parse-dyad-verbs.js';

test('a pattern line gives code, elements, flags, example and its place', () => {
  const [p] = parseDyadVerbs('044  meet (with) TGT  [sym]  # "Japan met China."', 'dict/verbs/x.txt');
  assert.equal(p!.code, '044');
  assert.equal(p!.symmetric, true);
  assert.equal(p!.example, 'Japan met China.');
  assert.equal(p!.where, 'dict/verbs/x.txt:1');
  assert.deepEqual(
    p!.elements.map((e) => (e.kind === 'word' ? e.alts.join('|') : e.slot)),
    ['meet', 'with', 'target'],
  );
});

test('malformed lines fail at load with file and line (E201)', () => {
  for (const bad of ['04x  meet TGT', '044  TGT meet', '044  meet (with TGT', '044  meet/q TGT', '044  meet [both]']) {
    assert.throws(() => parseDyadVerbs(`# c\n${bad}`, 'x.txt'), (e: unknown) => e instanceof DyadError && e.code === 'E201' && /x\.txt, line 2/.test(e.message));
  }
});
