import { useEffect, useState } from 'preact/hooks';
import { ActorList } from '../components/actor-list.js';
import { DyadChart } from '../components/dyad-chart.js';
import { Filters } from '../components/filters.js';
import { Status } from '../components/status.js';
import { VirtualTable } from '../components/virtual-table.js';
import { pickFilters, withParams } from '../filters.js';
import { fmtInt, fmtNumber } from '../format.js';
import { fillPeriods, periodLabel, periodRange } from '../periods.js';
import { href, navigate, type Route } from '../router.js';
import type { EventsPage, StatsRow } from '../types.js';
import { useApi } from '../use-api.js';
import { useMedia } from '../use-media.js';
import { EVENT_COLUMNS } from './events.js';

const SIDE_KEYS = ['actor', 'source', 'target', 'both', 'dyad'];

/** The filters of this view as the API wants them: A as source, B as target, in either direction unless asked. */
function dyadFilters(params: URLSearchParams): URLSearchParams {
  const f = pickFilters(params);
  for (const k of SIDE_KEYS) f.delete(k);
  const a = params.get('a');
  const b = params.get('b');
  const oneWay = params.get('oneway') === '1';
  if (a && b) {
    f.set('dyad', `${a}:${b}`);
    if (!oneWay) f.set('both', 'true');
  } else if (a || b) f.set('actor', (a || b)!);
  return f;
}

export function DyadView(props: { route: Route }) {
  const { params } = props.route;
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const interval = params.get('interval') === 'week' ? 'week' : 'month';
  const period = params.get('period');
  const filters = dyadFilters(params);
  const statsQs = withParams(filters, { groupBy: 'none', interval }).toString();
  const ready = Boolean(a || b);
  const stats = useApi<{ rows: StatsRow[] }>(ready ? 'stats' : null, statsQs);
  const range = period ? periodRange(period, interval) : null;
  const listQs = range ? withParams(filters, { since: range.since, until: range.until, limit: '500' }).toString() : '';
  const list = useApi<EventsPage>(range ? 'events' : null, listQs);
  const [draft, setDraft] = useState({ a, b });
  useEffect(() => setDraft({ a, b }), [a, b]);
  const [active, setActive] = useState(-1);
  const narrow = useMedia('(max-width: 760px)') ? 'phone' : false;
  const go = (set: Record<string, string | null>) => navigate(href('dyad', withParams(params, set)));

  const rows = (stats.data?.rows ?? []).filter((r) => r.period);
  const periods = fillPeriods(rows.map((r) => r.period!), interval);
  const total = rows.reduce((s, r) => s + r.count, 0);
  const gSum = rows.reduce((s, r) => s + (r.goldsteinMean ?? 0) * r.count, 0);
  const listRows = list.data?.events ?? [];
  return (
    <div class="dyad-view">
      <Filters
        params={params}
        hide={['actor', 'source', 'target', 'dyad', 'both']}
        onApply={(f) => {
          for (const k of ['a', 'b', 'interval', 'oneway']) {
            const v = params.get(k);
            if (v) f.set(k, v);
          }
          navigate(href('dyad', f));
        }}
      />
      <section class="main-col" aria-label="Dyad over time">
        <form
          class="toolbar dyad-pick"
          onSubmit={(e) => {
            e.preventDefault();
            go({ a: draft.a.trim().toUpperCase(), b: draft.b.trim().toUpperCase(), period: null });
          }}
        >
          <h1>Dyad over time</h1>
          <ActorList id="dyad-codes" />
          <label class="field inline">
            <span>Actor A</span>
            <input name="a" list="dyad-codes" placeholder="e.g. KOR" value={draft.a} onInput={(e) => setDraft({ ...draft, a: e.currentTarget.value })} />
          </label>
          <label class="field inline">
            <span>Actor B</span>
            <input name="b" list="dyad-codes" placeholder="e.g. USA" value={draft.b} onInput={(e) => setDraft({ ...draft, b: e.currentTarget.value })} />
          </label>
          <label class="check">
            <input type="checkbox" checked={params.get('oneway') === '1'} onChange={(e) => go({ oneway: e.currentTarget.checked ? '1' : null, period: null })} />
            <span>Only A → B</span>
          </label>
          <label class="field inline">
            <span>Per</span>
            <select name="interval" value={interval} onChange={(e) => go({ interval: e.currentTarget.value, period: null })}>
              <option value="month">month</option>
              <option value="week">week</option>
            </select>
          </label>
          <button type="submit" class="primary">
            Show
          </button>
        </form>
        {!ready ? (
          <Status empty emptyText="Pick two actors (CAMEO codes such as KOR and USA, or USAGOV) and press Show." />
        ) : (
          <Status loading={stats.loading && !stats.data} error={stats.error} empty={!rows.length} emptyText={`No events between ${a || '…'} and ${b || '…'} under these filters.`}>
            <p class="summary">
              <strong>{a || '—'}</strong> {params.get('oneway') === '1' ? '→' : '⇄'} <strong>{b || 'anyone'}</strong>: {fmtInt(total)} dated events, mean Goldstein{' '}
              {fmtNumber(total ? gSum / total : null, 2)}. Click a bar to list its events.
            </p>
            <DyadChart rows={rows} periods={periods} interval={interval} selected={period} onSelect={(p) => go({ period: p })} />
          </Status>
        )}
        {range ? (
          <section class="period-list" aria-label={`Events in ${periodLabel(period!, interval)}`}>
            <h2>
              Events in {interval === 'week' ? 'the week of ' : ''}{periodLabel(period!, interval)} <span class="muted small">({range.since} to {range.until})</span>{' '}
              <button class="link" onClick={() => go({ period: null })}>
                close
              </button>
            </h2>
            <Status loading={list.loading} error={list.error} empty={!listRows.length}>
              <div class="period-table" style={{ height: `${Math.min(340, 36 + Math.max(3, listRows.length) * 34)}px` }}>
                <VirtualTable
                  label={`Events in ${period}`}
                  rows={listRows}
                  columns={EVENT_COLUMNS}
                  rowKey={(e) => e.id}
                  active={active}
                  onActive={setActive}
                  onOpen={(i) => navigate(href('events', withParams(withParams(filters, { since: range.since, until: range.until }), { event: String(listRows[i]!.id) })))}
                  narrow={narrow}
                />
              </div>
            </Status>
          </section>
        ) : null}
      </section>
    </div>
  );
}
