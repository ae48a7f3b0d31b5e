import { readFileSync } from 'node:fs';
import { docFromParagraphs } from '../src/article/build-doc.js';
import { actorsPipeline } from './actors-pipeline.js';

/** Gold quirks of the PLOVER GSR file, fixed when read (the gold itself is never edited). */
const QUIRKS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA' };

export interface SlotScore {
  records: number;
  hits: number;
  rate: number;
}
export interface ActorsQuality {
  source: SlotScore;
  target: SlotScore;
  misses: { id: string; slot: string; gold: string[]; found: string[]; text: string }[];
}

function goldCodes(slot: unknown): string[] | null {
  // a slot is a list of {actorText, code}; "" means none; a bare string is a stray word, not an actor
  if (!Array.isArray(slot)) return null;
  const codes = slot.map((a: { code?: string }) => (a.code ?? '').trim().toUpperCase()).filter(Boolean).map((c) => QUIRKS[c] ?? c.slice(0, 3));
  return codes.length ? codes : null;
}

/**
 * For each gold record of the PLOVER GSR file: are its source and target
 * country codes among the countries of the actors dyad finds in its
 * sentence? One record-slot counts as a hit when all its gold codes are found.
 */
export function measureActors(path: string): ActorsQuality {
  const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  const pipeline = actorsPipeline();
  const score = { source: { records: 0, hits: 0, rate: 0 }, target: { records: 0, hits: 0, rate: 0 } };
  const misses: ActorsQuality['misses'] = [];
  for (const r of records) {
    if (r.event === 'DOCUMENT' || typeof r.text !== 'string') continue;
    const doc = pipeline.run(docFromParagraphs({ id: String(r.id), published: typeof r.date === 'string' ? r.date : null }, [r.text]));
    const found = new Set<string>();
    for (const m of doc.mentions) if (m.role === 'actor' && m.actor?.country) found.add(m.actor.country);
    for (const slot of ['source', 'target'] as const) {
      const gold = goldCodes(r[slot]);
      if (!gold) continue;
      score[slot].records++;
      if (gold.every((g) => found.has(g))) score[slot].hits++;
      else misses.push({ id: String(r.id), slot, gold, found: [...found], text: r.text });
    }
  }
  for (const s of [score.source, score.target]) s.rate = s.records ? s.hits / s.records : 0;
  return { ...score, misses };
}
