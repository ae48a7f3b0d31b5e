import { countryOfCode, type GoldRecord, type GoldSet } from './gold.js';

/** A predicted event reduced to what the scorer compares. */
export interface PredictedEvent {
  /** CAMEO code, or PLOVER type when scoring against PLOVER gold. */
  code: string;
  source: string;
  target: string | null;
  /** Coded both ways from one mention (talks, meetings): scored as one event. */
  symmetric: boolean;
  /** Evidence words, for listings. */
  evidence: string;
}

export interface Scored {
  id: string;
  text: string;
  code: string;
  source: string;
  target: string | null;
  evidence?: string;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends TypeScore {
  precision: number;
  recall: number;
  f1: number;
  perType: Map<string, TypeScore>;
  misses: Scored[];
  falses: Scored[];
  /** PETRARCH rule: records whose coded set equals the expected set (`noevents`: nothing coded). */
  recordsPassed: number;
  records: number;
}

function prf(s: TypeScore): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Summary figures of a type score. */
export function rates(s: TypeScore): { precision: number; recall: number; f1: number } {
  return prf(s);
}

type Unit = { code: string; a: string; b: string | null; symmetric: boolean; evidence: string };

/**
 * Predicted events of one record → unique scoring units at country level.
 * A symmetric pair (A→B and B→A of one code) is one unit.
 */
function units(pred: PredictedEvent[], key: (c: string | null) => string | null): Unit[] {
  const out: Unit[] = [];
  for (const p of pred) {
    const a = key(p.source);
    if (!a) continue;
    const b = key(p.target);
    if (out.some((u) => u.code === p.code && ((u.a === a && u.b === b) || (p.symmetric && u.symmetric && u.a === b && u.b === a)))) continue;
    out.push({ code: p.code, a, b, symmetric: p.symmetric, evidence: p.evidence });
  }
  return out;
}

function matches(u: Unit, code: string, sources: string[], targets: string[]): boolean {
  if (u.code !== code) return false;
  const dir = (a: string, b: string | null): boolean => sources.includes(a) && (targets.length === 0 || (b !== null && targets.includes(b)));
  return dir(u.a, u.b) || (u.symmetric && u.b !== null && dir(u.b, u.a));
}

/**
 * Score predictions against a gold set. A predicted event matches a gold
 * event when the code (PLOVER type or CAMEO code) is equal and the source and
 * target country codes are equal; a gold event without target matches on
 * source. Each gold event and each predicted unit counts once.
 *
 * @example
 * scoreGold(gold, (r) => predictionsFor(r)).f1
 */
export function scoreGold(gold: GoldSet, predict: (r: GoldRecord) => PredictedEvent[], level: 'country' | 'code' = 'country'): Score {
  const key = level === 'country' ? countryOfCode : (c: string | null | undefined): string | null => (c ? c.trim().toUpperCase() : null);
  const total: TypeScore = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<string, TypeScore>();
  const bump = (code: string, k: keyof TypeScore): void => {
    let s = perType.get(code);
    if (!s) perType.set(code, (s = { tp: 0, fp: 0, fn: 0 }));
    s[k]++;
    total[k]++;
  };
  const misses: Scored[] = [];
  const falses: Scored[] = [];
  let passed = 0;
  for (const r of gold.records) {
    const us = units(predict(r), key);
    const goldEvents = r.events.map((e) => ({
      code: e.code,
      sources: e.sources.map(key).filter((x): x is string => x !== null),
      targets: e.targets.map(key).filter((x): x is string => x !== null),
    }));
    // Unique gold triples (PETRARCH lists a symmetric event twice, as two triples).
    const used = new Set<number>();
    const hit = new Set<number>();
    goldEvents.forEach((g, gi) => {
      const k = us.findIndex((u, ui) => !used.has(ui) && matches(u, g.code, g.sources, g.targets));
      if (k >= 0) {
        used.add(k);
        hit.add(gi);
        bump(g.code, 'tp');
      } else {
        // A symmetric unit already used for the mirrored gold triple counts for this one too.
        const mirror = us.findIndex((u) => u.symmetric && matches(u, g.code, g.sources, g.targets));
        if (mirror >= 0) {
          hit.add(gi);
          bump(g.code, 'tp');
        } else {
          bump(g.code, 'fn');
          misses.push({ id: r.id, text: r.text, code: g.code, source: g.sources.join('+'), target: g.targets.join('+') || null });
        }
      }
    });
    us.forEach((u, ui) => {
      if (used.has(ui)) return;
      if (goldEvents.some((g) => matches(u, g.code, g.sources, g.targets))) return;
      bump(u.code, 'fp');
      falses.push({ id: r.id, text: r.text, code: u.code, source: u.a, target: u.b, evidence: u.evidence });
    });
    const allHit = hit.size === goldEvents.length;
    const noneFalse = us.every((u) => goldEvents.some((g) => matches(u, g.code, g.sources, g.targets)));
    if (r.noEvents ? us.length === 0 : allHit && noneFalse) passed++;
  }
  return { ...total, ...prf(total), perType, misses, falses, recordsPassed: passed, records: gold.records.length };
}
