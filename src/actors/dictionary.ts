import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatedRole } from '../doc/mention.js';
import { DyadError } from '../errors.js';
import { dictionaryCacheKey, readDictionaryCache, writeDictionaryCache } from './dictionary-cache.js';
import { allUpper, phraseKeys, startsUpper } from './keys.js';
import { PhraseTrie } from './trie.js';

export type EntryKind =
  | 'country'
  | 'demonym'
  | 'capital'
  | 'place'
  | 'seat'
  | 'region'
  | 'organization'
  | 'group'
  | 'outlet'
  | 'agent'
  | 'person';

/** How an agent word may be used: before a name only, before a name or alone, or only as a group noun. */
export type AgentUse = 'prefix' | 'title' | 'noun';

/** One name of one dictionary entry, as the trie holds it. */
export interface DictEntry {
  kind: EntryKind;
  /** The name as written in the dictionary ("Kim Jong-un", "U.S."). */
  name: string;
  /** Where it came from, for explanations: "dict/people.tsv:57". */
  source: string;
  /** Country (ISO alpha-3, CAMEO region, "IGO", "NGO", "IMG") or null (agents, places without a code). */
  country: string | null;
  /** Agent codes carried by the entry itself (seats, groups, agents). */
  agents: string[];
  /** For agents: how the word may be used. */
  use?: AgentUse;
  /** For people: every dated role. */
  roles?: DatedRole[];
  /**
   * For organizations and groups that have not always existed: the dates (ISO, inclusive, open
   * ends null) between which the name stands for this body. "SDF" is the Syrian Democratic
   * Forces from October 2015 only; in a 2011 story it is not.
   */
  active?: { from: string | null; until: string | null };
  /** Written in capitals ("US", "NK", "WHO"): matches only text in capitals. */
  caps: boolean;
  /** Starts with a capital letter in the dictionary: the text must too ("Chad" the country, not "chad"). */
  cap: boolean;
}

/** The dictionaries the recogniser runs with, compiled into one trie. */
export interface ActorDictionaries {
  entries: DictEntry[];
  trie: PhraseTrie<DictEntry>;
  /** Outlet name key → home country, for `homeCountry` inference from `doc.meta.source`. */
  outletCountry: Map<string, string>;
  /** Surname key → people who bear it ("obama" → Barack Obama; "moon" → Moon Jae-in), for "President Obama". */
  surnames: Map<string, DictEntry[]>;
  /** The recogniser's lexicon for these dictionaries, when the cache file brought it (see `lexiconCache` in recognize.ts). */
  lexicon?: unknown;
}

// Where the family name comes first: "Moon Jae-in" is President Moon.
const SURNAME_FIRST = new Set(['KOR', 'PRK', 'CHN', 'TWN', 'VNM', 'HKG', 'MAC']);

/** The key of a person's family name: last word, or first for Korean, Chinese and Vietnamese names. */
export function surnameKey(e: DictEntry): string | null {
  const keys = phraseKeys(e.name).filter((k) => k !== '-');
  if (keys.length < 2) return null;
  const country = e.roles?.[0] ? splitCode(e.roles[0].code).country : null;
  return country && SURNAME_FIRST.has(country) ? keys[0]! : keys[keys.length - 1]!;
}

/** Split a CAMEO code into country and agents: "USAGOV" → USA + [GOV], "IGOUNO" → IGO + [UNO], "GOV" → null + [GOV]. */
export function splitCode(code: string): { country: string | null; agents: string[] } {
  const c = code.trim().toUpperCase();
  if (!c) return { country: null, agents: [] };
  const agents: string[] = [];
  if (AGENT_CODES.has(c.slice(0, 3))) {
    for (let i = 0; i + 3 <= c.length; i += 3) agents.push(c.slice(i, i + 3));
    return { country: null, agents };
  }
  for (let i = 3; i + 3 <= c.length; i += 3) agents.push(c.slice(i, i + 3));
  return { country: c.slice(0, 3), agents };
}

