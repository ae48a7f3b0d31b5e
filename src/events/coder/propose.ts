import type { Doc } from '../../doc/doc.js';
import { endsWithEd, type PatternMatcher } from '../patterns/matcher.js';
import type { Candidate } from './candidate.js';
import { analyseChain, attackAgent, attackSite, blastNoun, siteAct, plainChain, findSubject, launchSite, leftCompound, passiveAgent, type ClauseIndex, type VerbChain } from './clause.js';
import { INTENT_NOUNS, LIGHT_VERBS } from './lexicon.js';
import { WordClasses } from '../../nlp/word-class.js';

/** A candidate with the clause facts refiners need. */
export interface Proposal {
  c: Candidate;
  chain: VerbChain;
  /** Speech verb or noun governing the clause ("said that …"), or -1; set by the mood refiner. */
  speech?: number;
}

// Halves of a hyphenated modifier: "machine-gun", "open-ended" (the tagger reads "ended" as a verb), "two-day".
const HYPHEN_PARTS = new Set(['NOUN', 'ADJ', 'NUM', 'VERB']);

/** Is the hyphen at `j` inside one word ("machine-gun"), not a dash or a prefix before a name ("anti- Gondor")? */
function hyphenated(ci: ClauseIndex, j: number): boolean {
  const t = ci.t;
  const part = (k: number): boolean => HYPHEN_PARTS.has(t.pos[k]!) && ci.mentionAt[k]! < 0;
  return part(j - 1) && part(j + 1) && t.end[j - 1] === t.start[j] && t.end[j] === t.start[j + 1];
}

const NOUN_SCAN = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'PART', 'ADV']);

/** What `propose` asks of a word before it proposes for a verb that anchors no pattern, as bits (`wordKind`). */
const POSSESSIVE = 1;
/** "-ed", "-ing". */
const PARTICIPLE = 2;
/** Written "March" or "May". */
const MONTH = 4;
/** "armed". */
const ARMED = 8;

function wordKind(norm: string, text: string): number {
  return (norm === "'s" ? POSSESSIVE : 0) | (endsWithEd(norm) || norm.endsWith('ing') ? PARTICIPLE : 0) | (text === 'March' || text === 'May' ? MONTH : 0) | (norm === 'armed' ? ARMED : 0);
}

/** Nouns "armed" qualifies as an adjective, in fixed phrases: "the armed forces", "armed struggle", "armed clashes". */
const ARMED_NOUNS = new Set(['forces', 'force', 'conflict', 'conflicts', 'struggle', 'clash', 'clashes', 'confrontation', 'robbery', 'robbers', 'men', 'personnel', 'services', 'units', 'gangs', 'attack', 'attacks', 'resistance', 'uprising', 'rebellion', 'violence', 'wing', 'police', 'guards', 'escort', 'escorts', 'action', 'actions', 'insurrection', 'hostilities']);

/** `wordKind` per word id, remembered across documents. */
const KINDS = new WordClasses(wordKind);

/**
 * Proposers: every token that anchors a verb pattern proposes one candidate
 * with its parties. Verbs take the clause subject as source ("verb-pattern");
 * nouns take a possessor, a "between A and B", a modifier pair or the subject
 * of the verb that governs them ("noun-pattern").
 *
 * @example
 * // "Biegun visited Seoul" → { rule: 'verb-pattern', code: '042', sources: [Biegun], targets: [Seoul] }
 */
