import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { DyadError } from '../../errors.js';
import { PatternMatcher } from './matcher.js';
import type { VerbPattern } from './pattern.js';
import { parseDyadVerbs } from './parse-dyad-verbs.js';
import { parsePetrarchVerbs } from '../petrarch/parse-petrarch-verbs.js';

/** Project root: this file sits three folders down in both `src/` and `dist/`. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** dyad's own verb dictionary. */
export const DEFAULT_VERBS_DIR = join(PROJECT_ROOT, 'dict', 'verbs');

/** A verb dictionary file: its text and the name patterns cite it by ("dict/verbs/04-consult.txt"). */
interface VerbFile {
  shown: string;
  text: string;
}

/** The verb files at a path (a file, or the `*.txt` of a folder in name order), read. */
export function readVerbFiles(path: string): VerbFile[] {
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
  return files.map((f) => ({
    shown: relative(PROJECT_ROOT, f).startsWith('..') ? basename(f) : relative(PROJECT_ROOT, f),
    text: readFileSync(f, 'utf8'),
  }));
}

/** Parse verb files, each in its own format. */
export function parseVerbFiles(files: VerbFile[]): VerbPattern[] {
  const out: VerbPattern[] = [];
  for (const { shown, text } of files) {
    if (isPetrarchVerbs(text)) out.push(...parsePetrarchVerbs(text, shown));
    else out.push(...parseDyadVerbs(text, shown));
  }
  return out;
}

/**
 * Read verb patterns from a file or folder: dyad's format (`*.txt` in
 * `dict/verbs/`) or a PETRARCH verb dictionary (recognised by its `---  VERB  [code] ---` blocks).
 * dyad's own folder is read from the compiled cache when it matches the files.
 *
 * @example
 * loadVerbPatterns('dict/verbs').length // hundreds of patterns
 */
export function loadVerbPatterns(path: string = DEFAULT_VERBS_DIR): VerbPattern[] {
  const files = readVerbFiles(path);
  if (resolve(path) === DEFAULT_VERBS_DIR) {
    const cached = readVerbCache(verbCacheKey(files));
    if (cached) return cached;
  }
  return parseVerbFiles(files);
}

// Parsing dyad's verb files takes ~15 ms of `dyad code`'s start-up; reading
// the parsed patterns back with V8's deserializer a few. `npm run build`
// writes the cache; it is used only when its key matches, so a stale or
// missing cache just means parsing as before.

/** The cache of dyad's own parsed verb patterns, beside this module (dist/events/patterns/ once built). */
export const VERB_CACHE = fileURLToPath(new URL('./default-verbs.bin', import.meta.url));

/** Modules whose code decides what the parsed patterns hold: any change to them makes the cache stale. */
const CODE = ['./load-verbs', './parse-dyad-verbs', './pattern', '../petrarch/parse-petrarch-verbs'];

/** The cache key: the files (names and texts), the code that parses them, and the V8 version (the format is V8's). */
export function verbCacheKey(files: VerbFile[]): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const h = createHash('sha256').update(process.versions.v8);
  for (const m of CODE) h.update(readFileSync(new URL(m + ext, import.meta.url)));
  for (const f of files) h.update('\0').update(f.shown).update('\0').update(f.text);
  return h.digest('hex');
}

/** The parsed patterns from the cache file, or null when it is missing, unreadable or made from other files. */
export function readVerbCache(key: string, file = VERB_CACHE): VerbPattern[] | null {
  let c: { key: string; patterns: VerbPattern[] };
  try {
    c = deserialize(readFileSync(file)) as typeof c;
  } catch {
    return null;
  }
  return c?.key === key ? c.patterns : null;
}

/** Parse dyad's own verb files and write them to the cache file (`npm run build`). Returns the file. */
export function writeDefaultVerbCache(file = VERB_CACHE): string {
  const files = readVerbFiles(DEFAULT_VERBS_DIR);
  writeFileSync(file, serialize({ key: verbCacheKey(files), patterns: parseVerbFiles(files) }));
  return file;
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
