// Throughput of actor recognition alone (tokens made first, not timed) on the KCNA sample.
// Run: node --import tsx scripts/bench-actors.ts ../shared/corpus/kcna-2011-sample.jsonl.gz [stories]
import { defaultDictionaries } from '../src/actors/dictionary.js';
import { recognizeActors } from '../src/actors/recognize.js';
import { docFromParagraphs } from '../src/article/build-doc.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';
import { kcnaText, readKcna } from '../test/kcna.js';

const path = process.argv[2] ?? '../shared/corpus/kcna-2011-sample.jsonl.gz';
const n = Number(process.argv[3] ?? 500);
let t0 = performance.now();
const dicts = defaultDictionaries();
const load = performance.now() - t0;
const docs = readKcna(path, n).map((s) => docFromParagraphs({ id: s.id, published: s.published }, kcnaText(s.text).split(/\n\s*\n/)));
t0 = performance.now();
for (const d of docs) tokenizeDoc(d);
const tok = performance.now() - t0;
const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);
const rounds = 5;
t0 = performance.now();
let mentions = 0;
for (let r = 0; r < rounds; r++) for (const d of docs) mentions += recognizeActors(d, dicts, { homeCountry: 'PRK', date: d.meta.published }).length;
const act = (performance.now() - t0) / rounds;
process.stdout.write(
  `dictionaries: ${dicts.entries.length} names compiled in ${load.toFixed(0)} ms\n` +
    `${docs.length} stories, ${sentences} sentences: tokenize ${tok.toFixed(0)} ms; actors ${act.toFixed(0)} ms = ${Math.round((sentences / act) * 1000)} sentences/s, ${mentions / rounds} mentions\n`,
);
