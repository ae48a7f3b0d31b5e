import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { referents } from '../src/actors/component.js';
import { structureArticle } from '../src/article/structure.js';
import type { Doc } from '../src/doc/doc.js';
import { actorsPipeline } from './actors-pipeline.js';
import { sharedFile } from './shared.js';

function run(path: string): Doc {
  const doc = structureArticle({ id: 'specimen', file: path, format: 'text', content: readFileSync(path, 'utf8'), published: '2020-09-02', source: 'The Korea Herald' });
  return actorsPipeline().run(doc);
}

/** Codes of the actor mentions whose text contains `word` (in the body, headline included). */
function codesOf(doc: Doc, word: string): (string | null)[] {
  return doc.mentions.filter((m) => m.text.includes(word)).map((m) => (m.role === 'actor' ? (m.actor?.code ?? null) : `(${m.role})`));
}

test('specimen: who is who in the Korea Herald story', (t) => {
  const path = sharedFile(t, 'samples/korea-herald-envoys.txt');
  if (!path) return;
  const doc = run(path);
  for (const c of codesOf(doc, 'Lee Do-hoon')) assert.equal(c, 'KORGOV');
  assert.ok(codesOf(doc, 'Lee Do-hoon').length >= 1);
  assert.deepEqual(codesOf(doc, 'Choi'), ['KORGOV', 'KORGOV', 'KORGOV']);
  const biegun = codesOf(doc, 'Biegun');
  // the body names him four times (the photo caption is kept apart from the body)
  assert.ok(biegun.length >= 4, `every Biegun found: ${biegun.length}`);
  for (const c of biegun) assert.equal(c, 'USAGOV');
  assert.deepEqual(codesOf(doc, 'Donald Trump'), ['USAGOV']);
  assert.deepEqual(codesOf(doc, 'Kim Jong-un'), ['PRKGOV']);
  for (const c of codesOf(doc, 'Pyongyang')) assert.equal(c, 'PRKGOV');
  assert.deepEqual(codesOf(doc, 'communist regime'), ['PRKGOV']);
  // Seoul and Washington as agents
  const s6 = doc.mentions.filter((m) => m.text.startsWith('Seoul') || m.text.startsWith('Washington'));
  assert.ok(s6.some((m) => m.text === 'Seoul' && m.actor?.code === 'KORGOV'));
  assert.ok(s6.some((m) => m.text.startsWith('Washington') && m.actor?.code === 'USAGOV'));
  // sources are not actors
  for (const m of doc.mentions.filter((x) => /Yonhap|Korea Herald/.test(x.text))) {
    assert.equal(m.role, 'attribution');
    assert.equal(m.actor, null);
  }
  // Vietnam is where the summit was, not a party
  const vn = doc.mentions.filter((m) => m.text.includes('Vietnam'));
  assert.equal(vn.length, 1);
  assert.equal(vn[0]!.role, 'location');
  assert.equal(vn[0]!.actor, null);
  assert.equal(vn[0]!.placeCountry, 'VNM');
  // "the Foreign Ministry" in a Korean paper is Korea's
  assert.deepEqual(codesOf(doc, 'Foreign Ministry'), ['KORGOV']);
  // "The two sides consulted": Lee Do-hoon and Biegun
  const two = doc.mentions.find((m) => m.kind === 'reference')!;
  assert.deepEqual(referents(doc, two).map((m) => m.actor?.code).sort(), ['KORGOV', 'USAGOV']);
});
