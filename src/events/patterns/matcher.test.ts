// The verb pattern matcher must find what it found before it was made faster (no closure or match object per try,
// stem lists remembered per word, a bit table before the anchor map, what a form anchors remembered per word id): the
// matcher as it was is kept below as the reference, and both run over generated sentences at every token.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { TokenTable } from '../../doc/tokens.js';
import { parsePetrarchVerbs } from '../petrarch/parse-petrarch-verbs.js';
import { verbMatcher } from './load-verbs.js';
import { PatternMatcher, type PatternMatch, type SlotIndex } from './matcher.js';
import type { PatternElement, VerbPattern } from './pattern.js';
import { WordFilter } from './word-filter.js';

// ---- The reference: matcher.ts as it was (matching code only, unchanged but for names). ----

const FILLER = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART']);
const MAX_GAP = 5;
const CURRENCY = /^[$€£¥]$/;
const AMOUNT_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'yuan', 'francs', 'rubles', 'roubles', 'rupees', 'million', 'billion', 'trillion', 'tons', 'tonnes']);
const SLOT_FILLER = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART', 'ADV']);
const MAX_SLOT_GAP = 5;

/**
 * Verb patterns compiled once into a lemma-indexed table: at run time each
 * token costs one or two map look-ups, and only the patterns anchored on its
 * lemma are tried.
 */
class ReferenceMatcher {
  readonly patterns: readonly VerbPattern[];
  private readonly index = new Map<string, VerbPattern[]>();

  constructor(patterns: VerbPattern[]) {
    this.patterns = patterns;
    for (const p of patterns) {
      const anchor = p.elements[0]!;
      if (anchor.kind !== 'word') continue;
      for (const a of anchor.alts) {
        let list = this.index.get(a);
        if (!list) this.index.set(a, (list = []));
        list.push(p);
      }
    }
    // Most specific first, so the first full match at an anchor is the best one.
    for (const list of this.index.values()) list.sort((x, y) => y.weight - x.weight);
  }

  /** True when some pattern is anchored on this lemma or form. */
  hasAnchor(word: string): boolean {
    return this.index.has(word);
  }

  /** The most specific pattern matching at `anchor` (sentence ends at token `end`), or null. */
  matchAt(t: TokenTable, slots: SlotIndex, anchor: number, end: number): PatternMatch | null {
    const lemma = t.lemma[anchor]!;
    const norm = t.norm[anchor]!;
    let best: PatternMatch | null = null;
    best = this.tryList(this.index.get(lemma), t, slots, anchor, end, best);
    if (norm !== lemma) best = this.tryList(this.index.get(norm), t, slots, anchor, end, best);
    if (!best && (norm.endsWith('ed') || IRREGULAR.has(norm))) {
      // The tagger sometimes misses an inflection ("forgave/NOUN", "mediated/ADJ"): try the usual endings.
      for (const stem of stems(norm)) {
        best = this.tryList(this.index.get(stem), t, slots, anchor, end, best);
        if (best) break;
      }
    }
    if (!best && passiveByAgent(t, slots, anchor, end)) {
      // "The soldiers were released by Hamas": the object of "release TGT" stands before the verb, as its subject;
      // the clause analysis finds it and the agent after "by".
      for (const p of this.index.get(lemma) ?? []) {
        const [, slot, ...rest] = p.elements;
        if (slot?.kind !== 'slot' || slot.slot !== 'target' || slot.optional || p.before?.length) continue;
        // Anything after the slot ("accuse TGT of") must still match after the agent, or be optional.
        if (rest.some((e) => !e.optional)) continue;
        return { pattern: p, anchor, end: anchor + 1, lastWord: anchor, targets: [], sources: [], score: 1, extra: 0 };
      }
    }
    return best;
  }

  private tryList(
    list: VerbPattern[] | undefined,
    t: TokenTable,
    slots: SlotIndex,
    anchor: number,
    end: number,
    best: PatternMatch | null,
  ): PatternMatch | null {
    if (!list) return best;
    for (const p of list) {
      if (best && best.score >= p.weight + 1) break;
      const first = p.elements[0] as Extract<PatternElement, { kind: 'word' }>;
      if (!posOk(first.pos, t, anchor)) continue;
      // a capitalised word after an article in the same sentence is a name, not a verb
      if (first.pos !== 'n' && anchor > 0 && t.pos[anchor - 1] === 'DET' && t.sentence[anchor - 1] === t.sentence[anchor] && /^[A-Z]/.test(t.text[anchor]!)) continue;
      const m: PatternMatch = { pattern: p, anchor, end: anchor + 1, lastWord: anchor, targets: [], sources: [], score: 0, extra: 0 };
      if (matchFrom(t, slots, p.elements, 1, anchor + 1, end, m) && (!p.before?.length || matchBefore(t, slots, p.before, anchor, m, p.beforeTight === true))) {
        m.score = 1 + countWords(t, p, m) + (p.before ? p.before.filter((e) => e.kind === 'word').length : 0) + m.extra + 0.25 * ((m.targets.length ? 1 : 0) + (m.sources.length ? 1 : 0));
        // The form as written beats a lemma match: PETRARCH's "LEFT" block over "LEAVE" for "left".
        if (first.alts.includes(t.norm[anchor]!) && t.norm[anchor] !== t.lemma[anchor]) m.score += 0.1;
        if (!best || m.score > best.score) best = m;
      }
    }
    return best;
  }
}

