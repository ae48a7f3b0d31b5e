import type { Doc } from '../doc/doc.js';
import type { CodedEvent, EventActor } from '../doc/event.js';

/** The JSON event of `dyad code` (DESIGN.md, public contract). */
export interface JsonEvent {
  docId: string;
  source: { code: string; country: string | null; agents: string[]; text: string } | null;
  target: { code: string; country: string | null; agents: string[]; text: string } | null;
  cameo: string;
  plover: { type: string | null; mode: string | null; context: string[] };
  quadClass: number;
  goldstein: number;
  date: { value: string | null; precision: string | null } | null;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  sentence: { index: number; text: string };
  evidence: { start: number; end: number; text: string };
  negated: boolean;
  [extra: string]: unknown;
}

function actor(a: EventActor | null): JsonEvent['source'] {
  return a ? { code: a.code, country: a.country, agents: a.agents, text: a.text } : null;
}

/**
 * Interim stand-in for the coder's `eventToJson` (src/events/event-json.ts):
 * the store keeps whatever that function prints, so swapping it in changes no table.
 *
 * @example interimEventJson(doc, doc.events[0]).cameo // '042'
 */
export function interimEventJson(doc: Doc, e: CodedEvent): JsonEvent {
  const s = doc.sentences[e.sentence];
  return {
    docId: doc.meta.id,
    source: actor(e.source),
    target: actor(e.target),
    cameo: e.cameo,
    plover: { type: e.plover.type, mode: e.plover.mode, context: e.plover.context },
    quadClass: e.quadClass,
    goldstein: e.goldstein,
    date: e.date ? { value: e.date.value, precision: e.date.precision } : null,
    location: e.location ? { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon } : null,
    sentence: { index: e.sentence, text: s ? doc.slice(s) : '' },
    evidence: { start: e.evidence.start, end: e.evidence.end, text: doc.slice(e.evidence) },
    negated: e.negated,
  };
}
