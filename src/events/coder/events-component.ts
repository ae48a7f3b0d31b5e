import type { Doc } from '../../doc/doc.js';
import type { CodedEvent, EventActor } from '../../doc/event.js';
import type { Component, Context } from '../../pipeline/component.js';
import { describeCode, type Convention } from '../ontology/index.js';
import type { PatternMatcher } from '../patterns/matcher.js';
import { verbMatcher } from '../patterns/load-verbs.js';
import type { Candidate } from './candidate.js';
import { buildClauseIndex } from './clause-index.js';
import { discardReason } from './discard.js';
import { propose } from './propose.js';
import { REFINERS, type SentenceFacts } from './refine.js';

/** Resource key under which a custom matcher (`--verbs FILE`) is handed to the coder. */
export const VERBS_RESOURCE = 'events.verbs';

/**
 * Code every sentence of a document: proposers, then the ordered refiners,
 * then one `CodedEvent` per (source, target) pair; symmetric events both ways.
 *
 * @example
 * codeEvents(doc, verbMatcher(), 'gdelt', false) // doc.events filled
 */
export function codeEvents(doc: Doc, matcher: PatternMatcher, convention: Convention, explain: boolean): void {
  const { index: ci, reportedBy } = buildClauseIndex(doc);
  const events: CodedEvent[] = [];
  let lastSubject: number[] = [];
  let lastPair: number[] = [];
  const mentionText = (m: number): string => doc.mentions[m]!.text;
  for (const s of doc.sentences) {
    const s0 = s.tokenStart;
    const s1 = s.tokenEnd;
    const ps = propose(doc, ci, matcher, s.index);
    if (!ps.length) continue;
    const facts: SentenceFacts = {
      ci,
      s0,
      s1,
      discard: discardReason(doc.tokens, s0, s1),
      reportedBy: reportedBy[s.index] ?? null,
      lastSubject,
      lastPair,
      mentionText,
    };
    for (const r of REFINERS) r.run(ps, facts);
    for (const { c } of ps) {
      if (explain) doc.explain(traceEntry(doc, c));
      if (c.veto) continue;
      for (const e of expand(doc, c, convention, events.length)) events.push(e);
      lastSubject = c.sources;
      // "The two sides …" next: a compound subject first, else the source and target.
      if (c.sources.length >= 2) lastPair = c.sources.slice(0, 2);
      else if (c.targets.length) lastPair = [c.sources[0]!, c.targets[0]!];
    }
  }
  doc.events = events;
}

function actorOf(doc: Doc, m: number): EventActor {
  const mention = doc.mentions[m]!;
  // A place as target ("imposed a curfew in Cizre") stands for its country.
  const a = mention.actor ?? { code: mention.placeCountry ?? '---', country: mention.placeCountry ?? null, agents: [] };
  return { code: a.code, country: a.country, agents: [...a.agents], text: mention.text, mention: mention.id };
}

/** Candidate → events: every source × target; symmetric ones both ways; "A and B met" as A↔B. */
function expand(doc: Doc, c: Candidate, convention: Convention, firstId: number): CodedEvent[] {
  const d = describeCode(c.code, convention);
  const t = doc.tokens;
  const evidence = { start: t.start[c.evStart]!, end: t.end[c.evEnd - 1]! };
  const pairs: [number, number | null][] = [];
  const add = (s: number, g: number | null): void => {
    if (s === g) return;
    const sc = actorOf(doc, s).code;
    if (g !== null && actorOf(doc, g).code === sc && c.symmetric) return;
    if (!pairs.some(([a, b]) => a === s && b === g)) pairs.push([s, g]);
  };
  // "Israeli helicopters and tanks": an agent without a country gives way to a partner with one.
  const withCountry = (ms: number[]): number[] => {
    const known = ms.filter((m) => actorOf(doc, m).country);
    return known.length && known.length < ms.length ? known : ms;
  };
  c.sources = withCountry(c.sources);
  c.targets = withCountry(c.targets);
  if (c.targets.length) {
    for (const s of c.sources) for (const g of c.targets) {
      add(s, g);
      if (c.symmetric) add(g, s);
    }
  } else if ((c.symmetric || c.pattern?.symmetric) && c.sources.length >= 2) {
    // "Seoul and Washington met", "the two vowed to meet": each with the other.
    for (const s of c.sources) for (const g of c.sources) if (s !== g) add(s, g);
  } else {
    for (const s of c.sources) add(s, null);
  }
  return pairs.map(([s, g], k) => ({
    id: firstId + k,
    sentence: c.sentence,
    source: actorOf(doc, s),
    target: g === null ? null : actorOf(doc, g),
    cameo: c.code,
    plover: d.plover,
    quadClass: d.quadClass,
    goldstein: d.goldstein,
    evidence,
    negated: c.negated,
    reportedBy: c.reportedBy,
    rule: c.rule,
    pattern: c.pattern ? `${c.pattern.where}: ${c.pattern.code} ${c.pattern.text}` : null,
    date: null,
    location: null,
    mentions: [],
  }));
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
    codeEvents(doc, matcher, ctx.options.convention, ctx.options.explain);
  },
};
