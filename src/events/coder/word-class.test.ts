// The passes that classify each token's word once per word id (`WordClasses`) must find what they found when they
// read and compared each token's strings: the passes as they were are kept below as references, and both run over
// generated sentences whose word ids are absent, dense, or past the memo's cap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { TokenTable } from '../../doc/tokens.js';
import { DASHES, markAsides } from './clause-index.js';
import { discardReason, MARKERS, NAME_MARKERS, POLITICAL, SCORE } from './discard.js';
import { MONTH_BEFORE, notAnAct } from './propose.js';
import { WordClasses } from '../../nlp/word-class.js';

// ---- References: the passes as they were (unchanged but for names), over the modules' own word lists. ----

function referenceAsides(t: TokenTable, s0: number, s1: number, paren: Uint8Array): void {
  let open = -1;
  let bracket = -1;
  for (let i = s0; i < s1; i++) {
    const w = t.norm[i]!;
    if (t.pos[i] === 'PUNCT' && DASHES.has(w) && !(i > s0 && i + 1 < s1 && t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1])) {
      if (open < 0) open = i;
      else {
        paren.fill(1, open, i + 1);
        open = -1;
      }
    } else if (w === '(') bracket = i;
    else if (w === ')' && bracket >= 0) {
      paren.fill(1, bracket, i + 1);
      bracket = -1;
    }
    if (i === s0 || t.norm[i - 1] !== ',') continue;
    if (((w === 'like' || w === 'unlike') && t.pos[i] === 'ADP') || ((w === 'a' || w === 'an') && t.pos[i] === 'DET')) {
      let j = i;
      const clauseVerb = (k: number): boolean => t.pos[k] === 'VERB' && !(/(ing|ed)$/.test(t.norm[k]!) && (t.pos[k + 1] === 'NOUN' || t.pos[k + 1] === 'ADJ' || t.pos[k + 1] === 'ADP'));
      while (j < s1 && j < i + 12 && t.norm[j] !== ',' && !clauseVerb(j)) j++;
      if (j < s1 && t.norm[j] === ',') paren.fill(1, i - 1, j + 1);
    }
    if (w === 'who' || w === 'which' || w === 'whose') {
      let j = i;
      while (j < s1 && t.norm[j] !== ',' && t.norm[j] !== '.' && t.norm[j] !== ';' && t.norm[j] !== ')' && !DASHES.has(t.norm[j]!)) j++;
      paren.fill(1, i - 1, j);
    }
  }
}

function referenceDiscard(t: TokenTable, s0: number, s1: number): string | null {
  let marker: string | null = null;
  let political = false;
  for (let i = s0; i < s1; i++) {
    const n = t.norm[i]!;
    const c = n.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const split = i + 2 < s1 && (t.norm[i + 1] === '–' || t.norm[i + 1] === '-') && t.end[i] === t.start[i + 1] && t.end[i + 1] === t.start[i + 2] ? `${n}-${t.norm[i + 2]}` : '';
      if ((SCORE.test(n) || SCORE.test(split)) && !(i > s0 && /^(vote|votes|voted)$/.test(t.norm[i - 1]!))) return `sport score "${split ? `${t.text[i]}${t.text[i + 1]}${t.text[i + 2]}` : t.text[i]}"`;
    }
    if (MARKERS.has(n) && t.pos[i] !== 'VERB' && !(i > s0 && /^[A-Z][a-z]/.test(t.text[i]!) && !NAME_MARKERS.has(n))) marker ??= n;
    if (POLITICAL.has(n)) political = true;
  }
  if (marker && !political) return `sport/market/entertainment word "${marker}"`;
  return null;
}

// ---- Generated sentences: the words the passes look for, often, among others. ----

const WORDS = [
  '(', ')', ',', '.', ';', '-', '--', '—', '–', '---', 'like', 'unlike', 'a', 'an', 'who', 'which', 'whose', 'the',
  'members', 'said', 'existing', 'linked', 'met', 'talks', 'troops', 'league', 'match', 'stocks', 'nikkei', 'fifa',
  'film', 'scored', 'army', '2-1', '3–0', '1:0', '2', '1', '40', '1234-5', 'vote', 'voted', 'x', '', 'ob-la-di',
];
const TAGS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'ADP', 'DET', 'PROPN', 'PUNCT', 'NUM', 'PRON'];

/** Word ids by text, as wink numbers its lexemes: the same text, the same id, in every generated sentence. */
const wordIds = new Map<string, number>();

function wordId(text: string): number {
  let id = wordIds.get(text);
  if (id === undefined) wordIds.set(text, (id = wordIds.size));
  return id;
}

