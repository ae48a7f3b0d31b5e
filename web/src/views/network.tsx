import { useEffect, useRef, useState } from 'preact/hooks';
import { Filters } from '../components/filters.js';
import { Status } from '../components/status.js';
import { describeFilters, pickFilters, withParams } from '../filters.js';
import { goldsteinColor } from '../ontology.js';
import { href, navigate, type Route } from '../router.js';
import type { NetworkData } from '../types.js';
import { useApi } from '../use-api.js';

/**
 * Actors as nodes (area by event count), dyads as edges (width by count,
 * colour by mean Goldstein), for the current filters. Clicking a node or an
 * edge opens those events in the explorer.
 */
export function NetworkView(props: { route: Route }) {
  const { params } = props.route;
  const filters = pickFilters(params);
  const limit = params.get('limit') ?? '60';
  const qs = withParams(filters, { limit }).toString();
  const { data, error, loading } = useApi<NetworkData>('network', qs);
  const box = useRef<HTMLDivElement>(null);
  const [drawError, setDrawError] = useState<unknown>(null);

  useEffect(() => {
    if (!data || !box.current || !data.nodes.length) return;
    let cy: { destroy(): void } | null = null;
    let gone = false;
    import('cytoscape').then(
      ({ default: cytoscape }) => {
        if (gone || !box.current) return;
        const maxN = Math.max(1, ...data.nodes.map((n) => n.count));
        const maxE = Math.max(1, ...data.edges.map((e) => e.count));
        const ids = new Set(data.nodes.map((n) => n.id));
        const c = cytoscape({
          container: box.current,
          elements: [
            ...data.nodes.map((n) => ({ data: { id: n.id, label: n.id, count: n.count, size: 18 + 42 * Math.sqrt(n.count / maxN) } })),
            ...data.edges
              .filter((e) => ids.has(e.source) && ids.has(e.target))
              .map((e, i) => ({
                data: {
                  id: `e${i}`,
                  source: e.source,
                  target: e.target,
                  count: e.count,
                  width: 1 + 9 * Math.sqrt(e.count / maxE),
                  color: goldsteinColor(e.goldsteinMean),
                  g: e.goldsteinMean,
                },
              })),
          ],
          style: [
            {
              selector: 'node',
              style: {
                width: 'data(size)',
                height: 'data(size)',
                label: 'data(label)',
                'background-color': '#e9edf2',
                'border-color': '#51606f',
                'border-width': 1.5,
                'font-size': 11,
                'font-family': 'system-ui, sans-serif',
                color: '#1d2730',
                'text-valign': 'center',
                'text-halign': 'center',
                'text-outline-color': '#ffffff',
                'text-outline-width': 2,
              },
            },
            {
              selector: 'edge',
              style: {
                width: 'data(width)',
                'line-color': 'data(color)',
                'target-arrow-color': 'data(color)',
                'target-arrow-shape': 'triangle',
                'arrow-scale': 0.8,
                'curve-style': 'bezier',
                opacity: 0.85,
              },
            },
            { selector: ':selected', style: { 'border-color': '#c77d00', 'border-width': 3, 'line-color': '#c77d00' } },
          ],
          layout: { name: 'cose', animate: false, padding: 24, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, randomize: false } as never,
          wheelSensitivity: 0.3,
          minZoom: 0.2,
          maxZoom: 4,
        });
        c.on('tap', 'node', (e) => navigate(href('events', withParams(filters, { actor: e.target.id(), source: null, target: null }))));
        c.on('tap', 'edge', (e) =>
          navigate(href('events', withParams(filters, { source: e.target.data('source'), target: e.target.data('target'), actor: null, both: null }))),
        );
        c.on('mouseover', 'node, edge', (e) => {
          const d = e.target.data();
          box.current!.title = d.source ? `${d.source} → ${d.target}: ${d.count} events, mean Goldstein ${d.g === null ? '—' : Number(d.g).toFixed(2)}` : `${d.id}: ${d.count} events`;
        });
        // Drawn: tests and screenshots wait for this mark rather than for time.
        c.one('render', () => box.current?.setAttribute('data-drawn', String(data.nodes.length)));
        cy = c;
      },
      (err) => setDrawError(err),
    );
    return () => {
      gone = true;
      box.current?.removeAttribute('data-drawn');
      cy?.destroy();
    };
  }, [data]);

  const described = describeFilters(filters);
  return (
    <div class="network-view">
      <Filters params={params} onApply={(f) => navigate(href('network', withParams(f, { limit: params.get('limit') })))} />
      <section class="main-col" aria-label="Actor network">
        <div class="toolbar">
          <h1>Actor network</h1>
          <span class="muted count">
            {data ? `${data.nodes.length} actors, ${data.edges.length} dyads` : ''}
            {described ? ` · ${described}` : ''}
          </span>
          <label class="field inline">
            <span>Top actors</span>
            <select value={limit} onChange={(e) => navigate(href('network', withParams(params, { limit: e.currentTarget.value })), true)}>
              {['20', '60', '150', '400'].map((v) => (
                <option key={v} value={v}>{v}</option>
              ))}
            </select>
          </label>
        </div>
        <Status loading={loading && !data} error={error ?? drawError} empty={Boolean(data && !data.nodes.length)}>
          <div class="network-legend small">
            <span>Edge colour: mean Goldstein</span>
            <span class="gradient" aria-hidden="true" />
            <span class="muted">−10 conflict · 0 · +10 cooperation</span>
            <span class="muted">· width = events · node size = events · arrows point source → target · click to list events</span>
          </div>
          <div class="network-box" ref={box} aria-label="Network graph of actors" role="img" />
        </Status>
      </section>
    </div>
  );
}
