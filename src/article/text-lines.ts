import { isJsSpace } from '../nlp/chars.js';

/**
 * Lines of scraped text, with wrapped lines joined: a line is continued by the
 * next when it does not end a sentence and the next starts in lower case
 * ("the stalled\ndialogue with Pyongyang" → one line).
 *
 * Line breaks are "\n", "\r\n" and "\r", and two paragraph marks that some
 * scrapers leave instead of a break:
 * - a run of commas with only spaces or tabs between ("state., ,  Palestine has"):
 *   two commas with only spaces between never occur in prose;
 * - a sentence end, a comma and two spaces before a capital ("a road caretaker.,  On his way";
 *   "the U.S., Japan" has one space and stays).
 * In each line no-break spaces count as spaces and zero-width characters are
 * dropped; runs of spaces and tabs become one space, and the line is trimmed.
 *
 * This did the same with four regex replacements over the whole text, a
 * split, and a regex per line (`text-lines.test.ts` checks it against that
 * form). Now a text without no-break spaces and zero-width characters (most
 * news) is cut with `indexOf` alone — the line breaks, the commas, and the
 * tabs and double spaces that mark a line to squeeze — and any other text in
 * one scan over its char codes. A line that needs nothing but trimming, most
 * of them, is one slice of the text.
 *
 * @example
 * textLines('Talks resume\n\nThe envoys met in\nthe capital., ,  They agreed.') // ['Talks resume', 'The envoys met in the capital.', 'They agreed.']
 */
export function textLines(content: string, ascii = isAscii(content)): string[] {
  return ascii || !SPACE_TO_FIX.test(content) ? indexLines(content) : scanLines(content);
}

/** The characters a line is rebuilt for: no-break spaces (made spaces) and zero-width characters (dropped). */
const SPACE_TO_FIX = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff]/;

/** Is every character of `s` ASCII? A native count: any other takes two or more bytes in UTF-8 (a lone surrogate three). */
export function isAscii(s: string): boolean {
  return Buffer.byteLength(s, 'utf8') === s.length;
}

/** Index of `what` in `s` from `from`, or `s.length` when there is none. */
function indexOr(s: string, what: string, from: number): number {
  const i = s.indexOf(what, from);
  return i < 0 ? s.length : i;
}

/**
 * `textLines` of a text without SPACE_TO_FIX, found by `indexOf`; a comma
 * run is looked at from its first comma.
 */