/**
 * A past participle after a form of "be" with an actor as its agent right after it:
 * "were released (yesterday) by Hamas". Without a named agent a bare participle is too often
 * an adjective or a reduced clause to stand for a passive.
 */
function passiveByAgent(t: TokenTable, slots: SlotIndex, anchor: number, end: number): boolean {
  const n = t.norm[anchor]!;
  if (n === t.lemma[anchor] || n.endsWith('ing') || (t.pos[anchor] !== 'VERB' && t.pos[anchor] !== 'ADJ')) return false;
  let j = anchor - 1;
  while (j >= 0 && anchor - j < 4 && (t.pos[j] === 'ADV' || t.pos[j] === 'PART')) j--;
  if (j < 0 || t.pos[j] !== 'AUX' || (t.lemma[j] !== 'be' && t.lemma[j] !== 'get')) return false;
  let k = anchor + 1;
  while (k < end && k < anchor + 3 && (t.pos[k] === 'ADV' || t.norm[k] === 'yesterday' || t.norm[k] === 'today')) k++;
  if (t.norm[k] !== 'by') return false;
  for (let i = k + 1; i < end && i < k + 4; i++) {
    if (slots.mentionStart[i]! >= 0) return true;
    if (t.pos[i] !== 'DET' && t.pos[i] !== 'ADJ') return false;
  }
  return false;
}

/** Words matched besides the anchor, approximated from the pattern and the matched stretch. */
function countWords(_t: TokenTable, p: VerbPattern, m: PatternMatch): number {
  let n = 0;
  for (let k = 1; k < p.elements.length; k++) {
    const e = p.elements[k]!;
    if (e.kind === 'word' && (!e.optional || m.lastWord > m.anchor)) n += e.optional ? 0.5 : 1;
  }
  return n;
}

/** Candidate base forms of an inflected word: "mediated" → "mediate", "mediat". */
function stems(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  const irregular = IRREGULAR.get(w);
  if (irregular) out.push(irregular);
  return out;
}

/**
 * Irregular past forms the tagger leaves unlemmatised when it mistags them.
 * A Map: it is asked about every anchor token, and a look-up of a token's
 * string in a plain object costs a probe of V8's string table each time.
 */
const IRREGULAR = new Map<string, string>(Object.entries({
  forgave: 'forgive', forgiven: 'forgive', overran: 'overrun', shot: 'shoot', fought: 'fight', struck: 'strike',
  held: 'hold', met: 'meet', spoke: 'speak', sought: 'seek', beat: 'beat', beaten: 'beat', took: 'take', taken: 'take',
  gave: 'give', given: 'give', threw: 'throw', sent: 'send', led: 'lead', broke: 'break', broken: 'break', withdrew: 'withdraw',
  withdrawn: 'withdraw', stood: 'stand', laid: 'lay', hit: 'hit', blew: 'blow', froze: 'freeze', frozen: 'freeze', slew: 'slay',
  began: 'begin', retook: 'retake', retaken: 'retake', overrun: 'overrun', begun: 'begin', flew: 'fly', flown: 'fly', made: 'make', paid: 'pay', swore: 'swear', sworn: 'swear',
}));

/** The rest of a multi-word alternative, each word within a short gap; index of its last token or -1. */
function matchTail(t: TokenTable, words: string[], from: number, end: number): number {
  let pos = from;
  let last = -1;
  for (const w of words) {
    let found = -1;
    for (let gap = 0; gap <= 2; gap++) {
      const i = pos + gap;
      if (i >= end) return -1;
      if (t.norm[i] === w || t.lemma[i] === w) {
        found = i;
        break;
      }
      if (!FILLER.has(t.pos[i]!)) return -1;
    }
    if (found < 0) return -1;
    last = found;
    pos = found + 1;
  }
  return last;
}

