import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from '../../test/code-with-fake-actors.js';
import { loadVerbPatterns } from './patterns/load-verbs.js';
import { isCameoCode } from './ontology/index.js';

// Every pattern of dict/verbs/ carries an example sentence written by the
// project; coding it must yield the pattern's code (with the test actors).
const patterns = loadVerbPatterns();

test('every pattern codes a CAMEO code and has an example', () => {
  for (const p of patterns) {
    assert.ok(isCameoCode(p.code), `${p.where}: ${p.code} is not a CAMEO code`);
    assert.ok(p.example, `${p.where}: no example sentence in the comment`);
  }
});

test('each example sentence codes its pattern\'s code', () => {
  const failures: string[] = [];
  for (const p of patterns) {
    const doc = codeText(p.example!);
    const codes = doc.events.filter((e) => !e.negated).map((e) => e.cameo);
    if (!codes.includes(p.code)) failures.push(`${p.where} ${p.code} "${p.example}" → [${codes.join(', ')}]`);
  }
  assert.deepEqual(failures, []);
});
