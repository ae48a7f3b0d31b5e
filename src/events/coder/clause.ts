import type { TokenTable } from '../../doc/tokens.js';
import { compound, relationalPossessive, type SlotIndex } from '../patterns/matcher.js';
import {
  CLAUSE_OPENERS,
  CONDITIONALS,
  FAILURE_VERBS,
  FUTURE_MODALS,
  HYPOTHETICAL_MODALS,
  INTENT_NOUNS,
  INTENT_VERBS,
  NEGATORS,
  OBJECT_CONTROL_VERBS,
  REFUSAL_VERBS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  THREAT_VERBS,
} from './lexicon.js';

/** Per-document arrays the clause analysis reads: tokens plus where actor mentions are. */
export interface ClauseIndex extends SlotIndex {
  t: TokenTable;
  /** For each token: the actor mention covering it, or -1. */
  mentionAt: Int32Array;
  /** For each mention: its first token. */
  mentionBegin: Int32Array;
  /** 1 for tokens inside a parenthetical: "-- who doubles as envoy --", "(APEC)", ", who was appointed ,". */
  paren: Uint8Array;
  /** 1 for tokens of a trailing attribution: ", the Foreign Ministry said." */
  attribution: Uint8Array;
  /** For each token: the place mention (with a known country) starting there, or -1. */
  placeStart: Int32Array;
  /** For each mention: 1 when its actor code has a country part. */
  hasCountry: Uint8Array;
  /** For each mention: 1 when its code carries an agent (GOV, MIL, …): a role, not a bare state. */
  hasAgent: Uint8Array;
}

export type ControlKind = 'intent' | 'threat' | 'refusal' | 'failure' | 'appeal' | 'demand' | 'neutral';

/** What the words around a verb say about it: negated, hypothetical, intended, refused… */
export interface VerbChain {
  /** First token of the verb complex: subjects are sought left of it. */
  start: number;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  passive: boolean;
  /** Nearest governing control word and its kind ("vowed" → intent). */
  control: ControlKind | null;
  controlToken: number;
  /** For "urged Iran to stop": the mention between the control verb and "to". */
  controlObject: number;
  /** A speech verb governs the clause: "said it would …" reads as intent, not hypothesis. */
  reported: boolean;
  /** "must", "should", "has to": an obligation, a demand when someone else says it. */
  obligation: boolean;
}

const BE = new Set(['be', 'get', 'become']);
/** Verbs and nouns that report a demand: "declared that China must", "a reminder to Iraq that it must". */
const DEMAND_SPEECH = new Set(['declare', 'conclude', 'warn', 'insist', 'stress', 'demand', 'urge', 'announce']);
const REMINDER_NOUNS = new Set(['reminder', 'warning', 'statement', 'demand', 'call', 'message', 'letter']);
const APPEAL_VERBS = new Set(['urge', 'call', 'ask', 'appeal', 'invite', 'encourage', 'request', 'plead', 'invitation', 'advise']);
const DEMAND_VERBS = new Set(['demand', 'press', 'order', 'force', 'pressure', 'compel', 'instruct', 'tell', 'insist']);

/** The control a word exerts on a "to"-complement: "vowed to" intent, "refused to" refusal, … */
export function controlKind(lemma: string, norm: string): ControlKind | null {
  if (THREAT_VERBS.has(lemma)) return 'threat';
  if (REFUSAL_VERBS.has(lemma) || REFUSAL_VERBS.has(norm)) return 'refusal';
  if (FAILURE_VERBS.has(lemma) || FAILURE_VERBS.has(norm)) return 'failure';
  if (INTENT_VERBS.has(lemma) || INTENT_VERBS.has(norm)) return 'intent';
  if (INTENT_NOUNS.has(lemma) || INTENT_NOUNS.has(norm)) return 'intent';
  if (APPEAL_VERBS.has(lemma)) return 'appeal';
  if (DEMAND_VERBS.has(lemma)) return 'demand';
  return null;
}

/** Verbs whose object takes a bare verb as the act asked of it: "demanded Japan apologize", "urged Iran stop". */
const BARE_COMPLEMENT_VERBS = new Map<string, ControlKind>([
  ['demand', 'demand'],
  ['insist', 'demand'],
  ['urge', 'appeal'],
  ['request', 'appeal'],
  ['recommend', 'appeal'],
  ['propose', 'appeal'],
  ['suggest', 'appeal'],
]);

/** A verb in its base form, as a complement's verb is ("apologize", not "apologized" or "apologizes"). */
function baseVerb(t: TokenTable, i: number): boolean {
  return t.pos[i] === 'VERB' && t.norm[i] === t.lemma[i] && !t.norm[i]!.endsWith('ing');
}

/** The party whose mention ends at token `end`, right before a verb that may be its bare complement; -1 when none. */
function bareComplementObject(ci: ClauseIndex, end: number, s0: number): number {
  const m = ci.mentionAt[end]!;
  return m >= 0 && ci.mentionEnd[m] === end + 1 && ci.mentionBegin[m]! > s0 ? m : -1;
}

/** Words that may stand between a verb and a verb joined to it by "and": its object ("end the military drills"). */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON']);

/**
 * For the "and" at `and`: the first of two joined verbs, when it is a bare verb after "to" or after a party, with at
 * most a short object between it and "and" ("to end the drills and apologize"); -1 otherwise.
 */
