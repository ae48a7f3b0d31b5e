import type { EventRecord } from '../event-row.js';
import { countryName, fipsOf } from './fips-country.js';

/** The 61 columns of a GDELT 2.0 event record, in their order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

// CAMEO codes whose leading three letters are not a country but a known group
// class: "IGOUNO" (the UN) has KnownGroupCode UNO, no country.
const GROUP_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'UIS']);

function actorColumns(code: string | null, country: string | null, agents: string, name: string | null): string[] {
  if (!code) return ['', '', '', '', '', '', '', '', '', ''];
  const types = agents ? agents.split(' ') : [];
  const isGroup = GROUP_PREFIXES.has(code.slice(0, 3));
  return [
    code,
    (name ?? '').toUpperCase().replace(/\s+/g, ' '),
    isGroup ? '' : (country ?? ''),
    isGroup ? (types.shift() ?? code.slice(3, 6)) : '',
    '',
    '',
    '',
    types[0] ?? '',
    types[1] ?? '',
    types[2] ?? '',
  ];
}

/**
 * GDELT's YYYY.FFFF: ((month − 1) × 30 + day) / 365, as GDELT's own rows compute it
 * (2006-07-31 → 2006.5781), so late December stays inside its year.
 */
export function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return (y! + ((m! - 1) * 30 + d!) / 365).toFixed(4);
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/**
 * One event as a GDELT 2.0 event row (61 fields). The event date is the first
 * day its date covers; AvgTone and actor geography are not computed by dyad
 * and stay empty; geography codes are FIPS 10-4 as in GDELT.
 *
 * @example gdeltRow(rec).length // 61
 */
export function gdeltRow(r: EventRecord): string[] {
  const day = r.event_day || (r.article_published ?? '').slice(0, 10);
  const ymd = day.replace(/-/g, '');
  const hasDay = /^\d{8}$/.test(ymd);
  const loc = r.location_name;
  const geoType = !loc ? '0' : r.location_lat === null ? '1' : r.location_country === 'USA' ? '3' : '4';
  const fullName = loc ? [loc, countryName(r.location_country)].filter((x, i) => x && (i === 0 || x !== loc)).join(', ') : '';
  const added = r.article_added_at.replace(/[-:T]/g, '').slice(0, 14);
  const row = [
    String(r.id),
    hasDay ? ymd : '',
    hasDay ? ymd.slice(0, 6) : '',
    hasDay ? ymd.slice(0, 4) : '',
    hasDay ? fractionDate(day) : '',
    ...actorColumns(r.source_code, r.source_country, r.source_agents, r.source_text),
    ...actorColumns(r.target_code, r.target_country, r.target_agents, r.target_text),
    String(r.is_root),
    r.cameo,
    r.cameo.slice(0, 3),
    r.cameo.slice(0, 2),
    String(r.quad_class),
    String(r.goldstein),
    String(r.num_mentions ?? 1),
    String(r.num_sources ?? 1),
    String(r.num_articles ?? 1),
    '',
    '0', '', '', '', '', '', '', '',
    '0', '', '', '', '', '', '', '',
    geoType,
    fullName,
    loc ? fipsOf(r.location_country) : '',
    '',
    '',
    r.location_lat === null ? '' : String(r.location_lat),
    r.location_lon === null ? '' : String(r.location_lon),
    '',
    added,
    r.article_url ?? r.article_input_id,
  ];
  return row.map(clean);
}
