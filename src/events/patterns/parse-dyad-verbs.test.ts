import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../errors.js';
import { parseDyadVerbs } from './parse-dyad-verbs.js';

test('a pattern line gives code, elements, flags, example and its place', () => {
  const [p] = parseDyadVerbs('044  meet (with) TGT  [sym]  # "Japan met China."', 'dict/verbs/x.txt');
  assert.equal(p!.code, '044');
  assert.equal(p!.symmetric, true);
  assert.equal(p!.example, 'Japan met China.');
  assert.equal(p!.where, 'dict/verbs/x.txt:1');
  assert.deepEqual(
    p!.elements.map((e) => (e.kind === 'word' ? e.alts.join('|') : e.slot)),
    ['meet', 'with', 'target'],
  );
});

test('CODE:PAIR also codes the target\'s side of the same event', () => {
  const [p] = parseDyadVerbs('042:043  receive envoy from SRC  # "Kenya received an envoy from Uganda."', 'x.txt');
  assert.equal(p!.code, '042');
  assert.equal(p!.pairCode, '043');
  assert.equal(parseDyadVerbs('042  visit TGT', 'x.txt')[0]!.pairCode, null);
});

test('[plover=TYPE/mode] files the pattern under another PLOVER type than its CAMEO code', () => {
  const [p] = parseDyadVerbs('173  indict (TGT)  [plover=ACCUSE/allege]  # "Kenya indicted two Ugandan officials."', 'x.txt');
  assert.deepEqual(p!.plover, { type: 'ACCUSE', mode: 'allege' });
  assert.equal(parseDyadVerbs('173  arrest (TGT)', 'x.txt')[0]!.plover, null);
  assert.throws(() => parseDyadVerbs('173  indict (TGT)  [plover=INDICT]', 'x.txt'), (e: unknown) => e instanceof DyadError && e.code === 'E201');
});

test('[intransitive] marks a sense with no direct object; patterns without it have none', () => {
  const [p, q] = parseDyadVerbs('141  demonstrate (against TGT)  [intransitive]  # "Kenyans demonstrated."\n141  protest (TGT)', 'x.txt');
  assert.equal(p!.intransitive, true);
  assert.equal(q!.intransitive, undefined);
});

test('"+word" must follow the word before it directly: "give +in" codes "gave in", not "gave a reception in"', () => {
  const [p] = parseDyadVerbs('080  give +in (to TGT)  # "Japan gave in to China."', 'x.txt');
  assert.deepEqual(p!.elements.map((e) => (e.kind === 'word' ? `${e.alts.join('|')}${e.tight ? '+' : ''}` : e.slot)), ['give', 'in+', 'to', 'target']);
  // not on the anchor, a slot's neighbour or inside an optional group
  for (const bad of ['080  +give in', '080  give TGT +in', '080  give (+in) TGT']) assert.throws(() => parseDyadVerbs(bad, 'x.txt'), (e: unknown) => e instanceof DyadError && e.code === 'E201');
});

test('malformed lines fail at load with file and line (E201)', () => {
  for (const bad of ['04x  meet TGT', '044  TGT meet', '044  meet (with TGT', '044  meet/q TGT', '044  meet [both]', '042:  visit TGT', '042:4x  visit TGT']) {
    assert.throws(() => parseDyadVerbs(`# c\n${bad}`, 'x.txt'), (e: unknown) => e instanceof DyadError && e.code === 'E201' && /x\.txt, line 2/.test(e.message));
  }
});
