import type { VerbPattern } from '../patterns/pattern.js';

/** Placeholder until the PETRARCH reader lands: reads no patterns. */
export function parsePetrarchVerbs(_text: string, _file: string): VerbPattern[] {
  return [];
}
