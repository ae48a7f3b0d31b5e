// Hash routes (`#/events?actor=USA`) so that any static server can hand out
// the app and every view, with its filters, is a link that can be shared.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  view: string;
  id: string | null;
  params: URLSearchParams;
}

/**
 * Reads a location hash.
 * @example parseHash('#/article/12?event=40') // {view:'article', id:'12', params:event=40}
 */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [view, id] = path.split('/');
  return { view: view || 'events', id: id ? decodeURIComponent(id) : null, params };
}

/** Builds a hash link; empty parameters are dropped so links stay short. */
export function href(view: string, params?: URLSearchParams | Record<string, string | undefined>, id?: string | number): string {
  const p = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params ?? {});
  for (const [k, v] of entries) if (v !== undefined && v !== '') p.set(k, v);
  const qs = p.toString();
  return `#/${view}${id !== undefined ? `/${encodeURIComponent(String(id))}` : ''}${qs ? `?${qs}` : ''}`;
}

/** Goes to a hash link; `replace` keeps the browser history free of every keystroke. */
export function navigate(link: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', link);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = link.slice(1);
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
