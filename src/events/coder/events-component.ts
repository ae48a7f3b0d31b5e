import type { Doc } from '../../doc/doc.js';
import type { CodedEvent, EventActor } from '../../doc/event.js';
import type { ActorCode } from '../../doc/mention.js';
import type { Component, Context } from '../../pipeline/component.js';
import { describeCode, PLOVER_QUAD, type Convention } from '../ontology/index.js';
import type { PatternMatcher } from '../patterns/matcher.js';
import { verbMatcher } from '../patterns/load-verbs.js';
import type { Candidate } from './candidate.js';
import type { CodingStandard } from './coding-standard.js';
import { buildClauseIndex } from './clause-index.js';
import { discardReason } from './discard.js';
import { propose } from './propose.js';
import { REFINERS, type SentenceFacts } from './refine.js';

/** Words that make a mention a crowd in protest: "Ukrainian protestor", "the rioters", "a mob". */
const PROTESTER_WORDS = /\b(protest(e|o)rs?|demonstrators?|rioters?|mobs?)\b/i;

/** Mentions of places: a city or region named as a target is where, not who ("arrived in Cairo"). */
const PLACE_KINDS = new Set(['city', 'region']);

/** Resource key for sentence-level discard phrases (PETRARCH discards files). */
export const DISCARDS_RESOURCE = 'events.discards';

/** A discard phrase of the user's dictionary in the sentence ("World Golf Championships"). */
function phraseDiscard(doc: Doc, s0: number, s1: number, phrases: string[][] | undefined): string | null {
  if (!phrases?.length) return null;
  const t = doc.tokens;
  for (let i = s0; i < s1; i++) {
    for (const p of phrases) {
      if (p[0] !== t.norm[i]) continue;
      if (p.every((w, k) => i + k < s1 && t.norm[i + k] === w)) return `discard phrase "${p.join(' ')}"`;
    }
  }
  return null;
}

/** Resource key under which a custom matcher (`--verbs FILE`) is handed to the coder. */
export const VERBS_RESOURCE = 'events.verbs';

/**
 * Code every sentence of a document: proposers, then the ordered refiners,
 * then one `CodedEvent` per (source, target) pair; symmetric events both ways.
 *
 * @example
 * codeEvents(doc, verbMatcher(), 'gdelt', false) // doc.events filled
 */
export interface CodeOptions {
  /** PETRARCH's require_dyad: no event without a target. */
  requireDyad?: boolean;
  /** Let the dictionary alone decide codes (PETRARCH dictionaries). */
  dictionaryCodes?: boolean;
  /** Sentence-level discard phrases (lower-case word sequences). */
  discards?: string[][];
  /** Whose conventions decide codes where standards differ (see coding-standard.ts); plover by default. */
  standard?: CodingStandard;
}

