import { patternWeight, type PatternElement, type VerbPattern } from '../patterns/pattern.js';

/**
 * Read a PETRARCH/TABARI verb dictionary (`CAMEO.2.0.txt` style) into dyad
 * patterns, so a user's own dictionary codes with dyad's matcher:
 * - `&NAME` synsets with `+WORD` members;
 * - `--- VERB [code] ---` blocks: verb forms (`BREAK {BROKE BROKEN}`), phrasal
 *   verbs (`+BREAK_DOWN`), and patterns `- words * words [code]` where `*` is
 *   the verb, `$` the source, `+` the target, `^`/`%` skips; `[a:b]` codes a
 *   paired event (source→target a, target→source b); `[---]` codes nothing.
 * Words joined by `_`, in `{…}` or `(…)` are read as consecutive words.
 *
 * @example
 * parsePetrarchVerbs('--- VISIT [042] ---\nVISIT\n- * +  [042]\n', 'v.txt').length // 2
 */
export function parsePetrarchVerbs(text: string, file: string): VerbPattern[] {
  const lines = text.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')).split('\n');
  const synsets = new Map<string, string[][]>();
  // First pass: synsets (they may be used before they are defined).
  let current: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) {
      current = null;
      continue;
    }
    if (/^&\w+/.test(line) && !line.startsWith('&&')) {
      current = line.split(/\s+/)[0]!.slice(1).toUpperCase().replace(/_+$/, '');
      if (!synsets.has(current)) synsets.set(current, []);
      continue;
    }
    if (line.startsWith('---')) {
      current = null;
      continue;
    }
    if (current && line.startsWith('+')) {
      const words = words_(line.slice(1));
      if (words.length) synsets.get(current)!.push(words);
    }
  }
  const out: VerbPattern[] = [];
  let verbs: string[][] = [];
  let blockCode: string | null = null;
  let blockLine = 0;
  let inSynset = false;
  let header = '';
  const flushBare = (): void => {
    if (!blockCode || !verbs.length) return;
    for (const v of verbs) out.push(make(v, [], [], blockCode, `${file}:${blockLine}`, `${header} (bare verb)`));
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/#.*$/, '').trim();
    if (!line) {
      inSynset = false;
      continue;
    }
    const h = /^---\s*(.+?)\s*\[([^\]]*)\]\s*---/.exec(line);
    if (h) {
      flushBare();
      verbs = [];
      header = h[1]!.trim();
      blockCode = codeOf(h[2]!);
      blockLine = n + 1;
      inSynset = false;
      continue;
    }
    if (/^&\w/.test(line)) {
      inSynset = true;
      continue;
    }
    if (inSynset) continue;
    if (!header) continue;
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!m) continue;
      const code = codeOf(m[2]!);
      if (!code) continue;
      const body = m[1]!;
      const star = body.indexOf('*');
      if (star < 0) continue;
      const before = elements(body.slice(0, star), synsets);
      const after = elements(body.slice(star + 1), synsets);
      const beforeTight = /_\s*$/.test(body.slice(0, star));
      for (const v of verbs) {
        const p = make(v, before, after, code, `${file}:${n + 1}`, `${header}: ${line.slice(1).trim()}`);
        if (beforeTight) p.beforeTight = true;
        out.push(p);
      }
      continue;
    }
    // Verb forms: "BREAK {BROKE BROKEN }" or phrasal "+BREAK_DOWN {+BREAKS_DOWN …}".
    const forms = line.replace(/[{}]/g, ' ').split(/\s+/).filter(Boolean);
    for (const f of forms) {
      const w = words_(f.replace(/^\+/, ''));
      if (w.length && w.every((x) => /^[a-z0-9'.-]+$/.test(x))) verbs.push(w);
    }
  }
  flushBare();
  return out;
}

function codeOf(raw: string): string | null {
  const c = raw.trim();
  // "[---]" codes nothing; "[023?]" marks an uncertain code PETRARCH does not emit.
  if (!c || /^-+$/.test(c) || c.startsWith('+') || c.includes('?')) return null;
  return c;
}

function words_(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[_\s]+/)
    .filter(Boolean);
}

function elements(text: string, synsets: Map<string, string[][]>): PatternElement[] {
  const out: PatternElement[] = [];
  // Words joined by "_" must be adjacent; words apart by spaces may have modifiers between.
  const chunks = text.replace(/[{}()]/g, ' ').split(/\s+/).filter(Boolean);
  for (const chunk of chunks) {
    const parts = chunk.split('_');
    parts.forEach((p, k) => {
      const tight = k > 0 || (k === 0 && chunk.startsWith('_'));
      if (!p) return;
      if (p === '$') out.push({ kind: 'slot', slot: 'source', optional: false, group: 0 });
      else if (p === '+') out.push({ kind: 'slot', slot: 'target', optional: false, group: 0 });
      else if (p === '^' || p === '%' || p === '=' || p === '|') return;
      else if (p.startsWith('&')) {
        const name = p.slice(1).replace(/[^\w]/g, '').toUpperCase().replace(/_+$/, '');
        // An undefined synset (the Phoenix file has a few) reads as its own name.
        const members = synsets.get(name) ?? [[name.toLowerCase()]];
        // Multi-word members: the first word anchors, the rest must follow (open match, modifiers allowed between).
        const alts = [...new Set(members.map((w) => w[0]!))];
        const tails = new Map<string, string[][]>();
        for (const w of members) {
          const list = tails.get(w[0]!) ?? [];
          list.push(w.slice(1));
          tails.set(w[0]!, list);
        }
        for (const list of tails.values()) list.sort((a, b) => b.length - a.length);
        out.push({ kind: 'word', alts, pos: null, optional: false, group: 0, tails, tight });
      } else {
        const w = p.toLowerCase().replace(/^\+|\+$/g, '');
        if (w) out.push({ kind: 'word', alts: [w], pos: null, optional: false, group: 0, tight });
      }
    });
  }
  return out;
}

function make(verb: string[], before: PatternElement[], after: PatternElement[], code: string, where: string, text: string): VerbPattern {
  const [a, b] = code.split(':');
  // The form as written: the matcher also compares it with each token's lemma, so "SAY" matches "said".
  const anchor: PatternElement = { kind: 'word', alts: [verb[0]!], pos: null, optional: false, group: 0 };
  const rest: PatternElement[] = verb.slice(1).map((w) => ({ kind: 'word', alts: [w], pos: null, optional: false, group: 0 }));
  const elements = [anchor, ...rest, ...after];
  return {
    code: a!,
    pairCode: b && b !== a ? b : null,
    elements,
    before,
    symmetric: false,
    text,
    where,
    example: null,
    weight: patternWeight(elements) + patternWeight(before),
  };
}
