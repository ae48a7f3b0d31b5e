import { isJsSpace } from '../nlp/chars.js';

/**
 * Which of chrono's casual English parsers can find anything in a sentence. Chrono runs all
 * eighteen of its parsers' patterns over the whole sentence; inside the pipeline, between
 * other stages, that is slow (each pattern's code and data are cold again at every call),
 * and a sentence can feed only a few of them: "on June 5" needs the month-name and the
 * time parsers, not the weekday, "ago", "last night" or "noon" ones.
 *
 * A parser whose pattern has no match in the text returns no result, and chrono's result
 * list is the parsers' results concatenated, sorted (stably) by position, then refined: so
 * leaving out parsers that cannot match changes nothing. Every test below is a necessary
 * condition of a parser's pattern matching: it may let a parser run for nothing, never skip
 * one that would match. Chrono's patterns are case-insensitive with ASCII `\w`, so the
 * sentence is read in one pass as runs of `[A-Za-z0-9_]` ("words"); every key word of a
 * pattern lies inside one word, and the word tests say which letters may be glued to it
 * ("5thmay", "inmay", "mondaylastweek"). A word is looked at only when it holds the first
 * three letters of a key word (a table of trigrams), which most words do not.
 * chrono-gate.test.ts checks, on generated sentences, that no skipped parser would match.
 */

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAYS = 'sunday|sun|monday|mon|tuesday|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|weekend|weekday';

// Key-word families: one bit each.
const MONTH = 1 << 0;
const WEEKDAY = 1 << 1;
const CASUAL_DATE = 1 << 2;
const CASUAL_TIME = 1 << 3;
const AGO = 1 << 4;
const LATER = 1 << 5;
const RELATIVE = 1 << 6;
const MONTH_NOUN = 1 << 7;
// Facts of the characters.
const DIGIT = 1 << 8;
const DIGIT4 = 1 << 9; // four digits in a row
const DIGIT_SEPARATOR = 1 << 10; // a digit, one of "/.-", a digit: "5/6", "3.4"
const PLUS_MINUS = 1 << 11; // "+" or "-" at the start or after a non-word character
const ERA = 1 << 12; // a digit, at most two spaces, then "be", "ad", "bc" or "ce" in any case: "44 BC", "1999AD"
const WITHIN = 1 << 13; // "within", "in" or "for" opening a word, then an amount of time: "in two days", "for the week"

/** Chrono's number and time-unit patterns (constants.ts of chrono-node, English). */
const NUMBER = '(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
const UNIT = '(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)';
/**
 * What the "within" parser's pattern needs after its "within", "in" or "for": the words that
 * may come between, a number and a unit, then the end of the amount (a non-word character or
 * the end) or more of it ("and", or the next number at once: "3d4h"). Sticky: tried where a word opens with the prefix.
 */
const WITHIN_REST = new RegExp(`\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?${NUMBER}\\s{0,3}${UNIT}(?=\\W|$|and|${NUMBER})`, 'iy');

/**
 * Per family, the test of a whole lower-cased word, and the first three letters of every key
 * word the test can accept (a word passing the test holds one of them).
 */
const FAMILIES: { bit: number; stems: string[]; word: (w: string) => boolean }[] = [
  // "may", "inmay", "5thmay", "5ofmay", "2011may", "1999admay"; then nothing, a glued day or year, or "of"
  {
    bit: MONTH,
    stems: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    word: regexTest(`^(?:|in|.*(?:[0-9]|st|nd|rd|th|of|be|ad|bc|ce))(?:${MONTHS})(?:|(?:[0-9]|of|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe).*)$`),
  },
  // "monday", "onmonday", "lastfriday", "mondaylastweek", "weekend"
  {
    bit: WEEKDAY,
    stems: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'wee'],
    word: regexTest(`^(?:on)?(?:this|last|past|next)?(?:${WEEKDAYS})(?:|(?:of|this|last|past|next).*)$`),
  },
  // "today", "tomorrow", "last night" (the word "night", or "lastnight")
  {
    bit: CASUAL_DATE,
    stems: ['now', 'tod', 'nig', 'mor', 'tmr', 'yes'],
    word: (w) => ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'lastnight', 'night'].includes(w),
  },
  // "this morning", "noon", "thisafternoon"
  { bit: CASUAL_TIME, stems: ['mor', 'noo', 'eve', 'nig', 'mid'], word: regexTest('^(?:this)?(?:morning|afternoon|evening|night|midnight|midday|noon)$') },
  // "two days ago", "a week earlier", "3daysbefore"
  { bit: AGO, stems: ['ago', 'bef', 'ear'], word: regexTest('(?:ago|before|earlier)$') },
  // "a week later", "two days from now"
  { bit: LATER, stems: ['lat', 'aft', 'hen', 'for', 'out', 'now'], word: regexTest('(?:later|after|henceforth|forward|out)$|^now$') },
  // "last year", "next week", "past 2 days", "after this week"
  { bit: RELATIVE, stems: ['thi', 'las', 'pas', 'nex', 'aft'], word: regexTest('^(?:this|last|past|next|after)') },
  // "the end of the month"
  { bit: MONTH_NOUN, stems: ['mon'], word: (w) => w === 'month' },
];

