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

const show = (g: GoldActor): string => ('key' in g ? g.key : `---${g.agent}`);

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

type Unit = { code: string; a: string; b: string | null; fa: string; fb: string | null; symmetric: boolean; evidence: string };

/** The key that decides whether two actor codes are the same party at this level. */
type Key = (c: string | null | undefined) => string | null;

/**
 * Predicted events of one record → unique scoring units (by `key`: the country at country level).
 * A symmetric pair (A→B and B→A of one code) is one unit. The full codes are kept for gold
 * actors whose country is unknown ("---LEG").
 */
function units(pred: PredictedEvent[], key: Key): Unit[] {
  const out: Unit[] = [];
  for (const p of pred) {
    const a = key(p.source);
    if (!a) continue;
    const b = key(p.target);
    if (out.some((u) => u.code === p.code && ((u.a === a && u.b === b) || (p.symmetric && u.symmetric && u.a === b && u.b === a)))) continue;
    out.push({ code: p.code, a, b, fa: p.source.trim().toUpperCase(), fb: p.target?.trim().toUpperCase() ?? null, symmetric: p.symmetric, evidence: p.evidence });
  }
  return out;
}

/** A gold actor as the scorer compares it: a key, or (country unknown, "---LEG") the agent a predicted code must carry. */
type GoldActor = { key: string } | { agent: string };

/**
 * Gold actor codes → what a prediction must match. At country level a gold code whose country
 * PETRARCH did not know ("---REB": rebels, country unstated) asserts no country: it matches a
 * predicted actor of that agent type in any country ("SYRREB", "USALEG"), just as a gold event
 * without target asserts no target. A bare "---" asserts nothing and is dropped.
 */
function goldActors(codes: string[], key: Key, level: 'country' | 'code'): GoldActor[] {
  const out: GoldActor[] = [];
  for (const raw of codes) {
    const c = raw.trim().toUpperCase();
    const unknown = /^-{3}([A-Z]{3})/.exec(c);
    if (level === 'country' && unknown) out.push({ agent: unknown[1]! });
    else {
      const k = key(c);
      if (k) out.push({ key: k });
    }
  }
  return out;
}

/** Does a predicted actor (key and full code) stand for the gold actor? */
function sameActor(g: GoldActor, k: string, full: string): boolean {
  if ('key' in g) return g.key === k;
  // The agent part of a dyad or PETRARCH code comes after the three-letter country or IGO head: "SYRREB", "IGOUNOMIL".
  const agents = /^[A-Z]{3}/.test(full) && !AGENT_HEADS.has(full.slice(0, 3)) ? full.slice(3) : full;
  for (let i = 0; i + 3 <= agents.length; i += 3) if (agents.slice(i, i + 3) === g.agent) return true;
  return false;
}

/** Three-letter codes that are agents, not countries, when a code starts with them (an actor of unknown country). */
const AGENT_HEADS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'LEG', 'JUD', 'COP', 'CVL', 'BUS', 'MED', 'EDU', 'REF', 'LAB', 'HLH', 'SPY', 'ELI', 'CRM', 'UAF', 'IGO', 'NGO', 'MNC', 'REL']);

function matches(u: Unit, code: string, sources: GoldActor[], targets: GoldActor[]): boolean {
  if (u.code !== code) return false;
  const dir = (a: string, fa: string, b: string | null, fb: string | null): boolean =>
    sources.some((g) => sameActor(g, a, fa)) && (targets.length === 0 || (b !== null && fb !== null && targets.some((g) => sameActor(g, b, fb))));
  return dir(u.a, u.fa, u.b, u.fb) || (u.symmetric && u.b !== null && u.fb !== null && dir(u.b, u.fb, u.a, u.fa));
}

/**
 * Score predictions against a gold set. A predicted event matches a gold
 * event when the code (PLOVER type or CAMEO code) is equal and the source and
 * target country codes are equal; a gold event without target matches on
 * source, and a gold actor of unknown country ("---LEG") matches a predicted
 * actor of that agent type. Each gold event and each predicted unit counts once.
 *
 * @example
 * scoreGold(gold, (r) => predictionsFor(r)).f1
 */
export function scoreGold(gold: GoldSet, predict: (r: GoldRecord) => PredictedEvent[], level: 'country' | 'code' = 'country'): Score {
  const key: Key = level === 'country' ? countryOfCode : (c) => (c ? c.trim().toUpperCase() : null);
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
    // Unique triples at the scoring level: "ISR→PSECVL" and "ISR→PSEGZACVL" of one code are one country-level triple.
    const seen = new Set<string>();
    const goldEvents = r.events
      .map((e) => ({
        code: e.code,
        sources: goldActors(e.sources, key, level),
        targets: goldActors(e.targets, key, level),
      }))
      .filter((g) => {
        const k = `${g.code}|${g.sources.map(show).sort().join('+')}|${g.targets.map(show).sort().join('+')}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
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
          misses.push({ id: r.id, text: r.text, code: g.code, source: g.sources.map(show).join('+'), target: g.targets.map(show).join('+') || null });
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