/** Words before the anchor, right to left: PETRARCH's "SAID * TO", "$ * …". */
function matchBefore(t: TokenTable, slots: SlotIndex, els: PatternElement[], anchor: number, m: PatternMatch, anchorTight: boolean): boolean {
  const sentence = t.sentence[anchor];
  let pos = anchor - 1;
  for (let k = els.length - 1; k >= 0; k--) {
    const e = els[k]!;
    let found = -1;
    // Tight to the right: the next element (or the anchor) was joined to this one by "_".
    const right = k + 1 < els.length ? els[k + 1]! : null;
    const tight = right ? right.kind === 'word' && right.tight === true : anchorTight;
    const maxGap = tight ? 0 : MAX_GAP + 2;
    for (let gap = 0; gap <= maxGap; gap++) {
      const i = pos - gap;
      if (i < 0 || t.sentence[i] !== sentence) break;
      if (e.kind === 'word') {
        if (wordOk(t, i, e)) {
          found = i;
          break;
        }
      } else {
        const mi = slots.mentionAt[i]!;
        if (mi >= 0) {
          (e.slot === 'target' ? m.targets : m.sources).push(mi);
          found = slots.mentionBegin[mi]!;
          break;
        }
      }
      const tag = t.pos[i]!;
      if (!FILLER.has(tag) && tag !== 'AUX' && tag !== 'PUNCT') break;
    }
    if (found < 0) return false;
    pos = found - 1;
  }
  return true;
}

function posOk(pos: 'n' | 'v' | null, t: TokenTable, i: number): boolean {
  if (pos === null) return true;
  const tag = t.pos[i]!;
  if (pos === 'n') {
    if (tag === 'NOUN' || tag === 'PROPN') return true;
    // The tagger reads some event nouns as adjectives: "the offensive against Gaza".
    const next = t.pos[i + 1];
    return tag === 'ADJ' && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ' && !t.norm[i]!.endsWith('ed');
  }
  if (tag === 'VERB' || tag === 'AUX') return true;
  // …and some past tenses as adjectives: "Israel blockaded/ADJ Gaza".
  return tag === 'ADJ' && t.norm[i]!.endsWith('ed');
}

function wordOk(t: TokenTable, i: number, e: Extract<PatternElement, { kind: 'word' }>): boolean {
  if (!posOk(e.pos, t, i)) return false;
  return e.alts.includes(t.lemma[i]!) || e.alts.includes(t.norm[i]!);
}

/** Backtracking over optional groups; patterns are a handful of elements long. */
function matchFrom(
  t: TokenTable,
  slots: SlotIndex,
  els: PatternElement[],
  k: number,
  pos: number,
  end: number,
  m: PatternMatch,
): boolean {
  if (k >= els.length) {
    m.end = Math.max(m.end, pos);
    return true;
  }
  const e = els[k]!;
  if (e.optional) {
    // Try the group, then without it.
    const saveT = m.targets.length;
    const saveS = m.sources.length;
    const saveW = m.lastWord;
    if (matchGroup(t, slots, els, k, pos, end, m)) return true;
    m.targets.length = saveT;
    m.sources.length = saveS;
    m.lastWord = saveW;
    let next = k;
    while (next < els.length && els[next]!.group === e.group) next++;
    return matchFrom(t, slots, els, next, pos, end, m);
  }
  return matchOne(t, slots, els, k, pos, end, m, (p2) => matchFrom(t, slots, els, k + 1, p2, end, m));
}

function matchGroup(t: TokenTable, slots: SlotIndex, els: PatternElement[], k: number, pos: number, end: number, m: PatternMatch): boolean {
  const g = els[k]!.group;
  const step = (kk: number, p: number): boolean => {
    if (kk >= els.length || els[kk]!.group !== g) return matchFrom(t, slots, els, kk, p, end, m);
    return matchOne(t, slots, els, kk, p, end, m, (p2) => step(kk + 1, p2));
  };
  return step(k, pos);
}

