import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codeText } from '../../test/code-with-fake-actors.js';

// Every sentence of negatives.txt must code no (non-negated) event.
const lines = readFileSync(new URL('./negatives.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

test('negative sentences code nothing', () => {
  const false_: string[] = [];
  for (const line of lines) {
    const doc = codeText(line);
    const ev = doc.events.filter((e) => !e.negated);
    if (ev.length) false_.push(`"${line}" → ${ev.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.deepEqual(false_, []);
});
