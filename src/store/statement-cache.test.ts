import assert from 'node:assert/strict';
import { test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { cachedStatements } from './statement-cache.js';

test('one statement per SQL text, reused; the least recently used go past the bound', () => {
  const raw = new Sqlite(':memory:');
  const db = cachedStatements(raw, 2);
  const a = db.prepare('SELECT 1 AS x');
  assert.equal(db.prepare('SELECT 1 AS x'), a);
  assert.deepEqual(a.all([]), [{ x: 1 }]);
  db.prepare('SELECT 2 AS x');
  db.prepare('SELECT 1 AS x'); // used again: now the most recent
  db.prepare('SELECT 3 AS x'); // evicts SELECT 2
  assert.equal(db.prepare('SELECT 1 AS x'), a);
  db.close();
});

test('a statement being iterated is not handed out again; the schema may change under a cached one', () => {
  const raw = new Sqlite(':memory:');
  const db = cachedStatements(raw);
  raw.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1), (2)');
  const sql = 'SELECT * FROM t ORDER BY x';
  const out: unknown[] = [];
  for (const row of db.prepare(sql).iterate([])) {
    // The same query while the first still streams: a fresh statement, not "busy".
    out.push(row, db.prepare(sql).all([]).length);
  }
  assert.deepEqual(out, [{ x: 1 }, 2, { x: 2 }, 2]);
  raw.exec('ALTER TABLE t ADD COLUMN y DEFAULT 0');
  assert.deepEqual(db.prepare(sql).all([]), [{ x: 1, y: 0 }, { x: 2, y: 0 }]);
  db.close();
});
