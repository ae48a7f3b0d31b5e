// Draws the hand-check sample of test/fixtures/kcna-actor-sample.json: 50 mentions
// from the first 500 KCNA stories, chosen by a seeded hash of (story id, offset) so that
// the draw stays put when unrelated mentions come or go. Prints JSON to stdout for
// judging; the verdicts in the fixture are written by hand.
// Run: node --import tsx scripts/draw-kcna-sample.ts ../shared/corpus/kcna-2011-sample.jsonl.gz
import { readKcna, runKcna, sampleKey } from '../test/kcna.js';

const path = process.argv[2] ?? '../shared/corpus/kcna-2011-sample.jsonl.gz';
const docs = runKcna(readKcna(path, 500));
const all = docs.flatMap((d) => d.mentions.map((m) => ({ d, m, h: sampleKey(d.meta.id.replace(/#\d+$/, ''), m.start) })));
all.sort((a, b) => a.h - b.h);
const out = all.slice(0, 50).map(({ d, m }) => {
  const s = d.sentences[m.sentence]!;
  return {
    doc: d.meta.id,
    start: m.start,
    end: m.end,
    text: m.text,
    got: { code: m.actor?.code ?? null, role: m.role, antecedents: (m.antecedents ?? []).map((a) => d.mentions[a]!.actor?.code ?? null) },
    rule: m.rule,
    sentence: d.text.slice(s.start, s.end),
  };
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
