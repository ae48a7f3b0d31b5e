// CPU time of bench (a) and (b) alone, repeated and interleaved, with (b)'s
// CPU per stage: a quicker loop than `npm run bench` for pipeline work, and a
// driver for `node --cpu-prof`. Timing numbers stay out of tests.
//
//   node --import tsx bench/pipeline-cpu.ts [N stories] [repeats] [--b-only] [--unseen] [--dist] [--one-by-one]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/pipeline-cpu.ts 2000 1 --b-only --dist
//
// With --dist, the built code in dist/ runs (profiles then point at its lines).
import { loadavg } from 'node:os';
import { cpuMs, loadKcna, timedComponents } from './corpus.js';

const root = process.argv.includes('--dist') ? '../dist' : '../src';
const { wink } = (await import(`${root}/nlp/wink.js`)) as typeof import('../src/nlp/wink.js');
const { createPipeline } = (await import(`${root}/pipeline/compose.js`)) as typeof import('../src/pipeline/compose.js');
const { buildPipeline, localityBatches } = (await import(`${root}/pipeline/pipeline.js`)) as typeof import('../src/pipeline/pipeline.js');
const { structureArticle } = (await import(`${root}/article/structure.js`)) as typeof import('../src/article/structure.js');

const argv = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const bOnly = process.argv.includes('--b-only');
const n = Number(argv[0] ?? 5000);
const repeats = Number(argv[1] ?? 3);
const stories = loadKcna(n);
if (!stories) process.exit(0);
// (a) reads the text with KCNA's ", ," paragraph marks made breaks, as bench.ts does (outside the clock).
const texts = new Map(stories.map((s) => [s, s.text.replace(/,\s+,(\s*,)*\s*/g, '\n\n')]));


function runA(): number {
  const nlp = wink();
  const its = nlp.its;
  const c0 = cpuMs();
  for (const s of stories!) {
    const d = nlp.readDoc(texts.get(s)!);
    d.tokens().out(its.value);
    d.tokens().out(its.pos as never);
    d.sentences().length();
  }
  return cpuMs() - c0;
}

const stageCpu = new Map<string, number>();
const base = createPipeline();
const timed = timedComponents(base.components, stageCpu);
// --no-stages: no per-stage clocks (getrusage per component per story distorts a --cpu-prof profile).
const pipeline = process.argv.includes('--no-stages') ? base : buildPipeline(timed, base.context.options);
if (pipeline !== base) pipeline.context.resources = base.context.resources;

// (b) as ingest codes: batches of stories (localityBatches), each batch structured, then
// run component by component (Pipeline.runMany); --one-by-one: each story through
// the whole pipeline before the next (Pipeline.run).
const oneByOne = process.argv.includes('--one-by-one');
function runB(): number {
  const c0 = cpuMs();
  const list = stories!;
  for (const batch of localityBatches(list, (s) => s.text.length)) {
    const t = pipeline === base ? 0 : cpuMs();
    const docs = [];
    for (const s of batch) {
      try {
        docs.push(structureArticle({ id: s.id, file: null, format: 'text', content: s.text, published: s.published, title: s.title }));
      } catch {
        // discarded stories count too
      }
    }
    if (pipeline !== base) stageCpu.set('article structure', (stageCpu.get('article structure') ?? 0) + cpuMs() - t);
    if (!oneByOne) pipeline.runMany(docs);
    else
      for (const doc of docs) {
        try {
          pipeline.run(doc);
        } catch {
          // as above
        }
      }
  }
  return cpuMs() - c0;
}

// Warm-up: one pass of each over the stories. With --unseen, the warm-up codes the second
// half and the runs the first half, so memos and wink's lexicon have not seen the text
// (a long ingest's steady state) — the same-text repeats otherwise hit every memo.
const unseen = process.argv.includes('--unseen');
const all = stories.splice(0, stories.length);
stories.push(...(unseen ? all.slice(all.length >> 1) : all));
if (!bOnly) runA();
runB();
if (unseen) {
  stories.length = 0;
  stories.push(...all.slice(0, all.length >> 1));
}
stageCpu.clear();
const as: number[] = [];
const bs: number[] = [];
for (let r = 0; r < repeats; r++) {
  if (!bOnly) as.push(runA());
  bs.push(runB());
}
const med = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? NaN;
const total = [...stageCpu.values()].reduce((x, y) => x + y, 0);
console.log(`${stories.length} stories × ${repeats}, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (!bOnly) console.log(`(a) CPU ms: ${as.map((x) => x.toFixed(0)).join(' ')} (median ${med(as).toFixed(0)})`);
console.log(`(b) CPU ms: ${bs.map((x) => x.toFixed(0)).join(' ')} (median ${med(bs).toFixed(0)})`);
if (!bOnly) console.log(`(a)/(b) CPU ratio: ${(med(as) / med(bs)).toFixed(3)}`);
console.log(
  `(b) by stage: ${[...stageCpu]
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${((100 * v) / total).toFixed(1)}% (${(v / repeats).toFixed(0)} ms)`)
    .join(', ')}`,
);
