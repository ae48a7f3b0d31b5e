/** A number with fixed decimals, or '—' when there is none. @example fmtNumber(2.345, 2) // '2.35' */
export function fmtNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return n.toFixed(digits);
}

/** A count with thousands separators. @example fmtInt(12345) // '12,345' */
export function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}