export function propose(doc: Doc, ci: ClauseIndex, matcher: PatternMatcher, sentence: number): Proposal[] {
  const s = doc.sentences[sentence]!;
  const s0 = s.tokenStart;
  const s1 = s.tokenEnd;
  const t = ci.t;
  const out: Proposal[] = [];
  for (let i = s0; i < s1; i++) {
    const pos = t.pos[i]!;
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'AUX' && pos !== 'ADJ') continue;
    if (ci.mentionAt[i]! >= 0 && pos === 'PROPN') continue;
    // Whether a pattern matches is asked first: most tokens anchor none, and then only a verb (an obligation, below)
    // needs the word checks that follow, which rule a token out whatever the matcher says.
    const m = matcher.matchAt(t, ci, i, s1);
    if (!m && pos !== 'VERB') continue;
    if (notAnAct(t, pos, i, s0, s1)) continue;
    if (!m) {
      const ob = obligation(doc, ci, i, s0, sentence);
      if (ob) out.push(ob);
      continue;
    }
    // Adjectives after a determiner are mistagged nouns ("the offensive"); others are predicates ("is optimistic").
    const nominal = pos === 'NOUN' || pos === 'PROPN' || (pos === 'ADJ' && i > s0 && t.pos[i - 1] === 'DET');
    const c: Candidate = {
      rule: nominal ? 'noun-pattern' : 'verb-pattern',
      code: m.pattern.code,
      sentence,
      anchor: i,
      chainStart: i,
      evStart: i,
      evEnd: m.lastWord + 1,
      sources: [...m.sources],
      targets: [...m.targets],
      symmetric: m.pattern.symmetric,
      negated: false,
      reportedBy: null,
      pattern: m.pattern,
      score: m.score,
      notes: [],
      veto: null,
      nominal,
    };
    // "will demonstrate its might": a pattern flagged intransitive, with a direct object after it, is another sense.
    if (!nominal && m.pattern.intransitive && m.lastWord === i && i + 1 < s1 && OBJECT_START.has(t.pos[i + 1]!)) c.veto = 'an intransitive pattern with a direct object: another sense of the verb';
    // "seized with grief", "gripped by fear": a feeling takes hold of the party, no one seizes it.
    if (!nominal && (t.norm[i + 1] === 'with' || t.norm[i + 1] === 'by') && i + 2 < s1 && FEELINGS.has(t.lemma[i + 2]!)) c.veto = 'a feeling that seizes, not a seizure';
    // "the fighting spirit of the soldiers": a gerund before a noun of quality describes it.
    if (t.norm[i]!.endsWith('ing') && i + 1 < s1 && QUALITY_NOUNS.has(t.lemma[i + 1]!)) c.veto = 'a gerund describing a quality ("fighting spirit")';
    if (t.lemma[i] === 'hold' && c.code.startsWith('17')) c.veto ??= holdSense(ci, i, c.targets, s1);
    // "an open-ended strike": the word is half of a hyphenated compound, not the act.
    if (i > s0 && t.norm[i - 1] === '-') c.veto = 'part of a hyphenated word';
    // "Liberian riot police", "the Emergency Relief Coordinator": a one-word noun pattern inside an actor's name.
    else if (nominal && c.evEnd === i + 1 && i + 1 < s1 && ci.mentionAt[i]! >= 0 && ci.mentionAt[i + 1] === ci.mentionAt[i]) c.veto = 'part of an actor\'s name';
    else if (nominal && c.evEnd === i + 1 && /^[A-Z]/.test(t.text[i]!) && i > s0 && i + 1 < s1 && /^[A-Z]/.test(t.text[i + 1]!)) c.veto = 'inside a capitalised name';
    // "calling them an occupying army", "called Iran a threat": naming someone, not telephoning them.
    else if (!nominal && t.lemma[i] === 'call' && labelling(ci, i + 1, s1)) c.veto = '"call X a Y" names, it does not telephone';
    let chain: VerbChain;
    if (!nominal) {
      chain = analyseChain(ci, i, s0);
      c.chainStart = chain.start;
      c.evStart = Math.min(chain.start, i);
      if (chain.passive) {
        let agent = c.sources.length ? c.sources : passiveAgent(ci, i, s1);
        // "was put under investigation by France": the agent follows the pattern's last word.
        if (!agent.length && m.lastWord > i) agent = passiveAgent(ci, m.lastWord, s1);
        // "rockets were fired at Israel from Gaza": fired from a place, by its party.
        if (!agent.length) agent = launchSite(ci, i, m.lastWord + 1, s1);
        // "A seminar on the president's work was held": "hold" in its sense of convening; no party was detained.
        const patient = t.lemma[i] === 'hold' && gatheringSubject(ci, chain.start, s0) ? [] : headOfReducedRelative(ci, findSubject(ci, chain.start, s0, 0, true), chain.start, s0);
        // "two Kenyan soldiers were killed in Somalia": by nobody named, so the country where it happened.
        if (!agent.length && siteAct(ci, i, c.code)) {
          agent = foreignSite(doc, ci, attackSite(ci, m.lastWord + 1, s1), patient.length ? patient : c.targets);
          c.siteSource = agent.length > 0;
        }
        c.rule = 'passive';
        c.sources = agent;
        if (patient.length && !c.targets.length) c.targets = patient;
        // "ten Ugandan soldiers were killed": as in the active pattern "kill TGT soldiers", killing troops is combat (190).
        if (c.code === '1823' && t.lemma[i] === 'kill' && c.targets.length && c.targets.every((g) => troops(doc, g))) c.code = '190';
      } else if (!c.sources.length) {
        c.sources = findSubject(ci, chain.start, s0);
        // "a roadside bomb near the town of Gao killed two French soldiers": the blast's place, for want of a perpetrator.
        const blast = c.sources.length || !HARM.has(t.lemma[i]!) ? -1 : blastNoun(ci, s0, chain.start);
        if (blast >= 0) {
          c.sources = foreignSite(doc, ci, attackSite(ci, blast + 1, chain.start), c.targets);
          c.siteSource = c.sources.length > 0;
        }
      } else if (!c.targets.length) {
        // "Kenya received arms from Japan": the pattern's SRC gives, so the subject is the target.
        c.targets = findSubject(ci, chain.start, s0);
      }
    } else {
      chain = nominalParties(ci, c, s0);
    }
    out.push({ c, chain });
  }
  // "were killed in Israeli tank shelling": the shelling is how the killing was done — one event, not two.
  for (const p of out) {
    if (p.c.rule !== 'passive' || p.c.pattern === null) continue;
    const means = attackAgent(ci, p.c.anchor, s1);
    if (!means || !p.c.sources.every((m) => means.agent.includes(m))) continue;
    for (const q of out) if (q !== p && q.c.evStart <= means.noun && means.noun < q.c.evEnd && !q.c.veto) q.c.veto = `the means of "${t.norm[p.c.anchor]}", coded with it`;
  }
  return out;
}

