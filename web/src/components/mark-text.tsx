import type { JSX } from 'preact';

export interface MarkSpan {
  start: number;
  end: number;
  cls: string;
  label?: string;
  tip?: string;
}

/**
 * Renders `text` with non-overlapping spans marked (earlier spans in the list
 * win an overlap), each with an optional small label after its words, as
 * displaCy draws entities.
 * @example markText('Seoul protested', [{start:6,end:15,cls:'m-action',label:'PROTEST'}])
 */
export function markText(text: string, spans: MarkSpan[]): JSX.Element[] {
  const kept: MarkSpan[] = [];
  for (const s of spans) {
    if (s.start < 0 || s.end > text.length || s.end <= s.start) continue;
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  kept.sort((a, b) => a.start - b.start);
  const out: JSX.Element[] = [];
  let at = 0;
  kept.forEach((s, i) => {
    if (s.start > at) out.push(<span key={`t${i}`}>{text.slice(at, s.start)}</span>);
    out.push(
      <mark key={`m${i}`} class={`mark ${s.cls}`} title={s.tip}>
        {text.slice(s.start, s.end)}
        {s.label ? <span class="mark-label">{s.label}</span> : null}
      </mark>,
    );
    at = s.end;
  });
  if (at < text.length) out.push(<span key="tail">{text.slice(at)}</span>);
  return out;
}

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
