import type { DatedRole } from '../doc/mention.js';
import { DyadError } from '../errors.js';
import { plurals, splitCode, type DictEntry, type EntryKind } from './dictionary.js';

/**
 * Read a PETRARCH/TABARI actors or agents dictionary into dyad's entries,
 * so a user can run with dictionaries they already have (beside dyad's own
 * or instead of them).
 *
 * The format, as far as dyad reads it:
 * - `#` starts a comment; `<!-- … -->` blocks are comments (validation files).
 * - `NAME_WITH_UNDERSCORES [CODE]` — an entry; `_` is a space, a trailing `_` marks the word end.
 * - `+SYNONYM` lines add names to the entry above.
 * - indented `[CODE …]` lines add codes to the entry above; a code may carry dates:
 *   `[EGYGOV >140608]` from 2014-06-08, `[EGYGOV <140608]` until, `[AFGGOV 331108-730717]` a range
 *   (YYMMDD, 00–30 read as 20YY and 31–99 as 19YY; YYYYMMDD also read). An undated code is the default outside the dated ones.
 * - agents: `POLICE {} [~COP]` — `~` marks an agent code; `{PLURAL}` gives the plural, `{}` none;
 *   `!PERSON! = MAN, MEN, …` substitution sets expand `CATTLE!PERSON!`.
 *
 * Entries with a plain three-letter code become countries, entries with dated codes people, other
 * actors organisations with their fixed code; agent entries become agent words.
 *
 * @example
 * readPetrarchDictionary('ISRAEL [ISR]\n+ISRAELI\nPOLICE [~COP]\n', 'my.txt').map((e) => [e.name, e.kind])
 * // [['Israel','country'], ['Israeli','country'], ['police','agent'], ['polices','agent']]
 */
export function readPetrarchDictionary(text: string, label: string): DictEntry[] {
  const lines = stripBlockComments(text).split('\n');
  const sets = new Map<string, string[]>();
  const out: DictEntry[] = [];
  let cur: { names: string[]; plural: string | null; codes: string[]; line: number } | null = null;

  const flush = (): void => {
    if (!cur) return;
    out.push(...toEntries(cur.names, cur.plural, cur.codes, `${label}:${cur.line}`, sets));
    cur = null;
  };

  lines.forEach((raw, idx) => {
    const line = raw.replace(/#.*$/, '').replace(/\r$/, '');
    if (!line.trim()) return;
    // !PERSON! = MAN, MEN, WOMAN
    const set = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      return;
    }
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    const body = line.replace(/\[[^\]]*\]/g, ' ');
    const plural = /\{([^}]*)\}/.exec(body);
    const name = body.replace(/\{[^}]*\}/g, ' ').trim();
    if (/^\s/.test(raw) && !name) {
      // indented code line: more codes for the entry above
      if (!cur) throw new DyadError('E201', { path: label, line: idx + 1, detail: 'a code line with no entry above it' });
      cur.codes.push(...codes);
      return;
    }
    if (name.startsWith('+')) {
      if (!cur) throw new DyadError('E201', { path: label, line: idx + 1, detail: 'a +synonym with no entry above it' });
      cur.names.push(name.slice(1).trim());
      cur.codes.push(...codes);
      return;
    }
    if (!name) return;
    flush();
    cur = { names: [name], plural: plural ? plural[1]!.trim() : null, codes, line: idx + 1 };
  });
  flush();
  return out;
}

/** Aliases by what the file holds; both read either kind of line. */
export const readPetrarchActors = readPetrarchDictionary;
export const readPetrarchAgents = readPetrarchDictionary;

function stripBlockComments(text: string): string {
  // keep line numbers: replace the comment by as many newlines
  return text.replace(/<!--[\s\S]*?-->/g, (m) => '\n'.repeat((m.match(/\n/g) ?? []).length));
}

/** "AFGHANISTAN_" → "Afghanistan", "U.N._SECRETARY_GENERAL" → "U.N. Secretary General". */
function toName(raw: string): string {
  return raw
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => (/^[A-Z]{2,5}$/.test(w) && !/[AEIOUY]/.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

function expandSets(name: string, sets: Map<string, string[]>): string[] {
  const m = /![A-Z]+!/.exec(name);
  if (!m) return [name];
  const alts = sets.get(m[0]) ?? [];
  return alts.flatMap((a) => expandSets(name.replace(m[0], a), sets));
}

/** "140608" → "2014-06-08", "19790706" → "1979-07-06"; null when unreadable. */
export function petrarchDate(s: string): string | null {
  const d = s.trim();
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    // the dictionaries were written around 2014 and reach back to the 1930s: 00–30 is 20YY, 31–99 is 19YY
    return `${yy > 30 ? 1900 + yy : 2000 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  }
  if (/^\d{7}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6).padStart(2, '0')}-01`; // "2004017": a typo'd date, month kept
  return null;
}

/** "[EGYGOV >140608]" → {code: 'EGYGOV', from: '2014-06-08', until: null}. */
export function parsePetrarchCode(raw: string): DatedRole | null {
  const parts = raw.trim().split(/\s+/);
  const code = (parts[0] ?? '').toUpperCase();
  if (!code || code === '---') return null;
  const when = parts.slice(1).join('');
  let from: string | null = null;
  let until: string | null = null;
  if (when.startsWith('>')) from = petrarchDate(when.slice(1));
  else if (when.startsWith('<')) until = petrarchDate(when.slice(1));
  else if (when.includes('-')) {
    const [a, b] = when.split('-');
    from = petrarchDate(a ?? '');
    until = petrarchDate(b ?? '');
  }
  return { code, from, until };
}

function toEntries(rawNames: string[], plural: string | null, rawCodes: string[], source: string, sets: Map<string, string[]>): DictEntry[] {
  const roles = rawCodes.map(parsePetrarchCode).filter((r): r is DatedRole => r !== null);
  if (!roles.length) return [];
  const names = rawNames.flatMap((n) => expandSets(n, sets)).map(toName).filter(Boolean);
  const isAgent = roles.some((r) => r.code.includes('~'));
  const out: DictEntry[] = [];
  if (isAgent) {
    const code = roles.find((r) => r.code.includes('~'))!.code;
    const prefix = code.endsWith('~'); // [IGO~]: the code goes before the country
    const agents = splitCode(code.replace(/~/g, '').replace(/^(.{3})/, '$1')).agents;
    const letters = code.replace(/~/g, '');
    const list = letters.length >= 3 ? chunk3(letters) : agents;
    for (const n of names) {
      const forms = [n.toLowerCase()];
      if (plural === null) forms.push(...plurals(n.toLowerCase()));
      else if (plural) forms.push(toName(plural).toLowerCase());
      for (const f of forms) {
        out.push({
          kind: prefix ? 'organization' : 'agent',
          name: f,
          source,
          country: prefix ? list[0]! : null,
          agents: prefix ? list.slice(1) : list,
          use: 'title',
          caps: false,
          cap: false,
        });
      }
    }
    return out;
  }
  const dated = roles.some((r) => r.from || r.until);
  const single = roles.length === 1 && !dated;
  const { country, agents } = splitCode(roles[0]!.code);
  const kind: EntryKind = dated ? 'person' : single && agents.length === 0 && country ? 'country' : 'organization';
  for (const n of names) {
    out.push({
      kind,
      name: n,
      source,
      country: kind === 'person' ? null : country,
      agents: kind === 'person' ? [] : agents,
      ...(kind === 'person' ? { roles } : {}),
      caps: false,
      cap: true,
    });
  }
  return out;
}

function chunk3(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i += 3) out.push(s.slice(i, i + 3));
  return out;
}
