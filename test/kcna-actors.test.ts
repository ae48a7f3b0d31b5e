import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Mention } from '../src/doc/mention.js';
import { readKcna, runKcna } from './kcna.js';
import { ROOT, sharedFile } from './shared.js';

interface Coded {
  code: string | null;
  role: string;
  antecedents?: (string | null)[];
}
interface Item {
  doc: string;
  start: number;
  end: number;
  text: string;
  got: Coded;
  verdict: 'correct' | 'wrong';
  expected: Coded;
}

const fixture = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'kcna-actor-sample.json'), 'utf8')) as { stories: number; items: Item[] };

test('KCNA 2011: 500 stories run without a crash, and the hand-checked sample stays ≥ 90% correct', (t) => {
  const path = sharedFile(t, 'corpus/kcna-2011-sample.jsonl.gz');
  if (!path) return;
  const docs = runKcna(readKcna(path, fixture.stories));
  assert.equal(docs.length, fixture.stories);
  const byId = new Map(docs.map((d) => [d.meta.id, d]));
  let right = 0;
  const off: string[] = [];
  for (const it of fixture.items) {
    const d = byId.get(it.doc);
    assert.ok(d, `story ${it.doc} is in the first ${fixture.stories}`);
    assert.equal(d.text.slice(it.start, it.end), it.text, `offsets of "${it.text}" in ${it.doc} still point at it`);
    const m: Mention | undefined = d.mentions.find((x) => x.start === it.start && x.end === it.end);
    const now: Coded | null = m ? { code: m.actor?.code ?? null, role: m.role } : null;
    if (m?.antecedents?.length) now!.antecedents = m.antecedents.map((a) => d.mentions[a]!.actor?.code ?? null);
    const ok = now !== null && now.code === it.expected.code && now.role === it.expected.role && JSON.stringify(now.antecedents ?? []) === JSON.stringify(it.expected.antecedents ?? []);
    if (ok) right++;
    else if (it.verdict === 'correct') off.push(`${it.doc} "${it.text}": was ${JSON.stringify(it.expected)}, now ${JSON.stringify(now)}`);
  }
  const rate = right / fixture.items.length;
  t.diagnostic(`KCNA hand-checked sample: ${right}/${fixture.items.length} = ${rate.toFixed(2)} correct`);
  if (off.length) t.diagnostic(`mentions judged correct that changed:\n${off.join('\n')}`);
  assert.ok(rate >= 0.9, `${right}/${fixture.items.length} correct: below 90%\n${off.join('\n')}`);
});
