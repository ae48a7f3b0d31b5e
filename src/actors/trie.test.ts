import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Lexicon } from './lexicon.js';
import { PhraseTrie } from './trie.js';

// A small vocabulary, so that generated phrases share prefixes and texts hit them; "-" is the key
// walks skip inside a phrase, "zz" a word no phrase has.
const WORDS = ['the', 'north', 'korea', 'south', 'kim', 'jong', 'un', 'of', "'s", 'people', '-', 'zz'];
const word = fc.constantFrom(...WORDS);
const phrase = fc.array(fc.constantFrom(...WORDS.filter((w) => w !== '-' && w !== 'zz')), { minLength: 1, maxLength: 4 });

function walked(trie: PhraseTrie<number>, n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let f = 0; f < n; f++) out.push([trie.ends[f]!, trie.nodes[f]!]);
  return out;
}

test('walkIds on word ids finds the phrase ends walk finds on the keys', () => {
  fc.assert(
    fc.property(fc.array(phrase, { maxLength: 30 }), fc.array(word, { maxLength: 12 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), (phrases, text, flagged) => {
      const trie = new PhraseTrie<number>();
      phrases.forEach((p, i) => trie.add(p, i));
      const lex = new Lexicon();
      // words the caller knows before the trie does (they take the first ids), and '-' for the skip
      for (const w of flagged) lex.add(w, 1);
      const dash = lex.add('-');
      trie.compile(lex);
      const ids = text.map((w) => lex.id(w));
      for (let i = 0; i < text.length; i++) {
        const a = walked(trie, trie.walk(text, i, text.length));
        const b = walked(trie, trie.walkIds(ids, i, text.length, dash));
        assert.deepEqual(b, a);
      }
    }),
    { numRuns: 300 },
  );
});

test('compiledFor tells when the trie changed or was compiled with another lexicon', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['north', 'korea'], 'PRK');
  const lex = new Lexicon();
  trie.compile(lex);
  assert.ok(trie.compiledFor(lex));
  assert.ok(!trie.compiledFor(new Lexicon()));
  trie.add(['korea'], 'KOR');
  assert.ok(!trie.compiledFor(lex));
});
