import type { Doc } from '../doc/doc.js';
import type { Sentence } from '../doc/sentence.js';
import type { TokenTable } from '../doc/tokens.js';
import { checkBudget } from '../pipeline/budget.js';
import type { Component, Context } from '../pipeline/component.js';
import { isJsSpace } from './chars.js';
import { rawAddons, readRaw, wink, type RawDoc } from './wink.js';

/** Fold typographic variants so dictionaries match one spelling: ’ → ', “ ” → ", – — → -. */
export function foldNorm(s: string): string {
  // Most tokens are plain ASCII: nothing to fold but case (three regex scans per token otherwise),
  // and most of those are lower-case already: the same string back, no copy.
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return foldWide(s);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? s.toLowerCase() : s;
}

function foldWide(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015]/g, '-');
}

/** Int32 column that grows by doubling, so tokens go straight into the typed array the table keeps. */
class IntColumn {
  data = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  /** Copy the filled part into `into` at `at`. */
  copyTo(into: Int32Array, at: number): Int32Array {
    const out = into.subarray(at, at + this.length);
    out.set(this.data.subarray(0, this.length));
    return out;
  }
}

/** String column filled by index; `copy` gives the filled part as an array of its own. */
class StringColumn {
  data: string[] = [];
  length = 0;

  push(v: string): void {
    this.data[this.length++] = v;
  }

  copy(): string[] {
    return this.data.slice(0, this.length);
  }
}

// The columns are scratch space, emptied for each document and copied out at its end,
// so they grow to the longest document once instead of from nothing for every one.
const scratch = {
  start: new IntColumn(),
  end: new IntColumn(),
  sentence: new IntColumn(),
  word: new IntColumn(),
  text: new StringColumn(),
  norm: new StringColumn(),
  pos: new StringColumn(),
  lemma: new StringColumn(),
};

class TokenBuilder {
  start = scratch.start;
  end = scratch.end;
  text = scratch.text;
  norm = scratch.norm;
  pos = scratch.pos;
  lemma = scratch.lemma;
  sentence = scratch.sentence;
  word = scratch.word;

  constructor() {
    this.start.length = this.end.length = this.sentence.length = this.word.length = 0;
    this.text.length = this.norm.length = this.pos.length = this.lemma.length = 0;
  }

  build(): TokenTable {
    // The four columns share one buffer: one allocation per document instead of four.
    const n = this.start.length;
    const all = new Int32Array(4 * n);
    return {
      count: n,
      start: this.start.copyTo(all, 0),
      end: this.end.copyTo(all, n),
      text: this.text.copy(),
      norm: this.norm.copy(),
      pos: this.pos.copy(),
      lemma: this.lemma.copy(),
      sentence: this.sentence.copyTo(all, 2 * n),
      word: this.word.copyTo(all, 3 * n),
    };
  }
}

/** True when `foldNorm(s)` is `s` itself: ASCII without capitals, as most tokens are (no memo look-up needed). */
export function isFolded(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

/** Longest piece of a line handed to wink-nlp at once, so a 2 MB line is checked against the time budget as it goes. */
export const MAX_PIECE = 20_000;

/**
 * A line cut into pieces of at most `MAX_PIECE` characters, after a full stop
 * where there is one ("… said. The"), else at a space. A sentence longer than
 * thousands of characters is junk, so cutting it costs nothing real.
 *
 * @example
 * pieces(text, 0, 50_000).length // 3
 */
export function pieces(text: string, start: number, end: number): [number, number][] {
  if (end - start <= MAX_PIECE) return [[start, end]];
  const out: [number, number][] = [];
  let a = start;
  while (end - a > MAX_PIECE) {
    const limit = a + MAX_PIECE;
    const window = text.slice(a + MAX_PIECE / 2, limit);
    const stop = window.lastIndexOf('. ');
    const space = stop >= 0 ? stop + 1 : window.search(/\s\S*$/);
    const cut = space >= 0 ? a + MAX_PIECE / 2 + space : limit;
    out.push([a, cut]);
    a = cut;
    while (a < end && isSpaceCode(text.charCodeAt(a))) a++;
  }
  if (a < end) out.push([a, end]);
  return out;
}

/** Longest run of non-space characters handed to wink-nlp in one piece (real words and URLs are shorter). */
export const MAX_RUN = 64;

/** True when `seg` has more than `MAX_RUN` non-space characters in a row (`/\S{65}/`, in one linear scan). */
function hasLongRun(seg: string): boolean {
  // A run of MAX_RUN + 1 characters covers a multiple of MAX_RUN: look only at those
  // positions, and measure the run around each one that is not white space.
  for (let at = 0; at < seg.length; at += MAX_RUN) {
    if (isJsSpace(seg.charCodeAt(at))) continue;
    let a = at;
    let b = at + 1;
    while (a > 0 && !isJsSpace(seg.charCodeAt(a - 1))) a--;
    while (b < seg.length && !isJsSpace(seg.charCodeAt(b))) b++;
    if (b - a > MAX_RUN) return true;
  }
  return false;
}

/**
 * wink-nlp takes time quadratic in the length of a run without spaces
 * ("AAAA…", "-----…", "well-well-well-…": 20,000 characters take seconds,
 * 200,000 minutes), so runs longer than `MAX_RUN` get a space every
 * `MAX_RUN` characters. Same length, so offsets are unchanged.
 *
 * @example
 * breakLongRuns('-'.repeat(130)) // 64 dashes, a space, 64 dashes, a space, a dash
 */
export function breakLongRuns(seg: string): string {
  if (!hasLongRun(seg)) return seg;
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0; // only what wink-nlp surely splits on
    else if (++run > MAX_RUN) {
      out += seg.slice(from, i) + ' ';
      from = i + 1;
      run = 0;
    }
  }
  return out + seg.slice(from);
}