const sentenceArb = fc
  .tuple(
    fc.array(fc.record({ word: fc.constantFrom(...WORDS), upper: fc.boolean(), pos: fc.constantFrom(...TAGS), gap: fc.constantFrom(0, 1, 1) }), { minLength: 1, maxLength: 30 }),
    // Word ids: none (a table built by hand), one per text as the tokenizer gives them, or past the memo's cap.
    fc.constantFrom(-1, 0, 0, 4_000_000),
    fc.nat(30),
  )
  .map(([toks, idBase, cut]) => {
    const n = toks.length;
    const t: TokenTable = { count: n, start: new Int32Array(n), end: new Int32Array(n), text: [], norm: [], pos: [], lemma: [], sentence: new Int32Array(n), word: new Int32Array(n).fill(-1) };
    let at = 0;
    toks.forEach((k, i) => {
      const text = k.upper ? k.word.charAt(0).toUpperCase() + k.word.slice(1) : k.word;
      at += k.gap;
      t.start[i] = at;
      at += text.length;
      t.end[i] = at;
      t.text.push(text);
      t.norm.push(k.word);
      t.lemma.push(k.word);
      t.pos.push(k.pos);
      if (idBase >= 0) t.word[i] = idBase + wordId(text);
    });
    return { t, cut: Math.min(cut, n) };
  });

test('the pass for asides marks what it marked when it compared strings', () => {
  fc.assert(
    fc.property(sentenceArb, ({ t, cut }) => {
      const fast = new Uint8Array(t.count);
      const ref = new Uint8Array(t.count);
      for (const [s0, s1] of [[0, cut], [cut, t.count]] as const) {
        markAsides(t, s0, s1, fast);
        referenceAsides(t, s0, s1, ref);
      }
      assert.deepEqual(fast, ref, t.text.join(' '));
    }),
    { numRuns: 2000 },
  );
});

test('discardReason finds what it found when it read every string', () => {
  let found = 0;
  fc.assert(
    fc.property(sentenceArb, ({ t, cut }) => {
      for (const [s0, s1] of [[0, cut], [cut, t.count]] as const) {
        const reason = discardReason(t, s0, s1);
        assert.equal(reason, referenceDiscard(t, s0, s1), t.text.join(' '));
        if (reason) found++;
      }
    }),
    { numRuns: 2000 },
  );
  assert.ok(found > 100, `only ${found} discards compared`);
});

test('WordClasses gives the class of every word, on first and later sight, with and without ids', () => {
  fc.assert(
    fc.property(fc.array(sentenceArb, { maxLength: 5 }), (sentences) => {
      const classes = new WordClasses((norm, text) => (norm.length * 7 + (text.charCodeAt(0) | 0)) % 255);
      for (let pass = 0; pass < 2; pass++) {
        for (const { t } of sentences) {
          for (let i = 0; i < t.count; i++) assert.equal(classes.of(t, i), (t.norm[i]!.length * 7 + (t.text[i]!.charCodeAt(0) | 0)) % 255);
        }
      }
    }),
  );
});

// The checks of `propose` before it proposes for a verb, as they were.

function referenceNotAnAct(t: TokenTable, pos: string, i: number, s0: number, s1: number): boolean {
  if ((pos === 'VERB' || pos === 'ADJ') && i > s0 && (t.pos[i - 1] === 'DET' || t.pos[i - 1] === 'ADJ' || t.norm[i - 1] === "'s") && i + 1 < s1 && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'PROPN') && (t.norm[i]!.endsWith('ed') || t.norm[i]!.endsWith('ing'))) return true;
  const w = t.text[i]!;
  if (w !== 'March' && w !== 'May') return false;
  if (i + 1 < s1 && t.pos[i + 1] === 'NUM') return true;
  return i > s0 && MONTH_BEFORE.has(t.norm[i - 1]!);
}

/** Sentences of the words `notAnAct` looks at, in every case and tag. */
const actArb = fc
  .tuple(
    fc.array(fc.record({ word: fc.constantFrom("'s", 'occupied', 'stalled', 'fighting', 'ed', 'ing', 'march', 'may', 'in', 'since', 'the', 'talks', 'seed', "'"), upper: fc.boolean(), pos: fc.constantFrom('VERB', 'ADJ', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADP') }), { minLength: 1, maxLength: 12 }),
    fc.constantFrom(-1, 0, 0, 4_000_000),
  )
  .map(([toks, idBase]) => {
    const n = toks.length;
    const t: TokenTable = { count: n, start: new Int32Array(n), end: new Int32Array(n), text: [], norm: [], pos: [], lemma: [], sentence: new Int32Array(n), word: new Int32Array(n).fill(-1) };
    toks.forEach((k, i) => {
      const text = k.upper ? k.word.charAt(0).toUpperCase() + k.word.slice(1) : k.word;
      t.text.push(text);
      t.norm.push(k.word);
      t.lemma.push(k.word);
      t.pos.push(k.pos);
      if (idBase >= 0) t.word[i] = idBase + wordId(text);
    });
    return t;
  });

test('propose rules out attributive participles and months as it did when it read the strings', () => {
  let ruledOut = 0;
  fc.assert(
    fc.property(actArb, fc.nat(12), (t, cut) => {
      const s0 = Math.min(cut, t.count - 1);
      for (let i = s0; i < t.count; i++) {
        const fast = notAnAct(t, t.pos[i]!, i, s0, t.count);
        assert.equal(fast, referenceNotAnAct(t, t.pos[i]!, i, s0, t.count), `${i} of ${t.text.join(' ')}`);
        if (fast) ruledOut++;
      }
    }),
    { numRuns: 3000 },
  );
  assert.ok(ruledOut > 100, `only ${ruledOut} ruled out`);
});
