import type { Doc } from '../../doc/doc.js';
import type { TokenTable } from '../../doc/tokens.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { ClauseIndex } from './clause.js';
import type { ActorCode } from '../../doc/mention.js';
import { attributiveBefore } from '../../actors/keys.js';
import { WordClasses } from '../../nlp/word-class.js';

export const DASHES = new Set(['--', '-', '—', '–', '---']);

/** The words the pass for asides looks for, by class (`KINDS`): a byte per token read instead of its string. */
const OTHER = 0;
const DASH = 1;
const OPEN = 2;
const CLOSE = 3;
const COMMA = 4;
/** "like", "unlike". */
const LIKE = 5;
/** "a", "an". */
const INDEFINITE = 6;
/** "who", "which", "whose". */
const RELATIVE = 7;

/** The class of a word for the pass for asides. */
function asideKind(w: string): number {
  if (DASHES.has(w)) return DASH;
  switch (w) {
    case '(':
      return OPEN;
    case ')':
      return CLOSE;
    case ',':
      return COMMA;
    case 'like':
    case 'unlike':
      return LIKE;
    case 'a':
    case 'an':
      return INDEFINITE;
    case 'who':
    case 'which':
    case 'whose':
      return RELATIVE;
    default:
      return OTHER;
  }
}

const KINDS = new WordClasses(asideKind);

/**
 * Build the per-document arrays the coder walks: where actor mentions start
 * and end, which tokens are parenthetical, which are a trailing attribution.
 * One pass over tokens and mentions; typed arrays, no per-token objects.
 *
 * @example
 * // "Lee and his counterpart -- Biegun, the envoy -- spoke" → paren over "-- Biegun, the envoy --"
 */
export function buildClauseIndex(doc: Doc): {
  index: ClauseIndex;
  reportedBy: (string | null)[];
  parties: number[];
  composite: Map<number, ActorCode>;
} {
  const t = doc.tokens;
  const n = t.count;
  const mn = doc.mentions.length;
  // All nine arrays are views of one buffer: a typed array of its own costs a buffer allocation each (about half
  // a microsecond), paid for every document. The 32-bit ones first, for their alignment.
  const buffer = new ArrayBuffer(4 * (3 * n + 2 * mn) + 2 * n + 2 * mn);
  let at = 0;
  const int32 = (len: number): Int32Array => {
    const a = new Int32Array(buffer, at, len);
    at += 4 * len;
    return a;
  };
  const uint8 = (len: number): Uint8Array => {
    const a = new Uint8Array(buffer, at, len);
    at += len;
    return a;
  };
  const mentionStart = int32(n).fill(-1);
  const mentionAt = int32(n).fill(-1);
  const placeStart = int32(n).fill(-1);
  const mentionEnd = int32(mn);
  const mentionBegin = int32(mn);
  const hasCountry = uint8(mn);
  const hasAgent = uint8(mn);
  const paren = uint8(n);
  const attribution = uint8(n);
  const parties: number[] = [];
  for (let k = 0; k < doc.mentions.length; k++) {
    const m = doc.mentions[k]!;
    if (m.role !== 'actor' || !m.actor) continue;
    if (m.tokenStart >= m.tokenEnd || m.tokenEnd > n) continue;
    // "a government-held part of Aleppo", "Al-Qaeda-linked rebels": the name qualifies the next noun, it is no party.
    if (attributiveBefore(t.norm, m.tokenEnd)) continue;
    // Overlapping mentions: the first (longest by the actors stage's order) keeps the tokens.
    if (mentionAt[m.tokenStart]! >= 0) continue;
    parties.push(k);
    mentionStart[m.tokenStart] = k;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = k;
  }
  for (let k = 0; k < doc.mentions.length; k++) {
    const m = doc.mentions[k]!;
    if (m.role === 'location' && m.placeCountry && m.tokenStart < n && mentionAt[m.tokenStart]! < 0) placeStart[m.tokenStart] = k;
  }
  doc.mentions.forEach((m, k) => {
    mentionEnd[k] = m.tokenEnd;
    mentionBegin[k] = m.tokenStart;
  });
  const composite = mergeComposites(doc, mentionStart, mentionAt, mentionBegin, mentionEnd);
  doc.mentions.forEach((m, k) => {
    const a = composite.get(k) ?? m.actor;
    hasCountry[k] = a?.country ? 1 : 0;
    hasAgent[k] = a?.agents.length ? 1 : 0;
  });
  const reportedBy: (string | null)[] = [];
  for (const s of doc.sentences) {
    const s0 = s.tokenStart;
    const s1 = s.tokenEnd;
    markAsides(t, s0, s1, paren);
    reportedBy.push(markAttribution(doc, s0, s1, attribution));
  }
  return { index: { t, mentionStart, mentionEnd, mentionBegin, mentionAt, paren, attribution, placeStart, hasCountry, hasAgent }, reportedBy, parties, composite };
}

