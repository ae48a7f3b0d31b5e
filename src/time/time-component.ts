import type { Component } from '../pipeline/component.js';
import { dateEvents } from './event-dates.js';
import { recodeActors, type RolePicker } from './recode-actors.js';

/**
 * The `time` component: dates every event, then re-codes people from their dated roles.
 * Built with the role picker so the actors module stays the one owner of role logic.
 *
 * @example
 * buildPipeline([tokenize, actors, events, timeComponent(actorOnDate)])
 */
export function timeComponent(pick: RolePicker | null): Component {
  return {
    name: 'time',
    requires: ['events'],
    assigns: ['dates'],
    run(doc) {
      dateEvents(doc);
      if (pick) recodeActors(doc, pick);
    },
  };
}
