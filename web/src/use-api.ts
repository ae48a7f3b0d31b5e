import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api.js';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Fetches a GET route whenever its path or query string changes; stale answers
 * are aborted so a fast typist never sees an older result overwrite a newer one.
 * @example const { data } = useApi<Health>('health', '')
 */
export function useApi<T>(path: string | null, qs: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(path, new URLSearchParams(qs), ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error) => {
        if ((error as Error).name !== 'AbortError') setState({ data: null, error, loading: false });
      },
    );
    return () => ctl.abort();
  }, [path, qs]);
  return state;
}
