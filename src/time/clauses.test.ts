// The clause split reads each word's role from a table by word id instead of looking its normal form up
// in sets, and may write into a caller's array: the split as it was is kept below as the reference, and
// both run over generated sentences (word ids as the tokenizer gives them, or -1 as in hand-built tables).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Doc } from '../doc/doc.js';
import { eventDoc } from '../../test/event-doc.js';
import { sentenceClauses, type ClauseKind, type SentenceClauses } from './clauses.js';

// ---- The reference: sentenceClauses as it was. ----

const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where']);
const CLOSERS = new Set([',', ';', '--', '(', ')', ':', '—', '–']);

function referenceClauses(doc: Doc, sentence: number): SentenceClauses {
  const s = doc.sentences[sentence]!;
  const t = doc.tokens;
  const n = s.tokenEnd - s.tokenStart;
  const ids = new Int32Array(n);
  const kind: ClauseKind[] = ['main'];
  const parent: number[] = [0];
  let current = 0;
  for (let k = 0; k < n; k++) {
    const i = s.tokenStart + k;
    const w = t.norm[i]!;
    if (CLOSERS.has(w)) {
      while (kind[current] === 'relative') current = parent[current]!;
      if (w === ';') current = 0;
      ids[k] = current;
      continue;
    }
    const prev = k > 0 ? t.norm[i - 1]! : '';
    const prevPos = k > 0 ? t.pos[i - 1]! : '';
    let opens: ClauseKind | null = null;
    if (RELATIVE.has(w) && (prev === ',' || prevPos === 'NOUN' || prevPos === 'PROPN')) opens = 'relative';
    else if (w === 'that' && (prevPos === 'NOUN' || prevPos === 'PROPN') && t.pos[i + 1] !== 'NOUN') opens = 'relative';
    else if (w === 'that' && (prevPos === 'VERB' || prevPos === 'ADV' || prevPos === 'ADP')) opens = 'content';
    if (opens) {
      kind.push(opens);
      parent.push(current);
      current = kind.length - 1;
    }
    ids[k] = current;
  }
  return { ids, kind, parent };
}

// ---- Generated documents. ----

const TEXTS = [',', ';', '--', '(', ')', ':', '—', '–', '.', 'who', 'Who', 'whom', 'whose', 'which', 'Which', 'where', 'that', 'That', 'THAT', 'the', 'talks', 'said', 'Kim', 'visited', 'recently', 'whoever', 'thatch', 'and'];
const POS = ['NOUN', 'PROPN', 'VERB', 'ADV', 'ADP', 'DET', 'PUNCT', 'PRON', 'ADJ'];
/** Word ids as the tokenizer gives them: one per text, some past the first table size (it grows). */
const IDS = new Map(TEXTS.map((w, k) => [w, k % 3 === 0 ? 70_000 + 977 * k : 3 + k]));

function fakeDoc(sentences: [number, number, boolean][][]): Doc {
  const text: string[] = [];
  const norm: string[] = [];
  const pos: string[] = [];
  const word: number[] = [];
  const spans: { tokenStart: number; tokenEnd: number }[] = [];
  for (const s of sentences) {
    const tokenStart = norm.length;
    for (const [w, p, known] of s) {
      text.push(TEXTS[w]!);
      norm.push(TEXTS[w]!.toLowerCase());
      pos.push(POS[p]!);
      word.push(known ? IDS.get(TEXTS[w]!)! : -1);
    }
    spans.push({ tokenStart, tokenEnd: norm.length });
  }
  return { sentences: spans, tokens: { count: norm.length, text, norm, pos, word: Int32Array.from(word) } } as unknown as Doc;
}

const token = fc.tuple(fc.nat(TEXTS.length - 1), fc.nat(POS.length - 1), fc.boolean());
const doc = fc.array(fc.array(token, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }).map(fakeDoc);

test('the split by word id is the split by normal form (generated sentences)', () => {
  fc.assert(
    fc.property(doc, (d) => {
      const into = new Int32Array(d.tokens.count);
      d.sentences.forEach((s, i) => {
        const ref = referenceClauses(d, i);
        assert.deepEqual(sentenceClauses(d, i), ref);
        const view = into.subarray(s.tokenStart, s.tokenEnd);
        const got = sentenceClauses(d, i, view);
        assert.equal(got.ids, view);
        assert.deepEqual({ ...got, ids: Int32Array.from(got.ids) }, ref);
      });
    }),
    { numRuns: 2000 },
  );
});

test('the split by word id is the split by normal form (tokenized text)', () => {
  const d = eventDoc(
    [
      'Biegun held talks with Choi, who was appointed last month, and said that the accord that was signed in 2018 stands.',
      'The report (which Kim issued) stated that strikes killed 957 people; the ministry, where he worked, denied it -- Who knows.',
    ],
    '2020-09-02',
    [],
  );
  d.sentences.forEach((_, i) => assert.deepEqual(sentenceClauses(d, i), referenceClauses(d, i)));
});