/**
 * Is token `i` (tagged `pos`) of the sentence [s0, s1) no act whatever pattern it anchors: an attributive participle
 * ("the occupied West Bank", "the stalled dialogue") or the month ("signed in March")? The words' classes, not their
 * strings, are read: a verb that anchors nothing is ruled out without reading them.
 */
export function notAnAct(t: ClauseIndex['t'], pos: string, i: number, s0: number, s1: number): boolean {
  // (The tags around first: they rule out most tokens before the word's class is read.)
  if ((pos === 'VERB' || pos === 'ADJ') && i > s0 && (t.pos[i - 1] === 'DET' || t.pos[i - 1] === 'ADJ' || KINDS.of(t, i - 1) & POSSESSIVE) && i + 1 < s1 && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'PROPN') && KINDS.of(t, i) & PARTICIPLE) return true;
  const kind = KINDS.of(t, i);
  // "state and armed forces organs": "armed" before a noun of a fixed phrase is no arming.
  if (kind & ARMED && i + 1 < s1 && ARMED_NOUNS.has(t.norm[i + 1]!)) return true;
  return (kind & MONTH) !== 0 && monthName(t, i, s0, s1);
}

/** Verbs of killing and wounding: a blast that did it may have a place. */
const HARM = new Set(['kill', 'wound', 'injure']);

/** A mention naming troops: "Kenyan soldiers", "three US servicemen". */
const TROOPS = /\b(soldiers?|troops|servicemen|marines|paratroopers)$/i;

