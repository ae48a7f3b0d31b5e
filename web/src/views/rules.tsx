import { useState } from 'preact/hooks';
import { Status } from '../components/status.js';
import { VirtualTable } from '../components/virtual-table.js';
import { href, navigate, type Route } from '../router.js';
import type { EventsPage } from '../types.js';
import { useApi } from '../use-api.js';
import { useMedia } from '../use-media.js';
import { EVENT_COLUMNS } from './events.js';

/**
 * One coder rule: the dictionary patterns it matched and the events it coded,
 * among the latest events (the API has no rule filter, so rows are picked here).
 */
export function RulesView(props: { route: Route }) {
  const rule = props.route.params.get('rule') ?? '';
  const { data, error, loading } = useApi<EventsPage>(rule ? 'events' : null, new URLSearchParams({ limit: '500' }).toString());
  const rows = (data?.events ?? []).filter((e) => e.rule === rule);
  const patterns = new Map<string, number>();
  for (const e of rows) if (e.pattern) patterns.set(e.pattern, (patterns.get(e.pattern) ?? 0) + 1);
  const [active, setActive] = useState(-1);
  const narrow = useMedia('(max-width: 760px)') ? 'phone' : false;
  return (
    <div class="rules-view">
      <section class="main-col">
        <h1>
          Coder rule <code>{rule || '—'}</code>
        </h1>
        <p class="muted">
          Every event records the rule that coded it and the dictionary pattern it matched, so a wrong event can be traced to the rule or entry to fix.
        </p>
        <Status loading={loading} error={error} empty={Boolean(rule && data && !rows.length)} emptyText="No recent event was coded by this rule.">
          {rule && data ? (
            <>
              <h2>Patterns it matched ({patterns.size})</h2>
              {patterns.size ? (
                <table class="places patterns">
                  <thead>
                    <tr>
                      <th>Dictionary pattern</th>
                      <th class="right">Events</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...patterns]
                      .sort((a, b) => b[1] - a[1])
                      .slice(0, 40)
                      .map(([p, n]) => (
                        <tr key={p}>
                          <td>
                            <code>{p}</code>
                          </td>
                          <td class="right">{n}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              ) : (
                <p class="muted small">This rule codes without a dictionary pattern.</p>
              )}
              <h2>
                Events it coded <span class="muted small">({rows.length} among the latest {data.events.length})</span>
              </h2>
              <div class="period-table" style={{ height: `${Math.min(340, 36 + Math.max(3, rows.length) * 34)}px` }}>
                <VirtualTable
                  label={`Events coded by ${rule}`}
                  rows={rows}
                  columns={EVENT_COLUMNS}
                  rowKey={(e) => e.id}
                  active={active}
                  onActive={setActive}
                  onOpen={(i) => navigate(href('events', { event: String(rows[i]!.id) }))}
                  narrow={narrow}
                />
              </div>
            </>
          ) : null}
        </Status>
      </section>
    </div>
  );
}
