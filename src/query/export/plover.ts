import type { EventRecord } from '../event-row.js';

/**
 * An event in the shape of POLECAT's PLOVER records (field names as POLECAT
 * publishes them), with dyad's evidence and CAMEO code alongside.
 *
 * @example ploverRecord(rec).event_type // 'CONSULT'
 */
export function ploverRecord(r: EventRecord): Record<string, unknown> {
  const json = JSON.parse(r.json) as { sentence?: { text?: string } };
  return {
    event_id: String(r.id),
    story_id: r.article_input_id,
    story_date: r.article_published ? r.article_published.slice(0, 10) : null,
    event_date: r.date_value,
    date_precision: r.date_precision,
    event_type: r.plover_type,
    event_mode: r.plover_mode ?? '',
    contexts: JSON.parse(r.plover_context) as string[],
    source_actor: r.source_text,
    source_actor_code: r.source_code,
    source_country: r.source_country,
    source_sector: r.source_agents ? r.source_agents.split(' ') : [],
    target_actor: r.target_text,
    target_actor_code: r.target_code,
    target_country: r.target_country,
    target_sector: r.target_agents ? r.target_agents.split(' ') : [],
    place_name: r.location_name,
    country: r.location_country,
    latitude: r.location_lat,
    longitude: r.location_lon,
    negated: r.negated === 1,
    cameo: r.cameo,
    quad_class: r.quad_class,
    goldstein: r.goldstein,
    text: json.sentence?.text ?? null,
    evidence: r.evidence_text,
    publisher: r.article_source,
    url: r.article_url,
  };
}