/** Does the mention name troops, itself or with the noun after it ("Kenyan soldiers", "Kenyan [army] troops")? */
function troops(doc: Doc, m: number): boolean {
  const mention = doc.mentions[m]!;
  return TROOPS.test(mention.text) || TROOPS.test(doc.tokens.norm[mention.tokenEnd] ?? '');
}

/** The country of a mention, whether a party or a place. */
function countryOf(doc: Doc, m: number): string | null {
  const mention = doc.mentions[m]!;
  return mention.actor?.country ?? mention.placeCountry ?? null;
}

/**
 * The site of an attack as its source, when it lies in another country than all of the victims' (whose country must be
 * known): foreign troops killed abroad. A bombing at home names no perpetrator this way.
 */
function foreignSite(doc: Doc, ci: ClauseIndex, site: number, victims: number[]): number[] {
  if (site < 0 || !victims.length) return [];
  const where = countryOf(doc, site);
  if (!where || victims.includes(site)) return [];
  return victims.every((v) => { const c = countryOf(doc, v); return c !== null && c !== where && ci.hasCountry[v]; }) ? [site] : [];
}

/**
 * "The activists jailed for working against Minsk were freed": a party inside a participle
 * clause that modifies the subject is not the subject; the noun the participle follows is.
 */
function headOfReducedRelative(ci: ClauseIndex, found: number[], verb: number, s0: number): number[] {
  if (found.length !== 1) return found;
  const t = ci.t;
  for (let i = ci.mentionBegin[found[0]!]! - 1; i > s0; i--) {
    const n = t.norm[i]!;
    if (n === ',' || n === ';' || t.pos[i] === 'AUX' || (t.pos[i] === 'SCONJ' && n !== 'for')) return found;
    const head = ci.mentionAt[i - 1]!;
    // A past participle right after a party: "civilians imprisoned …", "troops stationed …".
    if ((t.pos[i] === 'VERB' || t.pos[i] === 'ADJ') && n !== t.lemma[i] && !/(ing|s)$/.test(n) && head >= 0 && head !== found[0]) return [head];
  }
  return found;
}

/** After "call", an object then "a"/"an" or a bare noun phrase: "called them an army", "called Iran a threat". */
function labelling(ci: ClauseIndex, j: number, s1: number): boolean {
  const t = ci.t;
  if (j >= s1) return false;
  let k: number;
  if (t.pos[j] === 'DET' && j + 1 < s1 && ci.mentionStart[j + 1]! >= 0) j++;
  const m = ci.mentionAt[j]!;
  if (m >= 0) k = ci.mentionEnd[m]!;
  else if (t.pos[j] === 'PRON' && /^(him|her|them|it|us|me)$/.test(t.norm[j]!)) k = j + 1;
  else return false;
  // "calling him a traitor", "calling the leader "Our General"", "called it the greatest threat".
  return k < s1 && (t.norm[k] === 'a' || t.norm[k] === 'an' || t.norm[k] === 'the' || QUOTES.has(t.norm[k]!));
}

// (Not a bare "'": it also closes a plural possessive, "the workers' union".)
const QUOTES = new Set(['"', '“', '‘']);

/** Words around a month name: "signed in March 2001", "since May", "March 3". */
export const MONTH_BEFORE = new Set(['in', 'on', 'since', 'until', 'till', 'last', 'next', 'early', 'late', 'mid', 'by', 'of', 'from', 'through', 'this', 'before', 'after']);

/** Is the capitalised word at `i` the month ("the accord signed in March"), not the noun march or the modal may? */
export function monthName(t: ClauseIndex['t'], i: number, s0: number, s1: number): boolean {
  // (The length first: asked of every candidate token, and most are neither.)
  const w = t.text[i]!;
  if (w.length === 5 ? w !== 'March' : w.length !== 3 || w !== 'May') return false;
  if (i + 1 < s1 && t.pos[i + 1] === 'NUM') return true;
  return i > s0 && MONTH_BEFORE.has(t.norm[i - 1]!);
}

