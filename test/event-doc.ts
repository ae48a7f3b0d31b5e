import { docFromParagraphs } from '../src/article/build-doc.js';
import type { Doc } from '../src/doc/doc.js';
import type { CodedEvent, EventActor } from '../src/doc/event.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';

export interface EventSpec {
  /** Words of the evidence, found verbatim in the text. */
  at: string;
  /** Which occurrence of `at` (0-based), when it appears more than once. */
  nth?: number;
  cameo?: string;
  source?: string | Partial<EventActor> | null;
  target?: string | Partial<EventActor> | null;
}

function actor(a: string | Partial<EventActor> | null | undefined): EventActor | null {
  if (a == null) return null;
  if (typeof a === 'string') return { code: a, country: a.slice(0, 3), agents: a.length > 3 ? [a.slice(3)] : [], text: a, mention: null };
  return { code: a.code ?? 'XXX', country: a.country ?? null, agents: a.agents ?? [], text: a.text ?? '', mention: a.mention ?? null };
}

/**
 * A tokenised document with hand-made events, for testing the stages after the coder
 * before (and independently of) the coder itself.
 *
 * @example
 * eventDoc(['In July, Biegun visited Seoul.'], '2020-09-02', [{ at: 'visited', cameo: '042' }])
 */
export function eventDoc(paragraphs: string[], published: string | null, events: EventSpec[], meta: Partial<Doc['meta']> = {}): Doc {
  const doc = docFromParagraphs({ id: 'test', published, ...meta }, paragraphs);
  tokenizeDoc(doc);
  doc.layers.add('sentences');
  doc.layers.add('tokens');
  events.forEach((spec, id) => {
    let from = 0;
    let start = -1;
    for (let k = 0; k <= (spec.nth ?? 0); k++) {
      start = doc.text.indexOf(spec.at, from);
      if (start < 0) throw new Error(`"${spec.at}" not in the test text`);
      from = start + 1;
    }
    const evidence = { start, end: start + spec.at.length };
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)!.index;
    doc.events.push({
      id,
      sentence,
      source: actor(spec.source),
      target: actor(spec.target),
      cameo: spec.cameo ?? '040',
      plover: { type: 'CONSULT', mode: null, context: [] },
      quadClass: 1,
      goldstein: 1,
      evidence,
      negated: false,
      reportedBy: null,
      rule: 'test',
      pattern: null,
      date: null,
      location: null,
      mentions: [],
    });
  });
  doc.layers.add('events');
  return doc;
}
