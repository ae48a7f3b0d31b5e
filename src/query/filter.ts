import { DyadError } from '../errors.js';

/** A page position in the event listing, which runs newest first: (event_day, id) of the last row seen. */
export interface Cursor {
  day: string;
  id: number;
}

/**
 * The filters analysts use, validated once and shared by `dyad events`,
 * `dyad stats` and the HTTP API. Codes are upper case; lists mean "any of".
 */
export interface EventFilter {
  /** Either side's code starts with one of these ("KOR" matches KORGOV). */
  actor?: string[];
  source?: string[];
  target?: string[];
  /** `KOR:USA`: source KOR…, target USA…; with `both`, either direction. */
  dyad?: { source: string; target: string };
  both?: boolean;
  /** CAMEO code prefixes ("04" = every consult code). */
  code?: string[];
  plover?: string[];
  quad?: number[];
  /** First day included (YYYY-MM-DD). */
  since?: string;
  /** Last day included (YYYY-MM-DD). */
  until?: string;
  /** Place name (any case) or ISO alpha-3 country of the event location. */
  location?: string;
  /** Words of the article (full-text search). */
  text?: string;
  /** true: only negated events; false: only asserted ones; absent: both. */
  negated?: boolean;
  limit?: number;
  cursor?: Cursor;
}

/** The names of all filter parameters, as the CLI options and query string spell them. */
export const FILTER_PARAMS = ['actor', 'source', 'target', 'dyad', 'both', 'code', 'plover', 'quad', 'since', 'until', 'location', 'text', 'negated', 'limit', 'cursor'] as const;

export interface ParseOptions {
  /** How errors name a parameter: `--actor` on the command line, `actor` in the API. */
  style: 'cli' | 'api';
  maxLimit?: number;
  defaultLimit?: number;
}

const CODE = /^[A-Z0-9]{3,18}$/;

function fail(opts: ParseOptions, name: string, detail: string): never {
  if (opts.style === 'cli') throw new DyadError('E004', { option: `--${name}`, detail });
  throw new DyadError('E410', { param: name, detail });
}

function list(v: string): string[] {
  return v.split(',').map((x) => x.trim()).filter(Boolean);
}

/** `2020` → `2020-01-01` (since) or `2020-12-31` (until). */
function dayBound(opts: ParseOptions, name: string, v: string, end: boolean): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) fail(opts, name, `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] ? Number(m[3]) : end ? lastDay : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay) fail(opts, name, `no such date: "${v}"`);
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The opaque `cursor` of the next page. @example encodeCursor({ day: '2020-09-02', id: 17 }) // 'MjAyMC0wOS0wMnwxNw' */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.day}|${c.id}`).toString('base64url');
}

/** A cursor back from its string, or null when it is not one of ours. @example decodeCursor('MjAyMC0wOS0wMnwxNw') // { day: '2020-09-02', id: 17 } */
export function decodeCursor(v: string): Cursor | null {
  const m = /^(\d{4}-\d{2}-\d{2}|)\|(\d{1,12})$/.exec(Buffer.from(v, 'base64url').toString());
  return m ? { day: m[1]!, id: Number(m[2]) } : null;
}

/**
 * Validate filter parameters (strings, as from a query string or the
 * command line) into an `EventFilter`. Throws a `DyadError` naming the
 * parameter: E410 for the API, E004 for the CLI.
 *
 * @example parseFilter({ dyad: 'kor:usa', both: 'true', since: '2020-07' }, { style: 'api' })
 * // { dyad: { source: 'KOR', target: 'USA' }, both: true, since: '2020-07-01' }
 */
export function parseFilter(params: Record<string, string | boolean | undefined>, opts: ParseOptions): EventFilter {
  const f: EventFilter = {};
  const str = (name: string): string | undefined => {
    const v = params[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (v.length > 500) fail(opts, name, 'longer than 500 characters');
    return v;
  };
  const bool = (name: string): boolean | undefined => {
    const v = params[name];
    if (v === undefined || v === '') return undefined;
    if (v === true || v === 'true' || v === '1') return true;
    if (v === false || v === 'false' || v === '0') return false;
    fail(opts, name, `expected true or false, got "${String(v)}"`);
  };
  const codes = (name: 'actor' | 'source' | 'target'): void => {
    const v = str(name);
    if (v === undefined) return;
    const xs = list(v.toUpperCase());
    for (const x of xs) if (!CODE.test(x)) fail(opts, name, `"${x}" is not a CAMEO actor code (3–18 letters or digits, e.g. KOR or USAGOV)`);
    if (xs.length) f[name] = xs;
  };
  codes('actor');
  codes('source');
  codes('target');
  const dyad = str('dyad');
  if (dyad !== undefined) {
    const m = /^([A-Za-z0-9]{3,18}):([A-Za-z0-9]{3,18})$/.exec(dyad.trim());
    if (!m) fail(opts, 'dyad', `expected SOURCE:TARGET actor codes such as KOR:USA, got "${dyad}"`);
    f.dyad = { source: m[1]!.toUpperCase(), target: m[2]!.toUpperCase() };
  }
  const both = bool('both');
  if (both !== undefined) f.both = both;
  const code = str('code');
  if (code !== undefined) {
    const xs = list(code);
    for (const x of xs) if (!/^\d{2,4}$/.test(x)) fail(opts, 'code', `"${x}" is not a CAMEO code prefix (2–4 digits, e.g. 04 or 042)`);
    f.code = xs;
  }
  const plover = str('plover');
  if (plover !== undefined) {
    const xs = list(plover.toUpperCase());
    for (const x of xs) if (!/^[A-Z_]{3,30}$/.test(x)) fail(opts, 'plover', `"${x}" is not a PLOVER event type (e.g. CONSULT, ACCUSE)`);
    f.plover = xs;
  }
  const quad = str('quad');
  if (quad !== undefined) {
    const xs = list(quad).map(Number);
    if (!xs.length || xs.some((q) => !Number.isInteger(q) || q < 1 || q > 4)) fail(opts, 'quad', `expected quad classes 1–4 (comma-separated), got "${quad}"`);
    f.quad = xs;
  }
  const since = str('since');
  if (since !== undefined) f.since = dayBound(opts, 'since', since, false);
  const until = str('until');
  if (until !== undefined) f.until = dayBound(opts, 'until', until, true);
  if (f.since && f.until && f.since > f.until) fail(opts, 'until', `${f.until} is before since ${f.since}`);
  const location = str('location');
  if (location !== undefined) f.location = location.trim();
  const text = str('text');
  if (text !== undefined) {
    if (!/[\p{L}\p{N}]/u.test(text)) fail(opts, 'text', 'give at least one word to search for');
    f.text = text;
  }
  const negated = bool('negated');
  if (negated !== undefined) f.negated = negated;
  const max = opts.maxLimit ?? Number.MAX_SAFE_INTEGER;
  const limit = str('limit');
  if (limit !== undefined) {
    const n = Number(limit);
    if (!/^\d+$/.test(limit) || n < 1 || n > max) fail(opts, 'limit', `expected a whole number from 1 to ${max}, got "${limit}"`);
    f.limit = n;
  } else if (opts.defaultLimit) f.limit = opts.defaultLimit;
  const cursor = str('cursor');
  if (cursor !== undefined) {
    const c = decodeCursor(cursor);
    if (!c) fail(opts, 'cursor', 'not a cursor returned by an earlier page (pass nextCursor unchanged)');
    f.cursor = c;
  }
  return f;
}
