import type { ActorSide, EventRow } from './types.js';

/** "USAGOV" or "—" for a missing side. */
export function actorCode(a: ActorSide | null): string {
  return a?.code || '—';
}

/** "2020-07 (month, stated)" */
export function dateText(d: EventRow['date']): string {
  if (!d?.value) return 'undated';
  return d.value;
}

export function fmtNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return n.toFixed(digits);
}

export function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}
