import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_VERBS_DIR, parseVerbFiles, readVerbCache, readVerbFiles, verbCacheKey, writeDefaultVerbCache } from './load-verbs.js';

test('verb patterns read back from the cache equal the parsed ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-verb-cache-'));
  try {
    const file = writeDefaultVerbCache(join(dir, 'v.bin'));
    const files = readVerbFiles(DEFAULT_VERBS_DIR);
    const back = readVerbCache(verbCacheKey(files), file);
    assert.ok(back);
    assert.deepEqual(back, parseVerbFiles(files));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a verb cache made from other files, a missing one or a broken one is not used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-verb-cache-'));
  try {
    const file = writeDefaultVerbCache(join(dir, 'v.bin'));
    const files = readVerbFiles(DEFAULT_VERBS_DIR);
    const edited = files.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n# edited\n` } : f));
    assert.equal(readVerbCache(verbCacheKey(edited), file), null);
    assert.equal(readVerbCache(verbCacheKey(files), join(dir, 'missing.bin')), null);
    writeFileSync(file, 'not a cache');
    assert.equal(readVerbCache(verbCacheKey(files), file), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