/**
 * "Russia said Sudan must return the helicopter": an obligation laid on
 * someone is a demand when another party says it, whatever the verb. The
 * candidate codes 100; the modality refiner turns it into the speaker's
 * demand, or drops it when nobody reports it.
 */
function obligation(doc: Doc, ci: ClauseIndex, i: number, s0: number, sentence: number): Proposal | null {
  const t = ci.t;
  let k = i - 1;
  while (k >= s0 && i - k <= 3 && (t.pos[k] === 'ADV' || t.pos[k] === 'AUX' || t.pos[k] === 'PART')) {
    if (t.norm[k] === 'must' || t.norm[k] === 'should') break;
    k--;
  }
  if (k < s0 || (t.norm[k] !== 'must' && t.norm[k] !== 'should')) return null;
  const chain = analyseChain(ci, i, s0);
  if (!chain.obligation || chain.negated) return null;
  const c: Candidate = {
    rule: 'obligation',
    code: '100',
    sentence,
    anchor: i,
    chainStart: chain.start,
    evStart: chain.start,
    evEnd: i + 1,
    sources: findSubject(ci, chain.start, s0),
    targets: [],
    symmetric: false,
    negated: false,
    reportedBy: null,
    pattern: null,
    score: 0.5,
    notes: [],
    veto: null,
    nominal: false,
  };
  void doc;
  return { c, chain };
}

/**
 * Parties and governing words of a nominalisation: "Biegun's visit to
 * Seoul", "the US-North Korea talks", "the summit between Trump and Kim",
 * "Biegun held talks with Choi", "called for talks", "the need for talks".
 */