/**
 * Mark the asides of the sentence [s0, s1) in `paren`: dash pairs, brackets, comparisons and indefinite appositions
 * set off by commas, relative clauses. One pass over the sentence for the three kinds (each was a pass of its own).
 */
export function markAsides(t: TokenTable, s0: number, s1: number, paren: Uint8Array): void {
  let open = -1;
  let bracket = -1;
  // The class of the token before (none at the sentence's start).
  let prev = OTHER;
  for (let i = s0; i < s1; i++) {
    const kind = KINDS.of(t, i);
    // Dash pairs and brackets: "-- Stephen Biegun, who doubles as envoy --", "(APEC)".
    if (kind === DASH && t.pos[i] === 'PUNCT' && !(i > s0 && i + 1 < s1 && t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1])) {
      if (open < 0) open = i;
      else {
        paren.fill(1, open, i + 1);
        open = -1;
      }
    } else if (kind === OPEN) bracket = i;
    else if (kind === CLOSE && bracket >= 0) {
      paren.fill(1, bracket, i + 1);
      bracket = -1;
    }
    const afterComma = prev === COMMA;
    prev = kind;
    if (!afterComma) continue;
    // Comparisons set off by commas: "Greece, like most other members, plans …" (up to the closing comma only).
    // An indefinite apposition too: "Members of the Association, a body linked to the OAU, investigated …".
    if ((kind === LIKE && t.pos[i] === 'ADP') || (kind === INDEFINITE && t.pos[i] === 'DET')) {
      let j = i;
      // "like most other existing members": an attributive participle is no verb of a clause.
      const clauseVerb = (k: number): boolean => t.pos[k] === 'VERB' && !(/(ing|ed)$/.test(t.norm[k]!) && (t.pos[k + 1] === 'NOUN' || t.pos[k + 1] === 'ADJ' || t.pos[k + 1] === 'ADP'));
      while (j < s1 && j < i + 12 && t.norm[j] !== ',' && !clauseVerb(j)) j++;
      if (j < s1 && t.norm[j] === ',') paren.fill(1, i - 1, j + 1);
    }
    // Relative clauses: ", who was appointed last month," up to the next comma or the end.
    if (kind === RELATIVE) {
      let j = i;
      while (j < s1 && t.norm[j] !== ',' && t.norm[j] !== '.' && t.norm[j] !== ';' && t.norm[j] !== ')' && !DASHES.has(t.norm[j]!)) j++;
      paren.fill(1, i - 1, j);
    }
  }
}

const TAIL_OK = new Set(['ADP', 'NOUN', 'PROPN', 'NUM', 'PUNCT', 'ADV', 'DET', 'ADJ', 'PRON']);

/**
 * Mark a trailing or leading attribution and return who reported:
 * "…, the Foreign Ministry said in a statement." / "…, said the ministry." /
 * "According to Yonhap, …".
 */
