import { isLetterCp } from '../nlp/chars.js';

/**
 * Language identification by stop-word profiles (Latin-script languages) and
 * by script (the others). Small and dependency-free: news text has enough
 * function words that a few hundred tokens settle it.
 */

// The most frequent function words of each language; words shared by two
// languages ("de", "a", "en") count for both, which is fine: margins decide.
const PROFILES: Record<string, string> = {
  en: 'the of and to in is that for it with as was on be by at this are from have has had not or but an which were their they he she said will would been its who after more also there about we than',
  de: 'der die und das ist nicht ein eine den von zu mit sich des auf für im dem auch es als an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au par plus ne ce il elle sont avec se aux son sa ses été nous vous mais ou cette leur comme fait été',
  es: 'el la los las de del y que en un una es por con para se no al lo como más pero sus su le ya o este fue ha sí porque esta entre cuando muy sin sobre también me hasta hay donde están',
  it: 'il la di che e è un una per non del della in con si da al lo gli le dei delle anche sono ha nel alla più ma come questo dopo stato essere tra',
  pt: 'o a os as de do da dos das e que em um uma para com não por se no na mais ao como mas foi ele ela são tem à seu sua ou ser quando muito também já está',
  nl: 'de het een en van in is dat op te zijn niet met voor er aan die ook als bij maar om door dan worden wordt was zo nog naar uit heeft hij zij wel',
  sv: 'och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säger hon',
  da: 'og at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan man når år siger hun',
  pl: 'i w nie na się z że do to jest jak o a po co ale przez tak od za czy dla jego ich oraz już być który która które',
  tr: 've bir bu da de için ile olarak çok daha gibi ne ama olan kadar sonra var değil en her şey ben',
  id: 'yang dan di ke dari ini itu untuk dengan tidak dalam akan pada juga ada adalah oleh sebagai atau bisa telah saat',
  ro: 'și în de la cu pe care este nu un o din pentru mai ca să sunt fost au',
};

const STOP = new Map<string, Set<string>>(Object.entries(PROFILES).map(([k, v]) => [k, new Set(v.split(' '))]));

// Scripts that name a language (or a family we record by its main member).
const SCRIPTS: [string, RegExp][] = [
  ['ko', /[\uac00-\ud7af\u1100-\u11ff]/g], // Hangul
  ['ja', /[\u3040-\u30ff]/g], // kana
  ['zh', /[\u4e00-\u9fff]/g], // Han (after kana: Japanese uses Han too)
  ['ru', /[\u0400-\u04ff]/g], // Cyrillic
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['hi', /[\u0900-\u097f]/g], // Devanagari
  ['th', /[\u0e00-\u0e7f]/g],
];

/** Code-unit ranges of each of SCRIPTS ("[\\uac00-\\ud7af\\u1100-\\u11ff]" → two), for counting without a regex per script. */
const SCRIPT_RANGES: [number, number][][] = SCRIPTS.map(([, re]) =>
  [...re.source.matchAll(/\\u([0-9a-f]{4})-\\u([0-9a-f]{4})/g)].map((m) => [parseInt(m[1]!, 16), parseInt(m[2]!, 16)] as [number, number]),
);
/** Stop word → the languages whose profile holds it ("de" → fr, es, it, pt, nl, ro). */
export const STOP_LANGS = new Map<string, string[]>();
for (const [lang, set] of STOP) for (const w of set) STOP_LANGS.set(w, [...(STOP_LANGS.get(w) ?? []), lang]);
/** Length (UTF-16 units) of the longest stop word: longer words need no look-up. */
const MAX_STOP_LENGTH = Math.max(...[...STOP_LANGS.keys()].map((w) => w.length));

/** `isLetterCp` of the code points below 0x10000, as asked so far (0: not yet, 1: no, 2: yes): a text repeats its few accented letters. */
const BMP_LETTER = new Uint8Array(0x10000);

/**
 * `isLetterCp(cp)`, remembered for the BMP: the regex test behind it for a non-ASCII letter is
 * asked once per code point, not once per occurrence.
 *
 * @example
 * isLetter(0xe9) // true ("é")
 */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp > 0xffff) return isLetterCp(cp);
  let known = BMP_LETTER[cp]!;
  if (known === 0) BMP_LETTER[cp] = known = isLetterCp(cp) ? 2 : 1;
  return known === 2;
}

/** The languages, numbered (index into this list). */
const LANGS = [...STOP.keys()];

