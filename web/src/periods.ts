// Periods as the stats route names them: the first day of the period
// (`2020-09-01` for September 2020 by month, the Monday for a week).

export type Interval = 'week' | 'month';

const DAY = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function day(p: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(p);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1)) : null;
}

/**
 * First and last day of a period, for the since/until filters.
 * @example periodRange('2020-02-01', 'month') // {since:'2020-02-01', until:'2020-02-29'}
 */
export function periodRange(p: string, interval: Interval): { since: string; until: string } | null {
  const d = day(p);
  if (!d) return null;
  if (interval === 'month') {
    const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    return { since: iso(first), until: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))) };
  }
  return { since: iso(d), until: iso(new Date(d.getTime() + 6 * DAY)) };
}

/** The period after `p`, or null for one it cannot read. @example nextPeriod('2020-12-28', 'week') // '2021-01-04' */
export function nextPeriod(p: string, interval: Interval): string | null {
  const d = day(p);
  if (!d) return null;
  if (interval === 'month') return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
  return iso(new Date(d.getTime() + 7 * DAY));
}

/** How a period is written on an axis: the month for months, the Monday for weeks. */
export function periodLabel(p: string, interval: Interval): string {
  return interval === 'month' ? p.slice(0, 7) : p;
}

/**
 * Every period from the first to the last, so that quiet weeks show as gaps on
 * the time axis instead of vanishing. Past 600 steps (or on periods it cannot
 * read) it returns the given ones, sorted.
 * @example fillPeriods(['2020-11-01', '2021-02-01'], 'month') // 4 months
 */
export function fillPeriods(periods: string[], interval: Interval): string[] {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length < 2) return sorted;
  const last = sorted[sorted.length - 1]!;
  const out: string[] = [];
  let p: string | null = sorted[0]!;
  while (p && p <= last && out.length <= 600) {
    out.push(p);
    p = nextPeriod(p, interval);
  }
  const have = new Set(out);
  return out.length > 600 || !sorted.every((s) => have.has(s)) ? sorted : out;
}
