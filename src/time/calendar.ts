/** A calendar day, month-based 1–12, in UTC: dyad's dates carry no time of day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/**
 * Read the day part of an ISO date or date-time ("2020-09-02", "2020-09-02T08:00:00+09:00").
 * The calendar day as written is kept (no shift to UTC): a Seoul paper's date is Seoul's date.
 *
 * @example parseYmd('2020-09-02T23:30:00-04:00') // {y: 2020, m: 9, d: 2}
 */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { y, m: mo, d };
}

const DAY = 86_400_000;

export function toDays(v: Ymd): number {
  return Math.floor(Date.UTC(v.y, v.m - 1, v.d) / DAY);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromDays(toDays(v) + n);
}

/** 0 = Sunday … 6 = Saturday (as `Date.getUTCDay`). */
export function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

/** Number of months since year 0, for month arithmetic. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