/** A string hash over char codes, computed as a word is scanned so that no word is cut out to be looked up. */
function stepHash(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

interface StopWord {
  word: string;
  langs: number[];
}
/** Stop words by their hash (collisions share a list). */
const STOP_BY_HASH = new Map<number, StopWord[]>();
for (const [word, langs] of STOP_LANGS) {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = stepHash(h, word.charCodeAt(i));
  const list = STOP_BY_HASH.get(h) ?? [];
  list.push({ word, langs: langs.map((l) => LANGS.indexOf(l)) });
  STOP_BY_HASH.set(h, list);
}

/** The stop word `s[start, end)` is, or null. */
function stopWordAt(s: string, start: number, end: number, h: number): StopWord | null {
  const list = STOP_BY_HASH.get(h);
  if (!list) return null;
  for (const sw of list) {
    if (sw.word.length !== end - start) continue;
    let same = true;
    for (let k = 0; k < sw.word.length && same; k++) same = sw.word.charCodeAt(k) === s.charCodeAt(start + k);
    if (same) return sw;
  }
  return null;
}

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or unclear to tell. */
  language: string | null;
  /** 0–1: share of the evidence that points to this language. */
  confidence: number;
}

/**
 * Guess the language of a text.
 *
 * @example
 * detectLanguage('The two sides agreed to meet in person at the earliest date.') // { language: 'en', … }
 * detectLanguage('Die beiden Seiten wollen sich so bald wie möglich treffen.')   // { language: 'de', … }
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const found = countAscii(sample);
  if (found === TOO_FEW) return { language: null, confidence: 0 };
  if (found === NOT_ASCII) return detectWide(sample);
  return guessFrom(ASCII_ORDER, found, ASCII_COUNTS);
}

/** The guess for a text that holds characters beyond ASCII and plain punctuation. */
function detectWide(sample: string): LanguageGuess {
  // One pass over the characters, no array per letter: counting with
  // `match(/\p{L}/gu)` and a regex per script cost ~1 ms per article.
  const scriptCounts = new Array<number>(SCRIPTS.length).fill(0);
  let letters = 0;
  let kana = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    for (let k = 0; k < SCRIPT_RANGES.length; k++) {
      for (const r of SCRIPT_RANGES[k]!) if (c >= r[0] && c <= r[1]) scriptCounts[k]!++;
    }
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    const cp = sample.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isLetter(cp)) letters++;
  }
  if (letters < 20) return { language: null, confidence: 0 };
  // Non-Latin scripts: a script that covers a third of the letters decides ("서울 = Seoul" pages with some English stay English).
  let best: [string, number] = ['', 0];
  for (let k = 0; k < SCRIPTS.length; k++) {
    const n = scriptCounts[k]!;
    if (n > best[1]) best = [SCRIPTS[k]![0], n];
  }
  if (best[1] / letters > 0.3) {
    // Japanese text mixes Han and kana; a few kana among much Han still means Japanese.
    if (best[0] === 'zh' && kana > best[1] * 0.1) return { language: 'ja', confidence: 0.9 };
    return { language: best[0], confidence: best[1] / letters };
  }
  return guessFrom(ASCII_ORDER, wideStopWordCounts(sample.toLowerCase()), ASCII_COUNTS);
}

/**
 * The guess from stop-word counts: `counts` by language number, `order[0, n)`
 * the languages counted in the order first seen. The language counted most
 * wins, the first seen of a tie, as a stable sort by count ranked them.
 */
function guessFrom(order: ArrayLike<number>, n: number, counts: ArrayLike<number>): LanguageGuess {
  let top = 0;
  let second = 0;
  let language: string | null = null;
  for (let i = 0; i < n; i++) {
    const c = counts[order[i]!]!;
    if (c > top) {
      second = top;
      top = c;
      language = LANGS[order[i]!]!;
    } else if (c > second) second = c;
  }
  if (language === null || top < 3) return { language: null, confidence: 0 };
  return { language, confidence: (top - second) / top };
}

/**
 * How many words of each language's stop list `lower` holds, languages in the
 * order their first stop word comes. The words are `/\p{L}+/gu` found by a
 * scan over char codes; only those short enough to be a stop word are cut out.
 *
 * @example
 * stopWordCounts('the talks and the visit') // Map { 'en' => 3 }
 */
