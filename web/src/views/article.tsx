import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { cameoName } from '../cameo.js';
import { EventFacts, EvidenceSentence, QuadChip } from '../components/evidence.js';
import { HoverTips } from '../components/hover-tip.js';
import { Status } from '../components/status.js';
import { href, navigate, type Route } from '../router.js';
import { withParams } from '../filters.js';
import type { ArticleFull, EventRow, Mention } from '../types.js';
import { useApi } from '../use-api.js';

function mentionTip(m: Mention): string {
  return [
    `${m.code ?? 'no actor code'} · ${m.kind} (${m.role})`,
    `“${m.text}”`,
    `rule: ${m.rule}`,
    m.entry ? `entry: ${m.entry}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function eventTip(e: EventRow): string {
  return [
    `${e.cameo} ${cameoName(e.cameo, e)}${e.negated ? ' (negated)' : ''}`,
    `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`,
    `PLOVER ${e.plover.type ?? '—'} · Goldstein ${e.goldstein > 0 ? '+' : ''}${e.goldstein}`,
    `date ${e.date?.value ?? 'none'}${e.location ? ` · ${e.location.name}` : ''}`,
    `rule: ${e.rule}${e.pattern ? ` · pattern ${e.pattern}` : ''}`,
  ].join('\n');
}

/**
 * The body with mentions marked as entities (label after the words, as
 * displaCy draws them) and event words underlined. Spans are cut at every
 * boundary so that overlapping mentions and events both show.
 */
function markedBody(text: string, mentions: Mention[], events: EventRow[], selected: { start: number; end: number } | null, selectedEvent: number | null): JSX.Element[] {
  const ms = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end).filter((m, i, all) => !all.slice(0, i).some((o) => m.start < o.end && o.start < m.end));
  const cuts = new Set<number>([0, text.length]);
  for (const m of ms) cuts.add(m.start).add(m.end);
  for (const e of events) cuts.add(e.evidence.start).add(e.evidence.end);
  if (selected) cuts.add(selected.start).add(selected.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out: JSX.Element[] = [];
  let group: { m: Mention | null; parts: JSX.Element[] } = { m: null, parts: [] };
  const flush = (k: number) => {
    if (!group.parts.length) return;
    const m = group.m;
    if (m) {
      out.push(
        <mark key={`m${k}`} class={`ent ent-${m.role} ent-${m.kind}`} data-tip={mentionTip(m)}>
          {group.parts}
          <span class="mark-label">{m.code ?? m.kind}</span>
        </mark>,
      );
    } else out.push(...group.parts);
    group = { m: null, parts: [] };
  };
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (mi < ms.length && ms[mi]!.end <= a) mi++;
    const m = ms[mi] && ms[mi]!.start <= a && ms[mi]!.end >= b ? ms[mi]! : null;
    if (m !== group.m) flush(i);
    group.m = m;
    const evs = events.filter((e) => e.evidence.start <= a && e.evidence.end >= b);
    const inSel = selected && selected.start <= a && selected.end >= b;
    const cls = `${evs.length ? 'ev' : ''}${evs.some((e) => e.id === selectedEvent) ? ' ev-sel' : ''}${inSel ? ' sent-sel' : ''}`.trim();
    const seg = text.slice(a, b);
    group.parts.push(
      cls ? (
        <span
          key={i}
          class={cls}
          data-tip={evs.length ? evs.map(eventTip).join('\n\n') : undefined}
          data-event={evs[0]?.id}
          // One tab stop per event, on its first words: keyboard users reach the same explanations.
          tabIndex={evs.some((e) => e.evidence.start === a) ? 0 : undefined}
        >
          {seg}
        </span>
      ) : (
        <span key={i}>{seg}</span>
      ),
    );
  }
  flush(points.length);
  return out;
}

export function ArticleView(props: { route: Route }) {
  const id = props.route.id;
  const { data, error, loading } = useApi<ArticleFull>(id ? `articles/${encodeURIComponent(id)}` : null, '');
  const evParam = props.route.params.get('event');
  const selectedId = evParam ? Number(evParam) : null;
  // Arriving from an event: bring its sentence into view.
  useEffect(() => {
    if (data && selectedId !== null) document.querySelector('.article-body .ev-sel')?.scrollIntoView({ block: 'center' });
  }, [data, selectedId]);
  if (!id) return <Status empty emptyText="Open an article from an event's evidence (the “Article” link)." />;
  const a = data?.article;
  const selected = data?.events.find((e) => e.id === selectedId) ?? null;
  const sent = selected ? data?.sentences.find((s) => s.index === selected.sentence.index) ?? null : null;
  const select = (eid: number | null) => navigate(href('article', withParams(props.route.params, { event: eid === null ? null : String(eid) }), id), true);
  return (
    <Status loading={loading && !data} error={error}>
      {a && data ? (
        <div class="article-view">
          <header class="article-head">
            <p class="kicker">Article {a.id}</p>
            <h1>{a.title ?? 'Untitled article'}</h1>
            <p class="meta">
              {a.byline ? <span>{a.byline}</span> : null}
              {a.published ? <span>Published {a.published.slice(0, 10)}</span> : <span class="muted">No publication date</span>}
              {a.source ? <span>{a.source}</span> : null}
              {a.language ? <span>Language: {a.language}</span> : null}
              <span>
                {data.events.length} event{data.events.length === 1 ? '' : 's'} · {data.mentions.length} mention{data.mentions.length === 1 ? '' : 's'}
              </span>
              {a.url ? (
                <a href={a.url} rel="noreferrer noopener" target="_blank">
                  original page
                </a>
              ) : null}
            </p>
          </header>
          <div class="article-cols">
            <HoverTips class="article-body-wrap">
              <div
                class="article-body"
                onClick={(e) => {
                  const el = (e.target as HTMLElement).closest('[data-event]') as HTMLElement | null;
                  if (el?.dataset.event) select(Number(el.dataset.event));
                }}
                onKeyDown={(e) => {
                  const el = (e.target as HTMLElement).closest('[data-event]') as HTMLElement | null;
                  if (e.key === 'Enter' && el?.dataset.event) select(Number(el.dataset.event));
                }}
              >
                {markedBody(a.text, data.mentions, data.events, sent ? { start: sent.start, end: sent.end } : null, selectedId)}
              </div>
            </HoverTips>
            <aside class="article-side">
              <section class="legend-box" aria-label="Legend">
                <h2>Marks</h2>
                <p class="small">
                  <mark class="ent ent-actor">actor<span class="mark-label">CODE</span></mark> <mark class="ent ent-location">place<span class="mark-label">city</span></mark>{' '}
                  <mark class="ent ent-attribution">news source<span class="mark-label">outlet</span></mark> <span class="ev">event words</span>
                </p>
                <p class="small muted">Hover a mark for its code and the rule behind it; click event words to see the event.</p>
              </section>
              {selected ? (
                <section class="side-event" aria-label="Selected event">
                  <h2>
                    Event {selected.cameo} {cameoName(selected.cameo, selected)}{' '}
                    <button class="link" onClick={() => select(null)}>
                      clear
                    </button>
                  </h2>
                  <EvidenceSentence ev={selected} sentenceStart={sent?.start ?? null} />
                  <EventFacts ev={selected} />
                </section>
              ) : null}
              <section aria-label="Captions">
                <h2>Captions</h2>
                {a.captions.length ? (
                  <ul class="captions">
                    {a.captions.map((c, i) => (
                      <li key={i}>
                        {c.text}
                        {c.credit ? <span class="muted"> — {c.credit}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p class="muted small">No captions: only the body is coded.</p>
                )}
              </section>
              <section aria-label="Events of this article">
                <h2>Events in this article</h2>
                {data.events.length ? (
                  <ol class="article-events">
                    {data.events.map((e) => (
                      <li key={e.id} class={e.id === selectedId ? 'sel' : ''}>
                        <button class="link" onClick={() => select(e.id)}>
                          <QuadChip quad={e.quadClass} /> <span class="code">{e.source?.code ?? '—'}</span> {e.cameo} {cameoName(e.cameo, e) || e.evidence.text}{' '}
                          <span class="code">{e.target?.code ?? '—'}</span>
                        </button>
                        <span class="muted small"> {e.date?.value ?? ''}</span>
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p class="muted small">No events were coded in this article.</p>
                )}
              </section>
            </aside>
          </div>
        </div>
      ) : null}
    </Status>
  );
}
