import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { eventDoc } from '../../test/event-doc.js';
import { actorsComponent } from '../actors/component.js';
import { actorOnDate } from '../actors/dated.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import type { Mention } from '../doc/mention.js';
import { mentionsById } from './recode-actors.js';
import { timeComponent } from './time-component.js';

test('people are re-coded from their roles on the event date, not the publication date', () => {
  // Kerry was Secretary of State 2013–2017: a 2016 visit is a government act, his 2020 code is not.
  const doc = eventDoc(['In 2016, John Kerry visited Hanoi.'], '2020-09-02', [{ at: 'visited', cameo: '042' }]);
  const ctx = buildPipeline([]).context;
  actorsComponent.run(doc, ctx);
  const kerry = doc.mentions.find((m) => m.text.includes('Kerry'));
  assert.ok(kerry?.roles?.length, 'the actor stage knows Kerry with dated roles');
  const now = actorOnDate(kerry!, '2020-09-02')!;
  doc.events[0]!.source = { ...now, text: kerry!.text, mention: kerry!.id };
  timeComponent(actorOnDate).run(doc, ctx);
  assert.equal(doc.events[0]!.date!.value, '2016');
  assert.equal(doc.events[0]!.source!.code, 'USAGOV');
  assert.notEqual(now.code, 'USAGOV');
});

test('mentionsById finds what a map of the mentions in their order finds, numbered in place or not', () => {
  const mention = (id: number, text: string) => ({ id, text }) as unknown as Mention;
  fc.assert(
    fc.property(fc.array(fc.nat(6), { maxLength: 8 }), fc.boolean(), (ids, inPlace) => {
      const mentions = (inPlace ? ids.map((_, i) => i) : ids).map((id, i) => mention(id, `m${i}`));
      const map = new Map(mentions.map((m) => [m.id, m]));
      const byId = mentionsById(mentions);
      for (let id = -1; id < 10; id++) assert.equal(byId(id), map.get(id), JSON.stringify(ids));
    }),
    { numRuns: 500 },
  );
});