function markAttribution(doc: Doc, s0: number, s1: number, attribution: Uint8Array): string | null {
  const t = doc.tokens;
  // Leading "According to X," …
  if (t.norm[s0] === 'according' && t.norm[s0 + 1] === 'to') {
    let j = s0 + 2;
    while (j < s1 && t.norm[j] !== ',') j++;
    attribution.fill(1, s0, j + 1);
    return doc.text.slice(t.start[s0 + 2]!, t.end[j - 1]!);
  }
  // Trailing: scan back from the end to the last speech verb.
  let v = -1;
  for (let i = s1 - 1; i > s0; i--) {
    if (t.pos[i] === 'VERB' && SPEECH_VERBS.has(t.lemma[i]!)) {
      v = i;
      break;
    }
    if (!TAIL_OK.has(t.pos[i]!) && t.pos[i] !== 'AUX' && t.pos[i] !== 'PART' && t.pos[i] !== 'SCONJ' && t.pos[i] !== 'CCONJ') return null;
  }
  if (v < 0) return null;
  // The tail after the verb must be adjuncts: "on Monday", "in a statement", "quoted by Yonhap".
  for (let i = v + 1; i < s1; i++) if (t.pos[i] === 'VERB' && t.norm[i] !== 'quoted') return null;
  // Back from the verb to the comma or quote that opens the attribution.
  for (let c = v - 1; c >= s0 && v - c <= 14; c--) {
    const w = t.norm[c]!;
    if (w === ',' || w === '"' || w === "''" || w === '``') {
      if (c === s0) return null;
      attribution.fill(1, c, s1);
      const who = c + 1 < v ? [c + 1, v - 1] : [v + 1, s1 - 1];
      let a = who[0]!;
      let b = who[1]!;
      while (b > a && (t.pos[b] === 'PUNCT' || t.pos[b] === 'AUX')) b--;
      if (t.pos[a] === 'DET') a++;
      if (b < a) return null;
      return doc.text.slice(t.start[a]!, t.end[b]!);
    }
    if (t.pos[c] === 'VERB' && c !== v) return null;
  }
  return null;
}

/**
 * One noun phrase, one actor: "Bree Prime Minister" + "Romendacil" side by
 * side, or "soldiers from Gondor", read as a single party whose code joins
 * the country of one with the agents of the other (GONMIL). The merged span
 * answers for both mentions in the index arrays.
 */
function mergeComposites(
  doc: Doc,
  mentionStart: Int32Array,
  mentionAt: Int32Array,
  mentionBegin: Int32Array,
  mentionEnd: Int32Array,
): Map<number, ActorCode> {
  const t = doc.tokens;
  const out = new Map<number, ActorCode>();
  const code = (k: number): ActorCode => out.get(k) ?? doc.mentions[k]!.actor!;
  for (let i = 0; i < t.count; i++) {
    const a = mentionStart[i]!;
    if (a < 0 || mentionAt[i] !== a) continue;
    const end = mentionEnd[a]!;
    let j = end;
    let via = '';
    if (j < t.count && (t.norm[j] === 'from' || t.norm[j] === 'of' || t.norm[j] === 'in') && t.sentence[j] === t.sentence[i]) {
      via = t.norm[j]!;
      j++;
      if (j < t.count && t.pos[j] === 'DET') j++;
    }
    const b = j < t.count ? mentionStart[j]! : -1;
    if (b < 0 || b === a || t.sentence[j] !== t.sentence[i]) continue;
    const ca = code(a);
    const cb = doc.mentions[b]!.actor!;
    let merged: ActorCode | null = null;
    if (!ca.country && cb.country) {
      merged = { code: cb.country + ca.agents.join(''), country: cb.country, agents: [...ca.agents] };
      // "the envoys of Chile, Peru and Bolivia": the agent goes to every country of the list.
      if (via && ca.agents.length) {
        let k = mentionEnd[b]!;
        for (;;) {
          while (k < t.count && (t.norm[k] === ',' || t.norm[k] === 'and')) k++;
          const c = k < t.count ? mentionStart[k]! : -1;
          if (c < 0 || t.sentence[k] !== t.sentence[i]) break;
          const cc = doc.mentions[c]!.actor!;
          if (!cc.country || cc.agents.length) break;
          out.set(c, { code: cc.country + ca.agents.join(''), country: cc.country, agents: [...ca.agents] });
          k = mentionEnd[c]!;
        }
      }
    } else if (via) continue;
    else if (ca.country && !cb.country) merged = { code: ca.country + cb.agents.join(''), country: ca.country, agents: [...cb.agents] };
    else if (ca.country && ca.country === cb.country) merged = ca.agents.length >= cb.agents.length ? ca : cb;
    if (!merged) continue;
    out.set(a, merged);
    out.set(b, merged);
    const newEnd = mentionEnd[b]!;
    for (let k = i; k < newEnd; k++) mentionAt[k] = a;
    mentionStart[j] = -1;
    mentionEnd[a] = newEnd;
    mentionBegin[b] = mentionBegin[a]!;
    mentionEnd[b] = newEnd;
    i = newEnd - 1;
  }
  return out;
}