function nominalParties(ci: ClauseIndex, c: Candidate, s0: number): VerbChain {
  const t = ci.t;
  const a = c.anchor;
  let chain: VerbChain = plainChain(a);
  // Walk left over the noun phrase: modifiers, "of", "for", "to".
  let j = a - 1;
  let possessor = -1;
  let modifierPair: number[] = [];
  let nounNegated = false;
  let ownNoun = false;
  while (j >= s0 && a - j <= 10) {
    const w = t.norm[j]!;
    const m = ci.mentionAt[j]!;
    if (m >= 0) {
      const b = ci.mentionBegin[m]!;
      if (t.norm[j] === "'s" || t.norm[j] === "'") {
        // possessive inside the mention span
        possessor = m;
      } else if (ci.mentionEnd[m] === j + 1 && (t.norm[j + 1] === "'s" || t.norm[j + 1] === "'")) {
        possessor = m;
      } else if (possessor < 0 && !modifierPair.length) {
        // "the US-North Korea talks", "Israeli-Palestinian talks"
        const left = b - 1 >= s0 ? t.norm[b - 1]! : '';
        const before = b - 2 >= s0 ? ci.mentionAt[b - 2]! : -1;
        if ((left === '-' || left === 'and' || left === '–') && before >= 0) modifierPair = [before, m];
        else modifierPair = [m];
      }
      j = b - 1;
      continue;
    }
    if (w === "'s" || w === "'") {
      j--;
      continue;
    }
    // "No talks were held": the determiner negates the event noun.
    if ((w === 'no' || w === 'without') && chain.control === null) nounNegated = true;
    // "reiterated its demand": the possessive pronoun is the subject's own.
    if (t.pos[j] === 'PRON' && (w === 'its' || w === 'their' || w === 'his' || w === 'her')) ownNoun = true;
    if (t.pos[j] === 'NOUN' && INTENT_NOUNS.has(t.lemma[j]!) && chain.control === null) {
      chain.control = t.lemma[j] === 'call' ? 'appeal' : 'intent';
      chain.controlToken = j;
    }
    // "the stalled dialogue": an attributive participle after a determiner or adjective; "an open-ended strike": half a compound.
    if (t.pos[j] === 'VERB' && w.endsWith('ed') && j - 1 >= s0 && (t.pos[j - 1] === 'DET' || t.pos[j - 1] === 'ADJ' || t.norm[j - 1] === '-')) {
      j--;
      continue;
    }
    // "opened tank, mortar, and machine-gun fire": a list of bare noun modifiers is part of the noun phrase.
    if ((w === ',' || w === 'and' || w === 'or') && (bareNounAt(ci, j - 1) || (w !== ',' && t.norm[j - 1] === ',')) && (bareNounAt(ci, j + 1) || (w === ',' && (t.norm[j + 1] === 'and' || t.norm[j + 1] === 'or')))) {
      j--;
      continue;
    }
    // "machine-gun fire": a hyphen inside a compound modifier is part of the noun phrase.
    if (w === '-' && j - 1 >= s0 && j + 1 < a && hyphenated(ci, j)) {
      j--;
      continue;
    }
    if (NOUN_SCAN.has(t.pos[j]!) || w === 'of' || w === 'for' || w === 'to' || w === 'on' || w === 'in' || w === 'out' || w === 'up') {
      j--;
      continue;
    }
    break;
  }
  if (nounNegated) chain.negated = true;
  if (possessor >= 0) c.sources = leftCompound(ci, possessor, s0);
  // "the visit to China by Japan", "an attack on Israeli soldiers by Hamas"
  if (!c.sources.length) {
    let k = c.evEnd;
    while (k < t.count && k < c.evEnd + 6) {
      if (ci.mentionAt[k]! >= 0) k = ci.mentionEnd[ci.mentionAt[k]!]!;
      else if (t.pos[k] === 'NOUN' || t.pos[k] === 'ADJ' || t.pos[k] === 'DET') k++;
      else break;
    }
    if (k < t.count && t.norm[k] === 'by' && t.sentence[k] === t.sentence[a]) {
      const agent = passiveAgent(ci, k - 1, t.count);
      if (agent.length) c.sources = agent;
    }
  }
  // The verb that governs the noun phrase: "held talks", "called for talks", "rejected talks".
  if (j >= s0 && (t.pos[j] === 'VERB' || t.pos[j] === 'AUX')) {
    const v = j;
    const vc = analyseChain(ci, v, s0);
    const lemma = t.lemma[v]!;
    chain = { ...vc, negated: vc.negated || nounNegated, control: chain.control, controlToken: chain.controlToken };
    const kind = governingKind(lemma);
    // "Japan condemned the attack on China": a content verb's object is not the subject's act.
    // An intent noun makes any verb its carrier: "reaffirmed the need for talks".
    if (kind === null && !LIGHT_VERBS.has(lemma) && chain.control !== 'intent') {
      // "The ILO reiterated its demand that …": any verb carries the subject's own act.
      if (ownNoun && !c.sources.length && !vc.passive) c.sources = findSubject(ci, vc.start, s0);
      return chain;
    }
    if (kind && (chain.control === null || kind !== 'neutral')) {
      chain.control = kind;
      chain.controlToken = v;
    }
    if (vc.control && vc.control !== 'neutral' && (chain.control === null || chain.control === 'neutral')) {
      chain.control = vc.control;
      chain.controlToken = vc.controlToken;
    }
    c.chainStart = vc.start;
    c.evStart = Math.min(c.evStart, v);
    if (!c.sources.length) {
      if (vc.passive) c.sources = passiveAgent(ci, v, ci.t.count);
      else c.sources = findSubject(ci, vc.start, s0);
    }
  }
  if (!c.sources.length && modifierPair.length) {
    c.sources = [modifierPair[0]!];
    if (modifierPair.length > 1 && !c.targets.length) c.targets = [modifierPair[1]!];
  }
  // "the summit between Trump and Kim": both parties in the target slot. ("The cooperation with China and
  // Russia" names two partners of one unnamed party, not a pair; "sanctions against Iran and Iraq" two targets.)
  const first = c.targets.length >= 2 ? ci.mentionBegin[c.targets[0]!]! : -1;
  if (!c.sources.length && first >= 0 && !after(ci, first, WITH) && (c.symmetric || after(ci, first, PAIR_OPENERS))) {
    c.sources = [c.targets[0]!];
    c.targets = c.targets.slice(1);
  }
  return chain;
}

