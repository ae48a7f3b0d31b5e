import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromParagraphs } from '../../article/build-doc.js';
import { createPipeline } from '../../pipeline/compose.js';

// The coder with dyad's own dictionaries: rules about which parties a sentence really names.
const pipeline = createPipeline();
function triples(text: string): string[] {
  return pipeline
    .run(docFromParagraphs({ id: 't' }, [text]))
    .events.filter((e) => !e.negated)
    .map((e) => `${e.source?.code ?? '-'} ${e.plover.type} ${e.target?.code ?? '-'}`);
}

test('own parties: an adjective "official" is no target; the real object after it is', () => {
  assert.deepEqual(triples('Palestinian leaders said they would boycott all official contact with Japan.'), ['PSEGOV THREATEN JPN']);
});

test('own parties: a state\'s own forces named without a country are no target ("Britain mobilized army reservists")', () => {
  assert.deepEqual(triples('Britain mobilized army reservists for a possible war against Iraq.'), ['GBR MOBILIZE IRQ']);
});

test('own parties: "its peacekeeping forces" are the source\'s own; the place they go to is the target', () => {
  assert.deepEqual(triples('The United Nations rejected a call for its peacekeeping forces to be deployed in East Timor.'), ['IGOUNO REJECT TLS']);
});

test('self-events: an appositive of the source is not its partner ("Qatar\'s emir, Sheikh Hamad")', () => {
  assert.ok(!triples("Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, launched a mediation effort on Saturday.").some((x) => x.startsWith('QATGOV') && x.endsWith('QATGOV')));
});

test('protest: with no target named, people protest to their own government', () => {
  assert.deepEqual(triples('Thousands of Nigerians rallied on Thursday to protest the new law.'), ['NGA PROTEST NGAGOV']);
  assert.deepEqual(triples('Serbian workers went on strike on Monday.'), ['SRBCVL PROTEST SRBGOV']);
});

test('protest: "an open-ended strike" is a labour strike, not a military one', () => {
  assert.ok(!triples('Serbian workers stopped work on the first day of an open-ended strike on Monday.').some((x) => x.includes('ASSAULT')));
});

test('ethnic groups: "ethnic Albanians in south Serbia" belong to the country they live in', () => {
  assert.deepEqual(triples('Ethnic Albanians in south Serbia are demanding a U.N. military presence.'), ['SRB REQUEST IGOUNO']);
  assert.deepEqual(triples('Albanians demanded a U.N. military presence.'), ['ALB REQUEST IGOUNO']);
});

test('visits: troops arriving are deployed, not visiting; envoys arriving visit', () => {
  assert.deepEqual(triples('Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.'), []);
  assert.deepEqual(triples('The Bangladeshi foreign minister arrived in Sierra Leone on Tuesday.'), ['BGDGOV CONSULT SLE']);
});

test('implied target: martial law with no place named is imposed on the state\'s own country', () => {
  assert.deepEqual(triples("Iraq's interim government announced that it is prepared to impose martial law as street battles raged."), ['IRQGOV THREATEN IRQ']);
});

test('agent-only source: a role of no known country or body ("Lt. Gen. Prosper Avril resigned") codes nothing', () => {
  assert.deepEqual(triples('Lt. Gen. Prosper Avril resigned yesterday to allow the first democratic elections to take place.'), []);
});
