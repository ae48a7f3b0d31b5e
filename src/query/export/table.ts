import type { EventRecord } from '../event-row.js';

const COLS = ['id', 'date', 'source', 'cameo', 'target', 'where', 'evidence'] as const;
const WIDTH = [6, 11, 14, 6, 14, 14, 48];

function cell(s: string, w: number): string {
  return s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w);
}

/** Header of the human-readable table. */
export function tableHeader(): string {
  return COLS.map((c, i) => cell(c.toUpperCase(), WIDTH[i]!)).join(' ').trimEnd();
}

/** One event as a fixed-width line: who did what to whom, when, where, and the words. */
export function tableRow(r: EventRecord): string {
  return [
    String(r.id),
    // An undated event shows the day it is filed under (its article's), marked with "~".
    r.date_value ?? (r.event_day ? `~${r.event_day}` : ''),
    r.source_code ?? '-',
    r.negated ? `!${r.cameo}` : r.cameo,
    r.target_code ?? '-',
    r.location_name ?? '',
    `"${r.evidence_text}"`,
  ]
    .map((v, i) => cell(v, WIDTH[i]!))
    .join(' ')
    .trimEnd();
}
