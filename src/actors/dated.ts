import type { ActorCode, DatedRole, Mention } from '../doc/mention.js';
import { splitCode } from './dictionary.js';

/** Make an `ActorCode` from a code string: "USAGOV" → {code, country: 'USA', agents: ['GOV']}. */
export function actorCode(code: string): ActorCode {
  // the codes are the dictionary's, a few thousand: each is split once (a copy goes out, callers own it)
  let a = codes.get(code);
  if (a === undefined) {
    const { country, agents } = splitCode(code);
    a = { code: (country ?? '') + agents.join(''), country, agents };
    if (codes.size >= 10_000) codes.clear();
    codes.set(code, a);
  }
  return { code: a.code, country: a.country, agents: a.agents.slice() };
}
const codes = new Map<string, ActorCode>();

/** Make an `ActorCode` from parts, dropping duplicate agents: ('KOR', ['GOV']) → KORGOV. */
export function composeCode(country: string | null, agents: readonly string[]): ActorCode {
  // one or two agents most of the time: no Set for them
  const uniq: string[] = [];
  let code = country ?? '';
  for (let i = 0; i < agents.length; i++) {
    const a = agents[i]!;
    if (uniq.includes(a)) continue;
    uniq.push(a);
    code += a;
  }
  return { code, country, agents: uniq };
}

// The bounds of a dictionary role, made once per role: people are re-coded by date at every mention.
const bounds = new WeakMap<DatedRole, { from: string; until: string }>();
function boundsOf(r: DatedRole): { from: string; until: string } {
  let b = bounds.get(r);
  if (b === undefined) {
    b = { from: lower(r.from), until: upper(r.until) };
    bounds.set(r, b);
  }
  return b;
}

function lower(d: string | null): string {
  if (!d) return '0000-00-00';
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10);
}
function upper(d: string | null): string {
  if (!d) return '9999-99-99';
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10);
}

/**
 * The role held on a date (inclusive ends), or — when `date` is null — the
 * role current at the latest date known (the one that started last).
 *
 * @example
 * roleOnDate(moonRoles, '2020-09-02')?.code // 'KORGOV'
 */
export function roleOnDate(roles: readonly DatedRole[], date: string | null): DatedRole | null {
  if (!roles.length) return null;
  if (date === null) {
    let best = roles[0]!;
    let bb = boundsOf(best);
    for (const r of roles) {
      const b = boundsOf(r);
      if (b.until > bb.until || (b.until === bb.until && b.from > bb.from)) {
        best = r;
        bb = b;
      }
    }
    return best;
  }
  const d = date.slice(0, 10);
  // A month or year date ("2019", "2019-02") matches a role that overlaps it.
  const dLow = lower(d);
  const dHigh = upper(d);
  let hit: DatedRole | null = null;
  let hitFrom = '';
  for (const r of roles) {
    const b = boundsOf(r);
    if (b.from <= dHigh && b.until >= dLow) {
      // prefer the role that started last (a new office over an older overlapping one)
      if (!hit || b.from > hitFrom) {
        hit = r;
        hitFrom = b.from;
      }
    }
  }
  return hit;
}

/**
 * The actor a mention stands for on a date. People from the dictionary are
 * re-coded by the role they held then; outside every role a person is their
 * last (or first, before any role) country with the ELI (elite / former
 * official) agent — "Moon Jae-in" in 2023 is `KORELI`, not `KORGOV`.
 * Mentions without dated roles keep their code.
 *
 * @example
 * actorOnDate(moon, '2020-09-02')?.code // 'KORGOV'
 * actorOnDate(moon, '2023-01-01')?.code // 'KORELI'
 */
export function actorOnDate(mention: Mention, date: string | null): ActorCode | null {
  const roles = mention.roles;
  if (!roles || !roles.length || mention.rule.startsWith('title')) return mention.actor;
  const role = roleOnDate(roles, date);
  if (role) return actorCode(role.code);
  // Out of office: the country of the nearest role, as an elite.
  const d = (date ?? '').slice(0, 10);
  let nearest = roles[0]!;
  for (const r of roles) {
    const until = boundsOf(r).until;
    if (until < d && until > boundsOf(nearest).until) nearest = r;
  }
  return composeCode(splitCode(nearest.code).country, ['ELI']);
}
