import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCameoCodes, cameoCode, describeCode, goldstein, ploverOf, quadClass } from './index.js';

test('the table holds every CAMEO code: 20 roots and 312 codes in all', () => {
  const all = allCameoCodes();
  assert.equal(all.length, 312);
  assert.equal(all.filter((c) => c.code.length === 2).length, 20);
  assert.ok(all.every((c) => /^\d{2,4}$/.test(c.code) && c.root === c.code.slice(0, 2)));
});

test('Goldstein values follow GDELT by default and ICEWS on request', () => {
  assert.equal(goldstein('042'), 1.9);
  assert.equal(goldstein('190'), -10);
  assert.equal(goldstein('016'), -2);
  assert.equal(goldstein('016', 'icews'), -5);
  assert.equal(goldstein('164', 'icews'), -6.5);
  assert.equal(goldstein('164'), -7);
});

test('quad classes differ by convention where the conventions differ', () => {
  assert.equal(quadClass('042'), 1);
  assert.equal(quadClass('090'), 2);
  assert.equal(quadClass('090', 'icews'), 3);
  assert.equal(quadClass('141'), 3);
  assert.equal(quadClass('141', 'icews'), 4);
  assert.equal(quadClass('010', 'phoenix'), 0);
  assert.equal(quadClass('160', 'phoenix'), 3);
  assert.equal(quadClass('190'), 4);
  assert.equal(quadClass('0874', 'plover'), 2);
});

test('CAMEO → PLOVER: type, mode and context', () => {
  assert.deepEqual(ploverOf('041'), { type: 'CONSULT', mode: 'phone', context: [] });
  assert.deepEqual(ploverOf('042'), { type: 'CONSULT', mode: 'visit', context: [] });
  assert.equal(ploverOf('036').type, 'AGREE');
  assert.equal(ploverOf('0874').type, 'RETREAT');
  assert.equal(ploverOf('080').type, 'CONCEDE');
  assert.equal(ploverOf('1124').mode, 'allege');
  assert.deepEqual(ploverOf('1124').context, ['military', 'legal']);
  assert.equal(ploverOf('020').type, 'REQUEST');
  assert.equal(ploverOf('010').type, null);
  assert.equal(ploverOf('190').type, 'ASSAULT');
});

test('describeCode gathers what an event needs and says which convention it used', () => {
  const d = describeCode('041');
  assert.equal(d.name, 'Discuss by telephone');
  assert.equal(d.quadClass, 1);
  assert.equal(d.convention, 'gdelt');
  assert.equal(cameoCode('9999'), undefined);
});

test('CAMEO → PLOVER: sanctions and resignations follow the PLOVER manual', () => {
  assert.deepEqual(ploverOf('163'), { type: 'SANCTION', mode: 'discontinue', context: ['diplomatic'] });
  assert.equal(ploverOf('0831').type, 'RETREAT');
  assert.equal(ploverOf('0831').mode, 'resign');
  assert.equal(ploverOf('0832').type, 'CONCEDE');
});
