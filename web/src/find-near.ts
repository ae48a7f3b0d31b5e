/**
 * Where `needle` stands in `text`, choosing among repeats the occurrence that
 * does not overlap `avoid` and lies nearest to it (on the preferred side).
 * @example findNear('Kim met Kim', 'Kim', {start:4,end:7}, 'after') // 8
 */
export function findNear(text: string, needle: string, avoid: { start: number; end: number } | null, side: 'before' | 'after'): number {
  if (!needle) return -1;
  const hits: number[] = [];
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) hits.push(i);
  if (!avoid) return hits[0] ?? -1;
  const free = hits.filter((h) => h + needle.length <= avoid.start || h >= avoid.end);
  if (!free.length) return -1;
  const score = (h: number) => {
    const before = h + needle.length <= avoid.start;
    const dist = before ? avoid.start - (h + needle.length) : h - avoid.end;
    const wrongSide = (side === 'before') !== before;
    return dist + (wrongSide ? 10000 : 0);
  };
  return free.sort((a, b) => score(a) - score(b))[0]!;
}