/** Scratch for the start and end offsets of one batch's tokens, reused from batch to batch. */
let startsBuf = new Int32Array(1024);
let endsBuf = new Int32Array(1024);
/** Scratch: where each line of a batch starts in the segment handed to wink. */
let segStarts = new Int32Array(64);

// wink's raw token data: 4 numbers per token; the third holds the POS in bits 20–25
// (wink-nlp's constants `posMask` and `bits4lemma`).
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
/** POS names by wink's POS index, read from wink on first sight. */
const posNames: string[] = [];

type ItsLemma = (i: number, rdd: unknown, addons: unknown) => string | undefined;

/** A token's lemma as dyad keeps it: folded like `norm`, and the form itself where wink has none. */
function foldedLemma(i: number, rdd: RawDoc, addons: unknown, v: string, norm: string): string {
  const lem = (wink().its.lemma as unknown as ItsLemma)(i, rdd, addons) ?? v;
  return lem === v ? norm : foldNorm(lem);
}

type VerbLemma = (word: string, pos: 'VERB', cache: unknown) => string;

/** What may start the object of a participle: "arresting dozens", "bombing a bridge", "detaining its crew". */
const OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'ADJ', 'NOUN', 'PROPN']);

/**
 * A participle clause after a comma whose "-ing" word the tagger read as a
 * noun ("…, arresting dozens of protesters", "…, shelling the town and
 * bombing a bridge"): such words are adjectives or nouns as well ("an
 * arresting image", "the bombing"), but after a comma, or after "and"/"or"
 * that joins them to a participle of that clause, and before an object,
 * they are the verb. Only words whose stem the lexicon knows as a verb
 * (`verbLemma` gives the stem back, not the word: "something" stays a noun)
 * become VERB, with that stem as lemma.
 *
 * @example
 * // ", arresting/NOUN dozens/NOUN" → ", arresting/VERB (lemma arrest) dozens/NOUN"
 */
export function repairParticiples(tb: { norm: { data: string[] }; pos: { data: string[] }; lemma: { data: string[] } }, start: number, end: number, verbLemma: (word: string) => string): void {
  const norm = tb.norm.data;
  const pos = tb.pos.data;
  let clause = -1; // the first token of the clause after the last comma
  let participle = false; // whether that clause opens with an "-ing" verb
  for (let i = start; i < end - 1; i++) {
    // Tags are shared strings, compared by identity: a word's own string is read only for the few tokens asked about.
    const tag = pos[i];
    if (tag === 'PUNCT') {
      if (norm[i] === ',') {
        clause = i + 1;
        participle = false;
      }
      continue;
    }
    if (clause < 0 || (tag !== 'NOUN' && !(tag === 'VERB' && i === clause))) continue;
    const w = norm[i]!;
    if (w.length < 6 || !w.endsWith('ing')) continue;
    if (tag === 'VERB') {
      participle = true;
      continue;
    }
    if (!OBJECT_START.has(pos[i + 1]!)) continue;
    const prev = norm[i - 1];
    // the clause's first word, or one joined by "and"/"or" to the participle that opens it
    if (!(i === clause || ((prev === 'and' || prev === 'or') && participle))) continue;
    const lemma = verbLemma(w);
    if (lemma === w) continue;
    pos[i] = 'VERB';
    tb.lemma.data[i] = lemma;
    if (i === clause) participle = true;
  }
}

