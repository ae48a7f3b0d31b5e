import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type WinkNLP from 'wink-nlp';
import { importBundled } from '../bundled.js';

const winkNLP = await importBundled<{ default: typeof WinkNLP }>('wink-nlp.js', () => import('wink-nlp')).then((m) => m.default);
type Wink = ReturnType<typeof WinkNLP>;
type Model = Parameters<typeof WinkNLP>[0];
let instance: Wink | null = null;

// dyad reads sentences, tokens, POS and lemmas only: named entities, negation
// and sentiment passes would cost time on every document for nothing.
const PIPE = ['sbd', 'pos'];

const require = createRequire(import.meta.url);

export interface CoreModel {
  lexicon: unknown;
  xpansions: unknown;
  pos: { hash: Record<string, number> };
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }> & {
    posClusters: { list: unknown[] };
  };
}

function words(b64: string): Uint32Array {
  const buf = Buffer.from(b64, 'base64');
  // Copy into an aligned buffer of its own: Uint32Array needs 4-byte alignment.
  return new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** The core model as its file holds it, with the two packed tables decoded. */
export function readCoreJson(): CoreModel {
  const m = JSON.parse(readFileSync(require.resolve(CORE_JSON), 'utf8')) as CoreModel;
  m.lexicon = words(m.lexicon as string);
  m.xpansions = words(m.xpansions as string);
  return m;
}

// Reading the 3 MB JSON core and decoding its tables takes ~45 ms of start-up;
// V8's deserializer reads the same objects back in ~25 ms. `npm run build`
// writes the cache; it is used only when its key matches, so a stale or
// missing cache just means reading the JSON as before.

/** The cache of the decoded core model, beside this module (dist/nlp/ once built). */
export const CORE_CACHE = fileURLToPath(new URL('./wink-core.bin', import.meta.url));

/**
 * The cache key: the model package's version and the core file's size and
 * time (cheaper than hashing 3 MB, and the package is not edited in place),
 * this module's code, and the V8 version (the format is V8's).
 */
export function coreCacheKey(): string {
  const st = statSync(require.resolve(CORE_JSON));
  const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };
  return createHash('sha256')
    .update(`${process.versions.v8}\0${version}\0${st.size}\0${st.mtimeMs}\0`)
    .update(readFileSync(new URL(import.meta.url)))
    .digest('hex');
}

/** What the cache holds: the decoded core, and the lexemes' indices in sorted order (see lazyLexemeHash). */
export interface CachedCore {
  core: CoreModel;
  order: Uint32Array;
}

/** The decoded core from the cache file, or null when it is missing, unreadable or made from another model. */
export function readCoreCache(key: string, file = CORE_CACHE): CachedCore | null {
  let c: CachedCore & { key: string };
  try {
    c = deserialize(readFileSync(file)) as typeof c;
  } catch {
    return null;
  }
  return c?.key === key ? { core: c.core, order: c.order } : null;
}

/** Write the decoded core model to the cache file (`npm run build`). Returns the file. */
export function writeCoreCache(file = CORE_CACHE): string {
  const core = readCoreJson();
  const lex = core.features.lexeme!.list;
  const order = Uint32Array.from(lex.keys()).sort((a, b) => (lex[a]! < lex[b]! ? -1 : lex[a]! > lex[b]! ? 1 : 0));
  writeFileSync(file, serialize({ key: coreCacheKey(), core, order }));
  return file;
}

/** Distinct words looked up before the lexeme hash is filled in full (a long article has ~1,000). */
const LAZY_WORDS = 4000;

/**
 * The lexeme → index hash wink reads (`hash[word]`, and `hash[word] = i` for
 * a new word), filled on demand: an object whose prototype answers a missing
 * word by binary search over the lexemes in sorted order and stores the
 * answer on the object (found or not: undefined reads the same as absent), so
 * each word is searched once. Building all 87,600 entries up front costs
 * ~60 ms and its garbage; one article meets a few hundred words. After
 * `LAZY_WORDS` distinct words (a batch, not one article) the hash is filled
 * in full and drops the searching prototype, which slows every lookup.
 *
 * @example
 * lazyLexemeHash(['b', 'a'], Uint32Array.of(1, 0))['b'] // 0
 */
