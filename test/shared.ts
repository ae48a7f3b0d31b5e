import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

/** Project root (tests run from any cwd). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `../shared` beside the project: gold standards, corpora, codebooks. Never read by the product. */
export const SHARED = process.env.DYAD_SHARED ?? join(ROOT, '..', 'shared');

/**
 * Path of a file in ../shared, or null after marking the test skipped with a
 * visible message. In CI (CI=true) a missing ../shared is a failure, not a skip.
 *
 * @example
 * const gold = sharedFile(t, 'eval/plover-gsr-dev.json'); if (!gold) return;
 */
export function sharedFile(t: TestContext, rel: string): string | null {
  const p = join(SHARED, rel);
  if (existsSync(p)) return p;
  if (process.env.CI) throw new Error(`${p} is missing: CI must have ../shared beside the project`);
  t.skip(`../shared/${rel} not found: skipped (it holds the gold standards; see README)`);
  process.stderr.write(`SKIP: ../shared/${rel} not found\n`);
  return null;
}
