import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromParagraphs } from '../article/build-doc.js';
import fc from 'fast-check';
import { breakLongRuns, foldNorm, isFolded, repairParticiples, tokenizeDoc, WordMemo } from './tokenize.js';

test('tokens carry offsets into the article text', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Seoul and Washington’s top nuclear envoys spoke on the phone Wednesday.', 'In July, Biegun visited Seoul.']);
  tokenizeDoc(doc);
  assert.equal(doc.sentences.length, 2);
  for (let i = 0; i < doc.tokens.count; i++) {
    assert.equal(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]), doc.tokens.text[i]);
  }
  const s1 = doc.sentences[1]!;
  assert.equal(doc.slice(s1), 'In July, Biegun visited Seoul.');
  assert.equal(s1.paragraph, 1);
  const visited = doc.tokens.text.indexOf('visited');
  assert.equal(doc.tokens.lemma[visited], 'visit');
  assert.equal(doc.tokens.pos[visited], 'VERB');
});

test('typographic apostrophes are folded in norm but kept in text', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Washington’s envoy.']);
  tokenizeDoc(doc);
  const i = doc.tokens.text.indexOf('’s');
  assert.ok(i >= 0);
  assert.equal(doc.tokens.norm[i], "'s");
});

test('word ids are equal exactly where token texts are, across documents', () => {
  const words = ['Seoul', 'seoul', 'envoy', 'envoys', 'met', 'Met', 'in', 'July', 'the', 'zxqvw', 'Zxqvw', ',', '.', "n't", 'talks'];
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }), (paras) => {
      const a = docFromParagraphs({ id: 'a' }, paras.map((p) => p.join(' ')));
      const b = docFromParagraphs({ id: 'b' }, [...paras].reverse().map((p) => p.join(' ')));
      tokenizeDoc(a);
      tokenizeDoc(b);
      const byId = new Map<number, string>();
      const byText = new Map<string, number>();
      for (const t of [a.tokens, b.tokens]) {
        assert.equal(t.word.length, t.count);
        for (let i = 0; i < t.count; i++) {
          const id = t.word[i]!;
          assert.ok(id >= 0);
          assert.equal(byId.get(id) ?? t.text[i], t.text[i]);
          assert.equal(byText.get(t.text[i]!) ?? id, id);
          byId.set(id, t.text[i]!);
          byText.set(t.text[i]!, id);
        }
      }
    }),
    { numRuns: 100 },
  );
});

test('isFolded says true only for words that foldNorm returns as they are', () => {
  const chars = ['a', 'z', 'A', 'Z', '-', "'", '.', '1', 'é', 'É', '’', '—', 'ß', 'İ', '\u0130', 'ǅ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 8 }), (xs) => {
      const w = xs.join('');
      if (isFolded(w)) assert.equal(foldNorm(w), w);
      // and every plain lower-case ASCII word is one
      if (/^[\x00-\x40\x5b-\x7f]*$/.test(w)) assert.ok(isFolded(w));
    }),
    { numRuns: 500 },
  );
});

test('a lone newline ends a sentence', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Back To Top\nTop envoys stress need to resume dialogue']);
  tokenizeDoc(doc);
  assert.equal(doc.sentences.length, 2);
});

test('breakLongRuns leaves a line alone exactly when /\\S{65}/ finds nothing', () => {
  const pieces = ['-', 'a', 'Z', ' ', '\t', '\u00a0', '\u3000', 'word', 'x'.repeat(30), 'y'.repeat(63), 'z'.repeat(64), '\n', '—'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (xs) => {
      const s = xs.join('');
      const out = breakLongRuns(s);
      assert.equal(out.length, s.length);
      if (!/\S{65}/.test(s)) assert.equal(out, s);
      else assert.notEqual(out, s);
    }),
    { numRuns: 500 },
  );
});

test('foldNorm folds case, quotes and dashes as the regex replaces did', () => {
  const ref = (s: string): string =>
    s.toLowerCase().replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2010\u2011\u2012\u2013\u2014\u2015]/g, '-');
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => assert.equal(foldNorm(s), ref(s))), { numRuns: 500 });
  for (const s of ['seoul', 'Seoul', 'U.S.', 'Ünited', '’s', '–']) assert.equal(foldNorm(s), ref(s));
});