/** CAMEO agent (sector) codes, so "GOVMIL" reads as two agents and no country. */
export const AGENT_CODES = new Set([
  'GOV', 'MIL', 'COP', 'OPP', 'REB', 'JUD', 'LEG', 'MED', 'BUS', 'CVL', 'REF', 'EDU', 'LAB', 'REL', 'HLH', 'ELI',
  'SPY', 'CRM', 'AGR', 'DEV', 'ENV', 'HRI', 'MOD', 'RAD', 'UAF', 'SEP', 'INS', 'PTY', 'FRM', 'IRC', 'MNC', 'MUS',
  'CHR', 'JEW', 'BUD', 'HIN',
]);

export function dictDir(): string {
  // src/actors (tsx) and dist/actors (built) both sit two levels below the project root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const cand = join(dir, 'dict');
    if (existsSync(join(cand, 'agents.tsv'))) return cand;
    dir = dirname(dir);
  }
  throw new DyadError('E011', { path: 'dict/', detail: 'the dictionary folder of dyad is missing from the installation' });
}

function rows(text: string): { cols: string[]; line: number }[] {
  const out: { cols: string[]; line: number }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    out.push({ cols: line.split('\t'), line: i + 1 });
  });
  return out;
}

function names(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}

function entry(kind: EntryKind, name: string, source: string, code: string | null, extra: Partial<DictEntry> = {}): DictEntry {
  const split = code ? splitCode(code) : { country: null, agents: [] };
  const letters = name.replace(/[^\p{L}]/gu, '');
  const caps = letters.length >= 2 && letters.length <= 6 && allUpper(name) && kind !== 'agent';
  const first = name.replace(/^the\s+/i, '');
  return {
    kind,
    name,
    source,
    country: split.country,
    agents: split.agents,
    caps,
    cap: startsUpper(first),
    ...extra,
  };
}

/** Plurals of an agent noun: "minister" → "ministers", "ministry" → "ministries", "policeman" → "policemen". */
export function plurals(noun: string): string[] {
  const words = noun.split(' ');
  const last = words[words.length - 1]!;
  const stem = words.slice(0, -1).join(' ');
  const join2 = (w: string) => (stem ? `${stem} ${w}` : w);
  if (/(s|people|police|staff|media|press|military|personnel|leadership|intelligence|public|clergy|authority)$/.test(last) || last.endsWith('.')) return [];
  if (/man$/.test(last)) return [join2(last.replace(/man$/, 'men'))];
  if (/[^aeiou]y$/.test(last)) return [join2(last.replace(/y$/, 'ies'))];
  if (/(sh|ch|x|z)$/.test(last)) return [join2(`${last}es`)];
  return [join2(`${last}s`)];
}

/** Parse `dict/countries.tsv` or `countries-extra.tsv` rows: code, kind, names, test. */
export function parsePlaces(text: string, file: string): DictEntry[] {
  const out: DictEntry[] = [];
  for (const { cols, line } of rows(text)) {
    const [code, kind] = cols;
    if (!code || !kind || !['country', 'demonym', 'capital', 'place', 'seat'].includes(kind)) {
      throw new DyadError('E201', { path: file, line, detail: 'expected code, kind (country|demonym|capital|place|seat), names' });
    }
    for (const n of names(cols[2])) {
      out.push(entry(kind as EntryKind, n, `${file}:${line}`, code));
      if (kind === 'demonym') for (const p of demonymPlurals(n)) out.push(entry('demonym', p, `${file}:${line}`, code));
    }
  }
  return out;
}

