import { actorsComponent } from '../src/actors/component.js';
import { tokenizeComponent } from '../src/nlp/tokenize.js';
import type { PipelineOptions } from '../src/pipeline/component.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/pipeline.js';

/** The pipeline up to actors (tokens, then actors), as src/pipeline/compose.ts orders them: the actors tests need no more. */
export function actorsPipeline(options: Partial<PipelineOptions> = {}): Pipeline {
  return buildPipeline([tokenizeComponent, actorsComponent], options);
}
