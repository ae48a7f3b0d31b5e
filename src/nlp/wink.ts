import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
let instance: Wink | null = null;

// dyad reads sentences, tokens, POS and lemmas only: named entities, negation
// and sentiment passes would cost time on every document for nothing.
const PIPE = ['sbd', 'pos'];

const require = createRequire(import.meta.url);

interface CoreModel {
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

/**
 * The model's core, read as the package's own `load-core-model.js` does but
 * ~3× cheaper: one JSON.parse of the file (no require cache plus deep copy)
 * and base64 decoded natively instead of a per-byte `atob` loop.
 *
 * @example
 * fastCore().features.lexeme.hash['the'] // → a lexeme id
 */
function fastCore(): CoreModel {
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  m.lexicon = words(m.lexicon as string);
  m.xpansions = words(m.xpansions as string);
  const layout = m.packing.layout;
  const f = m.features;
  for (const k in layout) {
    if (layout[k]![3] !== 0) continue;
    const hash = Object.create(null) as Record<string, number>;
    const list = f[k]!.list;
    for (let i = 0; i < list.length; i++) hash[list[i]!] = i;
    f[k]!.hash = hash;
  }
  const lexHash = Object.create(null) as Record<string, number>;
  const lex = f.lexeme!.list;
  for (let i = 0; i < lex.length; i++) lexHash[lex[i]!] = i;
  f.lexeme!.hash = lexHash;
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
    addons: { stem: part('porter-stemmer'), lemmatize: part('lemmatize'), readabilityStats: part('readability-stats'), wordVectors: undefined },
  } as unknown as Model;
}

/** The shared wink-nlp instance, built on first use (sentences, tokens, POS and lemmas). */
export function wink(): Wink {
  instance ??= winkNLP(buildModel(), PIPE as never);
  return instance;
}
