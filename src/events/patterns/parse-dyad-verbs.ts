import { DyadError } from '../../errors.js';
import { PLOVER_TYPES } from '../ontology/index.js';
import { patternWeight, type PatternElement, type PosClass, type VerbPattern } from './pattern.js';

const CODE = /^(\d{2,4})(?::(\d{2,4}))?$/;

/**
 * Parse one file of dyad's verb-pattern format (see `dict/verbs/README.md`):
 * `CODE  words with TGT/SRC slots  [sym]  # "example"`; `CODE:PAIR` also codes
 * the target's side of the same event ("042:043": the visitor visits, the host hosts).
 * Throws `DyadError` E201 naming the file and line of a malformed entry.
 *
 * @example
 * parseDyadVerbs('042  visit TGT  # "Biegun visited Seoul"', 'x.txt')[0].code // "042"
 */
export function parseDyadVerbs(source: string, file: string): VerbPattern[] {
  const out: VerbPattern[] = [];
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const hash = raw.indexOf('#');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!body) continue;
    const example = hash >= 0 ? (/"([^"]+)"/.exec(raw.slice(hash))?.[1] ?? null) : null;
    const fail = (detail: string): never => {
      throw new DyadError('E201', { path: file, line: n + 1, detail });
    };
    let symmetric = false;
    let intransitive = false;
    let plover: VerbPattern['plover'] = null;
    let rest = body.replace(/\[([a-zA-Z=/_, -]+)\]\s*$/, (_, flags: string) => {
      for (const f of flags.split(/[ ,]+/).filter(Boolean)) {
        const pl = /^plover=([A-Z]+)(?:\/([a-z_-]+))?$/.exec(f);
        if (f === 'sym') symmetric = true;
        else if (f === 'intransitive') intransitive = true;
        else if (pl && PLOVER_TYPES.includes(pl[1]!)) plover = { type: pl[1]!, mode: pl[2] ?? null };
        else fail(`unknown flag "${f}" (known: sym, intransitive, plover=TYPE or plover=TYPE/mode)`);
      }
      return '';
    });
    rest = rest.trim();
    const m = /^(\S+)\s+(.+)$/.exec(rest);
    if (!m) fail('expected "CODE pattern"');
    const codes = CODE.exec(m![1]!);
    if (!codes) fail(`"${m![1]}" is not a CAMEO code (2–4 digits, or CODE:PAIR)`);
    const code = codes![1]!;
    const elements = parseElements(m![2]!.trim(), fail);
    if (elements[0]?.kind !== 'word' || elements[0].optional) fail('a pattern must start with a word (its anchor)');
    out.push({
      code,
      pairCode: codes![2] ?? null,
      elements,
      symmetric,
      ...(intransitive ? { intransitive } : {}),
      plover,
      text: m![2]!.trim(),
      where: `${file}:${n + 1}`,
      example,
      weight: patternWeight(elements),
    });
  }
  return out;
}

function parseElements(text: string, fail: (d: string) => never): PatternElement[] {
  const elements: PatternElement[] = [];
  // Parentheses are their own tokens so "(with TGT)" and "( with TGT )" read the same.
  const parts = text.replace(/[()]/g, ' $& ').split(/\s+/).filter(Boolean);
  let group = 0;
  let inGroup = 0;
  for (const p of parts) {
    if (p === '(') {
      if (inGroup) fail('optional groups do not nest');
      inGroup = ++group;
      continue;
    }
    if (p === ')') {
      if (!inGroup) fail('")" without "("');
      inGroup = 0;
      continue;
    }
    const optional = inGroup > 0;
    if (p === 'TGT' || p === 'SRC') {
      elements.push({ kind: 'slot', slot: p === 'TGT' ? 'target' : 'source', optional, group: inGroup });
      continue;
    }
    // "+in": the word must follow the previous one directly ("give +in": "gave in", not "gave a reception in").
    const tight = p.startsWith('+');
    if (tight && (!elements.length || elements[elements.length - 1]!.kind !== 'word' || optional)) fail(`"${p}": "+" joins a word to the word before it, outside optional groups`);
    const [w, tag] = (tight ? p.slice(1) : p).split('/');
    let pos: PosClass = null;
    if (tag === 'n' || tag === 'v') pos = tag;
    else if (tag !== undefined) fail(`unknown word class "/${tag}" (use /n or /v)`);
    if (!/^[a-z0-9'&.-]+(\|[a-z0-9'&.-]+)*$/.test(w!)) fail(`"${w}" is not a lower-case word or a|b alternatives`);
    elements.push({ kind: 'word', alts: w!.split('|'), pos, optional, group: inGroup, ...(tight ? { tight } : {}) });
  }
  if (inGroup) fail('"(" without ")"');
  return elements;
}
