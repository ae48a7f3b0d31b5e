import { docFromParagraphs } from '../src/article/build-doc.js';
import type { CodedEvent } from '../src/doc/event.js';
import type { Doc } from '../src/doc/doc.js';
import type { CodingStandard } from '../src/events/coder/coding-standard.js';
import { eventsComponent } from '../src/events/coder/events-component.js';
import { tokenizeComponent } from '../src/nlp/tokenize.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { fakeActorsComponent } from './fake-actors.js';

const pipelines = {
  plover: buildPipeline([tokenizeComponent, fakeActorsComponent, eventsComponent], { explain: true }),
  petrarch: buildPipeline([tokenizeComponent, fakeActorsComponent, eventsComponent], { explain: true, codingStandard: 'petrarch' }),
};

/** Code one text with the fake actors, under a coding standard (plover by default); returns the doc. */
export function codeText(text: string, standard: CodingStandard = 'plover'): Doc {
  return pipelines[standard].run(docFromParagraphs({ id: 't' }, text.split(/\n\s*\n/)));
}

/** "SRC CAMEO TGT" strings of the non-negated events, for compact assertions. */
export function triples(text: string, standard: CodingStandard = 'plover'): string[] {
  return codeText(text, standard)
    .events.filter((e: CodedEvent) => !e.negated)
    .map((e: CodedEvent) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
}