/** Lexemes beyond this index (a huge ingest's new words) are worked out each time instead. */
const MAX_LEXEMES = 4_000_000;
/** Words this long or longer keep no shape (it holds the length + 1 in 16 bits). */
const MAX_SHAPED = 0xffff;
/** Flags of a word's shape: `foldNorm` leaves it as it is, or does not. */
const FOLDED = 1 << 16;
const UNFOLDED = 1 << 17;

/** `list[i] = value`, growing a dense array in order (no holes V8 would turn into a dictionary). */
function setDense(list: (string | undefined)[], i: number, value: string): void {
  while (list.length < i) list.push(undefined);
  list[i] = value;
}

/**
 * Per-word answers, by wink's lexeme index: the word's shape (length, first
 * and last characters, whether `foldNorm` leaves it as it is), its folded
 * form (`foldNorm`) and, per POS, its folded lemma. All depend on the word
 * and POS only (wink's lemma for a word that is not a contraction is a
 * function of its lexeme and POS), and a text repeats its words, so each is
 * worked out once per distinct word instead of once per token. wink numbers
 * its lexicon, then new words as it meets them, so the indices are dense.
 */
export class WordMemo {
  private readonly norms: (string | undefined)[] = [];
  /**
   * Two numbers per lexeme, in one typed array so that a token's facts are one
   * memory read (the word's own string is not touched):
   * - `2 * lex`: the length + 1 (0 while the word is unseen, or longer than
   *   `MAX_SHAPED`) in the low 16 bits, the first character's code in the high 16;
   * - `2 * lex + 1`: the last character's code in the low 16 bits; `FOLDED` or
   *   `UNFOLDED` once known; and in the top byte the POS + 1 whose lemma `firstLemma`
   *   holds (0 when none yet): most words take one POS, so their lemma is one array
   *   read per token, and a word's lemmas for other POS go by POS, then lexeme.
   */
  private shapes = new Uint32Array(2048);
  private readonly firstLemma: (string | undefined)[] = [];
  private readonly lemmas: (string | undefined)[][] = [];

  private grow(lex: number): void {
    let size = this.shapes.length;
    while (size <= 2 * lex + 1) size *= 2;
    const bigger = new Uint32Array(size);
    bigger.set(this.shapes);
    this.shapes = bigger;
  }

  /**
   * The shape of lexeme `lex` as learnt from its value (`learn`): the length + 1
   * in the low 16 bits and the first character's code in the high 16; 0 when unknown.
   */
  shape(lex: number): number {
    return 2 * lex < this.shapes.length ? this.shapes[2 * lex]! : 0;
  }

  /** The last character's code of lexeme `lex`, once `shape` gives it. */
  last(lex: number): number {
    return this.shapes[2 * lex + 1]! & 0xffff;
  }

  /** Learn the shape of lexeme `lex` from its value `v`. */
  learn(lex: number, v: string): void {
    if (lex >= MAX_LEXEMES || v.length === 0 || v.length >= MAX_SHAPED) return;
    if (2 * lex + 1 >= this.shapes.length) this.grow(lex);
    this.shapes[2 * lex] = (v.length + 1) | (v.charCodeAt(0) << 16);
    const k = 2 * lex + 1;
    this.shapes[k] = (this.shapes[k]! & ~0xffff) | v.charCodeAt(v.length - 1);
  }

  /** `isFolded(v)` for the lexeme `lex` whose value is `v`. */
  folded(lex: number, v: string): boolean {
    const k = 2 * lex + 1;
    if (k < this.shapes.length) {
      const flags = this.shapes[k]! & (FOLDED | UNFOLDED);
      if (flags) return flags === FOLDED;
    }
    const f = isFolded(v);
    if (lex < MAX_LEXEMES) {
      if (k >= this.shapes.length) this.grow(lex);
      this.shapes[k]! |= f ? FOLDED : UNFOLDED;
    }
    return f;
  }

  /** `foldNorm(v)` for the lexeme `lex` whose value is `v`. */
  norm(lex: number, v: string): string {
    let norm = this.norms[lex];
    if (norm === undefined) {
      norm = foldNorm(v);
      if (lex < MAX_LEXEMES) setDense(this.norms, lex, norm);
    }
    return norm;
  }