function indexLines(content: string): string[] {
  const n = content.length;
  const out: string[] = [];
  let blank = true; // as in scanLines
  let from = 0; // start of the current line
  // The next of each: a line feed, a carriage return, a comma, two spaces, a tab (n: none left).
  let lf = indexOr(content, '\n', 0);
  let cr = indexOr(content, '\r', 0);
  let comma = indexOr(content, ',', 0);
  let dbl = indexOr(content, '  ', 0);
  let tab = indexOr(content, '\t', 0);
  /** The line content[from, to): squeezed if it holds a tab or two spaces, trimmed. */
  const cut = (to: number): string => {
    if (dbl < from) dbl = indexOr(content, '  ', from);
    if (tab < from) tab = indexOr(content, '\t', from);
    // A double space or tab before `to` is inside the line (a comma run that ends the line starts after a non-space).
    if (dbl >= to && tab >= to) return lineAt(content, from, to, true);
    // Spaces to squeeze, and nothing else to fix: `/[ \t]+/g` to one space, but a lone space is left as it is.
    return content.slice(from, to).replace(/[ \t]{2,}|\t/g, ' ').trim();
  };
  for (;;) {
    const nl = lf < cr ? lf : cr;
    if (comma < nl) {
      // The run of spaces, tabs and commas around the first comma of a run.
      let a = comma;
      while (a > from && isSpaceOrTab(content.charCodeAt(a - 1))) a--;
      let j = comma + 1;
      let commas = 1;
      for (; j < n; j++) {
        const d = content.charCodeAt(j);
        if (d === 44) commas++;
        else if (d !== 32 && d !== 9) break;
      }
      if (commas >= 2 || (a === comma && j - comma >= 3 && afterSentenceEnd(content, comma) && isUpperAt(content, j))) {
        addLine(out, cut(a), blank);
        blank = true;
        from = j;
      }
      comma = indexOr(content, ',', j);
      continue;
    }
    blank = addLine(out, cut(nl), blank);
    if (nl >= n) return out;
    from = nl + (content.charCodeAt(nl) === 13 && content.charCodeAt(nl + 1) === 10 ? 2 : 1);
    if (lf < from) lf = indexOr(content, '\n', from);
    if (cr < from) cr = indexOr(content, '\r', from);
  }
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** `textLines` by one scan over the char codes, for any text. */
function scanLines(content: string): string[] {
  const out: string[] = [];
  let blank = true; // the line before was empty (or there was none): the next line is not joined to it
  let from = 0; // start of the current line
  let plain = true; // content[from, i) has no tab, no double space, no no-break space, no zero-width character
  const n = content.length;
  for (let i = 0; i < n; ) {
    const c = content.charCodeAt(i);
    // Letters, digits and most punctuation: nothing to do (',' is 44, the no-break space 0xa0).
    if (c > 44 && c < 0xa0) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      blank = addLine(out, lineAt(content, from, i, plain), blank);
      i += c === 13 && content.charCodeAt(i + 1) === 10 ? 2 : 1;
      from = i;
      plain = true;
    } else if (c === 32 || c === 9 || c === 44) {
      // The whole run of spaces, tabs and commas: a lost paragraph break, or text.
      let j = i;
      let commas = 0;
      let squeeze = false; // a tab or two spaces in a row
      for (; j < n; j++) {
        const d = content.charCodeAt(j);
        if (d === 44) commas++;
        else if (d === 9 || (d === 32 && content.charCodeAt(j - 1) === 32 && j > i)) squeeze = true;
        else if (d !== 32) break;
      }
      if (commas >= 2 || (commas === 1 && c === 44 && j - i >= 3 && afterSentenceEnd(content, i) && isUpperAt(content, j))) {
        blank = addLine(out, lineAt(content, from, i, plain), blank);
        blank = true; // the break is a paragraph break: an empty line
        from = j;
        plain = true;
      } else if (squeeze) plain = false;
      i = j;
    } else {
      // No-break spaces become spaces and zero-width characters go: the line is rebuilt.
      if (c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x200b && c <= 0x200d) || c === 0xfeff) plain = false;
      i++;
    }
  }
  addLine(out, lineAt(content, from, n, plain), blank);
  return out;
}

/** `["\u201d]?` after `[.!?]` right before `content[i]`: the sentence end of "caretaker.,  On". */
function afterSentenceEnd(content: string, i: number): boolean {
  let p = content.charCodeAt(i - 1);
  if (p === 34 || p === 0x201d) p = content.charCodeAt(i - 2);
  return p === 46 || p === 33 || p === 63;
}

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/** `(?=\p{Lu})` at `i`. */
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90;
  return i < s.length && UPPER.test(s.slice(i, i + 2));
}

/** The line `content[from, to)`, spaces squeezed and trimmed; `plain`: it needs no more than trimming. */
function lineAt(content: string, from: number, to: number, plain: boolean): string {
  if (!plain) {
    return content
      .slice(from, to)
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/[ \t]+/g, ' ')
      .trim();
  }
  while (from < to && isJsSpace(content.charCodeAt(from))) from++;
  while (to > from && isJsSpace(content.charCodeAt(to - 1))) to--;
  return content.slice(from, to);
}

/**
 * Add a line to `out`, joined to the one before when that one was not
 * followed by an empty line, does not end like a sentence
 * (`/[.!?:;"”’)\]]$/`), and this one starts in lower case. Returns whether
 * the line was empty (the "blank" for the next line).
 */
function addLine(out: string[], line: string, blank: boolean): boolean {
  if (!line) return true;
  const k = out.length - 1;
  if (!blank && k >= 0 && !endsClause(out[k]!) && startsLower(line)) out[k] = `${out[k]!} ${line}`;
  else out.push(line);
  return false;
}

/** `/[.!?:;"”’)\]]$/` */
function endsClause(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** `/^\p{Ll}/u` */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER.test(s);
}
