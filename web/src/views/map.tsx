import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useEffect, useState } from 'preact/hooks';
import { Filters } from '../components/filters.js';
import { Status } from '../components/status.js';
import { useWidth } from '../components/use-width.js';
import { describeFilters, pickFilters, withParams } from '../filters.js';
import { fmtInt } from '../format.js';
import { href, navigate, type Route } from '../router.js';
import type { Place } from '../types.js';
import { useApi } from '../use-api.js';

type World = { countries: GeoPermissibleObjects; borders: GeoPermissibleObjects };
let worldCache: Promise<World> | null = null;

/** Country shapes from world-atlas (bundled, no tiles: the app works offline). */
function loadWorld(): Promise<World> {
  worldCache ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(([atlas, topo]) => {
    const t = (atlas.default ?? atlas) as never as Parameters<typeof topo.feature>[0];
    const objects = (t as unknown as { objects: Record<string, never> }).objects;
    return {
      countries: topo.feature(t, objects.countries!) as unknown as GeoPermissibleObjects,
      borders: topo.mesh(t, objects.countries!, (a: unknown, b: unknown) => a !== b) as unknown as GeoPermissibleObjects,
    };
  });
  return worldCache;
}

function WorldMap(props: { places: Place[]; filters: URLSearchParams; zoom: boolean }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [world, setWorld] = useState<World | null>(null);
  const [err, setErr] = useState<unknown>(null);
  useEffect(() => {
    loadWorld().then(setWorld, setErr);
  }, []);
  const W = Math.max(280, width);
  const H = Math.round(W * 0.52);
  const pts = props.places.filter((p) => p.lat !== null && p.lon !== null);
  // Zoomed: the box around the places, padded so circles at the edge stay whole.
  const pad = Math.min(W, H) * 0.12;
  const target: GeoPermissibleObjects =
    props.zoom && pts.length > 1 ? { type: 'MultiPoint', coordinates: pts.map((p) => [p.lon!, p.lat!]) } : { type: 'Sphere' };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [props.zoom ? pad : 4, props.zoom ? pad : 4],
      [W - (props.zoom ? pad : 4), H - (props.zoom ? pad : 4)],
    ],
    target,
  );
  const path = geoPath(projection);
  const max = Math.max(1, ...pts.map((p) => p.count));
  const r = (c: number) => 3 + (W / 1200) * 22 * Math.sqrt(c / max);
  return (
    <div class="map-box" ref={ref}>
      {err ? <div class="status status-error">The world outline could not be loaded: {String(err)}</div> : null}
      <svg width={W} height={H} role="img" aria-label={`Map of ${pts.length} event places`}>
        <path d={path({ type: 'Sphere' }) ?? ''} class="sphere" />
        <path d={path(geoGraticule10()) ?? ''} class="graticule" />
        {world ? (
          <>
            <path d={path(world.countries) ?? ''} class="land" />
            <path d={path(world.borders) ?? ''} class="borders" />
          </>
        ) : null}
        {[...pts]
          .sort((a, b) => b.count - a.count)
          .map((p) => {
            const xy = projection([p.lon!, p.lat!]);
            if (!xy) return null;
            return (
              <a key={`${p.name}|${p.country}`} href={href('events', withParams(props.filters, { location: p.name }))} aria-label={`${p.name}: ${p.count} events`}>
                <circle cx={xy[0]} cy={xy[1]} r={r(p.count)} class="place" />
                <title>{`${p.name}${p.country ? ` (${p.country})` : ''}: ${p.count} event${p.count === 1 ? '' : 's'}`}</title>
              </a>
            );
          })}
      </svg>
    </div>
  );
}

export function MapView(props: { route: Route }) {
  const { params } = props.route;
  const filters = pickFilters(params);
  const { data, error, loading } = useApi<{ places: Place[] }>('places', filters.toString());
  const places = data?.places ?? [];
  const unplaced = places.filter((p) => p.lat === null || p.lon === null).length;
  const described = describeFilters(filters);
  const zoom = params.get('zoom') === '1';
  return (
    <div class="map-view">
      <Filters params={params} onApply={(f) => navigate(href('map', f))} />
      <section class="main-col" aria-label="Map of event places">
        <div class="toolbar">
          <h1>Where events took place</h1>
          <span class="muted count">
            {data ? `${places.length} places, ${fmtInt(places.reduce((s, p) => s + p.count, 0))} events` : ''}
            {described ? ` · ${described}` : ''}
          </span>
        </div>
        <Status loading={loading && !data} error={error}>
          {data && !places.length ? <div class="status status-empty">No event under these filters has a place.</div> : null}
          {places.length ? (
            <p class="small muted map-note">
              Circle area = number of events. Click a place to list its events.{unplaced ? ` ${unplaced} places without coordinates are listed only.` : ''}{' '}
              <button type="button" onClick={() => navigate(href('map', withParams(params, { zoom: zoom ? null : '1' })), true)}>
                {zoom ? 'Whole world' : 'Zoom to the places'}
              </button>
            </p>
          ) : null}
          <WorldMap places={places} filters={filters} zoom={zoom} />
          {places.length ? (
            <table class="places">
              <thead>
                <tr>
                  <th>Place</th>
                  <th>Country</th>
                  <th class="right">Events</th>
                </tr>
              </thead>
              <tbody>
                {[...places]
                  .sort((a, b) => b.count - a.count)
                  .slice(0, 50)
                  .map((p) => (
                    <tr key={`${p.name}|${p.country}`}>
                      <td>
                        <a href={href('events', withParams(filters, { location: p.name }))}>{p.name}</a>
                      </td>
                      <td>{p.country ?? '—'}</td>
                      <td class="right">{p.count}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ) : null}
        </Status>
      </section>
    </div>
  );
}
