import { createRequire } from 'node:module';

/**
 * FIPS 10-4 country codes where they differ from ISO 3166 alpha-2 (GDELT's
 * geography columns use FIPS). Keyed by ISO alpha-3. Countries not listed
 * share their ISO alpha-2 code.
 */
const FIPS_DIFFERS: Record<string, string> = {
  AGO: 'AO', AND: 'AN', ARM: 'AM', ATG: 'AC', AUS: 'AS', AUT: 'AU', AZE: 'AJ', BDI: 'BY', BEN: 'BN', BFA: 'UV',
  BGD: 'BG', BGR: 'BU', BHR: 'BA', BHS: 'BF', BIH: 'BK', BLR: 'BO', BLZ: 'BH', BOL: 'BL', BRN: 'BX', BWA: 'BC',
  CAF: 'CT', CHE: 'SZ', CHL: 'CI', CHN: 'CH', CIV: 'IV', COD: 'CG', COG: 'CF', COK: 'CW', CRI: 'CS', CZE: 'EZ',
  DEU: 'GM', DMA: 'DO', DNK: 'DA', DOM: 'DR', DZA: 'AG', ESP: 'SP', EST: 'EN', GAB: 'GB', GBR: 'UK', GEO: 'GG',
  GIN: 'GV', GMB: 'GA', GNB: 'PU', GNQ: 'EK', GRD: 'GJ', GUM: 'GQ', HND: 'HO', HTI: 'HA', IRL: 'EI', IRQ: 'IZ',
  ISL: 'IC', ISR: 'IS', JPN: 'JA', KHM: 'CB', KIR: 'KR', KNA: 'SC', KOR: 'KS', KWT: 'KU', LBN: 'LE', LBR: 'LI',
  LCA: 'ST', LIE: 'LS', LKA: 'CE', LSO: 'LT', LTU: 'LH', LVA: 'LG', MAR: 'MO', MCO: 'MN', MDA: 'MD', MDG: 'MA',
  MHL: 'RM', MMR: 'BM', MNE: 'MJ', MNG: 'MG', MUS: 'MP', MWI: 'MI', NAM: 'WA', NER: 'NG', NGA: 'NI', NIC: 'NU',
  OMN: 'MU', PAN: 'PM', PHL: 'RP', PLW: 'PS', PNG: 'PP', PRI: 'RQ', PRK: 'KN', PRT: 'PO', PRY: 'PA', RUS: 'RS',
  SDN: 'SU', SEN: 'SG', SGP: 'SN', SLB: 'BP', SLV: 'ES', SRB: 'RI', SSD: 'OD', SUR: 'NS', SVK: 'LO', SWE: 'SW',
  SWZ: 'WZ', SYC: 'SE', TCD: 'CD', TGO: 'TO', TJK: 'TI', TKM: 'TX', TLS: 'TT', TON: 'TN', TTO: 'TD', TUN: 'TS',
  TUR: 'TU', UKR: 'UP', VAT: 'VT', VCT: 'VC', VNM: 'VM', VUT: 'NH', YEM: 'YM', ZAF: 'SF', ZMB: 'ZA', ZWE: 'ZI',
  PSE: 'WE', STP: 'TP', HKG: 'HK', TWN: 'TW', XKX: 'KV',
};

interface Country {
  cca2: string;
  cca3: string;
  name: { common: string };
}

let byIso3: Map<string, Country> | null = null;
function countries(): Map<string, Country> {
  if (!byIso3) {
    // Loaded on first use only: exports in other formats do not pay for it.
    const list = createRequire(import.meta.url)('world-countries') as Country[];
    byIso3 = new Map(list.map((c) => [c.cca3, c]));
  }
  return byIso3;
}

/** FIPS 10-4 code of an ISO alpha-3 country, or '' when unknown. @example fipsOf('KOR') // 'KS' */
export function fipsOf(iso3: string | null | undefined): string {
  if (!iso3) return '';
  return FIPS_DIFFERS[iso3] ?? countries().get(iso3)?.cca2 ?? '';
}

/** English short name of an ISO alpha-3 country. @example countryName('PRK') // 'North Korea' */
export function countryName(iso3: string | null | undefined): string {
  return (iso3 && countries().get(iso3)?.name.common) || '';
}
