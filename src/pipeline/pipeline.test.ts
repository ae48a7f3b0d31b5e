import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../doc/doc.js';
import { DiscardError, DyadError } from '../errors.js';
import type { Component } from './component.js';
import { buildPipeline, localityBatches, LOCALITY_BATCH, LOCALITY_CHARS, runBatch } from './pipeline.js';

const noop = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
  name,
  requires,
  assigns,
  run: () => {},
});

test('a pipeline with an unmet requirement fails at build time, naming the component', () => {
  assert.throws(
    () => buildPipeline([noop('coder', ['mentions'], ['events']), noop('actors', ['tokens'], ['mentions'])]),
    (err: unknown) => err instanceof DyadError && err.code === 'E101' && /"coder"/.test(err.message) && /"mentions"/.test(err.message),
  );
});

test('a well-ordered pipeline builds and runs each component once, in order', () => {
  const order: string[] = [];
  const mk = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
    name,
    requires,
    assigns,
    run: () => void order.push(name),
  });
  const p = buildPipeline([mk('tok', ['paragraphs'], ['sentences', 'tokens']), mk('act', ['tokens'], ['mentions'])]);
  const doc = p.run(new Doc('x', { id: 'd' }));
  assert.deepEqual(order, ['tok', 'act']);
  assert.ok(doc.layers.has('mentions'));
});

test('a component listed twice is refused', () => {
  assert.throws(() => buildPipeline([noop('a', [], []), noop('a', [], [])]), /listed twice/);
});

test('runBatch records a typed failure and goes on', () => {
  const r = runBatch([{ id: 'a' }, { id: 'b' }, { id: 'c' }], (x) => {
    if (x.id === 'b') throw new Error('boom');
    return x.id;
  });
  assert.deepEqual(r.results, ['a', 'c']);
  assert.equal(r.failures.length, 1);
  assert.equal(r.failures[0]!.reason, 'error');
});

test('runMany runs component by component, and a document that fails or runs out of time leaves the others coded', () => {
  const order: string[] = [];
  let clock = 1_000_000;
  const realNow = Date.now;
  // A fake clock: each component takes 10 ms of a document's time, 'slow' 60 ms at the second component.
  Date.now = () => clock;
  try {
    const mk = (name: string, requires: Component['requires'], assigns: Component['assigns']): Component => ({
      name,
      requires,
      assigns,
      run: (doc) => {
        order.push(`${name}:${doc.meta.id}`);
        if (name === 'act' && doc.meta.id === 'bad') throw new Error('boom');
        clock += name === 'act' && doc.meta.id === 'slow' ? 60 : 10;
      },
    });
    const p = buildPipeline([mk('tok', ['paragraphs'], ['sentences', 'tokens']), mk('act', ['tokens'], ['mentions']), mk('ev', ['mentions'], ['events'])], { maxArticleMs: 50 });
    const docs = ['a', 'bad', 'slow', 'late', 'b'].map((id) => new Doc('x', { id }));
    // 'late' comes with 45 ms already spent structuring: its first component puts it over 50 ms.
    const out = p.runMany(docs, [0, 0, 0, 45, 0]);
    assert.deepEqual(order, ['tok:a', 'tok:bad', 'tok:slow', 'tok:late', 'tok:b', 'act:a', 'act:bad', 'act:slow', 'act:b', 'ev:a', 'ev:b']);
    assert.equal(out[0], docs[0]);
    assert.ok(out[1] instanceof Error && /boom/.test(out[1].message));
    assert.ok(out[2] instanceof DiscardError && out[2].reason === 'timeout' && /stopped in act/.test(out[2].message));
    assert.ok(out[3] instanceof DiscardError && out[3].reason === 'timeout' && /stopped in tok/.test(out[3].message));
    assert.equal(out[4], docs[4]);
    assert.ok(docs[4]!.layers.has('events') && !docs[1]!.layers.has('mentions'));
  } finally {
    Date.now = realNow;
  }
});

test('localityBatches keeps order and bounds each batch by count and by characters', () => {
  const sizes = [10, 10, 200_000, 100_000, 5, 300_000, ...Array.from({ length: 70 }, () => 1_000)];
  const batches = localityBatches(sizes, (n) => n);
  assert.deepEqual(batches.flat(), sizes);
  for (const b of batches) {
    assert.ok(b.length >= 1 && b.length <= LOCALITY_BATCH);
    const chars = b.reduce((x, y) => x + y, 0);
    assert.ok(chars <= LOCALITY_CHARS || b.length === 1, `${b.length} items, ${chars} chars`);
  }
  // 200,010 + 100,000 passes the bound; the 300,000 stands alone; then the small ones in batches of 32
  assert.deepEqual(batches.slice(0, 4).map((b) => b.length), [3, 2, 1, 32]);
  assert.deepEqual(localityBatches([], (n: number) => n), []);
});
