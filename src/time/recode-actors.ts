import type { Doc } from '../doc/doc.js';
import type { ActorCode, Mention } from '../doc/mention.js';

/** Picks a person's actor code for a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export type RolePicker = (mention: Mention, date: string) => ActorCode | null;

/**
 * Re-code the people of each event from their dated roles once the event has a date:
 * a minister quoted in 2020 about a 2019 summit is coded with the office held in 2019.
 *
 * @example
 * // "In 2016, Kerry visited Seoul" → source USAGOV (Secretary of State in 2016), not his 2020 code
 */
export function recodeActors(doc: Doc, pick: RolePicker): number {
  let changed = 0;
  const byId = new Map<number, Mention>();
  for (const m of doc.mentions) byId.set(m.id, m);
  for (const ev of doc.events) {
    const value = ev.date?.value;
    if (!value) continue;
    for (const side of [ev.source, ev.target]) {
      if (!side || side.mention === null) continue;
      const mention = byId.get(side.mention);
      if (!mention?.roles?.length) continue;
      const code = pick(mention, value);
      if (!code || code.code === side.code) continue;
      doc.explain({ stage: 'time', sentence: ev.sentence, rule: 'actor-on-date', message: `${side.text}: ${side.code} → ${code.code} on ${value}` });
      side.code = code.code;
      side.country = code.country;
      side.agents = [...code.agents];
      changed++;
    }
  }
  return changed;
}