function coordinatedBase(ci: ClauseIndex, and: number, s0: number): number {
  const t = ci.t;
  for (let k = and - 1; k >= s0 && and - k <= 8; k--) {
    if (t.pos[k] === 'VERB') {
      if (k === and - 1 || !baseVerb(t, k) || k - 1 < s0) return -1;
      return t.norm[k - 1] === 'to' || bareComplementObject(ci, k - 1, s0) >= 0 ? k : -1;
    }
    if (ci.mentionAt[k]! < 0 && !OBJECT_WORDS.has(t.pos[k]!)) return -1;
  }
  return -1;
}

/** Prepositions that open a phrase no subject stands in: "talks with Iran", "sanctions against Iran and Iraq". */
const PHRASE_OPENERS = /^(with|against|to|between|into|from|at|on|toward|towards|for|by|than|over|about|in)$/;

/** Nouns that stand for the speaker's own state after a speech verb: "said the country would contribute". */
const STATE_ANAPHORS = new Set(['country', 'nation', 'state', 'government', 'side', 'kingdom', 'republic', 'administration', 'regime', 'authority', 'party', 'organization', 'body', 'group']);

/** Tags of the subject of a gapped passive: "and [26 others] injured", "and [many more] wounded". */
const GAPPED_SUBJECT = new Set(['NUM', 'ADJ', 'NOUN', 'DET', 'PRON']);

/** Past participles: "attacked", "seen", "held" (wink tags them VERB; the form differs from the lemma). */
function participle(t: TokenTable, i: number): boolean {
  const n = t.norm[i]!;
  if (t.pos[i] !== 'VERB' && t.pos[i] !== 'ADJ') return false;
  if (n.endsWith('ing')) return false;
  return n.endsWith('ed') || n.endsWith('en') || n.endsWith('wn') || (n !== t.lemma[i] && !n.endsWith('s')) || SAME_PARTICIPLE.has(n);
}

/** Participles spelt like the verb: "was put under investigation", "were hit by shells", "was shut down". */
const SAME_PARTICIPLE = new Set(['put', 'set', 'cut', 'hit', 'shut', 'hurt', 'spread', 'cast', 'upset', 'burst', 'shed', 'split']);

/** A verb chain with nothing around it yet: asserted, past or present, active, uncontrolled. */
export function plainChain(start: number): VerbChain {
  return {
    start,
    negated: false,
    hypothetical: false,
    future: false,
    passive: false,
    control: null,
    controlToken: -1,
    controlObject: -1,
    reported: false,
    obligation: false,
  };
}

/**
 * Read the verb complex ending at `anchor` right to left: auxiliaries,
 * negators, adverbs and "to"-complements of control words.
 *
 * @example
 * // "The two vowed to meet": anchor "meet" → { start: "vowed", control: 'intent' }
 */
