import type { PloverCode } from '../../doc/event.js';
import { CAMEO_TABLE } from './cameo-table.js';

export type Convention = 'gdelt' | 'icews' | 'phoenix' | 'plover';
export const CONVENTIONS: readonly Convention[] = ['gdelt', 'icews', 'phoenix', 'plover'];

export interface CameoEntry {
  code: string;
  name: string;
  /** Two-digit root ("04" for "042"). */
  root: string;
  /** Goldstein value in GDELT's table (the default). */
  goldstein: number;
  /** Goldstein value in the ICEWS codebook, where it differs (016, 022, 164, 165). */
  goldsteinIcews: number;
  plover: PloverCode;
}

const TABLE = new Map<string, CameoEntry>();
for (const line of CAMEO_TABLE.split('\n')) {
  if (!line.trim()) continue;
  const [code, name, g, gi, type, mode, ctx] = line.split('\t');
  const goldstein = Number(g);
  TABLE.set(code!, {
    code: code!,
    name: name!,
    root: code!.slice(0, 2),
    goldstein,
    goldsteinIcews: gi ? Number(gi) : goldstein,
    plover: { type: type || null, mode: mode || null, context: ctx ? ctx.split(';') : [] },
  });
}

/** A CAMEO code's entry, or undefined for a code the standard does not have. */
export function cameoCode(code: string): CameoEntry | undefined {
  return TABLE.get(code);
}

/** Every CAMEO code (roots and sub-codes) in code order. */
export function allCameoCodes(): CameoEntry[] {
  return [...TABLE.values()];
}

export function isCameoCode(code: string): boolean {
  return TABLE.has(code);
}

/** Goldstein value of a code: ICEWS's table under the ICEWS convention, GDELT's otherwise. */
export function goldstein(code: string, convention: Convention = 'gdelt'): number {
  const e = TABLE.get(code) ?? TABLE.get(code.slice(0, 3)) ?? TABLE.get(code.slice(0, 2));
  if (!e) return 0;
  return convention === 'icews' ? e.goldsteinIcews : e.goldstein;
}

// PLOVER types by quad category (POLECAT's table): 1 verbal cooperation,
// 2 material cooperation, 3 verbal conflict, 4 material conflict.
export const PLOVER_QUAD: Record<string, number> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** Every PLOVER 2021 event type. */
export const PLOVER_TYPES = Object.keys(PLOVER_QUAD);

/**
 * Quad class of a code (1 verbal cooperation, 2 material cooperation,
 * 3 verbal conflict, 4 material conflict; 0 = none, Phoenix's statements).
 * - gdelt (default): roots 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4
 * - icews: as gdelt but 09 investigate → 3 and 14 protest → 4
 * - phoenix: 01–02 → 0, 03–05 → 1, 06–08 → 2, 09–13 → 3, 14–15 → 4, 16 → 3, 17–20 → 4
 * - plover: from the PLOVER type of the code
 *
 * @example quadClass('042') // 1
 */
export function quadClass(code: string, convention: Convention = 'gdelt'): number {
  const root = Number(code.slice(0, 2));
  if (!Number.isFinite(root) || root < 1 || root > 20) return 0;
  switch (convention) {
    case 'icews':
      if (root === 9) return 3;
      if (root === 14) return 4;
      break;
    case 'phoenix':
      if (root <= 2) return 0;
      if (root === 9) return 3;
      if (root === 14) return 4;
      if (root === 16) return 3;
      break;
    case 'plover': {
      const t = ploverOf(code).type;
      return t ? (PLOVER_QUAD[t] ?? 0) : 0;
    }
    default:
      break;
  }
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

/** PLOVER type, mode and context of a CAMEO code (type null for 01x statements). */
export function ploverOf(code: string): CameoEntry['plover'] {
  const e = TABLE.get(code) ?? TABLE.get(code.slice(0, 3)) ?? TABLE.get(code.slice(0, 2));
  return e ? { type: e.plover.type, mode: e.plover.mode, context: [...e.plover.context] } : { type: null, mode: null, context: [] };
}

export interface CodeDescription {
  cameo: string;
  name: string;
  goldstein: number;
  quadClass: number;
  plover: CameoEntry['plover'];
  convention: Convention;
}

/**
 * Everything an event needs from its code, under one convention.
 *
 * @example describeCode('041') // { cameo: '041', name: 'Discuss by telephone', goldstein: 1, quadClass: 1, plover: { type: 'CONSULT', mode: 'phone', … } }
 */
export function describeCode(code: string, convention: Convention = 'gdelt'): CodeDescription {
  const e = TABLE.get(code);
  return {
    cameo: code,
    name: e?.name ?? 'unknown code',
    goldstein: goldstein(code, convention),
    quadClass: quadClass(code, convention),
    plover: ploverOf(code),
    convention,
  };
}
