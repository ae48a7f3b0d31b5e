import { toDays } from '../time/calendar.js';

/**
 * CAMEO codes whose two sides play the same part, so "A with B" and "B with A" are one
 * event: "Lee and Biegun spoke by phone" = "Biegun and Lee spoke by phone".
 * 040 consult, 041 discuss by telephone, 044 meet at a third location, 046 negotiate,
 * 057 sign formal agreement, 06x material cooperation (060–064), 190s fighting between sides (not listed: one side attacks).
 */
const SYMMETRIC = new Set(['040', '041', '044', '046', '057', '060', '061', '062', '063', '064']);

/** Whether a CAMEO code describes a symmetric relation. @example isSymmetric('041') // true */
export function isSymmetric(cameo: string): boolean {
  return SYMMETRIC.has(cameo);
}

/** CAMEO root: the first two digits ("042" → "04", "1823" → "18"). */
export function cameoRoot(cameo: string): string {
  return cameo.slice(0, 2);
}

/**
 * Two CAMEO codes that can describe one event: the same root ("denounced" 111 and "accused" 112
 * in one statement), except that a visit (042, 043) and the talks held during it (040–046) are
 * two events of one trip.
 *
 * @example codesCompatible('041', '040') // true; codesCompatible('042', '046') // false
 */
export function codesCompatible(a: string, b: string): boolean {
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  if (a.slice(0, 3) === b.slice(0, 3)) return true;
  // a trip is not the talks held on it: visits (042, 043) match only visits
  return !VISITS.has(a.slice(0, 3)) && !VISITS.has(b.slice(0, 3));
}

const VISITS = new Set(['042', '043']);

/**
 * The dyad of an event as one string, sides sorted for symmetric codes.
 *
 * @example dyadKey('USAGOV', 'KORGOV', '041') === dyadKey('KORGOV', 'USAGOV', '041') // true
 */
export function dyadKey(source: string | null, target: string | null, cameo: string): string {
  const a = source ?? '-';
  const b = target ?? '-';
  if (isSymmetric(cameo)) return b < a ? `${b}~${a}` : `${a}~${b}`;
  return `${a}>${b}`;
}

/**
 * The days a date value may stand for: `YYYY-MM-DD` one day, `YYYY-MM` its month, `YYYY` its year.
 *
 * @example dayRange('2020-07') // [days(2020-07-01), days(2020-07-31)]
 */
export function dayRange(value: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = toDays({ y, m: Number(m[2]), d: Number(m[3]) });
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]);
    return [toDays({ y, m: mo, d: 1 }), toDays({ y: mo === 12 ? y + 1 : y, m: mo === 12 ? 1 : mo + 1, d: 1 }) - 1];
  }
  return [toDays({ y, m: 1, d: 1 }), toDays({ y: y + 1, m: 1, d: 1 }) - 1];
}

/**
 * Two event dates can name the same event: their spans of days are at most `slack` days
 * apart ("2020-09-02" and "2020-09" are; "2020-09-02" and "2020-09-05" are not). An unknown
 * date is compatible only when `unknownMatches` (within one article the text is one story).
 */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined, slack = 1, unknownMatches = false): boolean {
  if (!a || !b) return unknownMatches;
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return unknownMatches;
  const gap = Math.max(ra[0] - rb[1], rb[0] - ra[1], 0);
  return gap <= slack;
}

/**
 * Actor codes that can name the same party: equal, or the same country where one side
 * names no sector ("KOR" and "KORGOV"), or one side unknown.
 */
export function actorsCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a === b) return true;
  return a.slice(0, 3) === b.slice(0, 3) && (a.length === 3 || b.length === 3);
}
