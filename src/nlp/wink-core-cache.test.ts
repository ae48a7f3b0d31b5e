import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreCacheKey, lazyLexemeHash, readCoreCache, readCoreJson, writeCoreCache } from './wink.js';

test('the core model read back from the cache equals the one read from its JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-wink-cache-'));
  try {
    const file = writeCoreCache(join(dir, 'core.bin'));
    const back = readCoreCache(coreCacheKey(), file);
    assert.ok(back);
    const core = readCoreJson();
    assert.deepEqual(back.core, core);
    // The sorted order finds every lexeme at its own index.
    const lex = core.features.lexeme!.list;
    const hash = lazyLexemeHash(lex, back.order);
    for (let i = 0; i < lex.length; i += 1) assert.equal(hash[lex[i]!], i);
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

for (const lazyWords of [1000, 3]) test(`the on-demand lexeme hash answers like a plain one, for known, unknown and added words (filled in full after ${lazyWords})`, () => {
  const list = ['the', 'Seoul', 'constructor', 'a', '__proto__', 'zebra'];
  const order = Uint32Array.from(list.keys()).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  const hash = lazyLexemeHash(list, order, lazyWords);
  const plain = Object.create(null) as Record<string, number>;
  list.forEach((w, i) => (plain[w] = i));
  for (const w of [...list, 'seoul', 'toString', 'hasOwnProperty', 'valueOf', '', 'zzz', 'the']) assert.equal(hash[w], plain[w], w);
  // wink adds a new word by assignment, then reads it back.
  hash['Pyongyang'] = 6;
  plain['Pyongyang'] = 6;
  assert.equal(hash['Pyongyang'], 6);
  assert.equal(hash['pyongyang'], undefined);
  for (const w of [...list, 'seoul', 'toString', 'zzz', 'Pyongyang']) assert.equal(hash[w], plain[w], w);
  assert.equal(Object.getPrototypeOf(hash) === null, lazyWords === 3);
});
