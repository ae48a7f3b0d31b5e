import type { Span } from '../doc/span.js';

/**
 * What kind of anchoring a date expression needs before it names a calendar date.
 * - `absolute`: the year is stated ("March 3, 2019", "in 2019", "August 2000")
 * - `month`: a month, maybe a day, without a year ("in July", "Sept. 2") — the verb's tense picks the year
 * - `weekday`: a day of the week ("Wednesday", "last Tuesday") — the tense picks the week
 * - `relative`: counted from the publication date ("last month", "two days ago", "yesterday")
 * - `week`: a week counted from publication ("earlier this week", "last week")
 * - `anaphoric`: counted from the date the text was speaking of ("the same day", "the previous day")
 */
export type DateExpressionKind = 'absolute' | 'month' | 'weekday' | 'relative' | 'week' | 'anaphoric';

/** A date expression found in a sentence, before it is resolved against a reference date. */
export interface DateExpression extends Span {
  sentence: number;
  text: string;
  kind: DateExpressionKind;
  /** Proposer that found it ("chrono", "year", "anaphoric-day", …). */
  rule: string;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /**
   * Direction or count: for `weekday` -1 "last", +1 "next", 0 unmarked; for `week` the week
   * offset from publication; for `anaphoric` the day offset from the context date.
   */
  shift?: number;
  /** For `relative`: the finest unit the expression names ("last month" → month). */
  unit?: 'day' | 'month' | 'year';
  /** For `month`: the year is the one the text was speaking of ("in August that year"). */
  contextYear?: boolean;
  /** True when the expression opens a range or a duration ("since October", "from May 3 to May 5"). */
  range?: boolean;
}
