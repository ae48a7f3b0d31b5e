import type * as ChronoEn from 'chrono-node/en';
import { importBundled } from '../bundled.js';
import type { Ymd } from './calendar.js';
import { hasFourDigits, parserMaskOf, sentenceFacts } from './chrono-gate.js';
import type { DateExpression } from './date-expression.js';

// English only: the package's main entry loads its sixteen other locales too.
const chrono = await importBundled<typeof ChronoEn>('chrono-en.js', () => import('chrono-node/en'));

/** Words that may carry a date; a sentence without any is not handed to chrono (it is the costly step). */
const DATEISH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|ago|week|month|year|day)\b|\b(?:1[89]|20)\d\d\b/i;

type Chrono = typeof chrono.casual;

/**
 * One chrono per set of parsers a sentence can feed (see chrono-gate.ts), with the casual
 * parser's parsers in their order and all its refiners: the casual parser's results,
 * without running the patterns that cannot match.
 */
const gated = new Map<number, Chrono>();

function chronoFor(mask: number): Chrono {
  let c = gated.get(mask);
  if (!c) {
    c = chrono.casual.clone();
    c.parsers = chrono.casual.parsers.filter((_, i) => mask & (1 << i));
    gated.set(mask, c);
  }
  return c;
}

/** Chrono matches that are not dates in news prose: "now", "tonight", bare times ("3 p.m."). */
const NOT_A_DATE = /^(?:now|right now|tonight|this (?:morning|afternoon|evening)|noon|midnight)$/i;

/** Lower-case words that may appear inside a date expression; any other lower-case-only match is a common noun or modal ("may", "march"). */
const LOWER_OK = /^(?:last|next|this|past|coming|ago|on|in|of|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|days?|weeks?|months?|years?|yesterday|today|tomorrow|earlier|later|from|to|until|till|through|and|since|by|\d+(?:st|nd|rd|th)?)$/i;

/** The year a preposition or part-of-year word introduces: "in 2019", "since 2011", "early 2020". */
const YEAR = /(?:\b(in|since|during|by|until|till|through|throughout|from|of|early|late|mid-?|before|after|spring|summer|autumn|fall|winter|year)\s+((?:1[89]|20)\d\d)\b(?![-–/]\d|\s*(?:%|percent|people|persons|tons|troops|units|km|kilometers|meters|dollars|won|yuan|yen|euros)))|\(((?:1[89]|20)\d\d)\)/gi;

/** "the same day", "the previous day", "the following day", "the day before", "that day". */
const ANAPHORIC = /\b(?:(?:on\s+)?the\s+(same|previous|following|next)\s+day|the\s+day\s+(before|after)|(?:on\s+)?that\s+(day))\b/gi;

const WEEK = /\b(?:this|last|next|past|previous|coming|earlier|later)\s+week\b/i;
/** Abbreviations that are names more often than dates when they stand alone: "the Sun", "Kim Jun". */
const BARE_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

