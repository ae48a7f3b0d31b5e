import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawInput } from '../ingest/types.js';
import { ingest, localCoder } from './ingest.js';
import { openStore } from './open-store.js';

test('a stop asked for by a timer or signal is seen after the batch in flight, even when inputs are buffered', async () => {
  const store = await openStore(':memory:');
  try {
    // Inputs already in memory and a coder in this thread: nothing here waits for the disk.
    const inputs: RawInput[] = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, file: null, format: 'text', content: `Story number ${i}.` }));
    const coder = localCoder((input) => ({ ok: false, failure: { id: input.id, reason: 'empty', message: 'stand-in' } }));
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 0);
    const s = await ingest(store, inputs, { coder, batchSize: 10, signal: stop.signal });
    assert.equal(s.interrupted, true);
    assert.ok(s.read <= 20, `read ${s.read} inputs before stopping`);
  } finally {
    await store.close();
  }
});