test('lemmas and norms remembered per word come out as wink gives them, per POS and for contractions', async () => {
  const { wink } = await import('./wink.js');
  const nlp = wink();
  const its = nlp.its;
  // The same words as different parts of speech, contractions whose lemma depends on the token
  // ("'d" as "would" and as "had"), case and quote variants; read twice so the second reading
  // comes from the memo.
  const texts = [
    "The guards left the left bank; they'd said they'd go. The Meeting ended and they were meeting.",
    'He saw the saw. She’d visited SEOUL, and we’d have visited Seoul too; the visits resumed.',
  ];
  for (let pass = 0; pass < 2; pass++) {
    for (const text of texts) {
      const doc = docFromParagraphs({ id: 't' }, [text]);
      tokenizeDoc(doc);
      const ref = nlp.readDoc(text);
      const values = ref.tokens().out(its.value) as string[];
      const lemmas = ref.tokens().out(its.lemma as never) as string[];
      const kept = values.map((v, i) => [v, lemmas[i]!] as const).filter(([v]) => v.trim() !== '');
      assert.equal(doc.tokens.count, kept.length);
      kept.forEach(([v, lem], i) => {
        assert.equal(doc.tokens.norm[i], foldNorm(v));
        assert.equal(doc.tokens.lemma[i], lem === v ? foldNorm(v) : foldNorm(lem), `${text} #${i} ${v}`);
      });
    }
  }
});

test('the word memo gives back each lemma set for a word and POS, and nothing for pairs never set', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(63), fc.constantFrom('a', 'b', 'c')), { maxLength: 300 }), (sets) => {
      const memo = new WordMemo();
      const ref = new Map<string, string>();
      for (const [lex, pos, lemma] of sets) {
        if (ref.has(`${lex}/${pos}`)) continue; // a pair's lemma is set once: it never changes
        memo.setLemma(lex, pos, lemma);
        ref.set(`${lex}/${pos}`, lemma);
      }
      for (const [lex, pos] of sets) for (const p of [pos, (pos + 1) % 64]) assert.equal(memo.lemma(lex, p), ref.get(`${lex}/${p}`));
    }),
  );
});

test('a participle clause after a comma is a verb even where the tagger read a noun; other "-ing" nouns stay', () => {
  const tagOf = (text: string, word: string): string => {
    const doc = docFromParagraphs({ id: 't' }, [text]);
    tokenizeDoc(doc);
    const i = doc.tokens.norm.indexOf(word);
    return `${doc.tokens.pos[i]}/${doc.tokens.lemma[i]}`;
  };
  // the clause's first word, and one joined to it by "and"
  assert.equal(tagOf('Police fired tear gas, arresting dozens of protesters.', 'arresting'), 'VERB/arrest');
  assert.equal(tagOf('Jets struck the city, bombing a bridge and firing missiles at a camp.', 'firing'), 'VERB/fire');
  // not after a comma, not before an object, no verb stem, or a gerund not joined to the clause's participle
  assert.notEqual(tagOf('It was an arresting image of the city.', 'arresting'), 'VERB/arrest');
  assert.notEqual(tagOf('They said, something the minister denied.', 'something').split('/')[0], 'VERB');
  assert.notEqual(tagOf('Moreover, the authorities are busy with the work of seducing and abducting fellow citizens.', 'abducting'), 'VERB/abduct');
});

test('repairParticiples: only a noun-tagged "-ing" word with a verb stem, where a participle clause opens', () => {
  const run = (words: [string, string][], verbs: Record<string, string>): string[] => {
    const tb = { norm: { data: words.map((w) => w[0]) }, pos: { data: words.map((w) => w[1]) }, lemma: { data: words.map((w) => w[0]) } };
    repairParticiples(tb, 0, words.length, (w) => verbs[w] ?? w);
    return tb.pos.data.map((p, i) => `${p}/${tb.lemma.data[i]}`);
  };
  const verbs = { arresting: 'arrest', shelling: 'shell', morning: 'morn' };
  assert.deepEqual(run([['fired', 'VERB'], [',', 'PUNCT'], ['arresting', 'NOUN'], ['dozens', 'NOUN'], ['.', 'PUNCT']], verbs).slice(2, 3), ['VERB/arrest']);
  // no comma before it: unchanged
  assert.deepEqual(run([['the', 'DET'], ['arresting', 'NOUN'], ['dozens', 'NOUN'], ['.', 'PUNCT']], verbs).slice(1, 2), ['NOUN/arresting']);
  // no object after it: unchanged
  assert.deepEqual(run([['fired', 'VERB'], [',', 'PUNCT'], ['arresting', 'NOUN'], ['.', 'PUNCT']], verbs).slice(2, 3), ['NOUN/arresting']);
  // a stem the lexicon does not know as a verb: unchanged
  assert.deepEqual(run([['left', 'VERB'], [',', 'PUNCT'], ['something', 'NOUN'], ['the', 'DET'], ['.', 'PUNCT']], verbs).slice(2, 3), ['NOUN/something']);
});