  /** The folded lemma of lexeme `lex` as POS `posId`, or undefined when not yet known. */
  lemma(lex: number, posId: number): string | undefined {
    const k = 2 * lex + 1;
    if (k < this.shapes.length) {
      const p = this.shapes[k]! >>> 24;
      if (p === posId + 1) return this.firstLemma[lex];
      if (p === 0) return undefined;
    }
    return this.lemmas[posId]?.[lex];
  }

  /** Remember the folded lemma of lexeme `lex` as POS `posId`. */
  setLemma(lex: number, posId: number, lemma: string): void {
    if (lex >= MAX_LEXEMES) return;
    const k = 2 * lex + 1;
    if (k >= this.shapes.length) this.grow(lex);
    if (this.shapes[k]! >>> 24 === 0) {
      this.shapes[k] = (this.shapes[k]! | ((posId + 1) << 24)) >>> 0;
      setDense(this.firstLemma, lex, lemma);
    } else setDense((this.lemmas[posId] ??= []), lex, lemma);
  }
}

const words = new WordMemo();

/**
 * Split each paragraph into sentences and tokens with wink-nlp, mapping every
 * token back to its character offsets in `doc.text`.
 *
 * @example
 * tokenize(doc, 0, doc.text.length) // "Biegun visited Seoul." → 1 sentence, 4 tokens
 */
