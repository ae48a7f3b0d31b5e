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
  assert.deepEqual(triples('Serbian ministers announced they will boycott any official contact with Croatia.'), ['SRBGOV THREATEN HRV']);
});

test('own parties: a state\'s own forces named without a country are no target ("Britain mobilized army reservists")', () => {
  assert.deepEqual(triples('France mobilized navy reservists ahead of a possible conflict with Libya.'), ['FRA MOBILIZE LBY']);
});

test('own parties: forces named inside the pattern\'s own words ("deployed troops") are the state\'s instrument, no target', () => {
  assert.deepEqual(triples('Chile deployed troops to the northern border on Tuesday.'), ['CHL MOBILIZE -']);
  // forces whose country the phrase states are another party
  assert.deepEqual(triples('Chile expelled three Peruvian diplomats on Tuesday.'), ['CHL SANCTION PERGOV']);
});

test('sanctions: their target is foreign, so a target of no named country does not take the source\'s', () => {
  assert.deepEqual(triples('Canada imposed sanctions on Monday on companies accused of smuggling weapons.'), ['CAN SANCTION BUS']);
  // an arrest at home keeps the country
  assert.deepEqual(triples('Canada arrested the owners of companies accused of smuggling weapons.'), ['CAN COERCE CANBUS']);
});

test('"armed" before a noun of a fixed phrase ("armed forces organs") arms nobody', () => {
  assert.ok(!triples('Vladimir Putin and officials of the state and armed forces organs of Japan paid tribute.').some((x) => x.includes('AID')));
  assert.deepEqual(triples('Russia armed Syria.'), ['RUS AID SYR']);
});

test('own parties: "its peacekeeping forces" are the source\'s own; the place they go to is the target', () => {
  assert.deepEqual(triples('The United Nations refused a request for its peacekeeping troops to be stationed in Darfur.'), ['IGOUNO REJECT SDN']);
});

test('self-events: an appositive of the source is not its partner ("Kuwait\'s emir, Sheikh Sabah")', () => {
  assert.ok(!triples("Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, began a mediation effort on Sunday.").some((x) => x.startsWith('KWTGOV') && x.endsWith('KWTGOV')));
});

test('protest: with no target named, people protest to their own government', () => {
  assert.deepEqual(triples('Thousands of Nigerians rallied on Thursday to protest the new law.'), ['NGA PROTEST NGAGOV']);
  assert.deepEqual(triples('Serbian workers went on strike on Monday.'), ['SRBCVL PROTEST SRBGOV']);
});

test('protest: "an open-ended strike" is a labour strike, not a military one', () => {
  assert.ok(!triples('Greek dockers stopped work on Friday at the start of an open-ended strike.').some((x) => x.includes('ASSAULT')));
});

test('ethnic groups: "ethnic Hungarians in northern Serbia" belong to the country they live in', () => {
  assert.deepEqual(triples('Ethnic Hungarians in northern Serbia are demanding a U.N. police presence.'), ['SRB REQUEST IGOUNO']);
  assert.deepEqual(triples('Hungarians demanded a U.N. police presence.'), ['HUN REQUEST IGOUNO']);
});

test('visits: troops arriving are deployed, not visiting; envoys arriving visit', () => {
  assert.deepEqual(triples('Nepalese peacekeeping soldiers arrived in South Sudan on Friday.'), []);
  assert.deepEqual(triples('The Nepalese foreign minister arrived in South Sudan on Friday.'), ['NPLGOV CONSULT SSD']);
});

test('implied target: martial law with no place named is imposed on the state\'s own country', () => {
  assert.deepEqual(triples("Lebanon's caretaker government said it was ready to impose martial law as fighting spread."), ['LBNGOV THREATEN LBN']);
});

test('agent-only source: a role of no known country or body ("Maj. Gen. Tomas Reyes resigned") codes nothing', () => {
  assert.deepEqual(triples('Maj. Gen. Tomas Reyes resigned on Friday so that free elections could be held.'), []);
});
