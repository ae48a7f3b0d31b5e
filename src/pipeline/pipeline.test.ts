import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../doc/doc.js';
import { DyadError } from '../errors.js';
import type { Component } from './component.js';
import { buildPipeline, runBatch } from './pipeline.js';

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
