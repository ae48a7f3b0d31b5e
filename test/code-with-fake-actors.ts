import { docFromParagraphs } from '../src/article/build-doc.js';
import type { CodedEvent } from '../src/doc/event.js';
import type { Doc } from '../src/doc/doc.js';
import { eventsComponent } from '../src/events/coder/events-component.js';
import { tokenizeComponent } from '../src/nlp/tokenize.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { fakeActorsComponent } from './fake-actors.js';

const pipeline = buildPipeline([tokenizeComponent, fakeActorsComponent, eventsComponent], { explain: true });

/** Code one text with the fake actors; returns the doc. */
export function codeText(text: string): Doc {
  return pipeline.run(docFromParagraphs({ id: 't' }, text.split(/\n\s*\n/)));
}

/** "SRC CAMEO TGT" strings of the non-negated events, for compact assertions. */
export function triples(text: string): string[] {
  return codeText(text)
    .events.filter((e: CodedEvent) => !e.negated)
    .map((e: CodedEvent) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
}
