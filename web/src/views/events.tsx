import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getJson } from '../api.js';
import { cameoName } from '../cameo.js';
import { EventPanel } from '../components/event-panel.js';
import { Goldstein, QuadChip } from '../components/evidence.js';
import { Filters } from '../components/filters.js';
import { Status } from '../components/status.js';
import { VirtualTable, type Column } from '../components/virtual-table.js';
import { describeFilters, pickFilters, withParams } from '../filters.js';
import { fmtInt } from '../format.js';
import { href, navigate, type Route } from '../router.js';
import type { EventRow, EventsPage } from '../types.js';
import { useMedia } from '../use-media.js';

const PAGE = 500;

export const EVENT_COLUMNS: Column<EventRow>[] = [
  {
    key: 'date',
    label: 'Date',
    width: '6.9rem',
    phoneWidth: '5.7rem',
    // An undated event shows its article's date, marked as such, so the row still sits in time.
    render: (e) =>
      e.date?.value ?? (e.published ? <span class="muted undated" title="No date of its own: the article's publication date">{e.published.slice(0, 10)}*</span> : <span class="muted">—</span>),
  },
  { key: 'source', label: 'Source', width: 'minmax(3.7rem, 1fr)', render: (e) => <span class="code" title={e.source?.text}>{e.source?.code ?? '—'}</span> },
  {
    key: 'event',
    label: 'Event',
    width: 'minmax(0, 2.4fr)',
    render: (e) => (
      <span title={`${e.cameo} ${cameoName(e.cameo, e)}`}>
        <span class="code">{e.cameo}</span> {cameoName(e.cameo, e) || e.evidence.text}
        {e.negated ? <span class="tag tag-neg">not</span> : null}
      </span>
    ),
  },
  { key: 'target', label: 'Target', width: 'minmax(3.7rem, 1fr)', render: (e) => <span class="code" title={e.target?.text}>{e.target?.code ?? '—'}</span> },
  { key: 'quad', label: 'Quad', width: '3.2rem', roomy: true, render: (e) => <QuadChip quad={e.quadClass} /> },
  { key: 'goldstein', label: 'Gold.', width: '3.6rem', align: 'right', render: (e) => <Goldstein value={e.goldstein} /> },
  { key: 'plover', label: 'PLOVER', width: '6.5rem', wide: true, render: (e) => e.plover.type ?? '—' },
  { key: 'place', label: 'Place', width: 'minmax(0, 1fr)', wide: true, render: (e) => e.location?.name ?? <span class="muted">—</span> },
  { key: 'evidence', label: 'Words', width: 'minmax(0, 1.6fr)', wide: true, render: (e) => <span class="muted" title={e.sentence.text}>“{e.evidence.text}”</span> },
];

/** Pages of events for a filter, loaded as the table scrolls. */
function useEventPages(filterKey: string) {
  const [rows, setRows] = useState<EventRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<{ loading: boolean; error: unknown }>({ loading: true, error: null });
  const busy = useRef(false);
  const gen = useRef(0);

  const load = useCallback(
    async (from: string | null, reset: boolean) => {
      const my = ++gen.current;
      busy.current = true;
      setState({ loading: true, error: null });
      try {
        const page = await getJson<EventsPage>('events', withParams(new URLSearchParams(filterKey), { limit: String(PAGE), cursor: from }));
        if (my !== gen.current) return;
        setRows((r) => (reset ? page.events : r.concat(page.events)));
        setCursor(page.nextCursor);
        setState({ loading: false, error: null });
      } catch (error) {
        if (my === gen.current) setState({ loading: false, error });
      } finally {
        if (my === gen.current) busy.current = false;
      }
    },
    [filterKey],
  );

  useEffect(() => {
    setRows([]);
    setCursor(null);
    void load(null, true);
  }, [filterKey]);

  const more = useCallback(() => {
    if (!busy.current && cursor) void load(cursor, false);
  }, [cursor, load]);
  return { rows, cursor, more, ...state };
}

export function EventsView(props: { route: Route }) {
  const { params } = props.route;
  const filters = pickFilters(params);
  const filterKey = filters.toString();
  const { rows, cursor, more, loading, error } = useEventPages(filterKey);
  const [active, setActive] = useState(-1);
  const open = params.get('event');
  const phone = useMedia('(max-width: 760px)');
  // With the evidence panel open the table has ~600 px: keep the columns that identify an event.
  const beside = useMedia('(max-width: 1700px)');
  const narrow = phone ? 'phone' : open && beside ? 'panel' : false;

  useEffect(() => setActive(-1), [filterKey]);
  // Coming back to a shared link: select the row of the open event.
  useEffect(() => {
    if (open && active < 0) {
      const i = rows.findIndex((r) => String(r.id) === open);
      if (i >= 0) setActive(i);
    }
  }, [rows, open]);

  const setOpen = (id: string | null) => navigate(href('events', withParams(params, { event: id })), true);
  const described = describeFilters(filters);
  return (
    <div class={`events-view${open ? ' with-panel' : ''}`}>
      <Filters params={params} onApply={(f) => navigate(href('events', f))} />
      <section class="main-col" aria-label="Events">
        <div class="toolbar">
          <h1>Events</h1>
          <span class="muted count" aria-live="polite">
            {loading && !rows.length ? 'loading…' : `${fmtInt(rows.length)}${cursor ? '+' : ''} event${rows.length === 1 ? '' : 's'}`}
            {described ? ` · ${described}` : ''}
          </span>
          <span class="muted small hint">↑↓ to move, Enter to open, Esc to close · * publication date</span>
        </div>
        <Status error={error && !rows.length ? error : null} loading={loading && !rows.length} empty={!loading && !rows.length}>
          <VirtualTable
            label="Coded events"
            rows={rows}
            columns={EVENT_COLUMNS}
            rowKey={(e) => e.id}
            active={active}
            onActive={(i) => {
              setActive(i);
              // With the evidence open, walking the table walks the evidence too.
              if (open && rows[i]) setOpen(String(rows[i]!.id));
            }}
            onOpen={(i) => setOpen(String(rows[i]!.id))}
            onNearEnd={more}
            narrow={narrow}
            rowHeight={phone ? 46 : 34}
          />
          {error && rows.length ? <div class="status status-error">Could not load more events: {String((error as Error).message)}</div> : null}
        </Status>
      </section>
      {open ? (
        <EventPanel
          id={open}
          onClose={() => {
            setOpen(null);
            (document.querySelector('.vt-body') as HTMLElement | null)?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