function matchOne(
  t: TokenTable,
  slots: SlotIndex,
  els: PatternElement[],
  k: number,
  pos: number,
  end: number,
  m: PatternMatch,
  next: (pos: number) => boolean,
): boolean {
  const e = els[k]!;
  if (e.kind === 'word') {
    const maxGap = e.tight ? 0 : MAX_GAP;
    let skipped = 0;
    for (let gap = 0; gap <= maxGap; gap++) {
      const i = pos + gap + skipped;
      if (i >= end) return false;
      if (wordOk(t, i, e)) {
        const saveW = m.lastWord;
        const saveX = m.extra;
        // A multi-word alternative: its other words follow, longest first.
        const tails = e.tails?.get(t.lemma[i]!) ?? e.tails?.get(t.norm[i]!);
        if (tails) {
          for (const tail of tails) {
            const last = tail.length ? matchTail(t, tail, i + 1, end) : i;
            if (last < 0) continue;
            m.lastWord = last;
            m.extra = saveX + tail.length;
            if (next(last + 1)) return true;
            m.lastWord = saveW;
            m.extra = saveX;
          }
          return false;
        }
        m.lastWord = i;
        if (next(i + 1)) return true;
        m.lastWord = saveW;
        return false;
      }
      // "pressed Ugandan workers (mostly dockers) to": a bracketed aside between two words costs nothing.
      if (!e.tight) {
        const par = parentheticalEnd(t, i, end);
        if (par > 0) {
          skipped += par - i;
          gap--;
          continue;
        }
      }
      // A place between ("the summit in Vietnam between Trump and Kim"), a measure ("70 million dollars of aid").
      if (
        !FILLER.has(t.pos[i]!) &&
        // A party's name modifying the next word, whatever its tag: "opposed to French mediation" (French/VERB).
        !(slots.mentionAt[i]! >= 0) &&
        !(t.pos[i] === 'ADP' && (t.norm[i] === 'in' || t.norm[i] === 'at') && t.pos[i + 1] === 'PROPN') &&
        !(t.norm[i] === 'of' && i > pos) &&
        // "pledged 10 million dollars in aid", "$5 billion in loans": an amount "in" the kind given.
        !(t.norm[i] === 'in' && i > pos && AMOUNT_WORDS.has(t.norm[i - 1]!)) &&
        !(t.pos[i] === 'SYM' && CURRENCY.test(t.norm[i]!) && t.pos[i + 1] === 'NUM') &&
        !(t.norm[i] === '-' && i > pos) &&
        // "an open-ended strike": the half after a hyphen, whatever its tag ("ended"/VERB), is part of the modifier.
        !(i - 1 > pos && t.norm[i - 1] === '-' && t.end[i - 1] === t.start[i]) &&
        !approximator(t, i, end) &&
        // "restore complete, full diplomatic ties": a comma between adjectives.
        // ("complete, full diplomatic ties": the tagger may read the second adjective as an adverb.)
        !(t.norm[i] === ',' && i > pos && t.pos[i - 1] === 'ADJ' && (t.pos[i + 1] === 'ADJ' || (t.pos[i + 1] === 'ADV' && t.pos[i + 2] === 'ADJ')))
      )
        return false;
    }
    return false;
  }
  // A slot: the first actor mention within a short stretch of modifiers, plus any "and"-joined ones.
  for (let gap = 0; gap <= MAX_SLOT_GAP; gap++) {
    const i = pos + gap;
    if (i >= end) return false;
    const mi = slots.mentionStart[i]!;
    // "any official contact with Canada": an agent word modifying a noun is not the party.
    if (mi >= 0 && slots.hasCountry && !slots.hasCountry[mi] && t.pos[slots.mentionEnd[mi]!] === 'NOUN') {
      gap += slots.mentionEnd[mi]! - 1 - i;
      continue;
    }
    // "killed the commander of Kenya's militia ally": the party's ally, rival or neighbour is not the party.
    if (mi >= 0 && relationalPossessive(t, slots.mentionEnd[mi]!, end) > 0) {
      gap += relationalPossessive(t, slots.mentionEnd[mi]!, end) - 1 - i;
      continue;
    }
    // "talked with Jan Novak, the new Czech ambassador, …": a name the dictionaries lack, described by the appositive.
    const head = mi >= 0 ? mi : describedName(t, slots, i, end);
    if (head >= 0) {
      const found = compound(t, slots, head, end);
      const list = e.slot === 'target' ? m.targets : m.sources;
      const save = list.length;
      list.push(...found.mentions);
      if (next(found.end)) return true;
      // "pushed the UN food agency, WFP, out of the region": an appositive name between commas is the same party.
      const app = appositiveEnd(t, slots, found.end, end);
      if (app > 0 && next(app)) return true;
      // "pressed workers of the Harbour Union (HU) to …": a bracketed alias or aside after the party is stepped over.
      const par = parentheticalEnd(t, found.end, end);
      if (par > 0 && next(par)) return true;
      list.length = save;
      return false;
    }
    const tag = t.pos[i]!;
    if (!SLOT_FILLER.has(tag) && !(tag === 'ADP' && (t.norm[i] === 'of' || t.norm[i] === 'than')) && !approximator(t, i, end)) return false;
  }
  return false;
}

