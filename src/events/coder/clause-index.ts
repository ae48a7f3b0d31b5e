import type { Doc } from '../../doc/doc.js';
import { SPEECH_VERBS } from './lexicon.js';
import type { ClauseIndex } from './clause.js';

const DASHES = new Set(['--', '-', '—', '–', '---']);

/**
 * Build the per-document arrays the coder walks: where actor mentions start
 * and end, which tokens are parenthetical, which are a trailing attribution.
 * One pass over tokens and mentions; typed arrays, no per-token objects.
 *
 * @example
 * // "Lee and his counterpart -- Biegun, the envoy -- spoke" → paren over "-- Biegun, the envoy --"
 */
export function buildClauseIndex(doc: Doc): { index: ClauseIndex; reportedBy: (string | null)[]; parties: number[] } {
  const t = doc.tokens;
  const n = t.count;
  const mentionStart = new Int32Array(n).fill(-1);
  const mentionAt = new Int32Array(n).fill(-1);
  const parties: number[] = [];
  for (let k = 0; k < doc.mentions.length; k++) {
    const m = doc.mentions[k]!;
    if (m.role !== 'actor' || !m.actor) continue;
    if (m.tokenStart >= m.tokenEnd || m.tokenEnd > n) continue;
    // Overlapping mentions: the first (longest by the actors stage's order) keeps the tokens.
    if (mentionAt[m.tokenStart]! >= 0) continue;
    parties.push(k);
    mentionStart[m.tokenStart] = k;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = k;
  }
  const placeStart = new Int32Array(n).fill(-1);
  for (let k = 0; k < doc.mentions.length; k++) {
    const m = doc.mentions[k]!;
    if (m.role === 'location' && m.placeCountry && m.tokenStart < n && mentionAt[m.tokenStart]! < 0) placeStart[m.tokenStart] = k;
  }
  const mentionEnd = new Int32Array(doc.mentions.length);
  const mentionBegin = new Int32Array(doc.mentions.length);
  doc.mentions.forEach((m, k) => {
    mentionEnd[k] = m.tokenEnd;
    mentionBegin[k] = m.tokenStart;
  });
  const paren = new Uint8Array(n);
  const attribution = new Uint8Array(n);
  const reportedBy: (string | null)[] = [];
  for (const s of doc.sentences) {
    const s0 = s.tokenStart;
    const s1 = s.tokenEnd;
    // Dash pairs and brackets: "-- Stephen Biegun, who doubles as envoy --", "(APEC)".
    let open = -1;
    let bracket = -1;
    for (let i = s0; i < s1; i++) {
      const w = t.norm[i]!;
      if (t.pos[i] === 'PUNCT' && DASHES.has(w) && !(i > s0 && i + 1 < s1 && t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1])) {
        if (open < 0) open = i;
        else {
          paren.fill(1, open, i + 1);
          open = -1;
        }
      } else if (w === '(') bracket = i;
      else if (w === ')' && bracket >= 0) {
        paren.fill(1, bracket, i + 1);
        bracket = -1;
      }
    }
    // Relative clauses: ", who was appointed last month," up to the next comma or the end.
    for (let i = s0 + 1; i < s1; i++) {
      if (t.norm[i - 1] === ',' && (t.norm[i] === 'who' || t.norm[i] === 'which' || t.norm[i] === 'whose')) {
        let j = i;
        while (j < s1 && t.norm[j] !== ',' && t.norm[j] !== '.' && t.norm[j] !== ';' && t.norm[j] !== ')' && !DASHES.has(t.norm[j]!)) j++;
        paren.fill(1, i - 1, j);
      }
    }
    reportedBy.push(markAttribution(doc, s0, s1, attribution));
  }
  return { index: { t, mentionStart, mentionEnd, mentionBegin, mentionAt, paren, attribution, placeStart }, reportedBy, parties };
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
