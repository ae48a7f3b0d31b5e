import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Lexicon } from './lexicon.js';

test('a word keeps its id and gathers its flags; an unknown word is -1', () => {
  const lex = new Lexicon();
  const korea = lex.add('korea', 1);
  assert.equal(lex.add('the', 2), korea + 1);
  assert.equal(lex.add('korea', 4), korea);
  assert.equal(lex.id('korea'), korea);
  assert.equal(lex.flags[korea], 5);
  assert.ok(lex.has('korea', 4));
  assert.ok(!lex.has('the', 1));
  assert.equal(lex.id('koreas'), -1);
  assert.equal(lex.id(''), -1);
});

test('the lexicon answers as a Map of the same words does, through growth', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 100 }), (added, asked) => {
      const lex = new Lexicon();
      const ref = new Map<string, number>();
      for (const w of added) {
        const id = lex.add(w);
        if (!ref.has(w)) ref.set(w, ref.size);
        assert.equal(id, ref.get(w));
      }
      assert.equal(lex.size, ref.size);
      for (const w of [...added, ...asked]) assert.equal(lex.id(w), ref.get(w) ?? -1);
    }),
    { numRuns: 200 },
  );
});
