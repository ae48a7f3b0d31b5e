const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)] ?? null;
}

/** Days in month `m` (1–12) of year `y`, Gregorian. */
function daysIn(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  // "Feb. 30" (this asked a Date whether the day stayed in its month: an object per date parsed)
  if (d > daysIn(y, m)) return null;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `/^\d{4}-\d{2}-\d{2}$/` for a string of ten characters. */
function isIsoDay(s: string): boolean {
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** The number the ASCII digits `s[from, to)` spell. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/**
 * Find a calendar date with a year in a short string, as ISO `YYYY-MM-DD`
 * (or the full ISO date-time when the string is one).
 *
 * @example
 * parseDateString('2020-09-02T17:48:00+09:00')       // '2020-09-02T17:48:00+09:00'
 * parseDateString('Published : Sept. 2, 2020 - 17:48') // '2020-09-02'
 * parseDateString('2 September 2020')                 // '2020-09-02'
 * parseDateString('2020.09.02 17:48')                  // '2020-09-02'
 */
export function parseDateString(s: string | null | undefined): string | null {
  if (!s) return null;
  // "2020-09-02" and nothing else (a publication date in input metadata): the first pattern below, read without it
  if (s.length === 10 && isIsoDay(s)) return iso(digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10));
  const t = s.trim();
  // "2020-09-02T17:48:00+09:00", "2020-09-02 17:48:00"
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) {
    const day = iso(+m[1]!, +m[2]!, +m[3]!);
    if (!day) return null;
    return m[4] ? `${day}T${m[4]}${m[5] ?? ''}` : day;
  }
  // "2020-09-02", "2020/09/02", "2020.9.2" inside a longer string
  m = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // "Sept. 2, 2020", "September 2nd 2020"
  m = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i').exec(t);
  if (m) return iso(+m[3]!, monthOf(m[1]!)!, +m[2]!);
  // "2 September 2020", "02 Sep, 2020"
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})(?!\\d)`, 'i').exec(t);
  if (m) return iso(+m[3]!, monthOf(m[2]!)!, +m[1]!);
  // "09/02/2020" (US order; ambiguous day-first dates above 12 resolve themselves)
  m = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/.exec(t);
  if (m) {
    const a = +m[1]!, b = +m[2]!, y = +m[3]!;
    return a > 12 ? iso(y, b, a) : iso(y, a, b);
  }
  // "20200902" in a date attribute
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  return null;
}

/**
 * Month and day of a dateline without a year ("Sept. 2") and with one ("Sept. 2, 2020").
 *
 * @example
 * parseMonthDay('Sept. 2') // { month: 9, day: 2, year: null }
 */
export function parseMonthDay(s: string): { month: number; day: number; year: number | null } | null {
  const m = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?$`, 'i').exec(s.trim());
  if (!m) return null;
  const month = monthOf(m[1]!);
  const day = +m[2]!;
  if (!month || day < 1 || day > 31) return null;
  return { month, day, year: m[3] ? +m[3] : null };
}

// The year may run straight into the next element's text ("Dec 17, 2025Julian K. Arni", "April 26, 2024Updated on …"):
// it ends at the last digit, not at a word boundary.
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})(?!\\d)`, 'gi');
// "2025-12-02", "12/02/2025", "02.12.2025", "02-12-2025" (one separator throughout for the day-first forms).
const NUMERIC = /(?<![\d/.-])(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}))(?![\d/.-]*\d)/g;

/**
 * The first calendar date (with a year) in running text, by position, and where it starts.
 *
 * @example
 * firstDateIn('Updated Dec 18, 2025 · 12 min read, first posted 2024-01-02') // { date: '2025-12-18', index: 8 }
 */
export function firstDateIn(text: string): { date: string; index: number } | null {
  let best: { date: string; index: number } | null = null;
  const consider = (index: number, date: string | null) => {
    if (date && (!best || index < best.index)) best = { date, index };
  };
  for (const re of [MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    if (re === MONTH_DAY_YEAR) consider(m.index, iso(+m[3]!, monthOf(m[1]!)!, +m[2]!));
    else if (re === DAY_MONTH_YEAR) consider(m.index, iso(+m[3]!, monthOf(m[2]!)!, +m[1]!));
    else if (m[1]) consider(m.index, iso(+m[1]!, +m[2]!, +m[3]!));
    else {
      const a = +m[4]!, b = +m[6]!, y = +m[7]!;
      // Slashes are read month first (US), dashes day first ("02-12-2025" is 2 December, as in Europe).
      const dayFirst = a > 12 || (m[5] === '-' && b <= 12);
      consider(m.index, dayFirst ? iso(y, b, a) : iso(y, a, b));
    }
  }
  return best;
}
