import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { memoLemmatize, rawAddons, readRaw, wink } from './wink.js';

// Our own sentences: contractions, words that change POS ("attack", "left",
// "present"), British and American spellings, out-of-vocabulary names and
// inflections the lemmatizer has to work out ("envoys", "hurried", "wolves").
const TEXTS = [
  "The envoys didn't attack; they'd left before the rebels' attack began.",
  'She presents the present to the minister, who wasn’t present.',
  'The colour guards hurried past wolves and geese near Qarzavan on Tuesday.',
  "Let's see: it's the ministry's plan, and we're sure it'll fail, won't it?",
  'Delegations were meeting, had met and will meet again; the meetings continue.',
  'Zorvath Ilmenkova criticised and criticized the blockades, then blockaded the port.',
  // The same word with two POS and two lemmas: the lemmatizer's memo must keep them apart.
  'The guards left the left bank; the meeting ended and they were meeting again; he saw the saw.',
];

test('readRaw gives what the public API reads, the memoised lemmatizer too', () => {
  const nlp = wink();
  const its = nlp.its;
  for (let pass = 0; pass < 2; pass++) {
    for (const text of TEXTS) {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(its.value) as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const lemmas = doc.tokens().out(its.lemma as never) as string[];
      const spans = doc.sentences().out(its.span as never) as unknown as number[][];
      const rdd = readRaw(text);
      assert.equal(rdd.numOfTokens, values.length);
      assert.deepEqual(rdd.sentences.map((s) => [s[0], s[1]]), spans);
      for (let i = 0; i < values.length; i++) {
        assert.equal(its.value(i, rdd as never), values[i]);
        assert.equal(its.pos(i, rdd as never), pos[i]);
        assert.equal((its.lemma as unknown as (i: number, r: unknown, a: unknown) => string)(i, rdd, rawAddons()), lemmas[i], `${text} #${i} ${values[i]}`);
      }
    }
  }
});

test('readRaw leaves readability statistics as they were', () => {
  const nlp = wink();
  const stats = nlp.readDoc('The envoys met. They talked for an hour.').out(nlp.its.readabilityStats as never) as unknown as { numOfSentences: number };
  assert.equal(stats.numOfSentences, 2);
});

test('the memoised lemmatizer answers as the plain one, for every POS a word takes', () => {
  const require = createRequire(import.meta.url);
  const plain = require('wink-eng-lite-web-model/dist/lemmatize.js') as (v: string, p: string, c: unknown) => string;
  const memo = memoLemmatize(plain);
  const cache = (readRaw('The envoys met.') as unknown as { cache: unknown }).cache;
  const words = ['left', 'meeting', 'saw', 'wolves', 'hurried', 'criticised', 'geese', 'better', 'envoys', 'attacks', 'blockaded', 'qarzavans'];
  for (let pass = 0; pass < 2; pass++) {
    for (const w of words) for (const pos of ['NOUN', 'VERB', 'ADJ', 'PROPN']) assert.equal(memo(w, pos, cache), plain(w, pos, cache), `${w}/${pos}`);
  }
  assert.equal(memo('left', 'VERB', cache), 'leave');
  assert.equal(memo('left', 'ADJ', cache), 'left');
});