/**
 * At `at`, an unknown name (capitalised words no dictionary knows) then ", " and an actor phrase describing it
 * ("Jan Novak, the new Czech ambassador"): the describing mention, or -1. The phrase must hold an agent (a role),
 * so "Novak, Prague" (a place) or "Novak, Czech Republic" do not make the name a state.
 */
function describedName(t: TokenTable, slots: SlotIndex, at: number, end: number): number {
  if (t.pos[at] !== 'PROPN' || !/^\p{Lu}/u.test(t.text[at]!)) return -1;
  let k = at;
  while (k < end && k < at + 5 && t.pos[k] === 'PROPN' && slots.mentionAt[k]! < 0) k++;
  if (k >= end || t.norm[k] !== ',') return -1;
  k++;
  while (k < end && k < at + 9 && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ' || t.pos[k] === 'ADV' || (t.pos[k] === 'PROPN' && /^\p{Ll}/u.test(t.text[k]!))) && slots.mentionStart[k]! < 0) k++;
  const mi = k < end ? slots.mentionStart[k]! : -1;
  return mi >= 0 && slots.hasAgent?.[mi] ? mi : -1;
}

/** Nouns of a relation to another party: "Kenya's allies", "Israel's militia ally", "its neighbours". */
const RELATIONAL = new Set([
  'ally', 'allies', 'rival', 'rivals', 'enemy', 'enemies', 'foe', 'foes', 'opponent', 'opponents',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'proxy', 'proxies',
]);

/**
 * After a party's name at `at`: "'s", up to two modifiers and a noun of relation ("Kenya['s militia ally]").
 * Returns the token after that noun, or -1 when the name is not a possessor of such a relation.
 */
function relationalPossessive(t: TokenTable, at: number, end: number): number {
  // The "'s" may close the name's own span ("Kenya's" as one mention) or follow it.
  const mark = at < end && (t.norm[at] === "'s" || t.norm[at] === "'") ? at : at > 0 && t.norm[at - 1] === "'s" ? at - 1 : -1;
  if (mark < 0) return -1;
  for (let k = mark + 1; k < end && k <= mark + 3; k++) {
    if (RELATIONAL.has(t.norm[k]!) && t.pos[k] === 'NOUN') return k + 1;
    if (t.pos[k] !== 'NOUN' && t.pos[k] !== 'ADJ') return -1;
  }
  return -1;
}

/** The token after ", NAME," right after a slot's actor (an appositive naming it again), or -1. */
function appositiveEnd(t: TokenTable, slots: SlotIndex, at: number, end: number): number {
  if (t.norm[at] !== ',') return -1;
  let k = at + 1;
  if (k < end && t.pos[k] === 'DET') k++;
  const mi = k < end ? slots.mentionStart[k]! : -1;
  if (mi < 0) return -1;
  const after = slots.mentionEnd[mi]!;
  return after + 1 < end && t.norm[after] === ',' ? after + 1 : -1;
}

/** The token after a short "( … )" starting at `at`, or -1. */
function parentheticalEnd(t: TokenTable, at: number, end: number): number {
  if (t.norm[at] !== '(') return -1;
  for (let k = at + 1; k < end && k <= at + 8; k++) {
    if (t.norm[k] === ')') return k + 1 < end ? k + 1 : -1;
    if (t.norm[k] === '(') return -1;
  }
  return -1;
}

/** Words that open a count: "more than 300", "at least 40", "nearly 2,000", "up to 50". */
const COUNT_WORDS = new Set(['more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'up', 'to', 'roughly', 'approximately']);

/**
 * A word that qualifies the number after it: "free over 150 prisoners", "up to 13,000 refugees", "about 20 soldiers",
 * "more than 6,000 refugees", "at least 40 fishermen".
 */
function approximator(t: TokenTable, i: number, end: number): boolean {
  if ((t.pos[i] === 'ADP' || t.pos[i] === 'ADV' || t.pos[i] === 'PART') && i + 1 < end && t.pos[i + 1] === 'NUM') return true;
  if (!COUNT_WORDS.has(t.norm[i]!)) return false;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    if (t.pos[j] === 'NUM') return true;
    if (!COUNT_WORDS.has(t.norm[j]!)) return false;
  }
  return false;
}

/**
 * A mention and those joined to it: "Seoul and Washington", "Mordor, Rohan,
 * Fornost and Bree", "neither Galadriel nor Gollum". A comma list counts only
 * when it closes with "and"/"or"/"nor", so "Gaza, Hamas said" stays apart.
 */
function compound(t: TokenTable, slots: SlotIndex, first: number, end: number): { mentions: number[]; end: number } {
  const mentions = [first];
  let at = slots.mentionEnd[first]!;
  let closed = false;
  const pending: number[] = [];
  let pendingEnd = at;
  for (;;) {
    let j = at;
    let joined = false;
    let comma = false;
    while (j < end && (t.norm[j] === ',' || t.norm[j] === 'and' || t.norm[j] === '&' || t.norm[j] === 'or' || t.norm[j] === 'nor')) {
      if (t.norm[j] === ',') comma = true;
      else joined = true;
      j++;
    }
    // Skip determiners and modifiers before the next conjunct: "and the Palestinian Authority", "and his US counterpart".
    let k = j;
    while (k < end && k - j < 3 && slots.mentionStart[k]! < 0 && (t.pos[k] === 'DET' || t.pos[k] === 'PRON' || t.pos[k] === 'ADJ')) k++;
    if (!(joined || comma) || k >= end || slots.mentionStart[k]! < 0) break;
    const mi = slots.mentionStart[k]!;
    pending.push(mi);
    at = slots.mentionEnd[mi]!;
    if (joined) {
      mentions.push(...pending);
      pending.length = 0;
      pendingEnd = at;
      closed = true;
    }
  }
  void closed;
  return { mentions, end: pending.length ? pendingEnd : at };
}

// ---- Generated sentences: words the patterns name, their inflections, fillers, brackets, amounts, parties. ----

/** Words that steer a scan (brackets, amounts, hyphens, commas, "by", "of"): drawn often, so the rare paths are walked. */
const STRUCTURE = ['(', ')', ',', '-', 'of', 'in', 'by', 'than', 'more', '$', '5', 'million', 'dollars', 'was', "'s"];
const TAGS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'ADP', 'DET', 'PROPN', 'AUX', 'PART', 'PRON', 'NUM', 'PUNCT', 'SYM', 'CCONJ', 'SCONJ'];
const OTHER_WORDS = [
  'the', 'a', 'of', 'in', 'at', 'by', 'and', 'or', ',', '(', ')', '-', '–', 'more', 'than', 'over', 'up', 'to', 'million',
  'dollars', '$', '5', '10', 'yesterday', 'was', 'were', 'be', 'get', 'his', "'s", 'held', 'met', 'took', 'given', 'forgave',
  'beat', 'shot', 'mediated', 'carried', 'visiting', 'allies', 'with', 'against', 'on', 'for', 'novak', 'people',
];

function vocabulary(patterns: readonly VerbPattern[]): string[] {
  const words = new Set<string>(OTHER_WORDS);
  for (const p of patterns) {
    for (const e of [...p.elements, ...(p.before ?? [])]) {
      if (e.kind !== 'word') continue;
      for (const a of e.alts) {
        words.add(a);
        // Inflections the stem fallback undoes: "visited", "used", "carried".
        words.add(a + 'ed');
        words.add(a + 'd');
        if (a.endsWith('y')) words.add(a.slice(0, -1) + 'ied');
      }
      for (const list of e.tails?.values() ?? []) for (const tail of list) for (const w of tail) words.add(w);
    }
  }
  return [...words];
}

interface Sentence {
  t: TokenTable;
  slots: SlotIndex;
  /** Token ranges of the sentences: [start, end). */
  spans: [number, number][];
}

/** Word ids by text, as wink numbers its lexemes: the same text, the same id, in every generated sentence. */
const wordIds = new Map<string, number>();

function wordId(text: string): number {
  let id = wordIds.get(text);
  if (id === undefined) wordIds.set(text, (id = wordIds.size));
  return id;
}

function sentenceArb(words: string[]): fc.Arbitrary<Sentence> {
  const token = fc.record({
    norm: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...STRUCTURE) }),
    // The lemma: mostly the form, sometimes another word (a stem, a mislemmatised form).
    lemma: fc.option(fc.constantFrom(...words), { freq: 3 }),
    pos: fc.constantFrom(...TAGS),
    upper: fc.boolean(),
    gap: fc.constantFrom(0, 1, 1, 1),
    // A party starts here, of this many tokens.
    mention: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 3 }),
    country: fc.boolean(),
    agent: fc.boolean(),
  });
  // Word ids: none (a table built by hand), one per text as the tokenizer gives them, past the lemma memo's cap, or
  // past both of the matcher's caps.
  const ids = fc.constantFrom(-1, 0, 0, 1_000_000, 4_000_000);
  return fc.tuple(fc.array(token, { minLength: 1, maxLength: 30 }), fc.nat(30), fc.boolean(), ids).map(([toks, cut, flags, idBase]) => {
    const n = toks.length;
    const t: TokenTable = { count: n, start: new Int32Array(n), end: new Int32Array(n), text: [], norm: [], pos: [], lemma: [], sentence: new Int32Array(n), word: new Int32Array(n).fill(-1) };
    const split = Math.min(cut, n);
    let at = 0;
    toks.forEach((k, i) => {
      at += k.gap;
      t.start[i] = at;
      at += k.norm.length;
      t.end[i] = at;
      t.text.push(k.upper ? k.norm.charAt(0).toUpperCase() + k.norm.slice(1) : k.norm);
      t.norm.push(k.norm);
      t.lemma.push(k.lemma ?? k.norm);
      t.pos.push(k.pos);
      t.sentence[i] = i < split ? 0 : 1;
      if (idBase >= 0) t.word[i] = idBase + wordId(t.text[i]!);
    });
    const mentionStart = new Int32Array(n).fill(-1);
    const mentionAt = new Int32Array(n).fill(-1);
    const begins: number[] = [];
    const ends: number[] = [];
    const country: number[] = [];
    const agent: number[] = [];
    for (let i = 0; i < n; i++) {
      const len = toks[i]!.mention;
      if (len === null || mentionAt[i]! >= 0) continue;
      const k = begins.length;
      const e = Math.min(n, i + len);
      begins.push(i);
      ends.push(e);
      country.push(toks[i]!.country ? 1 : 0);
      agent.push(toks[i]!.agent ? 1 : 0);
      mentionStart[i] = k;
      for (let j = i; j < e; j++) mentionAt[j] = k;
      i = e - 1;
    }
    const slots: SlotIndex = {
      mentionStart,
      mentionAt,
      mentionEnd: Int32Array.from(ends),
      mentionBegin: Int32Array.from(begins),
      // Absent (every mention a country, none an agent) or given.
      ...(flags ? { hasCountry: Uint8Array.from(country), hasAgent: Uint8Array.from(agent) } : {}),
    };
    const spans: [number, number][] = split > 0 && split < n ? [[0, split], [split, n]] : [[0, n]];
    return { t, slots, spans };
  });
}