export function codeEvents(doc: Doc, matcher: PatternMatcher, convention: Convention, explain: boolean, opts: CodeOptions = {}): void {
  const requireDyad = opts.requireDyad === true;
  const { index: ci, reportedBy, composite } = buildClauseIndex(doc);
  const events: CodedEvent[] = [];
  let lastSubject: number[] = [];
  let lastPair: number[] = [];
  // Was the pair a compound subject or the two sides of a symmetric act ("Kenya and Uganda met")? Only then can
  // "they" stand for both; after "Syrians protested at the U.S. embassy", "they" are the Syrians.
  let lastPairJoint = false;
  const mentionText = (m: number): string => doc.mentions[m]!.text;
  const mentionCountry = (m: number): string | null => doc.mentions[m]!.actor?.country ?? doc.mentions[m]!.placeCountry ?? null;
  const mentionRule = (m: number): string => doc.mentions[m]!.rule;
  const mentionAgents = (m: number): readonly string[] => doc.mentions[m]!.actor?.agents ?? [];
  const mentionIsProtester = (m: number): boolean => PROTESTER_WORDS.test(doc.mentions[m]!.text);
  const mentionIsState = (m: number): boolean => doc.mentions[m]!.kind === 'country' && doc.mentions[m]!.actor?.agents.length === 0;
  for (const s of doc.sentences) {
    const s0 = s.tokenStart;
    const s1 = s.tokenEnd;
    const ps = propose(doc, ci, matcher, s.index);
    if (!ps.length) continue;
    const facts: SentenceFacts = {
      ci,
      s0,
      s1,
      discard: discardReason(doc.tokens, s0, s1) ?? phraseDiscard(doc, s0, s1, opts.discards),
      reportedBy: reportedBy[s.index] ?? null,
      lastSubject,
      lastPair,
      lastPairJoint,
      mentionText,
      mentionCountry,
      mentionRule,
      mentionAgents,
      mentionIsProtester,
      mentionIsState,
      dictionaryCodes: opts.dictionaryCodes === true,
      background: opts.dictionaryCodes !== true,
      standard: opts.standard ?? 'plover',
    };
    for (const r of REFINERS) if (!(r.grammar && facts.dictionaryCodes)) r.run(ps, facts);
    for (const { c } of ps) {
      if (explain) doc.explain(traceEntry(doc, c));
      if (c.veto) continue;
      for (const e of expand(doc, c, convention, events.length, composite, opts.dictionaryCodes === true)) {
        // PETRARCH's require_dyad: an event without a target is not coded.
        if (requireDyad && !e.target) continue;
        // "Lt. Gen. Prosper Avril resigned": a source that is only a role, of no known country or body, says who
        // acted too vaguely for event data.
        if (!opts.dictionaryCodes && e.source && !e.source.country) continue;
        events.push({ ...e, id: events.length });
      }
      lastSubject = c.sources;
      // "The two sides …" next: a compound subject first, else the source and target.
      if (c.sources.length >= 2) {
        lastPair = c.sources.slice(0, 2);
        lastPairJoint = true;
      }
      // ("arrived in Cairo": a place visited is no party that "they" can stand for.)
      else if (c.targets.length && !PLACE_KINDS.has(doc.mentions[c.targets[0]!]!.kind)) {
        lastPair = [c.sources[0]!, c.targets[0]!];
        lastPairJoint = c.symmetric;
      }
    }
  }
  doc.events = events;
}

function actorOf(doc: Doc, m: number, composite?: Map<number, ActorCode>): EventActor {
  const mention = doc.mentions[m]!;
  const merged = composite?.get(m);
  if (merged) return { ...merged, agents: [...merged.agents], text: mention.text, mention: mention.id };
  // A place as target ("imposed a curfew in Cizre") stands for its country.
  const a = mention.actor ?? { code: mention.placeCountry ?? '---', country: mention.placeCountry ?? null, agents: [] };
  return { code: a.code, country: a.country, agents: [...a.agents], text: mention.text, mention: mention.id };
}

/** The country of a nationality word just before a mention, over lower-case modifiers: "Nigerian junior foreign minister Ade Bello". */
function prefixCountry(doc: Doc, m: number): string | null {
  const mention = doc.mentions[m]!;
  const t = doc.tokens;
  for (const o of doc.mentions) {
    if (o.sentence !== mention.sentence || o.tokenEnd > mention.tokenStart || o.tokenEnd < mention.tokenStart - 3) continue;
    if (o.rule === 'agent.context-country' || o.rule === 'agent.sentence-country') continue;
    let ok = true;
    for (let i = o.tokenEnd; i < mention.tokenStart; i++) if (!/^[a-z]+$/.test(t.text[i]!) || (t.pos[i] !== 'ADJ' && t.pos[i] !== 'NOUN')) ok = false;
    const c = o.actor?.country ?? null;
    if (ok && c) return c;
  }
  return null;
}

/** The country of a place or party named right after a mention: "refugees fleeing the war in Liberia". */
function phraseCountry(doc: Doc, m: number): string | null {
  const mention = doc.mentions[m]!;
  const t = doc.tokens;
  const s = doc.sentences[mention.sentence]!;
  for (let i = mention.tokenEnd; i < s.tokenEnd && i < mention.tokenEnd + 7; i++) {
    if (t.pos[i] === 'PUNCT' || t.pos[i] === 'VERB' && !t.norm[i]!.endsWith('ing')) break;
    if (t.norm[i] !== 'in' && t.norm[i] !== 'of' && t.norm[i] !== 'from') continue;
    for (const o of doc.mentions) {
      // Room for a hyphenated modifier: "dissidents from military-ruled Myanmar".
      if (o.sentence !== mention.sentence || o.tokenStart <= i || o.tokenStart > i + 4) continue;
      // Only a country the phrase names: "military" in "military-ruled Myanmar" has a guessed one.
      if (o.rule === 'agent.context-country' || o.rule === 'agent.sentence-country') continue;
      const c = o.actor?.country ?? o.placeCountry ?? null;
      if (c) return c;
    }
  }
  return null;
}