/** "Nigerian" → "Nigerians", "Iraqi" → "Iraqis"; "Chinese", "French", "Swiss" have none. */
export function demonymPlurals(d: string): string[] {
  if (/(ese|sh|ch|s|x|z)$/i.test(d) || !/[a-z]$/.test(d)) return [];
  return [`${d}s`];
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parse `dict/organizations.tsv`: code, kind (organization|group), names, test, and optionally from and until. */
export function parseOrganizations(text: string, file: string): DictEntry[] {
  const out: DictEntry[] = [];
  for (const { cols, line } of rows(text)) {
    const [code, kind, , , from, until] = cols;
    if (!code || (kind !== 'organization' && kind !== 'group')) throw new DyadError('E201', { path: file, line, detail: 'expected code, kind (organization|group), names' });
    for (const d of [from, until]) {
      if (d && !ISO_DATE.test(d)) throw new DyadError('E201', { path: file, line, detail: `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${d}"` });
    }
    const active = from || until ? { active: { from: from || null, until: until || null } } : {};
    for (const n of names(cols[2])) out.push(entry(kind, n, `${file}:${line}`, code, active));
  }
  return out;
}

/** Parse `dict/regions.tsv`: code (or -), names, test. */
export function parseRegions(text: string, file: string): DictEntry[] {
  const out: DictEntry[] = [];
  for (const { cols, line } of rows(text)) {
    const code = cols[0] === '-' ? null : cols[0]!;
    for (const n of names(cols[1])) out.push(entry('region', n, `${file}:${line}`, code));
  }
  return out;
}

/** Parse `dict/outlets.tsv`: country, names, test. */
export function parseOutlets(text: string, file: string): DictEntry[] {
  const out: DictEntry[] = [];
  for (const { cols, line } of rows(text)) {
    for (const n of names(cols[1])) out.push({ ...entry('outlet', n, `${file}:${line}`, null), country: cols[0] ?? null });
  }
  return out;
}

/** Parse `dict/agents.tsv`: agents, country (or -), use, names, test. Plurals are added. */
export function parseAgents(text: string, file: string): DictEntry[] {
  const out: DictEntry[] = [];
  for (const { cols, line } of rows(text)) {
    const [agents, country, use] = cols;
    if (!agents || !country || !use || !['title', 'noun', 'prefix'].includes(use)) {
      throw new DyadError('E201', { path: file, line, detail: 'expected agents, country (or -), use (title|noun|prefix), names' });
    }
    const code = `${country === '-' ? '' : country}${agents}`;
    for (const n of names(cols[3])) {
      for (const form of [n, ...(use === 'prefix' ? [] : plurals(n))]) {
        out.push(entry('agent', form, `${file}:${line}`, code, { use: use as AgentUse, caps: false, cap: false }));
      }
    }
  }
  return out;
}

/** Parse `dict/people.tsv`: names, code, from, until, title. Lines of one person are merged into one entry per name. */
export function parsePeople(text: string, file: string): DictEntry[] {
  // one roles array per person, shared by all the names of that person
  const byPerson = new Map<string, { roles: DatedRole[]; names: Set<string> }>();
  const out: DictEntry[] = [];
  for (const { cols, line } of rows(text)) {
    const [nameCell, code, from, until, title] = cols;
    const all = names(nameCell);
    if (!all.length || !code) throw new DyadError('E201', { path: file, line, detail: 'expected names, code, from, until, title' });
    const role: DatedRole = { code, from: from || null, until: until || null, ...(title ? { title } : {}) };
    const key = all[0]!.toLowerCase();
    let p = byPerson.get(key);
    if (!p) {
      p = { roles: [], names: new Set() };
      byPerson.set(key, p);
    }
    p.roles.push(role);
    for (const n of all) {
      if (p.names.has(n.toLowerCase())) continue;
      p.names.add(n.toLowerCase());
      const e = entry('person', n, `${file}:${line}`, null, { roles: p.roles });
      e.caps = false;
      out.push(e);
    }
  }
  return out;
}

/**
 * Compile entries into the trie. Earlier entries of the same kind win ties;
 * kinds are ranked when a name is in several lists (see `KIND_RANK`).
 *
 * @example
 * const d = compileDictionaries(loadDefaultEntries());
 */
export function compileDictionaries(entries: DictEntry[]): ActorDictionaries {
  const trie = new PhraseTrie<DictEntry>();
  const outletCountry = new Map<string, string>();
  const surnames = new Map<string, DictEntry[]>();
  const sorted = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => KIND_RANK[a.e.kind] - KIND_RANK[b.e.kind] || countryFirst(a.e, b.e) || a.i - b.i)
    .map((x) => x.e);
  for (const e of sorted) {
    const keys = phraseKeys(e.name);
    if (!keys.length) continue;
    trie.add(keys, e);
    // the tokenizer splits most hyphenated words ("Jong|-|un") but not all ("Non-Aligned"): both forms match
    if (e.name.includes('-')) trie.add(phraseKeys(e.name, true), e);
    if (e.kind === 'outlet' && e.country) outletCountry.set(keys.filter((k) => k !== 'the').join(' '), e.country);
    if (e.kind === 'person') {
      const sk = surnameKey(e);
      if (sk) {
        const list = surnames.get(sk) ?? [];
        if (!list.some((x) => x.roles === e.roles)) list.push(e);
        surnames.set(sk, list);
      }
    }
  }
  return { entries: sorted, trie, outletCountry, surnames };
}