function overlaps(a: { start: number; end: number }, list: DateExpression[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

function isCapitalisedMatch(text: string): boolean {
  // "May" the month is capitalised, "may" the modal is not; "March" likewise.
  const words = text.match(/[A-Za-z]+\.?/g) ?? [];
  return words.every((w) => LOWER_OK.test(w.replace(/\.$/, '')) || /^[A-Z]/.test(w));
}

/**
 * Propose every date expression in a sentence (proposers: chrono's casual English parser,
 * a year-after-preposition rule, an anaphoric-day rule). Offsets are shifted by `offset`
 * so spans point into the article text. `published` anchors chrono's relative phrases;
 * without it relative phrases are still found but left unresolved.
 *
 * @example
 * findDateExpressions('In July, Biegun visited Seoul.', 0, 0, {y: 2020, m: 9, d: 2})
 * // [{kind: 'month', month: 7, text: 'July', …}]
 */
export function findDateExpressions(sentence: string, sentenceIndex: number, offset: number, published: Ymd | null): DateExpression[] {
  if (!DATEISH.test(sentence)) return [];
  const out: DateExpression[] = [];
  const ref = published ?? { y: 2000, m: 1, d: 1 };
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  for (const m of sentence.matchAll(ANAPHORIC)) {
    const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    const shift = word === 'previous' || word === 'before' ? -1 : word === 'following' || word === 'next' || word === 'after' ? 1 : 0;
    const start = offset + m.index!;
    const span = { start, end: start + m[0].length };
    if (overlaps(span, out)) continue;
    out.push({ start, end: span.end, sentence: sentenceIndex, text: m[0], kind: 'anaphoric', shift, rule: 'anaphoric-day' });
  }
  const facts = sentenceFacts(sentence);
  for (const r of chronoFor(parserMaskOf(chrono.casual.parsers, facts)).parse(sentence, { instant, timezone: 0 })) {
    const raw = r.text.replace(/[,.;:]+$/, '').replace(/^(?:on|in)\s+/i, '');
    const lead = r.text.indexOf(raw);
    const start = offset + r.index + Math.max(0, lead);
    const span = { start, end: start + raw.length };
    // "USA Today", "We Will Recollect Today": a capitalised "Today" inside a sentence is a name
    if (/^(?:Today|Yesterday|Tomorrow)$/.test(raw) && r.index > 0) continue;
    if (NOT_A_DATE.test(raw) || BARE_ABBREVIATION.test(raw) || !isCapitalisedMatch(raw) || overlaps(span, out)) continue;
    const known = (c: 'year' | 'month' | 'day' | 'weekday'): number | undefined =>
      r.start.isCertain(c) ? (r.start.get(c) ?? undefined) : undefined;
    const tags = r.tags();
    const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference')) || /\b(?:ago|yesterday|today|tomorrow)\b/i.test(raw);
    const text = sentence.slice(span.start - offset, span.end - offset);
    // "June 25-July 27": chrono may read a bare "27" as the year 2027; a year must be written in full
    const year = relative || /\b\d{4}\b|'\d\d\b/.test(raw) || /\byear\b/i.test(raw) ? known('year') : undefined;
    const month = known('month');
    const day = known('day');
    const wd = known('weekday');
    const before = sentence.slice(Math.max(0, r.index - 8), r.index).toLowerCase();
    const isRange = !!r.end || /\bsince\s*$/.test(before);
    if (WEEK.test(raw)) {
      // "earlier this week", "last week", "next week"
      const shift = /\b(?:last|past|previous)\b/i.test(raw) ? -1 : /\bnext|coming\b/i.test(raw) ? 1 : 0;
      out.push({ start, end: span.end, sentence: sentenceIndex, text, rule: 'chrono.week', range: isRange, kind: 'week', shift });
    } else if (relative && year !== undefined) {
      // "last month", "two days ago", "yesterday", "last year" — chrono counted from publication
      const unit = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
      out.push({ start, end: span.end, sentence: sentenceIndex, text, rule: 'chrono.relative', range: isRange, kind: 'relative', year, month, day, unit });
    } else if (year !== undefined) {
      // "March 3, 2019", "August 2000", "this year"
      out.push({ start, end: span.end, sentence: sentenceIndex, text, rule: 'chrono.absolute', range: isRange, kind: 'absolute', year, month, day });
    } else if (month !== undefined) {
      // "in August that year": the year is the one the text was speaking of
      const after = /^\s*(?:of\s+)?(?:that|the same)\s+year\b/i.exec(sentence.slice(span.end - offset));
      if (after) {
        const end = span.end + after[0].length;
        out.push({ start, end, sentence: sentenceIndex, text: sentence.slice(start - offset, end - offset), rule: 'chrono.month+that-year', range: isRange, kind: 'month', month, day, contextYear: true });
        continue;
      }
      // "in July", "Sept. 2"
      out.push({ start, end: span.end, sentence: sentenceIndex, text, rule: 'chrono.month', range: isRange, kind: 'month', month, day });
    } else if (wd !== undefined) {
      // "Wednesday", "last Tuesday", "next Friday"
      const shift = /\b(?:last|past|previous)\b/i.test(raw) ? -1 : /\b(?:next|coming)\b/i.test(raw) ? 1 : 0;
      out.push({ start, end: span.end, sentence: sentenceIndex, text, rule: 'chrono.weekday', range: isRange, kind: 'weekday', weekday: wd, shift });
    }
  }
  // YEAR needs four digits in a row: a sentence without them (most) is not scanned for it
  for (const m of hasFourDigits(facts) ? sentence.matchAll(YEAR) : []) {
    // "in 2019", "since 2011", "in Juche 44 (1955)" — chrono leaves a bare year alone
    const yearText = m[2] ?? m[3]!;
    const start = offset + m.index! + m[0].length - yearText.length;
    const span = { start, end: start + yearText.length };
    if (overlaps(span, out)) continue;
    out.push({ start, end: span.end, sentence: sentenceIndex, text: yearText, kind: 'absolute', year: Number(yearText), rule: 'year', range: /^since$/i.test(m[1] ?? '') });
  }
  return out.sort((a, b) => a.start - b.start);
}
