import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../errors.js';
import { PatternMatcher } from './matcher.js';
import type { VerbPattern } from './pattern.js';
import { parseDyadVerbs } from './parse-dyad-verbs.js';
import { parsePetrarchVerbs } from '../petrarch/parse-petrarch-verbs.js';

/** Project root: this file sits three folders down in both `src/` and `dist/`. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** dyad's own verb dictionary. */
export const DEFAULT_VERBS_DIR = join(PROJECT_ROOT, 'dict', 'verbs');

/**
 * Read verb patterns from a file or folder: dyad's format (`*.txt` in
 * `dict/verbs/`) or a PETRARCH verb dictionary (recognised by its `---  VERB  [code] ---` blocks).
 *
 * @example
 * loadVerbPatterns('dict/verbs').length // hundreds of patterns
 */
export function loadVerbPatterns(path: string = DEFAULT_VERBS_DIR): VerbPattern[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new DyadError('E010', { path });
  }
  const files = st.isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const out: VerbPattern[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const shown = relative(PROJECT_ROOT, f).startsWith('..') ? basename(f) : relative(PROJECT_ROOT, f);
    if (isPetrarchVerbs(text)) out.push(...parsePetrarchVerbs(text, shown));
    else out.push(...parseDyadVerbs(text, shown));
  }
  return out;
}

/** PETRARCH verb files have `--- VERB [code] ---` block headers. */
export function isPetrarchVerbs(text: string): boolean {
  return /^---\s+\S.*\[[^\]]*\]\s*---/m.test(text);
}

const cache = new Map<string, PatternMatcher>();

/** The compiled matcher for a dictionary path, built once per process. */
export function verbMatcher(path: string = DEFAULT_VERBS_DIR): PatternMatcher {
  let m = cache.get(path);
  if (!m) cache.set(path, (m = new PatternMatcher(loadVerbPatterns(path))));
  return m;
}