/** Words that open a phrase naming both sides: "between Trump and Kim", "among the three states". */
const PAIR_OPENERS = new Set(['between', 'among', 'amongst', 'of']);

/** The word that opens a phrase of the partners of one unnamed party: "with China and Russia". */
const WITH = new Set(['with']);

/** Does one of `words` introduce the phrase starting at token `at` ("between [the] [two] …")? */
function after(ci: ClauseIndex, at: number, words: ReadonlySet<string>): boolean {
  const t = ci.t;
  for (let j = at - 1, k = 0; j >= 0 && k < 3; j--, k++) {
    if (words.has(t.norm[j]!)) return true;
    if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ' && t.pos[j] !== 'NUM') return false;
  }
  return false;
}


/** Feelings that seize or grip someone: "seized with grief", "gripped by fear". */
const FEELINGS = new Set(['grief', 'sorrow', 'fear', 'panic', 'anger', 'rage', 'joy', 'despair', 'terror', 'anxiety', 'emotion', 'indignation', 'excitement', 'shock']);

/** Nouns of quality a gerund can describe: "fighting spirit", "fighting capacity", "striking power". */
const QUALITY_NOUNS = new Set(['spirit', 'capacity', 'capability', 'power', 'efficiency', 'ability', 'will', 'morale', 'strength', 'skill', 'readiness', 'trim', 'style', 'mettle']);

/** Tags that open a direct object: "demonstrate [its] might", "[the] strength", "[unity]". */
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'ADJ', 'NUM', 'PROPN']);

/** Nouns of gatherings and occasions: what is held in the sense of convened, not of detained. */
const GATHERINGS = new Set([
  'seminar', 'symposium', 'meeting', 'rally', 'ceremony', 'conference', 'session', 'exhibition', 'festival', 'forum',
  'lecture', 'reception', 'banquet', 'concert', 'celebration', 'commemoration', 'gathering', 'memorial', 'workshop',
  'contest', 'performance', 'show', 'event', 'debate', 'discussion', 'party', 'function', 'gala', 'screening', 'congress',
  'briefing', 'interview', 'vigil', 'plenum', 'assembly', 'summit', 'service', 'funeral', 'ceremony', 'rite', 'rites',
]);

/**
 * Why "hold" at `v` with these targets is no detention, or null: "held a press conference" and "hold a memorial
 * service for X" convene a gathering; "hold the leader in high esteem" is a regard.
 */
function holdSense(ci: ClauseIndex, v: number, targets: number[], s1: number): string | null {
  if (targets.some((g) => gatheringAfter(ci, g, s1) || gatheringBefore(ci, v, g))) return '"hold" a gathering convenes it';
  if (targets.some((g) => regardAfter(ci, g, s1))) return '"hold X in esteem" is a regard';
  return null;
}

/** Is there a gathering noun between "hold" at `v` and its target `m` ("will hold a memorial service for X")? */
function gatheringBefore(ci: ClauseIndex, v: number, m: number): boolean {
  for (let k = v + 1; k < ci.mentionBegin[m]!; k++) if (ci.t.pos[k] === 'NOUN' && GATHERINGS.has(ci.t.lemma[k]!)) return true;
  return false;
}

