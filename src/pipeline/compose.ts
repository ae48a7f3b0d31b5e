import { actorsComponent } from '../actors/component.js';
import { actorOnDate } from '../actors/dated.js';
import { dedupComponent } from '../dedup/dedup-within.js';
import { eventsComponent } from '../events/coder/events-component.js';
import { geoComponent } from '../geo/geo-component.js';
import { tokenizeComponent } from '../nlp/tokenize.js';
import { timeComponent } from '../time/time-component.js';
import type { Component, PipelineOptions } from './component.js';
import { buildPipeline, type Pipeline } from './pipeline.js';

/**
 * The one place where the order of the pipeline is set. Each line says why
 * it stands where it does; `buildPipeline` checks requires/assigns.
 */
export function standardComponents(): Component[] {
  return [
    // Sentences and tokens come first: every later stage works on token spans.
    tokenizeComponent,
    // Actors right after tokens: the event coder reads doc.mentions (who) before it codes verbs.
    actorsComponent,
    // Events after actors: the coder fills source/target slots from doc.mentions; time/place then date and place its events.
    eventsComponent,
    // Time after events: it dates each event from its own words, then re-codes people by the roles they held that day.
    timeComponent(actorOnDate),
    // Geo after events and mentions: it places each event and needs the actors' countries to choose among cities.
    geoComponent,
    // Dedup last: two tellings are one event only if their dates (and places) agree.
    dedupComponent,
  ];
}

/** The standard dyad pipeline, ready to run. */
export function createPipeline(options: Partial<PipelineOptions> = {}): Pipeline {
  return buildPipeline(standardComponents(), options);
}