/** Matches found by the comparisons so far: the generated sentences must give some, or nothing was compared. */
let found = 0;

function sameMatches(fast: PatternMatcher, ref: ReferenceMatcher, s: Sentence): void {
  for (const [s0, s1] of s.spans) {
    for (let i = s0; i < s1; i++) {
      const a = fast.matchAt(s.t, s.slots, i, s1);
      const b = ref.matchAt(s.t, s.slots, i, s1);
      assert.deepEqual(a, b, `token ${i} "${s.t.norm[i]}" of ${s.t.norm.join(' ')}`);
      if (a && b) {
        assert.equal(a.pattern, b.pattern);
        found++;
      }
    }
  }
}

// A small PETRARCH dictionary (our own words): words before the verb, "_" joins, multi-word synset members.
const PETRARCH = `
&MONEY
+DOLLARS
+SWISS FRANCS
+GOLD FLORIN

--- VISIT  [042:043] ---
VISIT
- * +  [042:043]
- SAID * TO +  [040]

--- PLEDGE  [030] ---
PLEDGE {PLEDGED}
- * &MONEY  [071]
- FAILED_TO_*  [111]
- * NEW_RELATIONS WITH +  [051]

--- HOLD  [040] ---
HOLD {HELD}
- * TALKS WITH +  [043]
- $ * +  [040]
`;

