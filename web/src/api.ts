// The one place the browser talks to `dyad serve`: every failure becomes an
// ApiError whose message can be shown to an analyst as it is.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

function query(params?: Record<string, string | number | undefined | null> | URLSearchParams): string {
  if (!params) return '';
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function send<T>(path: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`api/${path}`, { ...init, signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('Could not reach the dyad server. Is `dyad serve` still running?', 0, 'network');
  }
  const body = await res.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    // A proxy or a crash page: report its status rather than a parse error.
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string | number; message?: string } } | null)?.error;
    const msg = e?.message ?? `The server answered ${res.status} ${res.statusText || ''}`.trim();
    throw new ApiError(msg, res.status, String(e?.code ?? res.status));
  }
  if (json === null) throw new ApiError('The server sent an answer that is not JSON.', res.status, 'bad-json');
  return json as T;
}

/**
 * GET a JSON route of the API.
 * @example await getJson<Health>('health')
 */
export function getJson<T>(path: string, params?: Parameters<typeof query>[0], signal?: AbortSignal): Promise<T> {
  return send<T>(path + query(params), { headers: { accept: 'application/json' } }, signal);
}

/**
 * POST JSON to the API, with a bearer token when given.
 * @example await postJson('code', { text: 'Seoul and Tokyo agreed…' })
 */
export function postJson<T>(path: string, body: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return send<T>(path, { method: 'POST', headers, body: JSON.stringify(body) });
}

/** Words for an error of any kind. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