export function analyseChain(ci: ClauseIndex, anchor: number, s0: number): VerbChain {
  const t = ci.t;
  const c = plainChain(anchor);
  let sawBe = false;
  let i = anchor - 1;
  while (i >= s0) {
    const n = t.norm[i]!;
    const pos = t.pos[i]!;
    if (NEGATORS.has(n) && (pos === 'PART' || pos === 'ADV' || pos === 'DET' || pos === 'CCONJ')) {
      c.negated = true;
    } else if (pos === 'AUX') {
      // "is seeking to strengthen ties": a "be" before the control verb is that verb's, not a passive of ours.
      if (BE.has(t.lemma[i]!) && c.control === null) sawBe = true;
      if (FUTURE_MODALS.has(n)) c.future = true;
      else if (HYPOTHETICAL_MODALS.has(n)) c.hypothetical = true;
      if (n === 'must' || n === 'should') c.obligation = true;
    } else if (pos === 'ADV' && !CLAUSE_OPENERS.has(n)) {
      // "also held", "reportedly attacked"
    } else if (n === 'and' && i - 1 >= s0 && t.pos[i - 1] === 'VERB' && t.norm[i - 1] === t.lemma[i - 1] && i - 2 >= s0 && (t.norm[i - 2] === 'to' || t.pos[i - 2] === 'ADV')) {
      // "agreed to communicate and cooperate": the second verb shares the "to" of the first.
      i -= 2;
      c.start = i + 1;
      continue;
    } else if (n === 'and' && c.start === anchor && baseVerb(t, anchor)) {
      // "urged Japan to end the drills and apologize", "demanded Japan end the drills and apologize": the second verb
      // shares the complement of the first, past the first one's object.
      const first = coordinatedBase(ci, i, s0);
      if (first < 0) break;
      c.start = first;
      i = first - 1;
      continue;
    } else if (n === 'to' && i - 1 >= s0) {
      let w = i - 1;
      // "urged Iran to stop": the object sits between the control verb and "to".
      let object = -1;
      const m = ci.mentionAt[w]!;
      if (m >= 0 || (t.pos[w] === 'PRON' && /^(him|her|them|it|us|me)$/.test(t.norm[w]!))) {
        object = m;
        w = m >= 0 ? ci.mentionBegin[m]! - 1 : w - 1;
        while (w >= s0 && (t.pos[w] === 'DET' || t.pos[w] === 'ADJ' || t.pos[w] === 'ADP')) w--;
      }
      if (w < s0) break;
      // "agreed on Monday in principle to supply": step back over adverbials to the control verb.
      if (object < 0 && t.pos[w] !== 'VERB' && t.pos[w] !== 'ADJ' && !(t.pos[w] === 'NOUN' && controlKind(t.lemma[w]!, t.norm[w]!))) {
        let k = w;
        while (k >= s0 && w - k < 6 && ci.mentionAt[k]! < 0 && (t.pos[k] === 'ADV' || t.pos[k] === 'ADP' || t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN' || t.pos[k] === 'NUM' || t.pos[k] === 'DET')) k--;
        if (k >= s0 && t.pos[k] === 'VERB' && controlKind(t.lemma[k]!, t.norm[k]!)) w = k;
      }
      let kind = controlKind(t.lemma[w]!, t.norm[w]!);
      if (object >= 0 || (t.pos[w] === 'PRON' && object < 0 && w !== i - 1)) {
        if (kind !== 'appeal' && kind !== 'demand' && !OBJECT_CONTROL_VERBS.has(t.lemma[w]!)) break;
        // "Japan wants China to resume talks": wanting an act of someone else is an appeal to them, not one's intention.
        if (kind === null || (kind === 'intent' && object >= 0)) kind = 'appeal';
      }
      if (kind === null && t.pos[w] !== 'VERB' && t.pos[w] !== 'ADJ') break;
      if (c.control === null || c.control === 'neutral') {
        c.control = kind ?? 'neutral';
        c.controlToken = w;
        c.controlObject = object;
      }
      c.start = w;
      i = w - 1;
      continue;
    } else {
      break;
    }
    c.start = i;
    i--;
  }
  // "demanded Japan apologize": a bare verb after the object of a demand is its complement, as "to apologize" is.
  if (c.control === null && c.start > s0 && baseVerb(t, anchor)) {
    const object = bareComplementObject(ci, c.start - 1, s0);
    if (object >= 0) {
      let w = ci.mentionBegin[object]! - 1;
      while (w >= s0 && (t.pos[w] === 'DET' || t.pos[w] === 'ADJ')) w--;
      const kind = w >= s0 && t.pos[w] === 'VERB' ? BARE_COMPLEMENT_VERBS.get(t.lemma[w]!) : undefined;
      if (kind) {
        c.control = kind;
        c.controlToken = w;
        c.controlObject = object;
        c.start = w;
      }
    }
  }
  // "was attacked" is passive; "is opposed to", "is committed to" describe the subject's stance.
  const after = t.norm[anchor + 1];
  const adjectival = after === 'to' || after === 'about' || after === 'with' || after === 'of';
  // The tagger reads some participles as adjectives; an agent "by" still marks the passive: "was pressured by Uganda".
  const verbal = t.pos[anchor] === 'VERB' || (t.pos[anchor] === 'ADJ' && after === 'by');
  // "civilians killed by Syrian troops": a participle right after its noun with an agent "by" is a reduced passive.
  // The agent is a party or a determined noun ("by a bomb"); a bare noun is a manner: "Japan talked by phone with China".
  const agentParty = (k: number): boolean => k < t.count && (ci.mentionAt[k]! >= 0 || t.pos[k] === 'DET');
  const reduced =
    !sawBe && c.start === anchor && after === 'by' && /(ed|en|wn)$/.test(t.norm[anchor]!) && agentParty(anchor + 2) &&
    anchor - 1 >= s0 && (t.pos[anchor - 1] === 'NOUN' || t.pos[anchor - 1] === 'PROPN');
  // "There were ten soldiers killed in the blast": after an existential "there be", the noun before the participle is its patient.
  let existential = false;
  const objectNext = anchor + 1 < t.count && (ci.mentionAt[anchor + 1]! >= 0 || t.pos[anchor + 1] === 'DET');
  if (!sawBe && !objectNext && c.start === anchor && /(ed|en|wn)$/.test(t.norm[anchor]!) && anchor - 1 >= s0 && t.pos[anchor - 1] === 'NOUN') {
    for (let k = anchor - 2; k > s0; k--) {
      // "There were reports that soldiers attacked …": a new clause ends the search.
      if (t.pos[k] === 'VERB' || t.pos[k] === 'SCONJ' || t.pos[k] === 'PUNCT' || t.pos[k] === 'PRON') break;
      if (BE.has(t.lemma[k]!) && t.norm[k - 1] === 'there') existential = true;
    }
  }
  // "two guards were shot and four others hurt": after "and" and a subject of its own, a bare participle shares
  // the passive of the one before "and".
  let gapped = false;
  if (!sawBe && c.start === anchor) {
    let k = anchor - 1;
    while (k > s0 && anchor - k <= 4 && (ci.mentionAt[k]! >= 0 || GAPPED_SUBJECT.has(t.pos[k]!))) k--;
    gapped = k < anchor - 1 && k - 2 >= s0 && t.norm[k] === 'and' && participle(t, k - 1) && t.pos[k - 2] === 'AUX' && BE.has(t.lemma[k - 2]!);
  }
  if ((sawBe || reduced || existential || gapped) && participle(t, anchor) && verbal && !adjectival) c.passive = true;
  // "the need to resume talks": a control noun right before the complement.
  return c;
}

/**
 * Does a condition, a question or a speech verb govern the clause? Scans
 * left from the chain to the clause opener.
 */
export function clauseMood(
  ci: ClauseIndex,
  from: number,
  s0: number,
  s1: number,
): { conditional: boolean; question: boolean; reported: boolean; speechVerb: number } {
  const t = ci.t;
  let conditional = false;
  let reported = false;
  let speechVerb = -1;
  for (let i = from - 1; i >= s0 && from - i < 25; i--) {
    const n = t.norm[i]!;
    if (CONDITIONALS.has(n)) {
      conditional = true;
      break;
    }
    if (
      (t.pos[i] === 'VERB' && (SPEECH_VERBS.has(t.lemma[i]!) || DEMAND_SPEECH.has(t.lemma[i]!))) ||
      (t.pos[i] === 'NOUN' && REMINDER_NOUNS.has(t.lemma[i]!)) ||
      speechParticiple(t, i)
    ) {
      reported = true;
      speechVerb = i;
      break;
    }
    if (n === ';') break;
  }
  const question = t.norm[s1 - 1] === '?';
  return { conditional, question, reported, speechVerb };
}

/**
 * The lemma of a speech verb, also where the tagger took its past form for an adjective
 * before "that" ("the report alleged that …": "alleged" tagged ADJ); null for any other word.
 *
 * @example speechLemma(t, i) // "allege" for "alleged" in "The report alleged that France …"
 */
export function speechLemma(t: TokenTable, i: number): string | null {
  if (t.pos[i] === 'VERB' && SPEECH_VERBS.has(t.lemma[i]!)) return t.lemma[i]!;
  if (!speechParticiple(t, i)) return null;
  const n = t.norm[i]!;
  return SPEECH_VERBS.has(n.slice(0, -1)) ? n.slice(0, -1) : n.slice(0, -2);
}

/** "alleged that", "claimed that" tagged as adjectives: an adjective never takes a "that"-clause this way. */
function speechParticiple(t: TokenTable, i: number): boolean {
  if (t.pos[i] !== 'ADJ' || t.norm[i + 1] !== 'that') return false;
  const n = t.norm[i]!;
  return n.endsWith('ed') && (SPEECH_VERBS.has(n.slice(0, -1)) || SPEECH_VERBS.has(n.slice(0, -2)));
}

/** The mention before ", who …" that a relative clause attaches to. */
function relativeAntecedent(ci: ClauseIndex, rel: number, s0: number): number {
  let j = rel - 1;
  if (j >= s0 && ci.t.norm[j] === ',') j--;
  return j >= s0 ? ci.mentionAt[j]! : -1;
}

/** Adjectives and participles that attach a patron to a noun: "militants loyal to", "rebels backed by", "a party allied with". */
const PATRON_WORDS = new Set(['loyal', 'allied', 'aligned', 'linked', 'tied', 'affiliated', 'backed', 'supported', 'sponsored', 'armed', 'funded', 'close', 'faithful', 'answerable', 'beholden']);

/**
 * When the noun phrase ending before token `b` is the object of a patron phrase ("loyal to [Uganda's rebel commander]"),
 * the index of the patron word after the head actor; else -1.
 */
function patronPhrase(ci: ClauseIndex, b: number, s0: number): number {
  const t = ci.t;
  for (let j = b - 1; j >= s0 && j >= b - 6; j--) {
    const n = t.norm[j]!;
    if (n === 'to' || n === 'by' || n === 'with') {
      const w = j - 1;
      if (w - 1 < s0 || !PATRON_WORDS.has(t.norm[w]!)) return -1;
      // A head actor with a country of its own right before the patron word: "Afghan militants loyal to Zarqawi".
      // A head without one ("workers affiliated with the Serbian union") is known by its patron, which stands for it.
      const head = ci.mentionAt[w - 1]!;
      return head >= 0 && ci.hasCountry[head] ? w : -1;
    }
    const p = t.pos[j];
    if (!(p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'PART' || p === 'NUM' || ci.mentionAt[j]! >= 0)) return -1;
  }
  return -1;
}

/**
 * The actor mentions that are the subject of the verb complex starting at
 * `start`: the nearest actor to the left in the same clause, outside
 * parentheticals and attributions, with "and"-joined partners.
 *
 * @example
 * // "Seoul and Washington's envoys spoke" → [Seoul, Washington]
 */
export function findSubject(ci: ClauseIndex, start: number, s0: number, depth = 0, lenient = false): number[] {
  const t = ci.t;
  let crossedVerb = false;
  let viaParticiple = false;
  let ofFallback = -1;
  const coordinated = start - 1 >= s0 && (t.norm[start - 1] === 'and' || t.norm[start - 1] === 'but');
  const gerund = t.norm[start]!.endsWith('ing') || participle(t, start);
  const skipParen = !ci.paren[start];
  /** A common noun right before the verb: a subject that is no party ("the deal was killing"). */
  const noun = start - 1 >= s0 && t.pos[start - 1] === 'NOUN' && !STATE_ANAPHORS.has(t.lemma[start - 1]!) ? start - 1 : -1;
  if (coordinated && depth < 2) {
    // "Biegun congratulated Choi … and expressed hope": the subject of the first verb, not its object.
    for (let i = start - 2; i >= s0; i--) {
      const n = t.norm[i]!;
      if (n === ';' || n === ':' || (CLAUSE_OPENERS.has(n) && t.pos[i] === 'SCONJ')) break;
      if (t.pos[i] === 'VERB' && !(t.norm[i]!.endsWith('ing') && t.norm[i - 1] === ',')) {
        let j = i;
        while (j - 1 >= s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV' || NEGATORS.has(t.norm[j - 1]!))) j--;
        // No subject for the first verb: the nearest noun is its object, not ours.
        return findSubject(ci, j, s0, depth + 1);
      }
    }
  }
  // "Bangladesh rejected an Indian proposal …, urging the counterpart to sign": a participle after a comma shares the
  // main clause's subject, not the nearest party (which is an object or sits in a phrase).
  if (gerund && t.norm[start]!.endsWith('ing') && t.pos[start] === 'VERB' && start - 1 >= s0 && t.norm[start - 1] === ',' && depth < 2) {
    for (let k = start - 2; k >= s0; k--) {
      if (t.norm[k] === ';' || t.norm[k] === ':') break;
      if (t.pos[k] === 'VERB' && !ci.paren[k] && !t.norm[k]!.endsWith('ing') && t.norm[k - 1] !== 'to') {
        let j = k;
        while (j - 1 >= s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV' || NEGATORS.has(t.norm[j - 1]!))) j--;
        const main = findSubject(ci, j, s0, depth + 1);
        if (main.length) return main;
        break;
      }
    }
  }
  // "visit Mauritania … to mediate": a purpose infinitive takes the main clause's subject.
  if (start - 1 >= s0 && t.norm[start - 1] === 'to' && depth < 2) {
    for (let k = start - 2; k >= s0; k--) {
      if (t.norm[k] === ';' || t.norm[k] === ':' || t.norm[k] === ',') break;
      // "the demonstration staged by students … to protest": the purpose is the agent's, not the main subject's.
      if (t.pos[k] === 'VERB' && participle(t, k) && t.norm[k + 1] === 'by') {
        const m = k + 2 < start ? ci.mentionAt[k + 2]! : -1;
        return m >= 0 ? leftCompound(ci, m, s0) : [];
      }
      if (t.pos[k] === 'VERB' && !participle(t, k)) {
        let j = k;
        while (j - 1 >= s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV' || t.norm[j - 1] === 'to' || NEGATORS.has(t.norm[j - 1]!))) j--;
        return findSubject(ci, j, s0, depth + 1);
      }
    }
  }
  for (let i = start - 1; i >= s0; i--) {
    if (skipParen && (ci.paren[i] || ci.attribution[i])) continue;
    const n = t.norm[i]!;
    const m = ci.mentionAt[i]!;
    if (m >= 0) {
      // "the leader of Iran said" is Iran's; "talks with Iran" is not the subject, nor is "sanctions against Iran and
      // Iraq" (the phrase opens before the first party of a list).
      const b = ci.mentionBegin[m]!;
      const before = b - 1 >= s0 ? t.norm[b - 1]! : '';
      // ("ties between Iran and Iraq resumed": the two sides of "between" are the parties.)
      const group = leftCompound(ci, m, s0);
      const first = group.length > 1 ? ci.mentionBegin[group[0]!]! : b;
      const opener = first - 1 >= s0 ? t.norm[first - 1]! : '';
      if (PHRASE_OPENERS.test(opener) && !(first !== b && opener === 'between') && !crossedVerb) {
        // A passive's patient may sit in a phrase: "a camp for Congolese refugees was attacked".
        if (lenient && ofFallback < 0) ofFallback = m;
        i = first;
        continue;
      }
      // "the Turkish and Greek sides of … Cyprus": a modifier of the head noun beats the "of" phrase.
      if (before === 'of' && ofFallback < 0) {
        ofFallback = m;
        i = b;
        continue;
      }
      // "Militants loyal to Zarqawi said …": the patron in a post-modifier is not the subject; its head noun is.
      const patron = patronPhrase(ci, b, s0);
      if (patron >= 0 && !crossedVerb) {
        i = patron;
        continue;
      }
      return group;
    }
    // "…, and said they also opposed …": a personal pronoun is the subject; it is resolved later, not skipped over.
    if (t.pos[i] === 'PRON' && /^(he|she|it|they|we)$/.test(n) && !crossedVerb && !lenient) return [];
    if (RELATIVE_PRONOUNS.has(n) && t.pos[i] === 'PRON' && i === start - 1) {
      const a = relativeAntecedent(ci, i, s0);
      if (a >= 0) return leftCompound(ci, a, s0);
    }
    if (n === ';' || n === ':') break;
    if (CLAUSE_OPENERS.has(n) && (t.pos[i] === 'SCONJ' || n === 'that')) break;
    // "Unions said the deal was killing farmers": a clause with a subject of its own that is no party, right after a
    // speech verb ("said", spelt as a participle is), has no party for a subject.
    if (t.pos[i] === 'VERB' && i + 2 === noun && t.pos[i + 1] === 'DET' && SPEECH_VERBS.has(t.lemma[i]!) && !crossedVerb) break;
    if (t.pos[i] === 'VERB' && !participle(t, i)) {
      // ", reiterating the need …": the participle shares the main clause's subject.
      if (n.endsWith('ing') && i - 1 >= s0 && t.norm[i - 1] === ',' && !viaParticiple && depth < 2) {
        viaParticiple = true;
        // The main clause's verb, then its subject.
        for (let k = i - 2; k >= s0; k--) {
          if (t.norm[k] === ';' || t.norm[k] === ':') break;
          if (t.pos[k] === 'VERB' && !ci.paren[k]) {
            let j = k;
            while (j - 1 >= s0 && (t.pos[j - 1] === 'AUX' || t.pos[j - 1] === 'ADV' || NEGATORS.has(t.norm[j - 1]!))) j--;
            return findSubject(ci, j, s0, depth + 1);
          }
        }
        continue;
      }
      if (crossedVerb) break;
      if (!(coordinated || gerund || viaParticiple) || depth > 1 || SPEECH_VERBS.has(t.lemma[i]!)) break;
      crossedVerb = true;
    }
  }
  return ofFallback >= 0 ? leftCompound(ci, ofFallback, s0) : [];
}

/**
 * The object of a verb when the pattern named no target: the first party
 * after the evidence in the same clause ("imposed a curfew in Cizre, Turkey").
 * Places count only when `places` is true (material acts done to a place),
 * never for meetings, where a place is the venue.
 */
export function findObject(ci: ClauseIndex, from: number, s1: number, places: boolean, topics = !places, skip?: (m: number) => boolean, intoInfinitive = true): number[] {
  const placeAt = ci.placeStart;
  const t = ci.t;
  let agentOnly: number[] = [];
  let crossedTo = false;
  let sawNoun = false;
  for (let i = from; i < s1 && i < from + 15; i++) {
    if (ci.attribution[i] || ci.paren[i]) break;
    const m = ci.mentionStart[i]!;
    // A mention the caller rules out ("official" in "all official contact with …") is passed over.
    if (m >= 0 && skip?.(m)) {
      i = ci.mentionEnd[m]! - 1;
      continue;
    }
    // "killed the commander of Kenya's militia ally": the party's ally, rival or neighbour is not the party.
    const related = m >= 0 ? relationalPossessive(t, ci.mentionEnd[m]!, s1) : -1;
    if (related > 0) {
      i = related - 1;
      continue;
    }
    if (m >= 0) {
      // "any official contact with Canada": an agent word without a country yields to a country after it.
      if (!ci.hasCountry[m] && !agentOnly.length) {
        agentOnly = rightCompound(ci, m, s1);
        i = ci.mentionEnd[m]! - 1;
        continue;
      }
      if (!ci.hasCountry[m]) continue;
      return rightCompound(ci, m, s1);
    }
    if (places && placeAt[i]! >= 0) return [placeAt[i]!];
    const n = t.norm[i]!;
    // "would only welcome him in Jerusalem": an object pronoun is the object; the place after it is a venue.
    // ("her" before a noun is a possessive: "met her Kenyan counterpart".)
    if (t.pos[i] === 'PRON' && OBJECT_PRONOUNS.has(n) && !(n === 'her' && i + 1 < s1 && /^(NOUN|ADJ|PROPN|NUM)$/.test(t.pos[i + 1]!))) break;
    // "cooperate on North Korea's nuclear programs": for talk and cooperation, "on"/"about" introduce a topic, not a party.
    // "began a mediation effort on Monday between A and B": a day is no topic.
    const day = n === 'on' && i + 1 < s1 && DAYS.test(t.norm[i + 1]!);
    if (topics && !day && (n === 'on' || n === 'about' || n === 'over' || n === 'regarding' || n === 'concerning')) break;
    // "warned that Israel …", "allowed that Mordor …": the subject of a that-clause right after the verb.
    if (n === 'that' && i === from) continue;
    if (n === ',' || n === ';' || n === ':' || t.pos[i] === 'SCONJ' || n === 'that' || n === 'who' || n === 'which') break;
    // "resigned Sunday as the opposition threatened …": an adverbial clause holds no object of the verb.
    if (ADVERBIAL_OPENERS.has(n) && clauseAhead(t, i + 1, s1)) break;
    // "threatened to launch an offensive against Iraq": the object of the infinitive.
    if (t.pos[i] === 'VERB' && !participle(t, i) && !n.endsWith('ing')) {
      // "threatened Monday to resume attacks in Israel": once, into the infinitive's object.
      // Only a control verb's infinitive holds its object; "resigned to allow Haiti's elections" is a purpose.
      // A control noun's infinitive holds it too: "would not accept the rebels' demand to free detainees in Chad".
      const nounControl = i - 2 >= 0 && t.pos[i - 2] === 'NOUN' && controlKind(t.lemma[i - 2]!, t.norm[i - 2]!) !== null;
      // So does a noun it complements: "signed a deal on Friday to supply Chile with grain".
      // "send supplies to help defend Jordan": "help" takes a bare infinitive whose object is the one helped.
      if (t.norm[i - 1] === 'help' && !crossedTo) crossedTo = true;
      else if (t.norm[i - 1] === 'to' && !crossedTo && (intoInfinitive || nounControl || sawNoun)) crossedTo = true;
      else break;
    }
    // "withdraw inspectors and humanitarian workers from Iraq": "and" joining two nouns stays in the object phrase.
    const nounPair = i > 0 && t.pos[i - 1] === 'NOUN' && ci.mentionAt[i - 1]! < 0 && (t.pos[i + 1] === 'NOUN' || (t.pos[i + 1] === 'ADJ' && t.pos[i + 2] === 'NOUN'));
    if (t.pos[i] === 'CCONJ' && !nounPair) break;
    if (t.pos[i] === 'NOUN' && !TIME_NOUNS.test(n) && !DAYS.test(n)) sawNoun = true;
  }
  return agentOnly;
}

/** Personal pronouns that can only be objects. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

const ADVERBIAL_OPENERS = new Set(['as', 'while', 'when', 'because', 'although', 'though', 'whereas', 'until', 'once']);

/** A subject then its verb within a few words: "as the opposition threatened", not "as an ugly crime". */
function clauseAhead(t: TokenTable, j: number, s1: number): boolean {
  for (let k = j; k < s1 && k < j + 5; k++) {
    if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return k > j;
    if (t.pos[k] === 'PUNCT' || t.pos[k] === 'ADP') return false;
  }
  return false;
}

const TIME_NOUNS = /^(yesterday|week|weeks|month|months|year|years|morning|evening|night|day|days|weekend|hour|hours)$/;

const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight)$/;

/** Extend a subject mention leftwards over "A and B", "A, B and C", "A, an envoy, and B". */
export function leftCompound(ci: ClauseIndex, m: number, s0: number): number[] {
  const t = ci.t;
  const out = [m];
  let b = ci.mentionBegin[m]!;
  let joined = false;
  for (;;) {
    let j = b - 1;
    while (j >= s0 && (t.pos[j] === 'DET' || t.pos[j] === 'PRON' || t.pos[j] === 'ADJ') && ci.mentionAt[j]! < 0) j--;
    if (j < s0 || !(t.norm[j] === 'and' || t.norm[j] === ',' || t.norm[j] === '&')) break;
    // A list closes with "and": "Mordor, Rohan and Bree". A bare comma before the last party is a clause or an
    // appositive boundary ("… Roma families, a rights group complained"), not a list.
    if (t.norm[j] === ',' && !joined) break;
    joined = true;
    const commaAnd = t.norm[j] === 'and' && j - 1 >= s0 && t.norm[j - 1] === ',';
    j--;
    if (j >= s0 && t.norm[j] === ',') j--;
    // Skip one appositive between the conjuncts: "Lee, special representative for …, and his counterpart".
    if (commaAnd && j >= s0 && ci.mentionAt[j]! < 0) {
      let k = j;
      while (k >= s0 && k > j - 12 && t.norm[k] !== ',' && t.pos[k] !== 'VERB') k--;
      if (k >= s0 && t.norm[k] === ',') j = k - 1;
    }
    if (j < s0) break;
    const prev = ci.mentionAt[j]!;
    if (prev < 0 || out.includes(prev)) break;
    out.unshift(prev);
    b = ci.mentionBegin[prev]!;
  }
  return out;
}

/** Particles of phrasal verbs between a passive and its "by": "shot down by", "blown up by". */
const PARTICLES = new Set(['down', 'up', 'out', 'off']);

/** Prepositions of a place phrase between a passive and its "by": "shot down over the sea by". */
const PLACE_PREPS = new Set(['over', 'above', 'near', 'in']);

/** Mentions after "by" following a passive verb: "was attacked by Burundian militiamen". */

export function passiveAgent(ci: ClauseIndex, anchor: number, s1: number): number[] {
  const t = ci.t;
  let limit = anchor + 4;
  for (let i = anchor + 1; i < s1 && i < limit; i++) {
    if (PARTICLES.has(t.norm[i]!) && i === anchor + 1) {
      limit++;
      continue;
    }
    // "was shot down over northern Gondor by …": a short place phrase, then the agent.
    if (PLACE_PREPS.has(t.norm[i]!) && t.pos[i] === 'ADP') {
      let j = i + 1;
      while (j < s1 && j < i + 5 && t.norm[j] !== 'by' && (t.pos[j] === 'DET' || t.pos[j] === 'ADJ' || t.pos[j] === 'PROPN' || t.pos[j] === 'NOUN')) j++;
      if (t.norm[j] === 'by') {
        limit = j + 1;
        i = j - 1;
        continue;
      }
      break;
    }
    if (t.norm[i] === 'by') {
      for (let j = i + 1; j < s1 && j < i + 5; j++) {
        const m = ci.mentionStart[j]!;
        if (m >= 0) return rightCompound(ci, m, s1);
        if (t.pos[j] === 'VERB' || t.pos[j] === 'PUNCT') break;
      }
      return weaponUser(ci, i + 1, s1);
    }
    if (t.pos[i] !== 'ADV') break;
  }
  return attackAgent(ci, anchor, s1)?.agent ?? [];
}

/** Verbs of using a weapon: "a missile fired by …", "a bomb planted by …". */
const WEAPON_USE = new Set(['fire', 'launch', 'plant', 'detonate', 'drop', 'lob', 'set']);

/**
 * Who used the weapon that is a passive's agent: "was shot down by a missile (believed to have been) fired by
 * rebels" → rebels. Scans the weapon's noun phrase for a participle of use, hedged or not, then "by" and a party.
 *
 * @example
 * // "… destroyed by rockets fired by Somali insurgents" → [Somali insurgents]
 */
function weaponUser(ci: ClauseIndex, from: number, s1: number): number[] {
  const t = ci.t;
  for (let i = from; i < s1 && i < from + 12; i++) {
    const n = t.norm[i]!;
    if (n === ',' || n === ';' || t.pos[i] === 'SCONJ' || n === 'and' || ci.mentionAt[i]! >= 0) return [];
    if (!WEAPON_USE.has(t.lemma[i]!) || t.pos[i] !== 'VERB' || n === t.lemma[i]) continue;
    if (t.norm[i + 1] !== 'by') return [];
    for (let j = i + 2; j < s1 && j < i + 6; j++) {
      const m = ci.mentionStart[j]!;
      if (m >= 0) return rightCompound(ci, m, s1);
      if (t.pos[j] === 'VERB' || t.pos[j] === 'PUNCT') break;
    }
    return [];
  }
  return [];
}

/** Verbs of firing a projectile: where it was fired from names who fired it. */
const LAUNCH_VERBS = new Set(['fire', 'launch', 'lob']);

/**
 * The party a projectile was fired from, for a passive with no "by": "rockets were fired at Israel from Gaza" → Gaza.
 * Only for verbs of firing, and only a "from" phrase in the same clause.
 *
 * @example
 * // "A shell was fired at the town from Syria" → [Syria]
 */
export function launchSite(ci: ClauseIndex, anchor: number, from: number, s1: number): number[] {
  const t = ci.t;
  if (!LAUNCH_VERBS.has(t.lemma[anchor]!)) return [];
  for (let i = from; i < s1 && i < from + 8; i++) {
    if (t.pos[i] === 'VERB' || t.pos[i] === 'SCONJ' || (t.pos[i] === 'PUNCT' && t.norm[i] !== '-')) return [];
    if (t.norm[i] !== 'from') continue;
    for (let j = i + 1; j < s1 && j < i + 4; j++) {
      const m = ci.mentionStart[j]!;
      if (m >= 0) return ci.hasCountry[m] ? [m] : [];
      if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ') break;
    }
    return [];
  }
  return [];
}

/** Verbs of killing or wounding whose unnamed perpetrator the place of the act may stand for. */
const HARM_VERBS = new Set(['kill', 'wound', 'injure', 'shoot', 'ambush', 'behead', 'murder', 'assassinate']);

/** Prepositions of where an act happened: "in Somalia", "near the town of …", "outside (of) the city of …". */
const SITE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'around']);

/** Words between a site preposition and the place: "the town of", "the northern Malian city of". */
const SITE_WORDS = new Set(['the', 'a', 'of', 'town', 'city', 'village', 'province', 'region', 'district', 'capital', 'border']);

/**
 * The place where a killing or wounding by nobody named happened, scanning `from`–`to` (one clause stretch):
 * "two Kenyan soldiers were killed in Somalia" → Somalia; "a bomb near the town of Gao killed …" → Gao.
 * Event data codes such an act as coming from the country it happened in; the caller checks that this
 * country is not the victims' own (a domestic bombing stays without a source).
 *
 * @example
 * // "Four French soldiers were killed by a landmine outside the Malian city of Gao" → [Malian]
 */
export function attackSite(ci: ClauseIndex, from: number, to: number): number {
  const t = ci.t;
  for (let i = from; i < to && i < from + 14; i++) {
    const n = t.norm[i]!;
    if (t.pos[i] === 'AUX' || t.pos[i] === 'SCONJ' || n === 'and' || n === 'who' || n === 'which' || (t.pos[i] === 'PUNCT' && n !== '-')) return -1;
    if (!SITE_PREPOSITIONS.has(n) || ci.mentionAt[i]! >= 0) continue;
    for (let j = i + 1; j < to && j < i + 8; j++) {
      const m = ci.mentionStart[j]!;
      if (m >= 0) return ci.hasCountry[m] ? m : -1;
      if (ci.placeStart[j]! >= 0) return ci.placeStart[j]!;
      if (!SITE_WORDS.has(t.norm[j]!) && t.pos[j] !== 'ADJ' && t.pos[j] !== 'DET') break;
    }
  }
  return -1;
}

/** Nouns of a blast or a device that kills: the subject of "a roadside bomb near … killed". */
const BLAST_NOUNS = new Set(['bomb', 'bombs', 'bombing', 'blast', 'explosion', 'mine', 'landmine', 'device', 'grenade', 'rocket', 'shell', 'attack', 'ambush']);

/** The first blast noun in `from`–`to`, or -1: "A roadside bomb near the town of Gao killed …". */
export function blastNoun(ci: ClauseIndex, from: number, to: number): number {
  for (let i = from; i < to; i++) if (BLAST_NOUNS.has(ci.t.norm[i]!) && ci.t.pos[i] === 'NOUN') return i;
  return -1;
}

/**
 * Is the act one whose unnamed doer the place may stand for: killing or wounding, or a power only a state
 * uses where it rules — investigating (09), arresting or charging (173), expelling (174)?
 */
export function siteAct(ci: ClauseIndex, anchor: number, code: string): boolean {
  return HARM_VERBS.has(ci.t.lemma[anchor]!) || code.startsWith('09') || code.startsWith('173') || code.startsWith('174');
}

/** Nouns of an armed attack whose modifier names the attacker: "killed in an Israeli air strike". */
const ATTACK_NOUNS = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombardment', 'bombing', 'bombings',
  'raid', 'raids', 'offensive', 'assault', 'ambush', 'fire', 'gunfire', 'crossfire', 'operation', 'operations', 'barrage',
]);