/** The fast and the reference matcher on generated sentences of the patterns' own words; enough real matches compared. */
function sameOnGenerated(patterns: VerbPattern[]): void {
  const fast = new PatternMatcher(patterns);
  const ref = new ReferenceMatcher(patterns);
  found = 0;
  fc.assert(fc.property(sentenceArb(vocabulary(patterns)), (s) => sameMatches(fast, ref, s)), { numRuns: 400 });
  assert.ok(found > 100, `only ${found} matches compared`);
}

test('the matcher finds what it found before, at every token (dyad verbs)', () => {
  sameOnGenerated(verbMatcher().patterns as VerbPattern[]);
});

test('the matcher finds what it found before, at every token (PETRARCH verbs: words before, "_", synsets)', () => {
  sameOnGenerated(parsePetrarchVerbs(PETRARCH, 'test.verbs.txt'));
});

test('the matcher stays the same when a form is met with another lemma, and on its second sight', () => {
  // "held" as a form of "hold" and as its own lemma: the stem lists remembered for "held" serve both.
  const patterns = verbMatcher().patterns as VerbPattern[];
  const fast = new PatternMatcher(patterns);
  const ref = new ReferenceMatcher(patterns);
  const words = ['Kenya', 'held', 'talks', 'with', 'Uganda', '.'];
  const mk = (lemma: string): Sentence => {
    const n = words.length;
    const t: TokenTable = { count: n, start: new Int32Array(n), end: new Int32Array(n), text: words, norm: words.map((w) => w.toLowerCase()), pos: ['PROPN', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], lemma: words.map((w) => w.toLowerCase()), sentence: new Int32Array(n), word: Int32Array.from(words, wordId) };
    t.lemma[1] = lemma;
    words.reduce((at, w, i) => ((t.start[i] = at), (t.end[i] = at + w.length), at + w.length + 1), 0);
    const slots: SlotIndex = { mentionStart: Int32Array.from([0, -1, -1, -1, 1, -1]), mentionAt: Int32Array.from([0, -1, -1, -1, 1, -1]), mentionEnd: Int32Array.from([1, 5]), mentionBegin: Int32Array.from([0, 4]) };
    return { t, slots, spans: [[0, n]] };
  };
  for (const lemma of ['held', 'hold', 'held']) sameMatches(fast, ref, mk(lemma));
  assert.ok(fast.matchAt(mk('held').t, mk('held').slots, 1, 6), '"held/ADJ talks with Uganda" still matches through the stem "hold"');
});