export function stopWordCounts(lower: string): Map<string, number> {
  const counts = new Int32Array(LANGS.length);
  const order: number[] = [];
  for (let i = 0; i < lower.length; ) {
    const start = i;
    let h = 0;
    while (i < lower.length) {
      const c = lower.charCodeAt(i);
      const cp = c >= 0xd800 && c <= 0xdbff ? lower.codePointAt(i)! : c;
      if (!isLetter(cp)) break;
      h = stepHash(h, c);
      if (cp > 0xffff) h = stepHash(h, lower.charCodeAt(i + 1));
      i += cp > 0xffff ? 2 : 1;
    }
    if (i === start) {
      i += lower.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    if (i - start > MAX_STOP_LENGTH) continue;
    const sw = stopWordAt(lower, start, i, h);
    if (sw) for (const l of sw.langs) if (counts[l]!++ === 0) order.push(l);
  }
  return new Map(order.map((l) => [LANGS[l]!, counts[l]!]));
}

/** What `asciiStopWordCounts` says when a text has fewer than 20 letters. */
const TOO_FEW_LETTERS = new Map<string, number>();

/**
 * No letter and no case: the no-break space and the General Punctuation block
 * (U+2000–U+206F: spaces, dashes, curly quotes, "…"), which news text in
 * English is full of. `isPlainPunct` is tested against `\p{L}`, the script
 * ranges and `toLowerCase`.
 */
export function isPlainPunct(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x206f);
}

/**
 * The stop words whose letters `letterOf` numbers (0 to `size` - 1) as a
 * trie: the child of node `k` by letter `x` is `next[k * size + x]`, and
 * `langs[k]` the languages (numbered) of the word that ends at node `k`.
 * Node 1 is the root; node 0 is where a word goes that no stop word begins
 * with, and stays (a longer word too). Stop words with a letter that
 * `letterOf` does not number (-1) are left out.
 */
function stopWordTrie(size: number, letterOf: (c: number) => number): { next: Uint16Array; langs: (number[] | null)[] } {
  const children: number[] = [];
  const ends: (number[] | null)[] = [null, null];
  let nodes = 2;
  for (const [word, langs] of STOP_LANGS) {
    if ([...word].some((ch) => ch.length > 1 || letterOf(ch.charCodeAt(0)) < 0)) continue;
    let node = TRIE_ROOT;
    for (let i = 0; i < word.length; i++) {
      const k = node * size + letterOf(word.charCodeAt(i));
      if (!children[k]) {
        children[k] = nodes++;
        ends.push(null);
      }
      node = children[k]!;
    }
    ends[node] = langs.map((l) => LANGS.indexOf(l));
  }
  // Some 500 nodes: 16 bits hold them, and the table stays small in the cache.
  if (nodes > 0xffff) throw new Error('language: the stop-word trie outgrew its 16-bit table');
  const next = new Uint16Array(nodes * size);
  children.forEach((c, k) => (next[k] = c));
  return { next, langs: ends };
}

/**
 * The stop words spelt in a–z, for `asciiStopWordCounts` (letter `x`: 0–25).
 * Stop words with other letters ("für") cannot occur in ASCII text.
 */
const TRIE_ROOT = 1;
const { next: TRIE_NEXT, langs: TRIE_LANGS } = stopWordTrie(26, (c) => (c >= 97 && c <= 122 ? c - 97 : -1));

/**
 * The letters of the stop words beyond a–z ("é", "ü", "ł", …), by char code:
 * their number in `WIDE_NEXT` plus one (0: none of them). All are in the BMP.
 */
const WIDE_LETTER = new Uint8Array(0x10000);
let wideLetters = 26;
for (const word of STOP_LANGS.keys()) {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 && WIDE_LETTER[c] === 0) WIDE_LETTER[c] = ++wideLetters;
  }
}
if (wideLetters >= 0xff) throw new Error('language: too many stop-word letters beyond a–z');
/** Letters in `WIDE_NEXT`: a–z, then those of WIDE_LETTER. */
const WIDE_SIZE = wideLetters;
/** Every stop word as a trie, for `wideStopWordCounts`: letter `x` is 0–25 for a–z, WIDE_LETTER[c] - 1 beyond. */
const { next: WIDE_NEXT, langs: WIDE_LANGS } = stopWordTrie(WIDE_SIZE, (c) => (c >= 97 && c <= 122 ? c - 97 : WIDE_LETTER[c]! - 1));

/**
 * `stopWordCounts(lower)` by the trie of all stop words, into ASCII_COUNTS
 * and ASCII_ORDER: the number of languages counted. The words are the runs of
 * `\p{L}` code points, as there; each letter steps down the trie, so that a
 * word is known when it ends without being cut out and looked up.
 */