/** Roots of acts that compound subjects do with each other: "Japan and China agreed", "… fought" (not statements, 01: "Japan and China issued statements" is two statements). */
const JOINT_ROOTS = new Set(['03', '04', '05', '06', '08', '19']);
/**
 * Acts a compound subject does not do to each other: a visit or its hosting needs a host ("Japan and China attended
 * the forum"), condolences go to the bereaved ("the army and the people mourn").
 */
const NOT_JOINT = new Set(['042', '043', '018']);

/** The one country a sentence names besides the mention, if exactly one: "Gen. Okello resigned to allow Uganda's …". */
function soleCountry(doc: Doc, m: number): string | null {
  const sentence = doc.mentions[m]!.sentence;
  let found: string | null = null;
  for (let k = 0; k < doc.mentions.length; k++) {
    const o = doc.mentions[k]!;
    if (k === m || o.sentence !== sentence) continue;
    const c = o.actor?.country ?? o.placeCountry ?? null;
    if (!c) continue;
    if (found && c !== found) return null;
    found = c;
  }
  return found;
}

/** Roots of cooperation between two sides (intend, consult, diplomatic and material cooperation, aid). */
const COOPERATIVE_ROOTS = new Set(['03', '04', '05', '06', '07']);

/** Candidate → events: every source × target; symmetric ones both ways; "A and B met" as A↔B. */
function expand(
  doc: Doc,
  c: Candidate,
  convention: Convention,
  firstId: number,
  composite: Map<number, ActorCode>,
  dictionaryCodes = false,
): CodedEvent[] {
  const actorOf_ = (m: number): EventActor => actorOf(doc, m, composite);
  const d = describeCode(c.code, convention);
  const t = doc.tokens;
  const evidence = { start: t.start[c.evStart]!, end: t.end[c.evEnd - 1]! };
  const pairs: [number, number | null][] = [];
  // Targets whose country was borrowed from the source ("Britain mobilized army reservists" → GBRMIL).
  const borrowed = new Set<number>();
  const add = (s: number, g: number | null): void => {
    if (s === g) return;
    const src = actorOf_(s);
    if (g !== null && !dictionaryCodes) {
      const tgt = actorOf_(g);
      // "Quatar's emir, Sheikh Hamad …", "deny entry to the United States" said by the United States: an actor does
      // nothing to itself; the same code on both sides tells no dyad.
      if (tgt.code === src.code && doc.mentions[g]!.actor) return;
      // "Turkey deployed troops": a state's own organs named without a country are its instruments, not its target.
      if (borrowed.has(g) && !src.agents.length && src.country === tgt.country && doc.mentions[s]!.rule === 'gazetteer.country') return;
    }
    if (g !== null && actorOf_(g).code === src.code && c.symmetric) return;
    if (!pairs.some(([a, b]) => a === s && b === g)) pairs.push([s, g]);
  };
  // "Danish media and government", "Israeli helicopters and tanks": an agent without a country takes its partner's.
  const withCountry = (ms: number[]): number[] => {
    const known = ms.find((m) => actorOf_(m).country);
    if (known === undefined) return ms;
    const country = actorOf_(known).country!;
    for (const m of ms) {
      const a = actorOf_(m);
      if (!a.country && a.agents.length) composite.set(m, { code: country + a.agents.join(''), country, agents: [...a.agents] });
    }
    return ms;
  };
  c.sources = withCountry(c.sources);
  c.targets = withCountry(c.targets);
  // An agent still without a country ("President Mugabe" = GOV): the country named in its phrase
  // ("refugees … in Liberia"), else the other party's (most such events are domestic).
  // "The government thanked Japan": a state named by itself, the partner of a cooperative act, is a foreign party, so
  // its country is not lent to the other side (the state would cooperate with itself). Conflict with one's own state
  // ("the rebels attacked Kenya", "the minister defied the Kenya … Commission") stays a domestic dyad.
  const cooperative = COOPERATIVE_ROOTS.has(c.code.slice(0, 2));
  const bareState = (o: number): boolean =>
    cooperative && !actorOf_(o).agents.length && doc.mentions[o]!.rule === 'gazetteer.country';
  // "imposed sanctions on companies accused of …": a state reduces relations with foreigners, so the target of such an
  // act (16) does not take the source's country.
  const foreignTarget = c.code.startsWith('16');
  const localize = (ms: number[], other: number[], lend = true): void => {
    for (const m of ms) {
      const a = actorOf_(m);
      // A country guessed from the story's context yields to one named in the phrase: "dissidents from Uganda".
      const guessed = doc.mentions[m]!.rule === 'agent.context-country';
      if ((a.country && !guessed) || !a.agents.length) continue;
      const stated = prefixCountry(doc, m) ?? phraseCountry(doc, m);
      const partner = guessed || !lend ? null : (other.filter((o) => !bareState(o)).map((o) => actorOf_(o).country).find((x) => x) ?? null);
      // With no other party at all, the one country the sentence names: "Gen. Okello resigned to allow Uganda's …".
      const sole = guessed || other.length ? null : soleCountry(doc, m);
      const country = stated ?? partner ?? sole;
      if (country) composite.set(m, { code: country + a.agents.join(''), country, agents: [...a.agents] });
      // The story's country guessed for a foreign target that is the source's own: no country is known.
      else if (!lend && guessed && other.some((o) => actorOf_(o).country === a.country)) composite.set(m, { code: a.agents.join(''), country: null, agents: [...a.agents] });
      if (country && !stated) borrowed.add(m);
    }
  };
  // "ethnic Albanians in south Serbia": an ethnic group belongs to the country its phrase names, not to the nation its
  // name comes from (CAMEO codes ethnic groups by where they live).
  const ethnic = (ms: number[]): void => {
    for (const m of ms) {
      const mention = doc.mentions[m]!;
      if (mention.tokenStart === 0 || t.norm[mention.tokenStart - 1] !== 'ethnic' || composite.has(m)) continue;
      const a = actorOf_(m);
      const where = phraseCountry(doc, m);
      if (where && where !== a.country) composite.set(m, { code: where + a.agents.join(''), country: where, agents: [...a.agents] });
    }
  };
  if (!dictionaryCodes) {
    ethnic(c.sources);
    ethnic(c.targets);
    localize(c.sources, c.targets);
    localize(c.targets, c.sources, !foreignTarget);
  }
  if (c.targets.length) {
    for (const s of c.sources) {
      const before = pairs.length;
      for (const g of c.targets) {
        add(s, g);
        if (c.symmetric) add(g, s);
      }
      // Every target was the source itself: the act stays, without a target (not for symmetric acts, which need two).
      if (pairs.length === before && !c.symmetric && !dictionaryCodes) add(s, null);
    }
  } else if ((c.symmetric || c.pattern?.symmetric || (JOINT_ROOTS.has(c.code.slice(0, 2)) && !NOT_JOINT.has(c.code))) && c.sources.length >= 2) {
    // "Seoul and Washington met", "the two vowed to meet": each with the other.
    for (const s of c.sources) for (const g of c.sources) if (s !== g) add(s, g);
  } else {
    for (const s of c.sources) add(s, null);
  }
  // PETRARCH paired codes ("[042:043]"): the target's side of the same event.
  const pair = c.pattern?.pairCode && c.code === c.pattern.code ? c.pattern.pairCode : null;
  const coded: [number, number | null, string][] = pairs.map(([s, g]) => [s, g, c.code]);
  // A pattern the PLOVER manual files apart from its CAMEO code ("indicted": ACCUSE, not COERCE), while the code is its own.
  const own = c.pattern?.plover && c.code === c.pattern.code ? c.pattern.plover : null;
  const plover = own ? { type: own.type, mode: own.mode, context: d.plover.context } : d.plover;
  const quad = own && convention === 'plover' ? (PLOVER_QUAD[own.type] ?? d.quadClass) : d.quadClass;
  if (pair) for (const [s, g] of pairs) if (g !== null) coded.push([g, s, pair]);
  return coded.map(([s, g, code], k) => ({
    id: firstId + k,
    sentence: c.sentence,
    source: actorOf_(s),
    target: g === null ? (dictionaryCodes ? null : impliedTarget(doc, s, actorOf_(s), code, c.pattern?.code ?? null)) : actorOf_(g),
    cameo: code,
    plover: code === c.code ? plover : describeCode(code, convention).plover,
    quadClass: code === c.code ? quad : describeCode(code, convention).quadClass,
    goldstein: code === c.code ? d.goldstein : describeCode(code, convention).goldstein,
    convention,
    evidence,
    negated: c.negated,
    reportedBy: c.reportedBy,
    // A source that is only where the act happened (no perpetrator named) says so, so it can be told from a named party.
    rule: c.siteSource ? `${c.rule}+site` : c.rule,
    pattern: c.pattern ? `${c.pattern.where}: ${c.pattern.code} ${c.pattern.text}` : null,
    date: null,
    location: null,
    mentions: [],
  }));
}

