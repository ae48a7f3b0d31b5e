import type { EventRecord } from '../event-row.js';

/** Columns of the CSV export: one flat row per event, analyst-friendly names. */
export const CSV_COLUMNS = [
  'id', 'date', 'date_precision', 'source_code', 'source_country', 'source_agents', 'source_text',
  'cameo', 'plover_type', 'plover_mode', 'target_code', 'target_country', 'target_agents', 'target_text',
  'quad_class', 'goldstein', 'negated', 'location', 'location_country', 'lat', 'lon',
  'evidence', 'rule', 'group_id', 'num_articles', 'article_id', 'title', 'published', 'outlet', 'url',
] as const;

/** RFC 4180 quoting: a field with a comma, quote or line break goes in quotes, quotes doubled. */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** @example csvRow(rec).split(',')[7] // '042' */
export function csvRow(r: EventRecord): string {
  return [
    r.id, r.date_value, r.date_precision, r.source_code, r.source_country, r.source_agents, r.source_text,
    r.cameo, r.plover_type, r.plover_mode, r.target_code, r.target_country, r.target_agents, r.target_text,
    r.quad_class, r.goldstein, r.negated, r.location_name, r.location_country, r.location_lat, r.location_lon,
    r.evidence_text, r.rule, r.group_id, r.num_articles, r.article_id, r.article_title, r.article_published, r.article_source, r.article_url,
  ].map(csvField).join(',');
}
