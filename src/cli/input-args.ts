import { existsSync } from 'node:fs';
import { DyadError } from '../errors.js';

/**
 * Check input paths before a batch starts: a path that does not exist is a
 * user's mistake (exit 2, clear message), not a per-document failure.
 *
 * @example
 * checkInputPaths(['article.txt']) // throws E010 when article.txt is missing
 */
export function checkInputPaths(paths: string[]): void {
  for (const p of paths) {
    if (p !== '-' && !existsSync(p)) throw new DyadError('E010', { path: p });
  }
}