/** Agents that are the state itself: its protests are not addressed to itself. */
const STATE_AGENTS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * The implied target of a protest that names none: "Thousands of Nigerians rallied in Lagos", "Serbian workers went on
 * strike" — people protest to their own government (the CAMEO convention for domestic protest). Not for a state or
 * an international body, and not when the source's country is unknown.
 */
function homeGovernment(doc: Doc, m: number, src: EventActor): EventActor | null {
  const country = src.country;
  if (!country || country.length !== 3 || country === 'IGO' || country === 'NGO' || country === 'IMG') return null;
  const people = src.agents.length ? !src.agents.some((a) => STATE_AGENTS.has(a)) : doc.mentions[m]!.rule === 'gazetteer.demonym';
  if (!people) return null;
  return { code: country + 'GOV', country, agents: ['GOV'], text: '', mention: null };
}

/** CAMEO codes a state does within its own borders: curfews, states of emergency, martial law. */
const DOMESTIC_CODES = new Set(['1723', '1724']);

/**
 * The target an act implies when the sentence names none: a protest is addressed to the protesters' own government;
 * a curfew or martial law is imposed on the state's own country ("Iraq's government is prepared to impose martial law").
 */
function impliedTarget(doc: Doc, m: number, src: EventActor, code: string, patternCode: string | null): EventActor | null {
  if (code.startsWith('14')) return homeGovernment(doc, m, src);
  const country = src.country;
  if (patternCode && DOMESTIC_CODES.has(patternCode) && country && country.length === 3 && !['IGO', 'NGO', 'IMG'].includes(country) && src.agents.every((a) => STATE_AGENTS.has(a))) {
    return { code: country, country, agents: [], text: '', mention: null };
  }
  return null;
}

