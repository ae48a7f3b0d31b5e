// The SQLite memory map: on for readers (the server beside an ingest), off for writers, whose resident
// memory would otherwise grow with the file (a 50,000-story ingest peaked ~170 MB higher with it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openStore } from '../src/store/open-store.js';

async function mmapSize(memoryMap: boolean | undefined): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-mmap-'));
  const store = await openStore(join(dir, 'x.db'), memoryMap === undefined ? {} : { memoryMap });
  try {
    const r = await sql<{ mmap_size: number }>`PRAGMA mmap_size`.execute(store.db);
    return Number(r.rows[0]!.mmap_size);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('SQLite reads through a memory map by default, and not when a writer turns it off', async () => {
  assert.ok((await mmapSize(undefined)) > 0);
  assert.equal(await mmapSize(false), 0);
});
