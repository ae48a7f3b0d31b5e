import { useEffect } from 'preact/hooks';
import { cameoName } from '../cameo.js';
import { useApi } from '../use-api.js';
import type { EventDetail } from '../types.js';
import { EventFacts, EvidenceSentence } from './evidence.js';
import { Status } from './status.js';

/** The evidence of one event: its sentence marked, then every fact with links. */
export function EventPanel(props: { id: string; onClose: () => void }) {
  const { data, error, loading } = useApi<EventDetail>(`events/${encodeURIComponent(props.id)}`, '');
  // Escape closes from anywhere: the table keeps the focus so arrows can walk on.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') props.onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.onClose]);
  const ev = data?.event;
  return (
    <aside
      class="panel"
      aria-label="Event evidence"
    >
      <header class="panel-head">
        <h2>
          {ev ? (
            <>
              {ev.source?.code ?? '—'} <span class="arrow">→</span> {ev.cameo} {cameoName(ev.cameo, ev)} <span class="arrow">→</span> {ev.target?.code ?? '—'}
            </>
          ) : (
            'Event'
          )}
        </h2>
        <button class="close" onClick={props.onClose} aria-label="Close the evidence (Escape)" title="Close (Escape)">
          ×
        </button>
      </header>
      <Status loading={loading && !data} error={error}>
        {ev && data ? (
          <>
            <EvidenceSentence ev={ev} sentenceStart={data.sentence.start} />
            <p class="legend small">
              <mark class="mark m-source">source</mark> <mark class="mark m-action">action</mark> <mark class="mark m-target">target</mark>
              <span class="muted"> · sentence {ev.sentence.index + 1} of the article</span>
            </p>
            <EventFacts ev={ev} article={data.article} />
          </>
        ) : null}
      </Status>
    </aside>
  );
}