function traceEntry(doc: Doc, c: Candidate) {
  const t = doc.tokens;
  const words = doc.text.slice(t.start[c.evStart]!, t.end[c.evEnd - 1]!);
  const who = (ms: number[]): string => (ms.length ? ms.map((m) => `${doc.mentions[m]!.text}=${doc.mentions[m]!.actor?.code}`).join(' + ') : '-');
  const pat = c.pattern ? ` pattern "${c.pattern.code} ${c.pattern.text}" (${c.pattern.where})` : '';
  const notes = c.notes.length ? `; ${c.notes.join('; ')}` : '';
  const neg = c.negated ? '; negated' : '';
  return {
    stage: 'events',
    sentence: c.sentence,
    rule: c.rule,
    message: `${c.code} "${words}" source ${who(c.sources)} target ${who(c.targets)};${pat}${notes}${neg}${c.veto ? `; VETO: ${c.veto}` : ''}`,
    vetoed: c.veto !== null,
  };
}

/**
 * The event coder as a pipeline component: needs tokens and actor mentions,
 * assigns `doc.events`. A custom matcher (PETRARCH verbs, `--verbs FILE`)
 * can be put in `ctx.resources` under `VERBS_RESOURCE`.
 */
export const eventsComponent: Component = {
  name: 'events',
  requires: ['tokens', 'mentions'],
  assigns: ['events'],
  run(doc: Doc, ctx: Context) {
    const matcher = (ctx.resources.get(VERBS_RESOURCE) as PatternMatcher | undefined) ?? verbMatcher();
    codeEvents(doc, matcher, ctx.options.convention, ctx.options.explain, {
      requireDyad: ctx.options.requireDyad === true,
      dictionaryCodes: ctx.options.dictionaryCodes === true,
      discards: ctx.resources.get(DISCARDS_RESOURCE) as string[][] | undefined,
      standard: ctx.options.codingStandard,
    });
  },
};
