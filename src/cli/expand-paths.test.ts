import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandPaths } from './expand-paths.js';

test('globs expand to files in name order; plain paths and unmatched patterns pass through', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-glob-'));
  mkdirSync(join(dir, 'feeds', '2020'), { recursive: true });
  for (const f of ['a.txt', 'b.txt', 'c.html', 'feeds/x.jsonl.gz', 'feeds/2020/y.jsonl.gz', '.hidden.txt']) writeFileSync(join(dir, f), 'x');
  assert.deepEqual(expandPaths([join(dir, '*.txt')]), [join(dir, 'a.txt'), join(dir, 'b.txt')]);
  assert.deepEqual(expandPaths([join(dir, 'feeds/**/*.jsonl.gz')]), [join(dir, 'feeds/2020/y.jsonl.gz'), join(dir, 'feeds/x.jsonl.gz')]);
  assert.deepEqual(expandPaths([join(dir, '[ab].txt')]), [join(dir, 'a.txt'), join(dir, 'b.txt')]);
  assert.deepEqual(expandPaths([join(dir, 'c.html'), join(dir, '*.pdf')]), [join(dir, 'c.html'), join(dir, '*.pdf')]);
});
