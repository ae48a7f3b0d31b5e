import assert from 'node:assert/strict';
import { test } from 'node:test';
import { triples } from '../../../test/code-with-fake-actors.js';
import { refusalCode } from './code-maps.js';

// Mechanics of the coder checked with sentences written for dyad.

test('refusal of an intention keeps its kind: aid → 122x, release → 1243, meeting → 125', () => {
  assert.equal(refusalCode('0332'), '1222');
  assert.equal(refusalCode('0353'), '1243');
  assert.equal(refusalCode('0311'), '1211');
  assert.equal(refusalCode('036'), '125');
  assert.equal(refusalCode('037'), '127');
  assert.equal(refusalCode('032'), '120');
});

test('negated future aid is a refusal of aid, not of a meeting', () => {
  assert.deepEqual(triples('Kenya said it would not provide aid to Uganda.'), ['KEN 122 UGA']);
});

test('SRC pattern: the giver is the source, the subject of "received" the target', () => {
  assert.deepEqual(triples('Syria received weapons from Russia.'), ['RUS 072 SYR']);
});

test('passive with a participle tagged as adjective: "was pressured by" swaps the roles', () => {
  assert.deepEqual(triples('Kenya was pressured by Uganda.'), ['UGA 170 KEN']);
});

test('"wants X to" is an appeal to X, not the subject\'s own act', () => {
  assert.deepEqual(triples('Japan wants China to resume talks.'), ['JPN 026 CHN']);
});

test('reduced passive: "civilians killed by" makes the agent the source', () => {
  assert.deepEqual(triples('Kenyan civilians killed by Ugandan troops were buried.'), ['UGA 190 KEN']);
});

test('meeting-purpose: "met … to discuss" is one meeting, not a second one', () => {
  assert.deepEqual(triples('Japan met China on Monday to discuss trade with Korea.').sort(), ['CHN 040 JPN', 'JPN 040 CHN']);
});

test('existential "there were N X killed": X is the victim, not the killer', () => {
  assert.deepEqual(triples('There were five Kenyan soldiers killed in Somalia on Monday.'), []);
  assert.deepEqual(triples('Kenyan soldiers killed five Somali civilians.'), ['KEN 190 SOM']);
});
