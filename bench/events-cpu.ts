// CPU time of the events stage alone: the KCNA stories are tokenized and their actors found once (outside the
// clock), then the event coder runs over all of them, pass after pass. A quicker, steadier loop than
// pipeline-cpu.ts for work on src/events, and a driver for `node --cpu-prof`. Timing numbers stay out of tests.
//
//   node --import tsx bench/events-cpu.ts [N stories] [passes] [--dist]
//
// Prints the CPU ms of each pass, their median, and a hash of the events coded (JSON), which must not change.
import { createHash } from 'node:crypto';
import { cpuMs, loadKcna } from './corpus.js';

const root = process.argv.includes('--dist') ? '../dist' : '../src';
const { buildPipeline, localityBatches } = (await import(`${root}/pipeline/pipeline.js`)) as typeof import('../src/pipeline/pipeline.js');
const { standardComponents } = (await import(`${root}/pipeline/compose.js`)) as typeof import('../src/pipeline/compose.js');
const { structureArticle } = (await import(`${root}/article/structure.js`)) as typeof import('../src/article/structure.js');

const argv = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(argv[0] ?? 5000);
const passes = Number(argv[1] ?? 5);
const stories = loadKcna(n);
if (!stories) process.exit(0);

const components = standardComponents();
const upTo = components.findIndex((c) => c.name === 'events');
const events = components[upTo]!;
const before = buildPipeline(components.slice(0, upTo));
const docs = [];
for (const batch of localityBatches(stories, (s) => s.text.length)) {
  const structured = [];
  for (const s of batch) {
    try {
      structured.push(structureArticle({ id: s.id, file: null, format: 'text', content: s.text, published: s.published, title: s.title }));
    } catch {
      // discarded stories code nothing
    }
  }
  for (const d of before.runMany(structured)) if (!(d instanceof Error)) docs.push(d);
}
const ctx = before.context;
const times: number[] = [];
for (let p = 0; p <= passes; p++) {
  const c0 = cpuMs();
  for (const d of docs) events.run(d, ctx);
  // (The first pass warms up the code and the memos.)
  if (p > 0) times.push(cpuMs() - c0);
}
const hash = createHash('sha256');
let count = 0;
for (const d of docs) {
  count += d.events.length;
  hash.update(JSON.stringify(d.events) + '\n');
}
const med = [...times].sort((x, y) => x - y)[times.length >> 1]!;
console.log(`${docs.length} documents, ${count} events, hash ${hash.digest('hex').slice(0, 16)}`);
console.log(`events CPU ms per pass: ${times.map((x) => x.toFixed(0)).join(' ')} (median ${med.toFixed(0)})`);
