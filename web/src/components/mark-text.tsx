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