export function lazyLexemeHash(list: readonly string[], order: Uint32Array, lazyWords = LAZY_WORDS): Record<string, number> {
  const size = order.length;
  const hash = Object.create(null) as Record<string, number>;
  const store = (key: string, value: number | undefined): void => {
    Object.defineProperty(hash, key, { value, writable: true, enumerable: true, configurable: true });
  };
  const find = (word: string): number | undefined => {
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[order[mid]!]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < size && list[order[lo]!] === word ? order[lo] : undefined;
  };
  let asked = 0;
  const fillAll = (): void => {
    Object.setPrototypeOf(hash, null);
    for (let i = 0; i < size; i++) hash[list[i]!] = i;
  };
  const onMiss = new Proxy(Object.create(null) as object, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const i = find(key);
      store(key, i);
      if (++asked >= lazyWords) fillAll();
      return i;
    },
    set(_target, key, value: number) {
      if (typeof key !== 'string') return false;
      store(key, value);
      return true;
    },
  });
  Object.setPrototypeOf(hash, onMiss);
  return hash;
}

/**
 * The model's core, read as the package's own `load-core-model.js` does but
 * ~3× cheaper: the decoded core from the build's cache (or one JSON.parse of
 * the file, no require cache plus deep copy, base64 decoded natively instead
 * of a per-byte `atob` loop), then the lookup hashes built here (the lexeme
 * hash on demand when the cache gives the sorted order).
 *
 * @example
 * fastCore().features.lexeme.hash['the'] // → a lexeme id
 */
function fastCore(): CoreModel {
  const cached = readCoreCache(coreCacheKey());
  const m = cached?.core ?? readCoreJson();
  const layout = m.packing.layout;
  const f = m.features;
  for (const k in layout) {
    if (layout[k]![3] !== 0) continue;
    const hash = Object.create(null) as Record<string, number>;
    const list = f[k]!.list;
    for (let i = 0; i < list.length; i++) hash[list[i]!] = i;
    f[k]!.hash = hash;
  }
  const lex = f.lexeme!.list;
  if (cached) f.lexeme!.hash = lazyLexemeHash(lex, cached.order);
  else {
    const lexHash = Object.create(null) as Record<string, number>;
    for (let i = 0; i < lex.length; i++) lexHash[lex[i]!] = i;
    f.lexeme!.hash = lexHash;
  }
  const clusters = f.posClusters.list;
  for (let i = 0; i < clusters.length; i++) clusters[i] = new Set((clusters[i] as string).split('_').map((e) => m.pos.hash[e] || 0));
  // What load-core-model.js adds after reading.
  m.packing.efList = [];
  for (const k in layout) {
    if (layout[k]![3] === 0) {
      f[k]!.intrinsicSize = f[k]!.list.length;
      f[k]!.index = f[k]!.list.length;
      f[k]!.maxIndex = layout[k]![1]! >>> layout[k]![2]!;
    }
    if (layout[k]![4] === 1) m.packing.efList.push(k);
  }
  f.lexeme!.intrinsicSize = lex.length;
  f.lexeme!.index = lex.length;
  return m;
}

// Models of passes dyad leaves out of the pipe: wink loads every model at
// start-up, so hand it empty ones instead of parsing 570 KB of JSON.
const NO_MACHINES = () => ({ machines: [], transformers: [] });
const EMPTY_FSM = () => ({ machines: ['[100,0,{"0":{}},{},{},{}]'], setter: () => undefined });

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Memoised lemmas at most, per POS; the memo starts again when full (out-of-vocabulary words keep coming). */
const LEMMA_MEMO_MAX = 50_000;

/**
 * wink's lemmatizer, memoised by POS and word. wink calls it for every token
 * whose lemma the lexicon does not give outright (most nouns, verbs and
 * adjectives), and it tries up to eight suffix rewrites, each a regex replace
 * and a lexicon look-up. Its answer depends on the word, the POS and the
 * model's fixed lexicon only (a word the lexicon lacks is never a base form),
 * so the same (POS, word) always gives the same lemma.
 *
 * @example
 * memoLemmatize(lemmatize)('talks', 'NOUN', cache) // 'talk', computed once
 */