function countryFirst(a: DictEntry, b: DictEntry): number {
  // an agent row with a fixed country ("foreign secretary" GBR) beats the generic one
  if (a.kind !== 'agent' || b.kind !== 'agent') return 0;
  return (b.country ? 1 : 0) - (a.country ? 1 : 0);
}

/** When one name is in several lists: a person beats an organisation beats a country beats an agent word. */
export const KIND_RANK: Record<EntryKind, number> = {
  person: 0,
  outlet: 1,
  organization: 2,
  group: 3,
  seat: 4,
  country: 5,
  capital: 6,
  place: 6,
  demonym: 7,
  region: 8,
  agent: 9,
};

/** dyad's own dictionary files, in the order they are read (extras before generated rows, so they win). */
export const DICT_FILES = [
  'people.tsv',
  'outlets.tsv',
  'organizations.tsv',
  'countries-extra.tsv',
  'countries.tsv',
  'places.tsv',
  'regions.tsv',
  'agents.tsv',
] as const;

/** Parse one of dyad's dictionary files by its name. */
export function parseDictFile(name: string, text: string, label = `dict/${name}`): DictEntry[] {
  if (name === 'people.tsv') return parsePeople(text, label);
  if (name === 'outlets.tsv') return parseOutlets(text, label);
  if (name === 'organizations.tsv') return parseOrganizations(text, label);
  if (name === 'regions.tsv') return parseRegions(text, label);
  if (name === 'agents.tsv') return parseAgents(text, label);
  return parsePlaces(text, label);
}

/** The texts of dyad's own dictionary files, in `DICT_FILES` order. */
function readDictTexts(dir: string): string[] {
  return DICT_FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
}

function entriesOf(texts: string[]): DictEntry[] {
  const out: DictEntry[] = [];
  DICT_FILES.forEach((f, i) => out.push(...parseDictFile(f, texts[i]!)));
  return out;
}

/** Read dyad's own dictionaries from `dict/` (once; the component caches the compiled result). */
export function loadDefaultEntries(dir = dictDir()): DictEntry[] {
  return entriesOf(readDictTexts(dir));
}

let cached: ActorDictionaries | null = null;
/**
 * dyad's own dictionaries, compiled once per process — or read from the
 * compiled cache that `npm run build` writes, when it was made from these
 * very files and this code (see `dictionary-cache.ts`).
 */
export function defaultDictionaries(): ActorDictionaries {
  if (cached) return cached;
  const texts = readDictTexts(dictDir());
  cached = readDictionaryCache(dictionaryCacheKey(texts)) ?? compileDictionaries(entriesOf(texts));
  return cached;
}

/**
 * Compile dyad's own dictionaries and write them to the cache file (`npm run
 * build`), with what `lexicon` makes of them (the recogniser's lexicon). Returns the file.
 */
export function writeDefaultDictionaryCache(lexicon?: (d: ActorDictionaries) => unknown): string {
  const texts = readDictTexts(dictDir());
  const d = compileDictionaries(entriesOf(texts));
  return writeDictionaryCache(dictionaryCacheKey(texts), { ...d, lexicon: lexicon?.(d) });
}