/** "Kenya/PROPN* held/VERB talks/NOUN": word/TAG, with "*" after the tag for a party of one word (a country). */
function written(spec: string): Sentence {
  const parts = spec.split(' ').map((w) => {
    const [word, tag] = w.split('/');
    return { word: word!, tag: tag!.replace('*', ''), party: tag!.endsWith('*') };
  });
  const n = parts.length;
  const t: TokenTable = { count: n, start: new Int32Array(n), end: new Int32Array(n), text: [], norm: [], pos: [], lemma: [], sentence: new Int32Array(n), word: new Int32Array(n).fill(-1) };
  const mentionStart = new Int32Array(n).fill(-1);
  const mentionAt = new Int32Array(n).fill(-1);
  const begins: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    // "open-ended": no space around a hyphen between words.
    if (i > 0 && p.word !== '-' && parts[i - 1]!.word !== '-') at++;
    t.start[i] = at;
    at += p.word.length;
    t.end[i] = at;
    t.text.push(p.word);
    t.norm.push(p.word.toLowerCase());
    t.lemma.push(p.word.toLowerCase());
    t.pos.push(p.tag);
    if (p.party) {
      mentionStart[i] = mentionAt[i] = begins.length;
      begins.push(i);
    }
  });
  const slots: SlotIndex = { mentionStart, mentionAt, mentionBegin: Int32Array.from(begins), mentionEnd: Int32Array.from(begins.map((b) => b + 1)) };
  return { t, slots, spans: [[0, n]] };
}

test('the matcher finds what it found before over brackets, amounts, hyphens and commas between the words', () => {
  const patterns = verbMatcher().patterns as VerbPattern[];
  const fast = new PatternMatcher(patterns);
  const ref = new ReferenceMatcher(patterns);
  found = 0;
  for (const spec of [
    'Kenya/PROPN* held/VERB (/PUNCT in/ADP Nairobi/PROPN )/PUNCT talks/NOUN with/ADP Uganda/PROPN* ./PUNCT',
    'Kenya/PROPN* pledged/VERB 10/NUM million/NUM dollars/NOUN in/ADP aid/NOUN to/ADP Uganda/PROPN* ./PUNCT',
    'Kenya/PROPN* held/VERB open/ADJ -/PUNCT ended/VERB talks/NOUN with/ADP Uganda/PROPN* ./PUNCT',
    'Kenya/PROPN* restored/VERB complete/ADJ ,/PUNCT full/ADJ diplomatic/ADJ relations/NOUN with/ADP Uganda/PROPN* ./PUNCT',
    'Kenya/PROPN* was/AUX on/ADP high/ADJ alert/NOUN ./PUNCT',
    'Kenya/PROPN* held/VERB talks/NOUN in/ADP Nairobi/PROPN with/ADP Uganda/PROPN* ./PUNCT',
  ]) {
    sameMatches(fast, ref, written(spec));
  }
  assert.ok(found >= 5, `only ${found} matches compared`);
});

test('WordFilter never rules out a word of its set', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), (set, others) => {
      const f = new WordFilter(set);
      for (const w of set) assert.equal(f.mayHave(w), true, JSON.stringify(w));
      // Words outside the set may pass (the map decides); the table is only ever a first sieve.
      for (const w of others) if (!f.mayHave(w)) assert.ok(!set.includes(w));
    }),
  );
});