function regexTest(source: string): (w: string) => boolean {
  const re = new RegExp(source);
  return (w) => re.test(w);
}

/** Letter code 1–26 for a–z and A–Z, 0 for anything else. */
function letter(c: number): number {
  const l = c | 0x20;
  return l >= 97 && l <= 122 ? l - 96 : 0;
}

/** Families whose stems start at a trigram, indexed by its three letter codes. */
const TRIGRAMS = new Uint8Array(27 * 27 * 27);
for (const f of FAMILIES) {
  for (const s of f.stems) TRIGRAMS[(letter(s.charCodeAt(0)) * 27 + letter(s.charCodeAt(1))) * 27 + letter(s.charCodeAt(2))]! |= f.bit;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || letter(c) !== 0 || c === 95;
}

/** The families and character facts of a sentence (see the bits above). */
export function sentenceFacts(text: string): number {
  let facts = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // "+3 days", " -2 weeks": the sign opens the pattern, after a non-word character (not "anti-Japanese")
      if ((c === 43 || c === 45) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) facts |= PLUS_MINUS;
      // "5/6", "3.4", "2011-05"
      if ((c === 47 || c === 46 || c === 45) && i > 0 && i + 1 < n && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) facts |= DIGIT_SEPARATOR;
      i++;
      continue;
    }
    // one word: its trigram hits, its digits
    const start = i;
    if (!(facts & WITHIN) && withinAt(text, start)) facts |= WITHIN;
    let hits = 0;
    let digits = 0;
    let a = 0;
    let b = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (isDigit(d)) {
        facts |= DIGIT;
        if (++digits >= 4) facts |= DIGIT4;
        a = b = 0;
        continue;
      }
      digits = 0;
      const l = letter(d);
      if (l === 0 && d !== 95) break;
      if (a && b && l) hits |= TRIGRAMS[(a * 27 + b) * 27 + l]!;
      a = b;
      b = l;
    }
    hits &= ~facts;
    if (hits) {
      const word = text.slice(start, i).toLowerCase();
      for (const f of FAMILIES) if (hits & f.bit && f.word(word)) facts |= f.bit;
    }
  }
  // The era only matters to the year-and-month parser, and only without a four-digit year.
  if ((facts & (MONTH | DIGIT | DIGIT4)) === (MONTH | DIGIT) && hasEra(text)) facts |= ERA;
  return facts;
}

/** Does the "within" parser's prefix open the word at `start` ("in", "for", "within", in any case), with an amount of time after it? */
function withinAt(text: string, start: number): boolean {
  const f = text.charCodeAt(start) | 32;
  const prefix = f === 105 ? 'in' : f === 102 ? 'for' : f === 119 ? 'within' : '';
  if (!prefix) return false;
  for (let k = 1; k < prefix.length; k++) if ((text.charCodeAt(start + k) | 32) !== prefix.charCodeAt(k)) return false;
  WITHIN_REST.lastIndex = start + prefix.length;
  return WITHIN_REST.test(text);
}

/** `/\d\s{0,2}(?:be|ad|bc|ce)/i`: a number with an era ("44 BC", "1999AD"), as a year of the year-and-month parser may be written. */
function hasEra(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    // the era right after the digit, or after one or two spaces
    for (let j = i + 1; j <= i + 3; j++) {
      if (isEraAt(text, j)) return true;
      if (j >= text.length || !isJsSpace(text.charCodeAt(j))) break;
    }
  }
  return false;
}

