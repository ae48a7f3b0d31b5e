import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ActorDictionaries, DictEntry } from './dictionary.js';
import { PhraseTrie, type TrieParts } from './trie.js';

// Compiling dyad's ~4,300 dictionary rows into the trie takes ~100 ms of
// CPU, a fifth of `dyad code`'s start-up; reading the compiled tables back
// with V8's deserializer takes ~20 ms. The file also keeps the recogniser's
// lexicon of those dictionaries (`lexiconCache` in recognize.ts: every word
// hashed into a table, the trie's word-id tables), another ~40 ms at the first
// document otherwise. `npm run build` writes the cache; it is used only when
// its key matches, so a stale or missing cache just means compiling as before.

/** The cache file, beside this module (dist/actors/ once built). */
export const DICTIONARY_CACHE = fileURLToPath(new URL('./default-dictionaries.bin', import.meta.url));

/** Modules whose code decides what the compiled dictionaries hold: any change to them makes the cache stale. */
const CODE = ['./dictionary', './keys', './trie', '../nlp/tokenize', './recognize', './lexicon'];

/**
 * The cache key: the dictionary texts, the code that compiles them, and the
 * V8 version (the serialization format is V8's).
 *
 * @example dictionaryCacheKey(['# people\n', …]) // '3f2a…'
 */
export function dictionaryCacheKey(texts: string[]): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const h = createHash('sha256').update(process.versions.v8);
  for (const m of CODE) h.update(readFileSync(new URL(m + ext, import.meta.url)));
  for (const t of texts) h.update('\0').update(t);
  return h.digest('hex');
}

interface CacheFile {
  key: string;
  entries: DictEntry[];
  trie: TrieParts<DictEntry>;
  outletCountry: Map<string, string>;
  surnames: Map<string, DictEntry[]>;
  lexicon?: unknown;
}

/** The compiled dictionaries from the cache file, or null when it is missing, unreadable or made from other inputs. */
export function readDictionaryCache(key: string, file = DICTIONARY_CACHE): ActorDictionaries | null {
  let c: CacheFile;
  try {
    c = deserialize(readFileSync(file)) as CacheFile;
  } catch {
    return null;
  }
  if (c?.key !== key) return null;
  // One serialization keeps shared objects shared (an entry in the list, the trie and the surname map is one object).
  return { entries: c.entries, trie: new PhraseTrie(c.trie), outletCountry: c.outletCountry, surnames: c.surnames, lexicon: c.lexicon };
}

/** Write compiled dictionaries to the cache file under `key`. Returns the file. */
export function writeDictionaryCache(key: string, d: ActorDictionaries, file = DICTIONARY_CACHE): string {
  const c: CacheFile = { key, entries: d.entries, trie: d.trie.parts(), outletCountry: d.outletCountry, surnames: d.surnames, lexicon: d.lexicon };
  writeFileSync(file, serialize(c));
  return file;
}
