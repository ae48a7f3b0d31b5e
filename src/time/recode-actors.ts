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
  const byId = mentionsById(doc.mentions);
  for (const ev of doc.events) {
    const value = ev.date?.value;
    if (!value) continue;
    for (const side of [ev.source, ev.target]) {
      if (!side || side.mention === null) continue;
      const mention = byId(side.mention);
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

/**
 * The mention of an id, the last of that id in `mentions` (as a map built in
 * their order would say). Mentions are numbered by their place in the list
 * (recognize.ts): then the list is the look-up, and no map is built.
 *
 * @example
 * mentionsById([{ id: 0, … }, { id: 1, … }])(1) // the second
 */
export function mentionsById(mentions: readonly Mention[]): (id: number) => Mention | undefined {
  let inPlace = true;
  for (let i = 0; i < mentions.length && inPlace; i++) inPlace = mentions[i]!.id === i;
  if (inPlace) return (id) => mentions[id];
  const byId = new Map<number, Mention>();
  for (const m of mentions) byId.set(m.id, m);
  return (id) => byId.get(id);
}
