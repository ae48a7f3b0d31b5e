// The filters of `dyad events`, as URL parameters shared by every view.

export const FILTER_KEYS = [
  'actor',
  'source',
  'target',
  'dyad',
  'both',
  'code',
  'plover',
  'quad',
  'since',
  'until',
  'location',
  'text',
  'negated',
] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

/** Only the filter parameters of a route, in a stable order (a stable cache/fetch key). */
export function pickFilters(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

/** A copy of `params` with some keys set (empty or undefined deletes). */
export function withParams(params: URLSearchParams, set: Record<string, string | undefined | null>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined || v === null || v === '') out.delete(k);
    else out.set(k, v);
  }
  return out;
}

/** Words for the active filters: "source USA · since 2020-01-01". */
export function describeFilters(params: URLSearchParams): string {
  const parts: string[] = [];
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) parts.push(k === 'both' ? 'either direction' : k === 'negated' ? (v === 'true' ? 'negated only' : 'asserted only') : `${k} ${v}`);
  }
  return parts.join(' · ');
}