/**
 * The attacker of a passive act named as the modifier of an attack noun after "in":
 * "were killed in Israeli tank shelling" → Israeli; also the attack noun's token.
 *
 * @example
 * // "Four children were killed in Israeli tank shelling" → { agent: [Israeli], noun: <shelling> }
 */
export function attackAgent(ci: ClauseIndex, anchor: number, s1: number): { agent: number[]; noun: number } | null {
  const t = ci.t;
  let i = anchor + 1;
  while (i < s1 && t.pos[i] === 'ADV') i++;
  if (i >= s1 || (t.norm[i] !== 'in' && t.norm[i] !== 'during')) return null;
  i++;
  if (i < s1 && (t.norm[i] === 'a' || t.norm[i] === 'an' || t.norm[i] === 'the')) i++;
  const m = i < s1 ? ci.mentionStart[i]! : -1;
  if (m < 0) {
    // "killed in a drone strike by army units": the attack noun, then its agent.
    for (let j = i; j < s1 && j < i + 3; j++) {
      if (ATTACK_NOUNS.has(t.norm[j]!) && t.pos[j] === 'NOUN') {
        const by = t.norm[j + 1] === 'by' ? ci.mentionStart[j + 2]! : -1;
        const by2 = by < 0 && t.norm[j + 1] === 'by' && /^(the|a|an)$/.test(t.norm[j + 2] ?? '') ? ci.mentionStart[j + 3]! : -1;
        const a = by >= 0 ? by : by2;
        return a >= 0 ? { agent: rightCompound(ci, a, s1), noun: j } : null;
      }
      if (t.pos[j] !== 'NOUN' && t.pos[j] !== 'ADJ') break;
    }
    return null;
  }
  // Up to three modifiers between the attacker and the attack noun: "Israeli tank shelling", "a U.S.-led coalition air strike".
  for (let j = ci.mentionEnd[m]!; j < s1 && j < ci.mentionEnd[m]! + 4; j++) {
    if (ATTACK_NOUNS.has(t.norm[j]!) && (t.pos[j] === 'NOUN' || t.pos[j] === 'VERB')) return { agent: [m], noun: j };
    if (t.pos[j] !== 'NOUN' && t.pos[j] !== 'ADJ' && t.pos[j] !== 'PROPN') break;
  }
  return null;
}

/** A mention and the ones joined to it after it ("Iraq and Kuwait", "Mordor, Rohan and Bree"). */
export function rightCompound(ci: ClauseIndex, m: number, s1: number): number[] {
  return compound(ci.t, ci, m, s1).mentions;
}
