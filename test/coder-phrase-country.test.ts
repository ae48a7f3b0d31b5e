import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodedEvent } from '../src/doc/event.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeInput } from '../src/process.js';

// With the real actors stage: a country guessed from context yields to the one the phrase names.

test('"dissidents from Uganda" are Ugandan even in a story about Kenya', () => {
  const content = 'Kenya talks\n\nThe Kenyan president met with exiled dissidents from Uganda.\n';
  const doc = codeInput({ id: 't', file: 't.txt', format: 'text', content, published: '2008-08-06' }, createPipeline());
  const got = doc.events.map((e: CodedEvent) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
  assert.ok(got.includes('KENGOV 040 UGAOPP'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('KENOPP')), got.join('; '));
});
