// TokenWords remembers each word's key, lexicon id and case bits by word id: what it gives must be what
// tokenKey, Lexicon.id and the case tests give token by token, over documents that share words, tokens
// with no word id (-1), word ids past the memo's cap, and a lexicon that gains words between documents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { TokenTable } from '../doc/tokens.js';
import { foldNorm } from '../nlp/tokenize.js';
import { allUpper, startsUpper, tokenKey } from './keys.js';
import { Lexicon } from './lexicon.js';
import { ALL_UPPER, ASKEW, TokenWords, UPPER } from './token-words.js';

/** A table of the given texts with the given word ids (norms folded as the tokenizer folds them). */
function table(texts: string[], word: number[]): TokenTable {
  const n = texts.length;
  return { count: n, start: new Int32Array(n), end: new Int32Array(n), text: texts, norm: texts.map(foldNorm), pos: texts.map(() => 'NOUN'), lemma: texts.map(foldNorm), sentence: new Int32Array(n), word: Int32Array.from(word) };
}

/** The direct computation `TokenWords.read` stands for. */
function direct(t: TokenTable, lex: Lexicon): { keys: string[]; ids: number[]; caps: number[] } {
  const keys = t.norm.map(tokenKey);
  return {
    keys,
    ids: keys.map((k) => lex.id(k)),
    caps: t.text.map((s) => (startsUpper(s) ? UPPER : 0) | (allUpper(s) ? ALL_UPPER : 0) | (/^[a-z]+[A-Z][A-Za-z]*$/.test(s) ? ASKEW : 0)),
  };
}

function read(words: TokenWords, t: TokenTable): { keys: string[]; ids: number[]; caps: number[] } {
  const keys = new Array<string>(t.count);
  const ids = new Int32Array(t.count);
  const caps = new Uint8Array(t.count);
  words.read(t, keys, ids, caps);
  return { keys, ids: [...ids], caps: [...caps] };
}

// Letters, case, dots, hyphens, diacritics and apostrophes: the things tokenKey and the case tests look at.
const char = fc.constantFrom('a', 'b', 'k', 'A', 'B', 'K', 'S', '.', '-', "'", 'é', 'É', 'ß', 'İ', 'ö', '1');
const texts = fc.uniqueArray(fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 30 });
// Word ids of the vocabulary: small ones, and ones at and past the memo's cap (4,000,000).
const wordIds = fc.constantFrom(0, 1, 2, 7, 63, 1023, 1024, 5000, 4_000_000, 9_999_999);

test('TokenWords gives the keys, lexicon ids and case bits of the direct computation, document after document', () => {
  fc.assert(
    fc.property(
      texts,
      fc.array(fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }), { minLength: 1, maxLength: 5 }),
      fc.array(wordIds, { minLength: 30, maxLength: 30 }),
      fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      fc.nat(5),
      (vocab, docs, idBase, known, growAt) => {
        // distinct word ids for distinct texts (as wink's lexeme indices are)
        const ids = new Map<number, number>();
        const used = new Set<number>();
        vocab.forEach((_, v) => {
          let id = idBase[v]! + v;
          while (used.has(id)) id++;
          used.add(id);
          ids.set(v, id);
        });
        const lex = new Lexicon();
        vocab.forEach((s, v) => known[v] && lex.add(tokenKey(foldNorm(s))));
        const words = new TokenWords(lex);
        docs.forEach((doc, d) => {
          // the lexicon gains words after some documents: what was unknown may now be known
          if (d === growAt) vocab.forEach((s) => lex.add(tokenKey(foldNorm(s))));
          const toks = doc.map(([v]) => v % vocab.length);
          const t = table(
            toks.map((v) => vocab[v]!),
            toks.map((v, i) => (doc[i]![1] ? ids.get(v)! : -1)),
          );
          assert.deepEqual(read(words, t), direct(t, lex));
        });
      },
    ),
    { numRuns: 300 },
  );
});

test('a word id just under the cap is remembered, and what is remembered is read back', () => {
  const lex = new Lexicon();
  lex.add('us');
  const words = new TokenWords(lex);
  const t = table(['U.S.', 'Us', 'U.S.', 'iSrael'], [3_999_999, 12, 3_999_999, 12_000_000]);
  assert.deepEqual(read(words, t), direct(t, lex));
  assert.deepEqual(read(words, t), { keys: ['us', 'us', 'us', 'israel'], ids: [0, 0, 0, -1], caps: [UPPER | ALL_UPPER, UPPER, UPPER | ALL_UPPER, ASKEW] });
});
