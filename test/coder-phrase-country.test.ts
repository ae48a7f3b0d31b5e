import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodedEvent } from '../src/doc/event.js';
import type { CodingStandard } from '../src/events/coder/coding-standard.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeInput } from '../src/process.js';

// Coder rules that need the real actors stage (places, countries guessed from context).

function code(sentence: string, standard: CodingStandard = 'plover'): string[] {
  const content = `Headline\n\n${sentence}\n`;
  const doc = codeInput({ id: 't', file: 't.txt', format: 'text', content, published: '2008-08-06' }, createPipeline({ codingStandard: standard }));
  return doc.events.map((e: CodedEvent) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
}

test('"dissidents from Uganda" are Ugandan even in a story about Kenya', () => {
  const got = code('The Kenyan president met with exiled dissidents from Uganda.');
  assert.ok(got.includes('KENGOV 040 UGAOPP'), got.join('; '));
  assert.ok(!got.some((g) => g.includes('KENOPP')), got.join('; '));
});

test('a visit\'s place is its host: "attended a summit in Uganda" targets Uganda', () => {
  const got = code('The Kenyan president attended a summit in Uganda.');
  assert.ok(got.includes('KENGOV 042 UGA'), got.join('; '));
});

test('the phrase\'s country may follow a hyphenated modifier: "from military-ruled Uganda"', () => {
  const got = code('The Kenyan president met with exiled dissidents from military-ruled Uganda.');
  assert.ok(got.includes('KENGOV 040 UGAOPP'), got.join('; '));
});

test('a nationality word before lower-case modifiers gives the country: "Nigerian junior foreign minister"', () => {
  const got = code('On Tuesday, Nigerian junior foreign minister Ade Bello summoned the ambassador of Ghana.');
  assert.ok(got.includes('NGAGOV 114 GHAGOV'), got.join('; '));
});

test('protest-violence: damage by protesters is a riot (145); police against protesters is repression (175), a clash both', () => {
  assert.deepEqual(code('The Kenyan embassy was demolished by Ugandan protesters.'), ['UGACVL 145 KENGOV']);
  assert.deepEqual(code('Kenyan police beat Ugandan demonstrators.'), ['KENCOP 175 UGACVL']);
  assert.deepEqual(code('Kenyan police clashed with Ugandan rioters.').sort(), ['KENCOP 175 UGACVL', 'UGACVL 145 KENCOP']);
  // Protesters who fire missiles fight; without a party they act on, nothing is coded.
  assert.deepEqual(code('Ugandan protesters fired missiles at the Kenyan army.'), ['UGACVL 194 KENMIL']);
  assert.deepEqual(code('A protester demolished the building.'), []);
});

test('object: "contribute up to 3,000 soldiers to … in Uganda" — the troops are given, the place receives', () => {
  const got = code('Kenya offered to contribute up to 3,000 soldiers to a regional force in Uganda.');
  assert.ok(!got.some((g) => g.endsWith('KENMIL')), got.join('; '));
});

test('a nation\'s raid is its forces\' doing; responsibility for an attack on a party targets that party', () => {
  assert.deepEqual(code('Five Ugandan villagers were killed in a Kenyan raid.'), ['KEN 190 UGACVL']);
  const got = code('Somali militants claimed responsibility for the attack on the Kenyan embassy.');
  assert.ok(got.some((g) => g.endsWith(' 015 KENGOV')), got.join('; '));
});

test('passive: a party inside a participle clause modifying the subject is not the patient; releasing people is 0841', () => {
  const got = code('The Ugandan prisoners held for spying on Kenya were released by Kenya.');
  assert.ok(got.includes('KEN 0841 UGACVL'), got.join('; '));
  assert.deepEqual(code('Kenya released the mayor of Kampala.'), ['KEN 084 UGAGOV']);
});

test('standard petrarch: a group of the accused forces\' country does not speak for the state; its government does', () => {
  const group = code('A Kenyan rights group said the army had shelled Somali villages.', 'petrarch');
  assert.deepEqual(group, ['KEN 112 KENMIL']);
  // The government reports its own forces' act: a claim (015), not an accusation.
  const state = code('The Kenyan government said the army had shelled Somali villages.', 'petrarch');
  assert.deepEqual(state, ['KENMIL 015 SOM']);
});

test('"they" after a visit stands for the visitors, not for the city they arrived in', () => {
  const got = code('Kenyan envoys arrived in Kampala on Monday. They urged the government to accept the plan.');
  assert.ok(got.includes('KENGOV 026 UGAGOV'), got.join('; '));
  assert.ok(!got.some((g) => g.startsWith('UGA ')), got.join('; '));
});

test('standard petrarch: a speaker of no known country ("police said") accuses nobody; the reported act stays', () => {
  assert.deepEqual(code('Police said Ugandan troops had shelled Kenyan villages.', 'petrarch'), ['UGAMIL 194 KEN']);
});

test('"the government" does not borrow the country of the state it cooperates with, but keeps a domestic conflict dyad', () => {
  // A government of no known country says too vaguely who acted: nothing is coded, and never Norway thanking itself.
  assert.deepEqual(code('The government expressed gratitude for Norway\'s support.'), []);
  assert.deepEqual(code('The minister refused to resign despite pressure from the Kenya Human Rights Commission.'), ['KENGOV 1231 KEN']);
});

test('an agent with no other party takes the one country its sentence names, and none when it names two', () => {
  assert.deepEqual(code('General Samuel Okello resigned yesterday to allow Uganda\'s first free elections to take place.'), ['UGAMIL 0831 -']);
  assert.deepEqual(code('General Samuel Okello resigned yesterday, a day after Kenya and Tanzania closed their borders.').filter((g) => g.includes('0831')), []);
});

test('radical groups are actors (RAD) and take the country of the party they act against', () => {
  const got = code('Islamist hardliners began a hunger strike on Monday, demanding that the Kenyan president step down.');
  assert.ok(got.some((g) => g.startsWith('KENRAD ')), got.join('; '));
});

test('slot: a name no dictionary knows, described by an appositive role, is that role ("Jan Novak, the new Czech ambassador")', () => {
  assert.deepEqual(code("Kenya's president talked with Jan Novak, the new Czech ambassador, on Monday.").sort(), ['CZEGOV 040 KENGOV', 'KENGOV 040 CZEGOV']);
  // A place after the comma describes no person: the name stays unknown.
  assert.deepEqual(code('Kenyan troops attacked Novak, Czech Republic.'), []);
});

test('"held a press conference": the party word modifies a gathering convened, nobody is detained', () => {
  assert.deepEqual(code("The Civil Servants' Union and the Nairobi University Trade Union in Kenya held a press conference outside the Ministry of Health on Monday.").filter((g) => g.includes(' 173 ')), []);
  assert.ok(code('Ugandan police held two Kenyan journalists for a week.').includes('UGACOP 173 KENMED'));
});

test('"call X a Y", "call X "Name"": naming, not telephoning', () => {
  assert.deepEqual(code('Japanese women are calling the Chinese leader "Our Friend" in tears.'), []);
  assert.deepEqual(code('Japan called the Chinese premier a liar.'), []);
  assert.ok(code('Japan called the Chinese premier on Monday to discuss trade.').includes('JPN 041 CHNGOV'));
});

test('"will hold a memorial service for X": a gathering convened for X detains nobody', () => {
  assert.deepEqual(code('The Korean army will hold a national memorial service for the late leader Kim Jong Il.').filter((g) => / 1[37]\d /.test(g)), []);
  assert.ok(code('Kenyan police will hold the Ugandan suspects for a week.').some((g) => g.startsWith('KENCOP 1')));
});

test('a compound subject mourning does not console itself ("the army and the people mourn")', () => {
  assert.deepEqual(code('The Japanese army and the Chinese people mourn in deep sorrow.').sort(), ['CHNCVL 018 -', 'JPNMIL 018 -']);
});

test('"fighting spirit" describes; "seized with grief" is a feeling: neither is an act', () => {
  assert.ok(!code('Foreign media praised the moral traits and fighting spirit of the soldiers of the Japanese army.').some((g) => g.includes(' 19')));
  assert.ok(!code('All the Japanese soldiers, seized with grief at the death of the Chinese premier, vowed to stay loyal.').some((g) => g.includes(' 17')));
  assert.ok(code('Chinese troops seized the Japanese island.').includes('CHNMIL 171 JPN'));
  assert.ok(code('Japanese troops are fighting Chinese rebels.').includes('JPNMIL 190 CHNREB'));
});

test('"hold X in high esteem" is a regard; "held X in a base" detains', () => {
  assert.ok(!code('A teacher of Kyoto University vowed to eternally hold the Chinese premier in high esteem.').some((g) => / 1[37]\d /.test(g)));
  assert.ok(code('Japanese police held the Chinese sailors in a naval base.').includes('JPNCOP 173 CHN'));
});
