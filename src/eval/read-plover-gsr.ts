import { DyadError } from '../errors.js';
import type { GoldEvent, GoldRecord, GoldSet } from './gold.js';

/** PLOVER type names of the 2016 gold standard renamed in PLOVER 2021. */
export const OLD_PLOVER_TYPES: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

interface RawActor {
  actorText?: string;
  code?: string;
}

function codes(v: unknown): string[] {
  // A stray word ("diplomatic") where a list of actors belongs is no target.
  if (!Array.isArray(v)) return [];
  return (v as RawActor[]).map((a) => (a.code ?? '').trim()).filter((c) => /^[A-Z]{3}/.test(c));
}

/**
 * Read a PLOVER GSR JSON file (a JSON array; the first record documents the
 * file). Old type names are mapped to PLOVER 2021; duplicated ids keep their
 * suffix; the gold itself is never changed.
 *
 * @example
 * readPloverGsr(text, 'plover-gsr-dev.json').records[0].events[0].code // "AGREE"
 */
export function readPloverGsr(text: string, path: string): GoldSet {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DyadError('E301', { path });
  }
  if (!Array.isArray(data)) throw new DyadError('E301', { path });
  const records: GoldRecord[] = [];
  const seen = new Map<string, number>();
  for (const r of data as Record<string, unknown>[]) {
    if (!r || typeof r !== 'object' || r.event === 'DOCUMENT' || typeof r.text !== 'string') continue;
    let id = String(r.id ?? `record-${records.length}`);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) id = `${id}-${n + 1}`;
    const type = String(r.event ?? '').toUpperCase();
    const event: GoldEvent = { code: OLD_PLOVER_TYPES[type] ?? type, sources: codes(r.source), targets: codes(r.target) };
    records.push({
      id,
      text: r.text,
      date: typeof r.date === 'string' ? r.date : null,
      events: [event],
      noEvents: false,
      evaluate: true,
      comment: typeof r.comment === 'string' ? r.comment : null,
      category: type,
    });
  }
  return { kind: 'plover', path, records, environment: {} };
}