function wideStopWordCounts(lower: string): number {
  const counts = ASCII_COUNTS;
  const order = ASCII_ORDER;
  counts.fill(0);
  let seen = 0;
  let node = TRIE_ROOT;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    let cp = c;
    let x: number; // the letter's number in the trie, DEAD for a letter of no stop word, -1 for no letter
    if (c < 0x80) x = c >= 97 && c <= 122 ? c - 97 : (c >= 65 && c <= 90) ? DEAD : -1;
    else {
      if (c >= 0xd800 && c <= 0xdbff) cp = lower.codePointAt(i)!;
      x = !isLetter(cp) ? -1 : cp <= 0xffff && WIDE_LETTER[cp] !== 0 ? WIDE_LETTER[cp]! - 1 : DEAD;
    }
    i += cp > 0xffff ? 2 : 1;
    if (x >= 0) {
      node = x === DEAD ? 0 : WIDE_NEXT[node * WIDE_SIZE + x]!;
      continue;
    }
    if (node !== TRIE_ROOT) {
      const langs = WIDE_LANGS[node];
      if (langs) for (let k = 0; k < langs.length; k++) if (counts[langs[k]!]!++ === 0) order[seen++] = langs[k]!;
      node = TRIE_ROOT;
    }
  }
  const langs = WIDE_LANGS[node];
  if (langs) for (let k = 0; k < langs.length; k++) if (counts[langs[k]!]!++ === 0) order[seen++] = langs[k]!;
  return seen;
}
/** A letter that no stop word has: the word it is in is none. */
const DEAD = 0xffff;

/**
 * `wideStopWordCounts` as a map, languages in the order first seen: what `stopWordCounts` says.
 *
 * @example
 * trieStopWordCounts('für die talks') // Map { 'de' => 2, … }
 */
export function trieStopWordCounts(lower: string): Map<string, number> {
  const seen = wideStopWordCounts(lower);
  return new Map([...ASCII_ORDER.subarray(0, seen)].map((l) => [LANGS[l]!, ASCII_COUNTS[l]!]));
}

/**
 * For a text of ASCII and plain punctuation only (most English news), the
 * stop-word counts of `stopWordCounts(text.toLowerCase())` in one pass over
 * the text, folding A–Z as it goes; with fewer than 20 letters,
 * `TOO_FEW_LETTERS`. For any other text, null: `detectWide` then counts
 * scripts and lower-cases as before. Saves the lower-case copy and a second
 * pass over every article.
 *
 * @example
 * asciiStopWordCounts('The talks and the visit went on for a week.') // Map { 'en' => 4, … }
 */
export function asciiStopWordCounts(text: string): Map<string, number> | null {
  const found = countAscii(text);
  if (found === NOT_ASCII) return null;
  if (found === TOO_FEW) return TOO_FEW_LETTERS;
  return new Map([...ASCII_ORDER.subarray(0, found)].map((l) => [LANGS[l]!, ASCII_COUNTS[l]!]));
}

/** What `countAscii` found, besides the number of languages counted: too few letters, or a character that takes the text to `detectWide`. */
const TOO_FEW = -1;
const NOT_ASCII = -2;
/** `countAscii`'s counts by language number, and the languages in the order first seen (reused from call to call). */
const ASCII_COUNTS = new Int32Array(LANGS.length);
const ASCII_ORDER = new Int32Array(LANGS.length);

/**
 * The work of `asciiStopWordCounts`, into ASCII_COUNTS and ASCII_ORDER: the
 * number of languages counted, or TOO_FEW or NOT_ASCII. Each
 * letter steps down the trie of stop words, so that a word is known when it
 * ends, without a look-up (this took a hash of each word and a search of its
 * bucket, a fifth longer).
 */
function countAscii(text: string): number {
  const counts = ASCII_COUNTS;
  const order = ASCII_ORDER;
  counts.fill(0);
  let seen = 0; // languages in `order`
  let letters = 0;
  let node = TRIE_ROOT; // where the letters of the current word lead (the root between words)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A–Z and a–z, and no other code, have `c | 32` in a–z.
    const x = (c | 32) - 97;
    if (x >= 0 && x < 26) {
      node = TRIE_NEXT[node * 26 + x]!;
      letters++;
      continue;
    }
    if (node !== TRIE_ROOT) {
      const langs = TRIE_LANGS[node];
      if (langs) for (let k = 0; k < langs.length; k++) if (counts[langs[k]!]!++ === 0) order[seen++] = langs[k]!;
      node = TRIE_ROOT;
    }
    if (c >= 0x80 && !isPlainPunct(c)) return NOT_ASCII;
  }
  const langs = TRIE_LANGS[node];
  if (langs) for (let k = 0; k < langs.length; k++) if (counts[langs[k]!]!++ === 0) order[seen++] = langs[k]!;
  return letters < 20 ? TOO_FEW : seen;
}

/**
 * Is this text English, or too short to tell (then we give it the benefit of the doubt)?
 *
 * @example
 * isEnglishOrUnknown('Lee Do-hoon spoke with Stephen Biegun on the phone.') // true
 */
export function isEnglishOrUnknown(guess: LanguageGuess): boolean {
  return guess.language === null || guess.language === 'en';
}