export function tokenizeDoc(doc: Doc, ctx?: Context): void {
  const nlp = wink();
  const its = nlp.its;
  const tb = new TokenBuilder();
  const sentences: Sentence[] = [];
  const text = doc.text;
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];

  const addons = rawAddons();
  // Lines waiting to go through wink-nlp together: start and end in `text`, paragraph.
  const batch: number[] = [];
  let batchLength = 0;
  /**
   * The waiting lines through wink-nlp in one call, joined by "\n": tokens, POS,
   * lemmas and sentences read straight from wink's raw document data, one token
   * at a time. Each line was one call before; wink builds a document object per
   * call, which cost ~14 % over one call per story. A sentence is still cut
   * where a line ends (no sentence spans a line break), and each token maps
   * back to its own line's offsets.
   */
  const flush = (): void => {
    const lines = batch.length / 3;
    if (!lines) return;
    if (ctx) checkBudget(ctx, 'nlp.tokenize');
    if (segStarts.length < lines + 1) segStarts = new Int32Array(Math.max(lines + 1, segStarts.length * 2));
    let seg = '';
    for (let k = 0; k < lines; k++) {
      if (k) seg += '\n';
      segStarts[k] = seg.length;
      seg += breakLongRuns(text.slice(batch[3 * k]!, batch[3 * k + 1]!));
    }
    segStarts[lines] = seg.length + 1;
    const rdd = readRaw(seg);
    const n = rdd.numOfTokens;
    if (startsBuf.length < n) {
      startsBuf = new Int32Array(Math.max(n, startsBuf.length * 2));
      endsBuf = new Int32Array(startsBuf.length);
    }
    const starts = startsBuf;
    const ends = endsBuf;
    const tk = rdd.tokens;
    const segLen = seg.length;
    let cursor = 0;
    // Tokens 0…located-1 have their offsets in `starts` and `ends`, found in token order as the
    // sentences reach each token.
    let located = 0;
    const spans = rdd.sentences;
    let li = 0; // the line of the token at hand (token starts only grow)
    let sentenceLine = -1; // the line of the open sentence, -1 when none is open
    let tokenStart = 0;
    const verbLemma = (w: string): string => (addons as { lemmatize: VerbLemma }).lemmatize(w, 'VERB', rdd.cache);
    const close = (): void => {
      const tokenEnd = tb.start.length;
      if (sentenceLine >= 0 && tokenEnd > tokenStart) {
        repairParticiples(tb, tokenStart, tokenEnd, verbLemma);
        sentences.push({
          index: sentences.length,
          paragraph: batch[3 * sentenceLine + 2]!,
          start: tb.start.data[tokenStart]!,
          end: tb.end.data[tokenEnd - 1]!,
          tokenStart,
          tokenEnd,
        });
      }
      sentenceLine = -1;
    };
    for (let k = 0; k < spans.length; k++) {
      const a = spans[k]![0]!;
      const b = spans[k]![1]!;
      for (let i = a; i <= b && i < n; i++) {
        while (located <= i) {
          const lx = tk[located * 4]!;
          // wink's count of the spaces before the token; 0xffff when they hold a no-break space
          const ps = tk[located * 4 + 1]! & 0xffff;
          const shape = words.shape(lx);
          if (shape !== 0 && ps !== 0xffff) {
            // A word seen before: where the spaces wink counted end, if the text there begins and ends as the
            // word does (its string is not read: one memory read per token instead of one per character).
            const at = cursor + ps;
            const end = at + (shape & 0xffff) - 1;
            if (seg.charCodeAt(at) === shape >>> 16 && seg.charCodeAt(end - 1) === words.last(lx)) {
              starts[located] = at;
              ends[located++] = end;
              cursor = end;
              continue;
            }
          }
          const v = its.value(located, rdd as never) as string;
          words.learn(lx, v);
          // Skip white space before a word (not before wink's own white-space tokens, "\t").
          if (!isSpaceCode(v.charCodeAt(0))) while (cursor < segLen && isSpaceCode(seg.charCodeAt(cursor))) cursor++;
          let at = seg.startsWith(v, cursor) ? cursor : -1;
          if (at < 0) {
            // Looked for near the cursor only: a value not in the text must not rescan the rest of a 2 MB line.
            const near = seg.slice(cursor, cursor + v.length + 256).indexOf(v);
            at = near < 0 ? -1 : cursor + near;
          }
          starts[located] = at < 0 ? cursor : at;
          ends[located] = starts[located]! + v.length;
          located++;
          cursor = at < 0 ? cursor : at + v.length;
        }
        const lex = tk[i * 4]!;
        const posId = (tk[i * 4 + 2]! & POS_MASK) >>> POS_SHIFT;
        const tag = posNames[posId] ?? (posNames[posId] = its.pos(i, rdd as never) as string);
        if (tag === 'SPACE') continue;
        while (starts[i]! >= segStarts[li + 1]!) li++;
        if (li !== sentenceLine) {
          close();
          sentenceLine = li;
          tokenStart = tb.start.length;
        }
        const at = batch[3 * li]! + starts[i]! - segStarts[li]!;
        tb.start.push(at);
        tb.end.push(at + ends[i]! - starts[i]!);
        const v = its.value(i, rdd as never) as string;
        tb.text.push(v);
        const norm = words.folded(lex, v) ? v : words.norm(lex, v);
        tb.norm.push(norm);
        tb.pos.push(tag);
        // A contraction's lemma is stored on the token itself ("'d" → "would" or "had"); any other
        // token's lemma follows from its word and POS.
        let lemma = tk[i * 4 + 1]! > 65535 ? undefined : words.lemma(lex, posId);
        if (lemma === undefined) {
          lemma = foldedLemma(i, rdd, addons, v, norm);
          if (tk[i * 4 + 1]! <= 65535) words.setLemma(lex, posId, lemma);
        }
        tb.lemma.push(lemma);
        tb.sentence.push(sentences.length);
        tb.word.push(lex);
      }
      close();
    }
    batch.length = 0;
    batchLength = 0;
  };
  const line = (ls: number, le: number, p: number): void => {
    // A line joins the batch unless the batch would pass MAX_PIECE (one wink call stays
    // as long as one line could be, so the time budget is checked as often as before).
    if (batchLength + (le - ls) + 1 > MAX_PIECE) flush();
    batch.push(ls, le, p);
    batchLength += le - ls + 1;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const end = paragraphs[p]!.end;
    // Lines of the paragraph: scraped text breaks lines where the page broke blocks, so no sentence spans a newline.
    let s = paragraphs[p]!.start;
    while (s <= end) {
      let nl = text.indexOf('\n', s);
      if (nl < 0 || nl > end) nl = end;
      let a = s;
      let b = nl;
      while (a < b && isJsSpace(text.charCodeAt(a))) a++;
      while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
      if (b - a > MAX_PIECE) {
        // a long line in pieces, each its own call, as before
        for (const [x, y] of pieces(text, a, b)) {
          flush();
          line(x, y, p);
          flush();
        }
      } else if (b > a) line(a, b, p);
      s = nl + 1;
    }
  }
  flush();
  doc.sentences = sentences;
  doc.tokens = tb.build();
}

export const tokenizeComponent: Component = {
  name: 'nlp.tokenize',
  requires: ['text', 'paragraphs'],
  assigns: ['sentences', 'tokens'],
  run: (doc, ctx) => tokenizeDoc(doc, ctx),
};
