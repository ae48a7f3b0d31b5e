import type { Doc } from '../doc/doc.js';
import type { Sentence } from '../doc/sentence.js';
import type { TokenTable } from '../doc/tokens.js';
import { checkBudget } from '../pipeline/budget.js';
import type { Component, Context } from '../pipeline/component.js';
import { wink } from './wink.js';

/** Fold typographic variants so dictionaries match one spelling: ’ → ', “ ” → ", – — → -. */
export function foldNorm(s: string): string {
  // Most tokens are plain ASCII: nothing to fold but case (three regex scans per token otherwise).
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015]/g, '-');
}

class TokenBuilder {
  start: number[] = [];
  end: number[] = [];
  text: string[] = [];
  norm: string[] = [];
  pos: string[] = [];
  lemma: string[] = [];
  sentence: number[] = [];

  build(): TokenTable {
    return {
      count: this.start.length,
      start: Int32Array.from(this.start),
      end: Int32Array.from(this.end),
      text: this.text,
      norm: this.norm,
      pos: this.pos,
      lemma: this.lemma,
      sentence: Int32Array.from(this.sentence),
    };
  }
}

/** Lines of a paragraph: scraped text breaks lines where the page broke blocks, so no sentence spans a newline. */
function lines(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 10) {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) out.push([a, b]);
      s = i + 1;
    }
  }
  return out;
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

/** JavaScript's `\s` (what `\S` in a regex excludes), by character code. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when `seg` has more than `MAX_RUN` non-space characters in a row (`/\S{65}/`, in one linear scan). */
function hasLongRun(seg: string): boolean {
  let run = 0;
  for (let i = 0; i < seg.length; i++) {
    if (isJsSpace(seg.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
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
  paragraphs.forEach((para, p) => {
    for (const [ls, le] of lines(text, para.start, para.end).flatMap(([a, b]) => pieces(text, a, b))) {
      if (ctx) checkBudget(ctx, 'nlp.tokenize');
      const seg = breakLongRuns(text.slice(ls, le));
      const wd = nlp.readDoc(seg);
      const values = wd.tokens().out(its.value) as string[];
      const pos = wd.tokens().out(its.pos) as string[];
      const lemma = wd.tokens().out(its.lemma as never) as string[];
      const spans = wd.sentences().out(its.span as never) as unknown as [number, number][];
      const starts = new Int32Array(values.length);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        // Skip white space before a word (not before wink's own white-space tokens, "\t").
        if (!isSpaceCode(v.charCodeAt(0))) while (cursor < seg.length && isSpaceCode(seg.charCodeAt(cursor))) cursor++;
        let at = seg.startsWith(v, cursor) ? cursor : -1;
        if (at < 0) {
          // Looked for near the cursor only: a value not in the text must not rescan the rest of a 2 MB line.
          const near = seg.slice(cursor, cursor + v.length + 256).indexOf(v);
          at = near < 0 ? -1 : cursor + near;
        }
        starts[i] = at < 0 ? cursor : at;
        cursor = at < 0 ? cursor : at + v.length;
      }
      for (const [a, b] of spans) {
        const tokenStart = tb.start.length;
        const sIndex = sentences.length;
        for (let i = a; i <= b && i < values.length; i++) {
          if (pos[i] === 'SPACE') continue;
          const v = values[i]!;
          tb.start.push(ls + starts[i]!);
          tb.end.push(ls + starts[i]! + v.length);
          tb.text.push(v);
          const norm = foldNorm(v);
          const lem = lemma[i] ?? v;
          tb.norm.push(norm);
          tb.pos.push(pos[i]!);
          tb.lemma.push(lem === v ? norm : foldNorm(lem));
          tb.sentence.push(sIndex);
        }
        const tokenEnd = tb.start.length;
        if (tokenEnd === tokenStart) continue;
        sentences.push({
          index: sIndex,
          paragraph: p,
          start: tb.start[tokenStart]!,
          end: tb.end[tokenEnd - 1]!,
          tokenStart,
          tokenEnd,
        });
      }
    }
  });
  doc.sentences = sentences;
  doc.tokens = tb.build();
}

export const tokenizeComponent: Component = {
  name: 'nlp.tokenize',
  requires: ['text', 'paragraphs'],
  assigns: ['sentences', 'tokens'],
  run: (doc, ctx) => tokenizeDoc(doc, ctx),
};
