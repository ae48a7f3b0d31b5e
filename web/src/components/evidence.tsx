import { cameoName } from '../cameo.js';
import { href } from '../router.js';
import { QUAD_COLORS, QUAD_NAMES, goldsteinColor } from '../ontology.js';
import type { EventRow } from '../types.js';
import { findNear } from '../find-near.js';
import { markText, type MarkSpan } from './mark-text.js';

/**
 * The sentence of an event with its source, action and target marked.
 * `sentenceStart` turns the evidence's article offsets into sentence offsets;
 * actors are found by their words, nearest the action.
 */
export function EvidenceSentence(props: { ev: EventRow; sentenceStart: number | null }) {
  const { ev } = props;
  const text = ev.sentence.text;
  let start = props.sentenceStart === null ? -1 : ev.evidence.start - props.sentenceStart;
  if (start < 0 || text.slice(start, start + ev.evidence.text.length) !== ev.evidence.text) start = findNear(text, ev.evidence.text, null, 'after');
  const action = start >= 0 ? { start, end: start + ev.evidence.text.length } : null;
  const spans: MarkSpan[] = [];
  if (action) spans.push({ ...action, cls: 'm-action', label: ev.cameo, tip: `action: ${ev.cameo} ${cameoName(ev.cameo, ev)}` });
  for (const [side, a] of [['source', ev.source], ['target', ev.target]] as const) {
    if (!a?.text) continue;
    const at = findNear(text, a.text, action, side === 'source' ? 'before' : 'after');
    if (at >= 0) spans.push({ start: at, end: at + a.text.length, cls: `m-${side}`, label: a.code, tip: `${side}: ${a.code}` });
  }
  return <blockquote class="evidence-sentence">{markText(text, spans)}</blockquote>;
}

export function QuadChip(props: { quad: number }) {
  return (
    <span class="quad-chip" style={{ background: QUAD_COLORS[props.quad] ?? '#999' }} title={QUAD_NAMES[props.quad]}>
      {props.quad ? `Q${props.quad}` : '—'}
    </span>
  );
}

export function Goldstein(props: { value: number | null }) {
  const v = props.value;
  return (
    <span class="goldstein" style={{ color: goldsteinColor(v) }}>
      {v === null || v === undefined ? '—' : (v > 0 ? '+' : '') + v.toFixed(1)}
    </span>
  );
}

/** The facts of one event as a definition list. */
export function EventFacts(props: { ev: EventRow; article?: { id: number; title: string | null; source: string | null; url: string | null } }) {
  const { ev } = props;
  const name = cameoName(ev.cameo, ev);
  const side = (label: string, a: EventRow['source']) => (
    <>
      <dt>{label}</dt>
      <dd>
        {a ? (
          <>
            <a href={href('events', { actor: a.code })} class="code">{a.code}</a> <span class="muted">“{a.text}”</span>
            {a.country || a.agents.length ? (
              <span class="muted small"> · country {a.country ?? '—'}{a.agents.length ? ` · agents ${a.agents.join(', ')}` : ''}</span>
            ) : null}
          </>
        ) : (
          <span class="muted">none stated</span>
        )}
      </dd>
    </>
  );
  return (
    <dl class="facts">
      {side('Source', ev.source)}
      <dt>Action</dt>
      <dd>
        <a href={href('events', { code: ev.cameo })} class="code">{ev.cameo}</a> {name ? <strong>{name}</strong> : null}
        {ev.negated ? <span class="tag tag-neg">negated</span> : null}
      </dd>
      {side('Target', ev.target)}
      <dt>PLOVER</dt>
      <dd>
        {ev.plover.type ? <a href={href('events', { plover: ev.plover.type })}>{ev.plover.type}</a> : <span class="muted">none (statement)</span>}
        {ev.plover.mode ? <span class="muted"> · mode {ev.plover.mode}</span> : null}
        {ev.plover.context.length ? <span class="muted"> · context {ev.plover.context.join(', ')}</span> : null}
      </dd>
      <dt>Quad class</dt>
      <dd>
        <QuadChip quad={ev.quadClass} /> {QUAD_NAMES[ev.quadClass] ?? 'none'}
      </dd>
      <dt>Goldstein</dt>
      <dd>
        <Goldstein value={ev.goldstein} /> <span class="muted small">(−10 conflict … +10 cooperation)</span>
      </dd>
      <dt>Date</dt>
      <dd>
        {ev.date?.value ? <strong>{ev.date.value}</strong> : <span class="muted">undated</span>}
        {ev.date?.precision ? <span class="muted"> · precise to the {ev.date.precision}</span> : null}
        {ev.date?.origin ? <span class="muted"> · {originWords(ev.date.origin)}</span> : null}
      </dd>
      <dt>Place</dt>
      <dd>
        {ev.location ? (
          <>
            <a href={href('events', { location: ev.location.name })}>{ev.location.name}</a>
            {ev.location.country ? <span class="muted"> · {ev.location.country}</span> : null}
            {ev.location.lat !== null && ev.location.lon !== null ? (
              <span class="muted small"> · {ev.location.lat.toFixed(2)}, {ev.location.lon.toFixed(2)}</span>
            ) : null}
          </>
        ) : (
          <span class="muted">not stated</span>
        )}
      </dd>
      {ev.reportedBy ? (
        <>
          <dt>Reported by</dt>
          <dd>{ev.reportedBy}</dd>
        </>
      ) : null}
      <dt>Coded by</dt>
      <dd>
        rule <a class="code" href={href('rules', { rule: ev.rule })} title="What this rule does">{ev.rule}</a>
        {ev.pattern ? <span class="muted"> · pattern <code>{ev.pattern}</code></span> : null}
      </dd>
      <dt>Article</dt>
      <dd>
        <a class="article-link" href={href('article', { event: String(ev.id) }, ev.articleId)}>{props.article?.title ?? ev.articleTitle ?? `article ${ev.articleId}`}</a>
        {ev.published ? <span class="muted"> · published {ev.published.slice(0, 10)}</span> : null}
        {props.article?.source ? <span class="muted"> · {props.article.source}</span> : null}
        {ev.numArticles && ev.numArticles > 1 ? <span class="muted"> · told in {ev.numArticles} articles</span> : null}
      </dd>
    </dl>
  );
}

function originWords(o: string): string {
  return (
    { stated: 'stated in the sentence', inherited: 'from the surrounding text', published: 'the publication date', unknown: 'origin unknown' }[o] ?? o
  );
}