/** "be", "ad", "bc" or "ce" in any case at `i`. */
function isEraAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1) | 32;
  return (a === 98 && (b === 101 || b === 99)) || (a === 97 && b === 100) || (a === 99 && b === 101);
}

/** What each parser's pattern needs, by class name. A parser not listed (a chrono upgrade) always runs. */
const NEEDS: Record<string, (f: number) => boolean> = {
  // "2020-09-02", "2020/Sep/02": four digits
  ENYearMonthDayParser: (f) => (f & DIGIT4) !== 0,
  ISOFormatParser: (f) => (f & DIGIT4) !== 0,
  // "9/2", "9.2.2020"
  SlashDateFormatParser: (f) => (f & DIGIT_SEPARATOR) !== 0,
  // "9/2020"
  ENSlashMonthFormatParser: (f) => (f & DIGIT_SEPARATOR) !== 0 && (f & DIGIT4) !== 0,
  // "5th of May", "May 5", "in May", "2011 May"
  ENMonthNameLittleEndianParser: (f) => (f & MONTH) !== 0,
  ENMonthNameMiddleEndianParser: (f) => (f & MONTH) !== 0,
  ENMonthNameParser: (f) => (f & MONTH) !== 0,
  ENYearMonthNameParser: (f) => (f & MONTH) !== 0 && (f & (DIGIT4 | ERA)) !== 0,
  // "on Monday", "last Friday"
  ENWeekdayParser: (f) => (f & WEEKDAY) !== 0,
  // "at 3", "10:30 p.m.": a digit
  ENTimeExpressionParser: (f) => (f & DIGIT) !== 0,
  // "two days ago", "a week later"
  ENTimeUnitAgoFormatParser: (f) => (f & AGO) !== 0,
  ENTimeUnitLaterFormatParser: (f) => (f & LATER) !== 0,
  // "today", "yesterday", "last night"
  ENCasualDateParser: (f) => (f & CASUAL_DATE) !== 0,
  // "this morning", "noon"
  ENCasualTimeParser: (f) => (f & CASUAL_TIME) !== 0,
  // "the end of the month"
  ENEndOfCurrentMonthParser: (f) => (f & MONTH_NOUN) !== 0,
  // "last year", "next week"
  ENRelativeDateFormatParser: (f) => (f & RELATIVE) !== 0,
  // "last 2 weeks", "+3 days"
  ENTimeUnitCasualRelativeFormatParser: (f) => (f & (RELATIVE | PLUS_MINUS)) !== 0,
  // "within 5 days", "in a year", "for the week"
  ENTimeUnitWithinFormatParser: (f) => (f & WITHIN) !== 0,
};

/** Masks by facts, for the parser list last asked about: facts are 14 bits, so at most 16,384 masks. */
let maskParsers: readonly object[] | null = null;
const masks = new Map<number, number>();

/**
 * The parsers that may find something in a sentence, as a bit mask over `parsers` (bit i = parsers[i]).
 *
 * @example
 * parserMask(chrono.casual.parsers, 'The talks began on June 5.') // the month-name, time and "within" parsers
 */
export function parserMask(parsers: readonly object[], sentence: string): number {
  return parserMaskOf(parsers, sentenceFacts(sentence));
}

/** `parserMask` of a sentence whose `sentenceFacts` are `facts`. */
export function parserMaskOf(parsers: readonly object[], facts: number): number {
  if (parsers !== maskParsers) {
    maskParsers = parsers;
    masks.clear();
  }
  let mask = masks.get(facts);
  if (mask === undefined) {
    mask = 0;
    for (let i = 0; i < parsers.length; i++) if (NEEDS[parsers[i]!.constructor.name]?.(facts) ?? true) mask |= 1 << i;
    masks.set(facts, mask);
  }
  return mask;
}

/** Does a sentence with these `sentenceFacts` hold four ASCII digits in a row (`/\d{4}/`), as a written year needs? */
export function hasFourDigits(facts: number): boolean {
  return (facts & DIGIT4) !== 0;
}
