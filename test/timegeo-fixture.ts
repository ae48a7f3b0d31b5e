// Shared by the KCNA fixture test and bench/eval-timegeo.ts: rebuild a KCNA story with the
// events the coder gave it when the fixture was judged, so the fixture checks dates, places
// and dedup — the stages of issue 5 — whatever later changes to the coder do.
import { docFromParagraphs } from '../src/article/build-doc.js';
import { actorsComponent } from '../src/actors/component.js';
import type { Doc } from '../src/doc/doc.js';
import type { CodedEvent, EventActor } from '../src/doc/event.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { kcnaParagraphs, type KcnaStory } from './kcna.js';

/** An event as stored in a fixture: sentence, evidence offsets, code and actor codes. */
export interface StoredEvent {
  s: number;
  a: number;
  b: number;
  cameo: string;
  src: string | null;
  tgt: string | null;
}

export function storeEvent(e: CodedEvent): StoredEvent {
  return { s: e.sentence, a: e.evidence.start, b: e.evidence.end, cameo: e.cameo, src: e.source?.code ?? null, tgt: e.target?.code ?? null };
}

function actor(code: string | null): EventActor | null {
  if (!code) return null;
  return { code, country: code.slice(0, 3), agents: [], text: code, mention: null };
}

/** A KCNA story as a tokenised Doc with its actor mentions (paragraphs split as in test/kcna.ts). */
export function kcnaDoc(story: KcnaStory): Doc {
  const doc = docFromParagraphs({ id: story.id, published: story.published }, kcnaParagraphs(story.text));
  tokenizeDoc(doc);
  actorsComponent.run(doc, buildPipeline([]).context);
  return doc;
}

/** The story with the stored events put back, undated and unplaced. */
export function withEvents(doc: Doc, events: StoredEvent[]): Doc {
  doc.events = events.map((e, id) => ({
    id,
    sentence: e.s,
    source: actor(e.src),
    target: actor(e.tgt),
    cameo: e.cameo,
    plover: { type: '', mode: null, context: [] },
    quadClass: 0,
    goldstein: 0,
    evidence: { start: e.a, end: e.b },
    negated: false,
    reportedBy: null,
    rule: 'fixture',
    pattern: null,
    date: null,
    location: null,
    mentions: [],
  }));
  return doc;
}
