import type { Component } from '../pipeline/component.js';
import { placeEvents } from './event-places.js';

/**
 * The `geo` component: where each event happened. Needs the events (their words) and the
 * mentions (places the actor stage marked, and the actors' countries that decide between
 * cities of one name). The gazetteer loads on the first document, not at start-up.
 */
export const geoComponent: Component = {
  name: 'geo',
  requires: ['events', 'mentions'],
  assigns: ['places'],
  run: (doc) => placeEvents(doc),
};
