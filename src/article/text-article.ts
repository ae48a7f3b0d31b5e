import type { Caption } from '../doc/article.js';
import { splitCount } from '../nlp/chars.js';
import { bylineNames, contactByline, mayBeByline } from './byline.js';
import { hasPhotoCue, splitCredit } from './caption.js';
import { parseDateline } from './dateline.js';
import { copyrightSource, isAsciiDebrisLine, isDebrisLine, portalTagSource } from './debris.js';
import type { Extracted } from './extracted.js';
import { looksLikeHeadline } from './headline.js';
import { parseDateString } from './parse-date.js';
import { isAscii, textLines } from './text-lines.js';

type Kind = 'prose' | 'short' | 'debris' | 'byline' | 'caption' | 'date' | 'duplicate';

interface Unit {
  text: string;
  kind: Kind;
  caption?: Caption;
}

/**
 * The words that the line tests look for in any case (`isDebrisLine`'s cookie and copyright
 * notices, `mayHaveDateWord`), or a part of them: a text of ASCII without a match has none of
 * them in any line (its lines are its characters, with only white space changed).
 */
const LINE_WORDS = /cookie|reserved|date|publish|posted/i;

/** Normal form for spotting repeated lines: case, spaces and quotes folded. */
export function key(s: string): string {
  if (plainAscii(s)) return s.toLowerCase(); // nothing to fold but case: the common line
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** ASCII with single spaces between words and none at the ends: what `key` leaves as it is but for case. */
function plainAscii(s: string): boolean {
  let prevSpace = true; // a space first is not plain
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c > 127 || (c >= 9 && c <= 13)) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** Sentence-final quotes and brackets: `["”’)\]]`. */
function isCloser(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** `/[.!?…]["”’)\]]*$/`: the line ends like a sentence, after any closing quotes or brackets. */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isCloser(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** What `copiesOf` says of a line: its key is no other line's, the first of several lines', or theirs after the first. */
const UNIQUE = 0;
const FIRST = 1;
const COPY = 2;

/**
 * For each line, whether another line has its key (`key`): UNIQUE, FIRST or
 * COPY. In a simple text (see `structureText`) the key is the lower case, as
 * long as the line: a line of a length no other has is unique without its key
 * being made, which is most lines.
 */
function copiesOf(lines: string[], simple: boolean): Uint8Array {
  const n = lines.length;
  const out = new Uint8Array(n);
  let lengths: Map<number, number> | null = null;
  if (simple && n > 32) {
    lengths = new Map();
    for (const l of lines) lengths.set(l.length, (lengths.get(l.length) ?? 0) + 1);
  }
  let first: Map<string, number> | null = null;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (simple) {
      let alone: boolean;
      if (lengths) alone = lengths.get(line.length) === 1;
      else {
        alone = true;
        for (let j = 0; j < n && alone; j++) alone = j === i || lines[j]!.length !== line.length;
      }
      if (alone) continue;
    }
    const k = simple ? line.toLowerCase() : key(line);
    first ??= new Map();
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else {
      out[f] = FIRST;
      out[i] = COPY;
    }
  }
  return out;
}

/**
 * `/\b(published|updated|posted|date)\b/i`, first looked for in the lower case
 * of the line when there is one: the regex matches ASCII letters only (no
 * `u` flag), so the lower case holds the word when it matches.
 */
function mayHaveDateWord(s: string, lower: string | undefined): boolean {
  if (lower !== undefined && !lower.includes('date') && !lower.includes('publish') && !lower.includes('posted')) return false;
  return /\b(published|updated|posted|date)\b/i.test(s);
}

/**
 * Has the line at most `n` words? `words` is its count, or -1 for a line
 * whose only white space is single spaces inside it, whose spaces are then
 * counted up to the answer.
 */
function wordsAtMost(s: string, words: number, n: number): boolean {
  if (words >= 0) return words <= n;
  let spaces = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) if (++spaces >= n) return false;
  return true;
}

/** A paragraph of running text: ends like a sentence, or is long (`words`: as for `wordsAtMost`). */
function isProse(s: string, words: number): boolean {
  return (endsSentence(s) && !wordsAtMost(s, words, 5)) || !wordsAtMost(s, words, 24);
}

/**
 * What keeps a text from being simple (see `structureText`): white space that `textLines` leaves
 * in a line besides single spaces (vertical tab, form feed, the wide spaces), the curly quotes
 * that `key` folds, and "İ", the one character whose lower case is longer ("i" and a dot).
 */
const NOT_SIMPLE = /[\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2018\u2019\u201c\u201d\u0130]/;

/**
 * Structure a page scraped to plain text: headline, byline, captions with
 * credits, dates and outlet, and the body as paragraphs with the page chrome
 * removed. General rules only: what a headline line looks like, caption and
 * credit patterns, repeated lines, byline patterns, portal tags.
 *
 * @example
 * structureText('Envoys agree to meet\n\nThe envoys spoke on Wednesday, the ministry said.\n\nBy Jane Doe (')
 * // { title: 'Envoys agree to meet', byline: 'Jane Doe', paragraphs: ['The envoys spoke …'], … }
 */
export function structureText(content: string): Extracted {
  const ascii = isAscii(content);
  const lines = textLines(content, ascii);
  // A text without NOT_SIMPLE makes lines whose only white space is single spaces between words
  // (textLines squeezes and trims the rest): `key` is their lower case, as long as the line, and
  // their words are one more than their spaces.
  const simple = ascii ? !content.includes('\v') && !content.includes('\f') : !NOT_SIMPLE.test(content);
  const copies = copiesOf(lines, simple);
  // No line holds a word that the line tests look for in any case.
  const plain = ascii && !LINE_WORDS.test(content);

  let byline: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  const units: Unit[] = [];
  for (let li = 0; li < lines.length; li++) {
    const text = lines[li]!;
    const repeated = copies[li] !== UNIQUE;
    if (copies[li] === COPY) {
      // The second copy of a line: a caption doubled as alt text, a repeated menu.
      units.push({ text, kind: 'duplicate' });
      continue;
    }
    // The words (`text.split(/\s+/).length`), or -1 in a simple text: they are counted there
    // only as far as a test needs (most lines take five spaces to be a sentence of six words).
    const words = simple ? -1 : splitCount(text);
    // The byline patterns after the cheap test of a line's ends and its word count: "By" opens sentences too.
    const names = mayBeByline(text) && wordsAtMost(text, words, 16) ? (bylineNames(text) ?? contactByline(text)) : null;
    if (names) {
      byline ??= names;
      units.push({ text, kind: 'byline' });
      continue;
    }
    const cs = copyrightSource(text);
    if (cs) source ??= cs;
    // The lower case of a simple line, for the tests that look for words in any case; in an ASCII
    // text without any of LINE_WORDS, no line holds them, and no line is lower-cased.
    const lower = simple && !plain ? text.toLowerCase() : undefined;
    if (plain ? isAsciiDebrisLine(text, false, false) : isDebrisLine(text, lower)) {
      units.push({ text, kind: 'debris' });
      continue;
    }
    if (!plain && mayHaveDateWord(text, lower) && wordsAtMost(text, words, 14) && parseDateString(text)) {
      published ??= parseDateString(text);
      units.push({ text, kind: 'date' });
      continue;
    }
    const credit = splitCredit(text);
    if (credit && wordsAtMost(text, words, 80) && (repeated || hasPhotoCue(text))) {
      units.push({ text, kind: 'caption', caption: credit });
      continue;
    }
    units.push({ text, kind: isProse(text, words) ? 'prose' : 'short', caption: credit ?? undefined });
  }

  // The body runs from the first to the last prose paragraph; the headline is
  // the last headline-like line before it (menus and section names come first).
  const firstProse = units.findIndex((u) => u.kind === 'prose');
  let lastProse = -1;
  for (let i = units.length - 1; i >= 0; i--) if (units[i]!.kind === 'prose') { lastProse = i; break; }
  let title: string | null = null;
  const captions: Caption[] = [];
  let bodyStart = firstProse;
  if (firstProse >= 0) {
    for (let i = firstProse - 1; i >= 0; i--) {
      const u = units[i]!;
      if (u.kind === 'short' && looksLikeHeadline(u.text) && !u.caption) {
        title = u.text;
        break;
      }
    }
    // A credit-ended line between the headline and the body is a caption even without a cue.
    for (let i = 0; i < firstProse; i++) {
      const u = units[i]!;
      if (u.caption && u.kind === 'short') u.kind = 'caption';
    }
  } else {
    bodyStart = 0;
    const h = units.find((u) => u.kind === 'short' && looksLikeHeadline(u.text));
    title = h?.text ?? null;
  }
  for (const u of units) if (u.kind === 'caption' && u.caption) captions.push(u.caption);

  const paragraphs: string[] = [];
  const end = lastProse >= 0 ? lastProse : units.length - 1;
  for (let i = Math.max(bodyStart, 0); i <= end; i++) {
    const u = units[i]!;
    if (u.kind === 'prose' || (u.kind === 'short' && u.text !== title)) paragraphs.push(u.text);
  }
  // The foot of the page: portal tags and copyright lines name the outlet.
  for (let i = end + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'short' || u.kind === 'debris') {
      const tag = portalTagSource(u.text) ?? copyrightSource(u.text);
      if (tag) source ??= tag;
    }
  }

  const dl = paragraphs[0] ? parseDateline(paragraphs[0]) : null;
  if (dl && !source && dl.agency) source = dl.agency;
  if (!published && dl?.year && dl.month && dl.day) {
    published = `${dl.year}-${String(dl.month).padStart(2, '0')}-${String(dl.day).padStart(2, '0')}`;
  }
  return {
    title,
    byline,
    published,
    source,
    captions,
    paragraphs,
    dateline: dl ? { place: dl.place, length: dl.length } : null,
  };
}
