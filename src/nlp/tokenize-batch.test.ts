import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { docFromParagraphs } from '../article/build-doc.js';
import type { Doc } from '../doc/doc.js';
import type { Sentence } from '../doc/sentence.js';
import { newsText } from '../../test/property-gen.js';
import { isJsSpace } from './chars.js';
import { breakLongRuns, foldNorm, MAX_PIECE, pieces, tokenizeDoc } from './tokenize.js';
import { rawAddons, readRaw, wink } from './wink.js';

// tokenizeDoc hands wink-nlp the lines of an article in batches joined by "\n"
// and cuts sentences where lines end. It must give what one wink call per line
// gave: the same tokens, offsets, POS, lemmas, sentences and paragraphs.

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

/** The tokenizer as it was: one wink call per line (or piece of a long line). */
function refTokenize(doc: Doc): { tokens: unknown[]; sentences: Sentence[] } {
  const its = wink().its;
  const addons = rawAddons();
  const text = doc.text;
  const rows: unknown[] = [];
  const sentences: Sentence[] = [];
  const line = (ls: number, le: number, p: number): void => {
    const seg = breakLongRuns(text.slice(ls, le));
    const rdd = readRaw(seg);
    const n = rdd.numOfTokens;
    const starts: number[] = [];
    let cursor = 0;
    for (let i = 0; i < n; i++) {
      const v = its.value(i, rdd as never) as string;
      if (!isSpaceCode(v.charCodeAt(0))) while (cursor < seg.length && isSpaceCode(seg.charCodeAt(cursor))) cursor++;
      let at = seg.startsWith(v, cursor) ? cursor : -1;
      if (at < 0) {
        const near = seg.slice(cursor, cursor + v.length + 256).indexOf(v);
        at = near < 0 ? -1 : cursor + near;
      }
      starts[i] = at < 0 ? cursor : at;
      cursor = at < 0 ? cursor : at + v.length;
    }
    for (const span of rdd.sentences) {
      const tokenStart = rows.length;
      const sIndex = sentences.length;
      let first = -1;
      let last = -1;
      for (let i = span[0]!; i <= span[1]! && i < n; i++) {
        const tag = its.pos(i, rdd as never) as string;
        if (tag === 'SPACE') continue;
        const v = its.value(i, rdd as never) as string;
        const at = ls + starts[i]!;
        const norm = foldNorm(v);
        const lem = (its.lemma as unknown as (i: number, rdd: unknown, addons: unknown) => string | undefined)(i, rdd, addons) ?? v;
        rows.push([at, at + v.length, v, norm, tag, lem === v ? norm : foldNorm(lem), sIndex]);
        if (first < 0) first = at;
        last = at + v.length;
      }
      if (rows.length === tokenStart) continue;
      sentences.push({ index: sIndex, paragraph: p, start: first, end: last, tokenStart, tokenEnd: rows.length });
    }
  };
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  for (let p = 0; p < paragraphs.length; p++) {
    const end = paragraphs[p]!.end;
    let s = paragraphs[p]!.start;
    while (s <= end) {
      let nl = text.indexOf('\n', s);
      if (nl < 0 || nl > end) nl = end;
      let a = s;
      let b = nl;
      while (a < b && isJsSpace(text.charCodeAt(a))) a++;
      while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
      if (b - a > MAX_PIECE) for (const [x, y] of pieces(text, a, b)) line(x, y, p);
      else if (b > a) line(a, b, p);
      s = nl + 1;
    }
  }
  return { tokens: rows, sentences };
}

function tokensOf(doc: Doc): unknown[] {
  const t = doc.tokens;
  return Array.from({ length: t.count }, (_, i) => [t.start[i], t.end[i], t.text[i], t.norm[i], t.pos[i], t.lemma[i], t.sentence[i]]);
}

function assertSame(paragraphs: string[]): void {
  // wink learns the words it has not seen on their first reading (and may then split
  // "Hyon's" otherwise): read once first, so both sides meet the same lexicon.
  refTokenize(docFromParagraphs({ id: 'warm' }, paragraphs));
  const doc = docFromParagraphs({ id: 't' }, paragraphs);
  const ref = refTokenize(doc);
  tokenizeDoc(doc);
  assert.deepEqual(doc.sentences, ref.sentences);
  assert.deepEqual(tokensOf(doc), ref.tokens);
}

// Lines that end without a full stop, end in an abbreviation, start in lower case,
// hold only punctuation or odd white space: where a batch could let a sentence run on.
const LINE_BITS = ['Fuji Heavy Industries Ltd.', 'the U.S.', 'and then', 'Dr.', 'No.', '2011', '--', '(KCNA)', '"', '\t', '\u00a0', '\u3000', 'seoul', "Kim's", 'year’s', 'e.g.', '...', '•', 'Back To Top', 'x'.repeat(70)];
// Words seen before are placed from wink's count of the spaces before them (tokenize.ts): odd spaces wink counts,
// or does not, or marks as no-break; contractions wink splits; runs of spaces.
LINE_BITS.push('\u202f', '\u2007', '\u200b', '\u2028', "can't", 'CAN’T', 'won’t', "they'd", 'a   b', ' \u00a0 ');
const lineText = fc.oneof(newsText, fc.array(fc.constantFrom(...LINE_BITS), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' ')));
const paragraph = fc
  .array(fc.tuple(lineText, fc.constantFrom('\n', '\n', ' \n', '\n\t', '\n\u00a0', '\r\n', '\n \n')), { minLength: 1, maxLength: 6 })
  .map((ls) => ls.map(([l, sep]) => l + sep).join(''));

test('batched lines give the tokens and sentences of one wink call per line', () => {
  fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (ps) => assertSame(ps)), { numRuns: 300 });
});

test('a sentence never runs on past a line, even where wink would go on', () => {
  const doc = docFromParagraphs({ id: 't' }, ['The deal was signed by Mirae Shipping Co.\nLtd. officials met the envoys of the two states on Friday.']);
  tokenizeDoc(doc);
  for (const s of doc.sentences) assert.ok(!doc.text.slice(s.start, s.end).includes('\n'));
  assertSame(['The deal was signed by Mirae Shipping Co.\nLtd. officials met the envoys of the two states on Friday.']);
});

test('batches end before MAX_PIECE, and a line longer than that goes in pieces, as before', () => {
  const short = 'The envoys of the two states met in the capital on Friday.';
  const many = Array.from({ length: 600 }, (_, i) => `${short} Line ${i}`).join('\n'); // ~40,000 characters of short lines
  const long = `${short} `.repeat(450); // one line of ~26,000 characters
  assertSame([many, `${short}\n${long}\n${short}`]);
});
