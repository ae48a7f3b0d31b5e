// CAMEO names come from the project's own ontology module (pure data, no
// Node APIs), bundled into the web build: one table for CLI, API and UI.
import { allCameoCodes, cameoCode } from '../../src/events/ontology/index.js';
import type { EventRow } from './types.js';

/** Roots are written in capitals in the codebook ("MAKE PUBLIC STATEMENT"): show them as sentences. */
function tidy(name: string): string {
  return name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/**
 * The CAMEO name of a code ("Make a visit"), preferring one the server sent.
 * @example cameoName('042') // 'Make a visit'
 */
export function cameoName(code: string, ev?: Pick<EventRow, 'cameoName'>): string {
  if (ev?.cameoName) return ev.cameoName;
  const e = cameoCode(code);
  return e ? tidy(e.name) : '';
}

/** Every code with its name, for the code filter's suggestions. */
export function cameoChoices(): { code: string; name: string }[] {
  return allCameoCodes().map((e) => ({ code: e.code, name: tidy(e.name) }));
}

export { PLOVER_TYPES } from '../../src/events/ontology/index.js';
