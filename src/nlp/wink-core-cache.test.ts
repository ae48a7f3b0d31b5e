import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreCacheKey, readCoreCache, readCoreJson, writeCoreCache } from './wink.js';

test('the core model read back from the cache equals the one read from its JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-wink-cache-'));
  try {
    const file = writeCoreCache(join(dir, 'core.bin'));
    const back = readCoreCache(coreCacheKey(), file);
    assert.ok(back);
    assert.deepEqual(back, readCoreJson());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a core cache with another key, a missing one or a broken one is not used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-wink-cache-'));
  try {
    const file = writeCoreCache(join(dir, 'core.bin'));
    assert.equal(readCoreCache('another model', file), null);
    assert.equal(readCoreCache(coreCacheKey(), join(dir, 'missing.bin')), null);
    writeFileSync(file, 'not a cache');
    assert.equal(readCoreCache(coreCacheKey(), file), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
