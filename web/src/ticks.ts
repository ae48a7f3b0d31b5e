/**
 * Round tick values for an axis from 0 to at least max: steps of 1, 2 or 5
 * times a power of ten, never fractions (counts are whole).
 * @example niceTicks(66) // [0, 20, 40, 60, 80]
 */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? pow * 10;
  const step1 = Math.max(1, step);
  const ticks: number[] = [];
  for (let v = 0; v <= max + step1 * 0.999; v += step1) ticks.push(v);
  return ticks;
}
