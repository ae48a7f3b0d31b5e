// Periods as the stats route names them: months "2020-09", weeks either as
// the Monday they start on ("2020-08-31") or as ISO weeks ("2020-W36").

const DAY = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function isoWeekMonday(year: number, week: number): Date {
  // ISO week 1 holds January 4th.
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - dow * DAY + (week - 1) * 7 * DAY);
}

function isoWeekName(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const year = t.getUTCFullYear();
  const week = 1 + Math.round((t.getTime() - isoWeekMonday(year, 1).getTime() - 3 * DAY) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * First and last day of a period, for the since/until filters.
 * @example periodRange('2020-02') // {since:'2020-02-01', until:'2020-02-29'}
 */
export function periodRange(p: string): { since: string; until: string } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { since: `${p}-01`, until: iso(new Date(Date.UTC(y, mo, 0))) };
  }
  m = /^(\d{4})-W(\d{1,2})$/.exec(p);
  if (m) {
    const mon = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { since: iso(mon), until: iso(new Date(mon.getTime() + 6 * DAY)) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) {
    const d = new Date(`${p}T00:00:00Z`);
    return { since: p, until: iso(new Date(d.getTime() + 6 * DAY)) };
  }
  if (/^\d{4}$/.test(p)) return { since: `${p}-01-01`, until: `${p}-12-31` };
  return null;
}

/** The period after `p` in the same notation, or null for one it cannot read. */
export function nextPeriod(p: string): string | null {
  let m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1));
    return iso(d).slice(0, 7);
  }
  m = /^(\d{4})-W(\d{1,2})$/.exec(p);
  if (m) return isoWeekName(new Date(isoWeekMonday(Number(m[1]), Number(m[2])).getTime() + 7 * DAY));
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return iso(new Date(new Date(`${p}T00:00:00Z`).getTime() + 7 * DAY));
  if (/^\d{4}$/.test(p)) return String(Number(p) + 1);
  return null;
}

/**
 * Every period from the first to the last, so that quiet weeks show as gaps on
 * the time axis instead of vanishing. Gives up (returns the input) past 600 steps.
 */
export function fillPeriods(periods: string[]): string[] {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length < 2) return sorted;
  const last = sorted[sorted.length - 1]!;
  const out: string[] = [];
  let p: string | null = sorted[0]!;
  while (p && p <= last && out.length <= 600) {
    out.push(p);
    p = nextPeriod(p);
  }
  return out.length > 600 || out[out.length - 1] !== last ? sorted : out;
}