export function memoLemmatize(lemmatize: Lemmatize): Lemmatize {
  // Plain objects, not Maps: the words are the lexicon's own string objects,
  // which V8 internalizes on their first use as a key, so later look-ups are cheap.
  let memo = Object.create(null) as Record<string, Record<string, string>>;
  let size = 0;
  return (value, pos, cache) => {
    const byWord = (memo[pos] ??= Object.create(null) as Record<string, string>);
    let lemma = byWord[value];
    if (lemma === undefined) {
      if (size >= LEMMA_MEMO_MAX) {
        memo = Object.create(null) as Record<string, Record<string, string>>;
        size = 0;
      }
      lemma = lemmatize(value, pos, cache);
      (memo[pos] ??= Object.create(null) as Record<string, string>)[value] = lemma;
      size++;
    }
    return lemma;
  };
}

type ReadabilityStats = (rdd: unknown, its: unknown) => unknown;
/** Set by `readRaw` around its one call: the readability add-on then hands back wink's raw document data. */
let rawWanted = false;
let addons: Record<string, unknown> | null = null;

/** The model's add-ons, loaded with the model (wink passes this object to every `its` function that takes add-ons). */
function modelAddons(): Record<string, unknown> {
  if (addons) return addons;
  const part = (name: string): unknown => require(`wink-eng-lite-web-model/dist/${name}.js`);
  const readabilityStats = part('readability-stats') as ReadabilityStats;
  addons = {
    stem: part('porter-stemmer'),
    lemmatize: memoLemmatize(part('lemmatize') as Lemmatize),
    // wink hands the document's raw data (rdd) to this add-on only: dyad never asks
    // for readability statistics, so `readRaw` uses it as its door to the rdd.
    readabilityStats: (rdd: unknown, its: unknown): unknown => (rawWanted ? rdd : readabilityStats(rdd, its)),
    wordVectors: undefined,
  };
  return addons;
}

/**
 * wink's raw document data, as its `its` functions read it: 4 numbers per
 * token (lexeme, preceding spaces, POS and lemma, sentence) and the sentences
 * as `[first token, last token, …]`.
 */
export interface RawDoc {
  tokens: number[];
  sentences: number[][];
  numOfTokens: number;
  /** wink's lexicon and its look-ups (what its lemmatizer is handed). */
  cache: unknown;
}

/**
 * Read a text with wink and return its raw document data, to read tokens out
 * with `its.value(i, rdd)`, `its.pos(i, rdd)` and `its.lemma(i, rdd, rawAddons)`
 * in one loop, instead of `doc.tokens().out(…)` building an array per attribute.
 * Same functions, same answers; only the arrays in between are gone.
 *
 * @example
 * const rdd = readRaw('Envoys met.'); wink().its.value(0, rdd as never) // 'Envoys'
 */
export function readRaw(text: string): RawDoc {
  const nlp = wink();
  const doc = nlp.readDoc(text);
  rawWanted = true;
  try {
    return doc.out(nlp.its.readabilityStats as never) as unknown as RawDoc;
  } finally {
    rawWanted = false;
  }
}

/** The add-ons to pass to `its` functions called on a `readRaw` document (`its.lemma` needs them). */
export function rawAddons(): unknown {
  return modelAddons();
}

/**
 * The package's model object (`dist/model.js`) assembled from its parts, so
 * that importing it does not parse the 3 MB core model (fastCore does, once)
 * nor the entity and sentiment models dyad does not run.
 */
function buildModel(): Model {
  const part = (name: string): unknown => require(`wink-eng-lite-web-model/dist/${name}.js`);
  return {
    core: fastCore,
    sbd: part('load-sbd-model'),
    pos: part('load-pos-model'),
    ner: NO_MACHINES,
    negation: part('load-negation-model'),
    sa: EMPTY_FSM,
    metaCER: part('load-cer-meta-model'),
    featureFn: part('feature'),
    addons: modelAddons(),
  } as unknown as Model;
}

/** The shared wink-nlp instance, built on first use (sentences, tokens, POS and lemmas). */
export function wink(): Wink {
  instance ??= winkNLP(buildModel(), PIPE as never);
  return instance;
}
