// Fingerprint of dyad's output on the first N KCNA stories (default 500), to
// check that an optimisation changes nothing: events as `dyad code` prints
// them (negated ones too), and the token table and sentences they rest on.
//
//   node --import tsx bench/output-hash.ts [N] [out.jsonl] [--dist] [--one-by-one]
//
// With --dist, the built code in dist/ runs (with its compiled caches). Stories are
// coded in batches, component by component (`codeInputs`, as ingest does); with
// --one-by-one, each story through the whole pipeline (`codeInput`, as `dyad code`
// does). Both must give the same hashes.
// Prints one SHA-256 per part; with out.jsonl, also writes what was hashed (to diff).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadKcna } from './corpus.js';

const argv = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const oneByOne = process.argv.includes('--one-by-one');
const root = process.argv.includes('--dist') ? '../dist' : '../src';
const { eventToJson } = (await import(`${root}/events/event-json.js`)) as typeof import('../src/events/event-json.js');
const { createPipeline } = (await import(`${root}/pipeline/compose.js`)) as typeof import('../src/pipeline/compose.js');
const { codeInput, codeInputs } = (await import(`${root}/process.js`)) as typeof import('../src/process.js');
const { localityBatches } = (await import(`${root}/pipeline/pipeline.js`)) as typeof import('../src/pipeline/pipeline.js');
const n = Number(argv[0] ?? 500);
const out = argv[1];
const stories = loadKcna(n);
if (!stories) process.exit(0);
const pipeline = createPipeline();
const parts = { events: createHash('sha256'), tokens: createHash('sha256'), mentions: createHash('sha256') };
const lines: string[] = [];
let events = 0;
const inputs = stories.map((s) => ({ id: s.id, file: null, format: 'text' as const, content: s.text, published: s.published, title: s.title }));
const coded: unknown[] = [];
for (const batch of localityBatches(inputs, (x) => x.content.length)) {
  if (!oneByOne) coded.push(...codeInputs(batch, pipeline));
  else
    for (const x of batch) {
      try {
        coded.push(codeInput(x, pipeline));
      } catch (err) {
        coded.push(err);
      }
    }
}
for (const [i, s] of stories.entries()) {
  let line: string;
  try {
    if (coded[i] instanceof Error) throw coded[i];
    const doc = coded[i] as ReturnType<typeof codeInput>;
    const ev = doc.events.map((e) => JSON.stringify(eventToJson(doc, e)));
    events += ev.length;
    const t = doc.tokens;
    const tok = JSON.stringify([Array.from(t.start), Array.from(t.end), t.text, t.norm, t.pos, t.lemma, Array.from(t.sentence), doc.sentences]);
    const men = JSON.stringify(doc.mentions);
    parts.events.update(ev.join('\n') + '\n');
    parts.tokens.update(tok);
    parts.mentions.update(men);
    line = JSON.stringify({ id: s.id, events: ev.map((e) => JSON.parse(e)), mentions: JSON.parse(men) });
  } catch (err) {
    const msg = `${s.id} failed: ${(err as Error).message}\n`;
    parts.events.update(msg);
    line = JSON.stringify({ id: s.id, failed: (err as Error).message });
  }
  if (out) lines.push(line);
}
if (out) writeFileSync(out, lines.join('\n') + '\n');
console.log(`${stories.length} stories, ${events} events`);
for (const [k, h] of Object.entries(parts)) console.log(`${k} ${h.digest('hex')}`);
