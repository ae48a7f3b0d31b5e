/**
 * The first day an event date covers: `2020` → `2020-01-01`, `2020-07` → `2020-07-01`.
 * Falls back to the publication day, then to '' (unknown), so the column is never null
 * and sorts the same on every dialect.
 *
 * @example eventDay('2020-07', '2020-09-02T08:00:00Z') // '2020-07-01'
 */
export function eventDay(value: string | null | undefined, published: string | null | undefined): string {
  const v = value ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  if (/^\d{4}$/.test(v)) return `${v}-01-01`;
  const p = (published ?? '').slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : '';
}

/** Monday of the ISO week holding `day` (YYYY-MM-DD), or '' for ''. @example isoWeekStart('2020-09-02') // '2020-08-31' */
export function isoWeekStart(day: string): string {
  if (!day) return '';
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}
