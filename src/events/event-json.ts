import type { Doc } from '../doc/doc.js';
import type { CodedEvent, EventActor } from '../doc/event.js';

/** The public JSON shape of one event (DESIGN.md, `dyad code`); the store and API reuse it. */
export interface EventJson {
  docId: string;
  source: ActorJson | null;
  target: ActorJson | null;
  cameo: string;
  plover: CodedEvent['plover'];
  quadClass: number;
  goldstein: number;
  /** Which Goldstein/quad-class convention the figures follow. */
  convention: string;
  /** `origin`: stated in the sentence, inherited from the paragraph, or the publication date; `text`: the words it was read from. */
  date: { value: string | null; precision: string | null; origin: string; text?: string } | null;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  sentence: { index: number; text: string };
  evidence: { start: number; end: number; text: string };
  negated: boolean;
  reportedBy: string | null;
  rule: string;
  pattern: string | null;
  /** How many times the article tells this event (1 + repeats merged into it). */
  mentions: number;
}

export interface ActorJson {
  code: string;
  country: string | null;
  agents: string[];
  text: string;
}

function actorJson(a: EventActor | null): ActorJson | null {
  return a ? { code: a.code, country: a.country, agents: [...a.agents], text: a.text } : null;
}

/**
 * Serialise one event as `dyad code` prints it.
 *
 * @example
 * eventToJson(doc, doc.events[0]) // { docId: 'a1', source: {code: 'USAGOV', …}, cameo: '042', … }
 */
export function eventToJson(doc: Doc, e: CodedEvent): EventJson {
  const s = doc.sentences[e.sentence];
  return {
    docId: doc.meta.id,
    source: actorJson(e.source),
    target: actorJson(e.target),
    cameo: e.cameo,
    plover: { type: e.plover.type, mode: e.plover.mode, context: [...e.plover.context] },
    quadClass: e.quadClass,
    goldstein: e.goldstein,
    convention: e.convention ?? 'gdelt',
    date: e.date ? { value: e.date.value, precision: e.date.precision, origin: e.date.origin, ...(e.date.text ? { text: e.date.text } : {}) } : null,
    location: e.location ? { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon } : null,
    sentence: { index: e.sentence, text: s ? doc.slice(s) : '' },
    evidence: { start: e.evidence.start, end: e.evidence.end, text: doc.slice(e.evidence) },
    negated: e.negated,
    reportedBy: e.reportedBy,
    rule: e.rule,
    pattern: e.pattern,
    mentions: 1 + e.mentions.length,
  };
}
