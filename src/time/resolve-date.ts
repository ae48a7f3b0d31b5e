import type { DatePrecision } from '../doc/event.js';
import { addDays, formatDay, formatMonth, monthIndex, toDays, weekday, type Ymd } from './calendar.js';
import type { DateExpression } from './date-expression.js';

export type Tense = 'past' | 'present' | 'future';

/** The date the surrounding sentences speak of, at whatever precision they gave it. */
export interface ContextDate {
  y: number;
  m?: number;
  d?: number;
}

export interface ResolvedDate {
  value: string;
  precision: DatePrecision;
}

function atPrecision(y: number, m: number | undefined, d: number | undefined): ResolvedDate {
  if (m === undefined) return { value: String(y).padStart(4, '0'), precision: 'year' };
  if (d === undefined) return { value: formatMonth(y, m), precision: 'month' };
  return { value: formatDay({ y, m, d }), precision: 'day' };
}

/** A span of days as the coarsest precision that still holds all of it ("this week" inside September → 2020-09). */
function coarsest(lo: Ymd, hi: Ymd): ResolvedDate {
  if (toDays(lo) === toDays(hi)) return atPrecision(lo.y, lo.m, lo.d);
  if (lo.y === hi.y && lo.m === hi.m) return atPrecision(lo.y, lo.m, undefined);
  if (lo.y === hi.y) return atPrecision(lo.y, undefined, undefined);
  // A week across New Year: the later part holds the publication day, so it is the better guess.
  return atPrecision(hi.y, hi.m, undefined);
}

/**
 * Resolve a date expression with news conventions. `reference` is the publication date;
 * `context` is the date the surrounding sentences speak of (for "the same day", or the year of
 * a month named later in a paragraph about a past year), else the publication date is used. Returns null when nothing anchors the expression.
 *
 * - weekday, past or present tense: the latest such day on or before publication, the same day
 *   included ("spoke on the phone Wednesday", published Wednesday → that Wednesday)
 * - weekday, future tense: the next such day on or after publication ("will meet on Friday")
 * - "last Tuesday" / "next Tuesday": strictly before / after publication
 * - month without a year: the latest such month not after publication, unless the verb is
 *   future, then the next one ("In July, Biegun visited Seoul", published 2020-09 → 2020-07)
 *
 * @example
 * resolveDate({kind: 'weekday', weekday: 3, shift: 0, …}, {y: 2020, m: 9, d: 2}, 'past') // {value: '2020-09-02', precision: 'day'}
 */
export function resolveDate(e: DateExpression, reference: Ymd | null, tense: Tense, context: ContextDate | null = null): ResolvedDate | null {
  switch (e.kind) {
    case 'absolute':
      return atPrecision(e.year!, e.month, e.day);
    case 'relative':
      if (!reference) return null;
      return atPrecision(e.year!, e.unit === 'year' ? undefined : e.month, e.unit === 'day' ? e.day : undefined);
    case 'month': {
      const m = e.month!;
      if (e.contextYear) return context ? atPrecision(context.y, m, e.day) : null;
      if (!reference) return null;
      let y = reference.y;
      // "Talks collapsed in 2018. A later round in March …": a past month follows the paragraph's year
      if (context && context.y < reference.y && tense !== 'future') {
        if (monthIndex(context.y, m) <= monthIndex(reference.y, reference.m)) return atPrecision(context.y, m, e.day);
      }
      if (e.day !== undefined) {
        const here = toDays({ y, m, d: e.day });
        const pub = toDays(reference);
        if (tense === 'future' && here < pub) y += 1;
        else if (tense !== 'future' && here > pub) y -= 1;
      } else {
        const here = monthIndex(y, m);
        const pub = monthIndex(reference.y, reference.m);
        if (tense === 'future' && here < pub) y += 1;
        else if (tense !== 'future' && here > pub) y -= 1;
      }
      return atPrecision(y, m, e.day);
    }
    case 'weekday': {
      if (!reference) return null;
      const pubWd = weekday(reference);
      const back = (pubWd - e.weekday! + 7) % 7; // days back to the latest such weekday, 0 = today
      const ahead = (e.weekday! - pubWd + 7) % 7;
      let delta: number;
      if (e.shift === -1) delta = -(back === 0 ? 7 : back);
      else if (e.shift === 1) delta = ahead === 0 ? 7 : ahead;
      else delta = tense === 'future' ? ahead : -back;
      return atPrecision(...ymdArgs(addDays(reference, delta)));
    }
    case 'week': {
      if (!reference) return null;
      const monday = addDays(reference, -((weekday(reference) + 6) % 7) + 7 * (e.shift ?? 0));
      const sunday = addDays(monday, 6);
      // "earlier this week" in a past-tense sentence ends at publication
      if ((e.shift ?? 0) === 0 && tense !== 'future') return coarsest(monday, reference);
      if ((e.shift ?? 0) === 0) return coarsest(reference, sunday);
      return coarsest(monday, sunday);
    }
    case 'anaphoric': {
      const base = context?.d !== undefined ? (context as Ymd) : reference;
      if (!base) return null;
      return atPrecision(...ymdArgs(addDays(base, e.shift ?? 0)));
    }
  }
}

function ymdArgs(v: Ymd): [number, number, number] {
  return [v.y, v.m, v.d];
}
