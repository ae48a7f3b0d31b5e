import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DatedRole, Mention } from '../doc/mention.js';
import { actorCode, actorOnDate, composeCode, roleOnDate } from './dated.js';

const moon: DatedRole[] = [{ code: 'KORGOV', from: '2017-05-10', until: '2022-05-09', title: 'President of South Korea' }];
const ban: DatedRole[] = [
  { code: 'KORGOV', from: '2004-01-17', until: '2006-11-09' },
  { code: 'IGOUNO', from: '2007-01-01', until: '2016-12-31' },
];
const person = (roles: DatedRole[]): Mention => ({ id: 0, sentence: 0, start: 0, end: 1, tokenStart: 0, tokenEnd: 1, text: 'x', kind: 'person', role: 'actor', actor: null, roles, antecedent: null, rule: 'person.dictionary', entry: null });

test('"Moon Jae-in" is KORGOV 2017-05..2022-05 and an elite (KORELI) before and after', () => {
  assert.equal(actorOnDate(person(moon), '2020-09-02')?.code, 'KORGOV');
  assert.equal(actorOnDate(person(moon), '2017-05-10')?.code, 'KORGOV');
  assert.equal(actorOnDate(person(moon), '2022-05-10')?.code, 'KORELI');
  assert.equal(actorOnDate(person(moon), '2015-01-01')?.code, 'KORELI');
});

test('a month or a year overlapping the role counts', () => {
  assert.equal(actorOnDate(person(moon), '2022-05')?.code, 'KORGOV');
  assert.equal(actorOnDate(person(moon), '2017')?.code, 'KORGOV');
});

test('"Ban Ki-moon" changes office: foreign minister, then UN Secretary-General', () => {
  assert.equal(actorOnDate(person(ban), '2005-03-01')?.code, 'KORGOV');
  assert.equal(actorOnDate(person(ban), '2010-03-01')?.code, 'IGOUNO');
});

test('no date: the role current at the latest date known', () => {
  assert.equal(roleOnDate(ban, null)?.code, 'IGOUNO');
  assert.equal(actorOnDate(person([{ code: 'USAGOV', from: '2025-01-20', until: null }, { code: 'USAGOV', from: '2017-01-20', until: '2021-01-20' }]), null)?.code, 'USAGOV');
});

test('a mention coded from a title in the text keeps its code on any date', () => {
  const m = { ...person(moon), rule: 'title+name', actor: actorCode('KORGOV') };
  assert.equal(actorOnDate(m, '2030-01-01')?.code, 'KORGOV');
});

test('codes split into country and agents', () => {
  assert.deepEqual(actorCode('USAGOV'), { code: 'USAGOV', country: 'USA', agents: ['GOV'] });
  assert.deepEqual(actorCode('IGOUNOIAE'), { code: 'IGOUNOIAE', country: 'IGO', agents: ['UNO', 'IAE'] });
  assert.deepEqual(actorCode('GOV'), { code: 'GOV', country: null, agents: ['GOV'] });
  assert.deepEqual(composeCode('KOR', ['GOV', 'GOV']), { code: 'KORGOV', country: 'KOR', agents: ['GOV'] });
});

test('composeCode drops repeated agents as a Set does, first one first', () => {
  const ref = (country: string | null, agents: string[]) => {
    const uniq = [...new Set(agents)];
    return { code: (country ?? '') + uniq.join(''), country, agents: uniq };
  };
  const agents = fc.array(fc.constantFrom('GOV', 'MIL', 'ELI', 'COP', 'UNO'), { maxLength: 5 });
  fc.assert(fc.property(fc.constantFrom(null, 'KOR', 'PRK'), agents, (c, a) => assert.deepEqual(composeCode(c, a), ref(c, a))));
});

test('roleOnDate (role bounds made once per role) answers as the plain string comparison does', () => {
  // the comparison written out, bounds made at every call
  const lo = (d: string | null) => (!d ? '0000-00-00' : d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
  const hi = (d: string | null) => (!d ? '9999-99-99' : d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));
  const ref = (roles: DatedRole[], date: string | null): DatedRole | null => {
    if (date === null) {
      let best = roles[0]!;
      for (const r of roles) if (hi(r.until) > hi(best.until) || (hi(r.until) === hi(best.until) && lo(r.from) > lo(best.from))) best = r;
      return best;
    }
    const d = date.slice(0, 10);
    let hit: DatedRole | null = null;
    for (const r of roles) if (lo(r.from) <= hi(d) && hi(r.until) >= lo(d) && (!hit || lo(r.from) > lo(hit.from))) hit = r;
    return hit;
  };
  const day = fc.constantFrom(null, '2001', '2001-06', '2001-06-15', '2003', '2003-02-28', '2005-12');
  const role = fc.record({ code: fc.constantFrom('KORGOV', 'IGOUNO', 'USAGOV', 'PRKMIL'), from: day, until: day });
  fc.assert(
    fc.property(fc.array(role, { minLength: 1, maxLength: 4 }), fc.array(day, { minLength: 1, maxLength: 4 }), (roles, dates) => {
      for (const d of dates) assert.equal(roleOnDate(roles, d), ref(roles, d));
    }),
  );
});