/** Regards one holds someone in: "in high esteem", "in contempt", "in great respect". */
const REGARDS = new Set(['esteem', 'regard', 'respect', 'reverence', 'honour', 'honor', 'contempt', 'awe', 'affection', 'admiration']);

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Does "in (ADJ)* REGARD" follow mention `m` ("held the leader [in high esteem]")? */
function regardAfter(ci: ClauseIndex, m: number, s1: number): boolean {
  let k = ci.mentionEnd[m]!;
  // The rest of the party's noun phrase first: "the Chinese [premier] in high esteem".
  while (k < s1 && k < ci.mentionEnd[m]! + 3 && (ci.t.pos[k] === 'NOUN' || ci.t.pos[k] === 'PROPN' || ci.t.pos[k] === 'ADJ')) k++;
  if (k >= s1 || ci.t.norm[k] !== 'in') return false;
  const from = ++k;
  // "in high esteem", "in its high esteem", "in the highest regard"
  while (k < s1 && k < from + 3 && (ci.t.pos[k] === 'ADJ' || ci.t.pos[k] === 'ADV' || ci.t.pos[k] === 'DET' || (ci.t.pos[k] === 'PRON' && POSSESSIVES.has(ci.t.norm[k]!)))) k++;
  return k < s1 && REGARDS.has(ci.t.lemma[k]!);
}

/** Is mention `m` a modifier of a gathering noun right after it ("press conference", "party congress")? */
function gatheringAfter(ci: ClauseIndex, m: number, s1: number): boolean {
  let k = ci.mentionEnd[m]!;
  while (k < s1 && ci.t.pos[k] === 'NOUN' && !GATHERINGS.has(ci.t.lemma[k]!)) k++;
  return k < s1 && k - ci.mentionEnd[m]! <= 1 && GATHERINGS.has(ci.t.lemma[k]!);
}

/**
 * Is the head of the subject of the clause ending at `start` a gathering ("A seminar on … was held")? The head is
 * the first noun of the clause, read left to right from its last boundary (a comma, semicolon, colon or
 * subordinator outside quotes), after determiners, adjectives and numbers.
 */
function gatheringSubject(ci: ClauseIndex, start: number, s0: number): boolean {
  const t = ci.t;
  let from = s0;
  let quoted = false;
  for (let i = s0; i < start; i++) {
    const n = t.norm[i]!;
    if (n === '"' || n === '“' || n === '”') quoted = !quoted;
    else if (!quoted && (n === ',' || n === ';' || n === ':' || t.pos[i] === 'SCONJ')) from = i + 1;
  }
  for (let i = from; i < start; i++) {
    const pos = t.pos[i]!;
    if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM') continue;
    if (pos !== 'NOUN') return false;
    // "a seminar", but not "a seminar organiser": the head ends the noun run.
    let k = i;
    while (k + 1 < start && t.pos[k + 1] === 'NOUN') k++;
    return GATHERINGS.has(t.lemma[k]!);
  }
  return false;
}

/** A one-word noun (no name), as in a list of modifiers: "tank, mortar, and machine-gun fire". */
function bareNounAt(ci: ClauseIndex, i: number): boolean {
  if (i < 0 || i >= ci.t.count || ci.t.pos[i] !== 'NOUN') return false;
  const m = ci.mentionAt[i]!;
  if (m >= 0 && ci.mentionEnd[m]! - ci.mentionBegin[m]! > 1) return false;
  const next = ci.t.norm[i + 1];
  // "machine-gun": the first half of a hyphenated noun is a bare noun too.
  return next === ',' || next === 'and' || next === 'or' || next === '-' || ci.t.pos[i + 1] === 'NOUN';
}

/** Verbs that govern an event noun: light verbs code the noun's act; others change it. */
function governingKind(lemma: string): VerbChain['control'] {
  switch (lemma) {
    case 'call':
    case 'urge':
    case 'appeal':
    case 'seek':
      return lemma === 'seek' ? 'intent' : 'appeal';
    case 'demand':
    case 'insist':
      return 'demand';
    case 'propose':
    case 'offer':
    case 'want':
    case 'plan':
    case 'promise':
    case 'pledge':
    case 'vow':
    case 'prepare':
    case 'agree':
    case 'accept':
      return 'intent';
    case 'reject':
    case 'refuse':
    case 'rebuff':
    case 'spurn':
    case 'decline':
      return 'refusal';
    case 'threaten':
      return 'threat';
    case 'cancel':
    case 'postpone':
    case 'suspend':
    case 'delay':
    case 'halt':
    case 'abandon':
      return 'failure';
    default:
      return null;
  }
}
