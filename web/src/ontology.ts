// Names and classes the UI shows beside codes.

export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const QUAD_COLORS: Record<number, string> = {
  1: '#6a9fd4',
  2: '#2f6aa8',
  3: '#e8a05c',
  4: '#c2412d',
};


/**
 * Colour for a Goldstein value on a diverging scale: red for conflict, grey
 * near 0, blue for cooperation.
 * @example goldsteinColor(-10) // '#b2182b'
 */
export function goldsteinColor(g: number | null | undefined): string {
  if (g === null || g === undefined || Number.isNaN(g)) return '#9a9a9a';
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [178, 24, 43] : [33, 102, 172];
  const a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i]! - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}
