import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawInput } from '../ingest/types.js';
import { jobIdFor, problemWith } from './article-job.js';
import { reasonOf } from './queue-status.js';

const a: RawInput = { id: 'a.txt', file: 'a.txt', format: 'text', content: 'Seoul protested the missile launch.', published: '2020-09-02' };
const b: RawInput = { id: 'b.txt', file: 'b.txt', format: 'text', content: 'Tokyo and Seoul held talks.', published: '2020-09-02' };

test('a job id comes from the content, not from where it was read', () => {
  assert.match(jobIdFor([a]), /^a-[0-9a-f]{64}$/);
  assert.equal(jobIdFor([a]), jobIdFor([{ ...a, id: 'copy/a.txt', file: 'copy/a.txt' }]));
  assert.notEqual(jobIdFor([a]), jobIdFor([{ ...a, published: '2020-09-03' }]));
  assert.match(jobIdFor([a, b]), /^b-[0-9a-f]{64}$/);
  assert.notEqual(jobIdFor([a, b]), jobIdFor([b, a]));
  // BullMQ splits keys on ":", so an id must not hold one.
  assert.doesNotMatch(jobIdFor([a, b]), /:/);
});

test('a job payload that is not a list of articles is named as the problem', () => {
  assert.equal(problemWith({ v: 1, articles: [a] }), null);
  assert.match(problemWith(null)!, /no "articles"/);
  assert.match(problemWith({ v: 2, articles: [a] })!, /v2/);
  assert.match(problemWith({ v: 1, articles: [] })!, /no articles/);
  assert.match(problemWith({ v: 1, articles: [{ id: 'x', text: 'hi' }] })!, /article 0/);
});

test('the failure class is the first word of the reason; BullMQ\'s stall message is "stalled"', () => {
  assert.equal(reasonOf('store: connection refused'), 'store');
  assert.equal(reasonOf('bad-record: no articles in the job'), 'bad-record');
  assert.equal(reasonOf('job stalled more than allowable limit'), 'stalled');
  assert.equal(reasonOf('Something odd'), 'error');
  assert.equal(reasonOf(undefined), 'unknown');
});
