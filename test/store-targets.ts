import { after, describe, test, type TestContext } from 'node:test';
import pg from 'pg';
import type { Store } from '../src/store/database.js';
import { openStore, pgConnection } from '../src/store/open-store.js';

/** PostgreSQL used by the store's contract suite: trust auth on 127.0.0.1, database `test`. */
export const TEST_PG_URL = process.env.DYAD_TEST_PG ?? 'postgres://127.0.0.1:5432/test';

/** Drop a test schema and everything in it. */
export async function dropPgSchema(schema: string): Promise<void> {
  const c = new pg.Client(pgConnection(TEST_PG_URL));
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}

let reachable: Promise<boolean> | null = null;
function pgReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const c = new pg.Client({ ...pgConnection(TEST_PG_URL), connectionTimeoutMillis: 1500 });
    try {
      await c.connect();
      await c.end();
      return true;
    } catch {
      return false;
    }
  })();
  return reachable;
}

type Dialect = 'sqlite' | 'postgres';
type StoreTest = (store: Store, t: TestContext) => Promise<void>;

export interface StoreSuite {
  dialect: Dialect;
  /** A test on a fresh, empty, migrated store of this dialect. */
  it(title: string, fn: StoreTest): void;
  /** A test on one store shared by the suite, filled once by `setup`. */
  itShared(title: string, fn: StoreTest): void;
}

/**
 * Run a suite against SQLite always and against PostgreSQL when reachable.
 * In CI (CI=true) an unreachable PostgreSQL fails; elsewhere its tests skip
 * with a message saying how to run them. Each PostgreSQL store lives in a new
 * schema that is dropped after the test (or the suite, for shared stores).
 *
 * @example forEachStore('articles', async (s) => fill(s), ({ it }) => { it('stores', async (store) => { … }); });
 */
export function forEachStore(name: string, setup: ((store: Store) => Promise<void>) | null, suite: (s: StoreSuite) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
    describe(`${name} [${dialect}]`, () => {
      let shared: Promise<{ store: Store; drop: () => Promise<void> }> | null = null;
      after(async () => {
        if (shared) await (await shared).drop();
      });
      const available = async (t: TestContext): Promise<boolean> => {
        if (dialect === 'sqlite' || (await pgReachable())) return true;
        if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${TEST_PG_URL}; CI must run it (see .ci/run)`);
        const msg = `PostgreSQL not reachable at ${TEST_PG_URL}: start it on 127.0.0.1:5432 (trust auth, database "test") or set DYAD_TEST_PG=postgres://… to run the store suite there`;
        t.skip(msg);
        process.stderr.write(`SKIP: ${msg}\n`);
        return false;
      };
      suite({
        dialect,
        it(title, fn) {
          test(title, async (t) => {
            if (!(await available(t))) return;
            const { store, drop } = await freshStore(dialect);
            try {
              await fn(store, t);
            } finally {
              await drop();
            }
          });
        },
        itShared(title, fn) {
          test(title, async (t) => {
            if (!(await available(t))) return;
            shared ??= freshStore(dialect).then(async (x) => {
              if (setup) await setup(x.store);
              return x;
            });
            await fn((await shared).store, t);
          });
        },
      });
    });
  }
}

let counter = 0;
async function freshStore(dialect: Dialect): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const store = await openStore(':memory:');
    return { store, drop: () => store.close() };
  }
  const schema = `dyad_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const store = await openStore(TEST_PG_URL, { pgSchema: schema });
  return {
    store,
    async drop() {
      await store.close();
      await dropPgSchema(schema);
    },
  };
}
