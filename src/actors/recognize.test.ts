import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromParagraphs } from '../article/build-doc.js';
import type { Mention } from '../doc/mention.js';
import { tokenizeDoc } from '../nlp/tokenize.js';
import { mentionAtToken, referents } from './component.js';
import { defaultDictionaries, parseOrganizations } from './dictionary.js';
import { existsOn, initials, recognizeActors } from './recognize.js';
import { ALL_UPPER } from './token-words.js';

function mentions(text: string, opts: { home?: string | null; date?: string | null } = {}): { ms: Mention[]; code: (s: string) => string | null | undefined; role: (s: string) => string | undefined } {
  const doc = docFromParagraphs({ id: 't' }, text.split(/\n\n/));
  tokenizeDoc(doc);
  const ms = recognizeActors(doc, defaultDictionaries(), { homeCountry: opts.home ?? null, date: opts.date === undefined ? '2020-09-02' : opts.date });
  doc.mentions = ms;
  const find = (s: string) => ms.find((m) => m.text === s);
  return { ms, code: (s) => find(s)?.actor?.code ?? (find(s) ? null : undefined), role: (s) => find(s)?.role };
}

test('country names, short forms and demonyms code the country', () => {
  const r = mentions('The U.S. and the UK agreed with South Korea. American and Japanese officials met.');
  assert.equal(r.code('U.S.'), 'USA');
  assert.equal(r.code('UK'), 'GBR');
  assert.equal(r.code('South Korea'), 'KOR');
  assert.equal(r.code('Japanese officials'), 'JPNGOV');
  assert.equal(r.code('American'), 'USAGOV'); // "American and Japanese officials": the agent is shared
});

test('"us" the pronoun is not the US', () => {
  const r = mentions('They told us the plan was ready.');
  assert.equal(r.ms.length, 0);
});

test('a name typed askew ("iSrael") is still the name; "chad" in lower case is not Chad', () => {
  assert.equal(mentions('The envoy wants to help iSrael.').code('iSrael'), 'ISR');
  assert.equal(mentions('The ballot had a hanging chad.').code('chad'), undefined);
});

test('a name in "Israeli-occupied sector" does not give its country to the agents of the sentence', () => {
  const r = mentions('Troops withdrew to the Israeli-occupied sector after rebels kidnapped peacekeepers.');
  assert.ok(!r.code('rebels')?.startsWith('ISR'));
});

test('a capital acting is its government; after "in" it is a location', () => {
  // "Seoul and Washington agreed"
  const r = mentions('Seoul and Washington agreed to resume talks in Hanoi.');
  assert.equal(r.code('Seoul'), 'KORGOV');
  assert.equal(r.code('Washington'), 'USAGOV');
  assert.equal(r.role('Hanoi'), 'location');
  assert.equal(r.code('Hanoi'), null);
});

test('"visited Seoul": the capital is the host country', () => {
  const r = mentions('Biegun visited Seoul last week.');
  assert.equal(r.code('Seoul'), 'KOR');
});

test('a title seen in the text codes an unknown person', () => {
  // "Seoul's First Vice Foreign Minister Choi" with a made-up name
  const r = mentions("Tokyo's Deputy Foreign Minister Taro Yamadax met Israeli Prime Minister Ehud Barakx.");
  assert.equal(r.code("Tokyo's Deputy Foreign Minister Taro Yamadax"), 'JPNGOV');
  assert.equal(r.code('Israeli Prime Minister Ehud Barakx'), 'ISRGOV');
});

test('a country-specific title: Secretary of State is American', () => {
  const r = mentions('Deputy Secretary of State John Doex arrived on Monday.');
  assert.equal(r.code('Deputy Secretary of State John Doex'), 'USAGOV');
});

test('people are coded by the role they held on the date', () => {
  assert.equal(mentions('Moon Jae-in spoke.', { date: '2020-09-02' }).code('Moon Jae-in'), 'KORGOV');
  assert.equal(mentions('Moon Jae-in spoke.', { date: '2023-01-01' }).code('Moon Jae-in'), 'KORELI');
  assert.equal(mentions('Moon Jae-in spoke.', { date: '2010-01-01' }).code('Moon Jae-in'), 'KORELI');
});

test('"former President" makes an elite, not the government', () => {
  const r = mentions('Former President Lee Myung-bak was arrested.');
  assert.equal(r.code('Lee Myung-bak'), undefined);
  assert.match(r.ms[0]!.actor!.code, /^KORELI$/);
});

test('hyphenated and spaced Korean names are one name', () => {
  const r = mentions('Kim Jong Un met Kim Jong-un.');
  assert.equal(r.code('Kim Jong Un'), 'PRKGOV');
  assert.equal(r.code('Kim Jong-un'), 'PRKGOV');
});

test('short names point back to the full name', () => {
  const r = mentions('Stephen Biegun arrived. Biegun met reporters.');
  const short = r.ms.find((m) => m.text === 'Biegun')!;
  assert.equal(short.antecedent, 0);
  assert.equal(short.actor?.code, 'USAGOV');
});

test('outlets are attribution, never actors', () => {
  const r = mentions('The talks will resume, Yonhap reported, citing KCNA.');
  assert.equal(r.role('Yonhap'), 'attribution');
  assert.equal(r.role('KCNA'), 'attribution');
  assert.equal(r.code('Yonhap'), null);
});

test('"the Foreign Ministry" with no country is the home country\'s', () => {
  const r = mentions('The Foreign Ministry said the talks went well. The ministry said more later.', { home: 'KOR' });
  assert.equal(r.code('Foreign Ministry'), 'KORGOV');
  assert.equal(r.code('ministry'), 'KORGOV');
});

test('"the communist regime" refers back to the government it names', () => {
  const r = mentions('North Korea fired a missile. Washington urged talks with the communist regime.');
  assert.equal(r.code('communist regime'), 'PRKGOV');
});

test('"the two sides" are the last pair', () => {
  const r = mentions('Moon Jae-in met Donald Trump in Hanoi. The two sides agreed to meet again.');
  const two = r.ms.find((m) => m.kind === 'reference')!;
  const doc = { mentions: r.ms } as never;
  assert.deepEqual(referents(doc, two).map((m) => m.actor?.code), ['KORGOV', 'USAGOV']);
});

test('"the North" is North Korea in a Korean story', () => {
  const r = mentions('South Korea sent aid. The North rejected it.');
  assert.equal(r.code('North'), 'PRK');
  const r2 = mentions('The North rejected it.');
  assert.equal(r2.code('North'), undefined);
});

test('international organisations carry IGO codes', () => {
  const r = mentions('The UN Security Council and NATO condemned the attack; the IAEA inspected the site.');
  assert.equal(r.code('UN Security Council'), 'IGOUNO');
  assert.equal(r.code('NATO'), 'IGONAT');
  assert.equal(r.code('IAEA'), 'IGOUNOIAE');
});

test('sector nouns with a country: "Israeli troops", "Sudanese government"', () => {
  const r = mentions('Israeli troops and the Sudanese government clashed with rebels.');
  assert.equal(r.code('Israeli troops'), 'ISRMIL');
  assert.equal(r.code('Sudanese government'), 'SDNGOV');
  assert.equal(r.code('rebels'), 'SDNREB'); // a bare group noun takes the country the sentence is about
});

test('"rebels in Darfur" keeps the place; "opposition parties in Nepal" are Nepal\'s', () => {
  const r = mentions('Opposition parties in Nepal called a strike.');
  assert.equal(r.code('Opposition parties'), 'NPLOPP');
});

test('mentionAtToken maps tokens to mentions', () => {
  const doc = docFromParagraphs({ id: 't' }, ['Seoul and Washington agreed.']);
  tokenizeDoc(doc);
  doc.mentions = recognizeActors(doc, defaultDictionaries(), { homeCountry: null, date: null });
  const at = mentionAtToken(doc);
  assert.deepEqual([...at], [0, -1, 1, -1, -1]);
});

test('"the Lee Myung-bak government": the leader named before owns the agent', () => {
  const r = mentions('The Lee Myung-bak government rejected the offer.', { date: '2010-01-01' });
  assert.equal(r.code('government'), 'KORGOV');
});

test('an office of an unknown body is no state agent', () => {
  const r = mentions('Kim Ok, secretary of the Juche Study Group, spoke.');
  assert.equal(r.code('secretary'), undefined);
});

test('"south Korean puppet Defense Ministry": adjectives between the country and the agent', () => {
  const r = mentions('The south Korean puppet Defense Ministry blustered.', { home: 'PRK' });
  assert.equal(r.code('south Korean puppet Defense Ministry'), 'KORGOV');
});

test('in a KCNA story, bare "Korean" is the North\'s; "south Korean" the South\'s', () => {
  const r = mentions('The Korean people support the policy. The south Korean authorities refused.', { home: 'PRK' });
  assert.equal(r.code('Korean people'), 'PRKCVL');
  assert.equal(r.code('south Korean authorities'), 'KORGOV');
});

test('"the North Hwanghae Provincial Brigade" is a province, not the North', () => {
  const r = mentions('North Korea said so. Kim Ok, head of the North Hwanghae Provincial Brigade, spoke.');
  assert.ok(!r.ms.some((m) => m.rule === 'korea.the-north'));
});

test('"Kurdish militants", "Muslim rebels": group nouns keep an unknown adjective before them', () => {
  const r = mentions('The army fought Muslim rebels.');
  assert.ok(r.ms.some((m) => m.text === 'rebels' && m.actor?.agents.includes('REB')));
});

test('"fired rockets at Israel": a country after "at" is aimed at', () => {
  const r = mentions('Hamas militants fired rockets at Israel.');
  assert.equal(r.role('Israel'), 'actor');
  assert.equal(r.code('Hamas militants'), 'PSEREB');
});

test('"Saudi-led coalition warplanes": the leader owns the coalition\'s forces', () => {
  const r = mentions('Saudi-led coalition warplanes bombed the port.');
  assert.equal(r.code('Saudi-led coalition warplanes'), 'SAUMIL');
});

test('"Xi said": a unique family name alone, while in office', () => {
  assert.equal(mentions('Xi said China would respond.', { date: '2019-03-01' }).code('Xi'), 'CHNGOV');
  assert.equal(mentions('Xi said China would respond.', { date: '2005-03-01' }).code('Xi'), undefined);
});

test('an agent takes its sentence\'s one place or earlier party, not a party named after it', () => {
  assert.equal(mentions('Deputies were elected in Kenya on Sunday.').code('Deputies'), 'KENLEG');
  assert.equal(mentions('The ministry said talks with Beijing would continue.').code('ministry'), 'GOV');
});


test('a place naming a treaty or accord is no party ("the Kyoto Protocol", "the Oslo Accords")', () => {
  const r = mentions('Iran blamed rich countries for breaking their pledges to Kyoto Protocol and the Geneva Conventions. Japan met Korea in Oslo.');
  assert.equal(r.code('Iran'), 'IRN');
  assert.equal(r.code('Kyoto'), undefined); // no mention at all: neither party nor place
  assert.equal(r.code('Geneva'), undefined);
  assert.notEqual(r.code('Oslo'), undefined); // a plain place is still found
});

test('a title before an institution word is part of a name, not a person ("the General Cemetery of Santiago")', () => {
  const r = mentions('Flowers were laid at the General Cemetery of Santiago. General Lee Kwang-su attended.');
  assert.equal(r.code('General Cemetery of Santiago'), undefined);
  assert.equal(r.code('General Lee Kwang-su'), 'MIL');
});

test('a document is recognised the same whatever was recognised before it (columns are reused, words remembered)', () => {
  const short = 'The two sides met in Hanoi. Both countries agreed.';
  const long = Array.from({ length: 40 }, (_, i) => `Seoul and Washington agreed on point ${i}. The two sides met in Hanoi; the Foreign Ministry of the DPRK said so.`).join(' ');
  const alone = JSON.stringify(mentions(short).ms);
  mentions(long);
  assert.equal(JSON.stringify(mentions(short).ms), alone);
  const longAlone = JSON.stringify(mentions(long).ms);
  mentions(short);
  assert.equal(JSON.stringify(mentions(long).ms), longAlone);
});

test('an acronym of a name the text used stands for that name, before the dictionary meaning of its letters', () => {
  const text = 'Japan will send units of its Ground Self-Defense Force abroad. The cabinet ordered the GSDF to prepare.';
  const r = mentions(text, { date: '2012-03-01' });
  assert.equal(r.code('GSDF'), r.code('Ground Self-Defense Force'));
  assert.equal(r.code('GSDF'), 'JPNMIL');
  // a longer dictionary phrase that starts with the letters still wins
  const un = mentions('The United Nations sent envoys. The UN Security Council met on Friday.');
  assert.equal(un.code('UN Security Council'), 'IGOUNO');
  // a name with an abbreviation in it spells nothing: "the U.S. Senate … the U.S." is still the country
  assert.equal(mentions('The U.S. Senate voted. The U.S. sent envoys.').ms.filter((m) => m.text === 'U.S.').map((m) => m.actor?.code).join(), 'USA');
  // letters in lower case are a word, not the acronym
  assert.equal(mentions('The Democratic Party won. Dp said nothing.').code('Dp'), undefined);
});

test('a body that has not always existed is not read into a story from before its time', () => {
  const text = 'The SDF shelled the town.';
  assert.equal(mentions(text, { date: '2019-05-01' }).code('SDF'), 'SYRREB');
  assert.equal(mentions(text, { date: '2011-05-01' }).code('SDF'), undefined);
  // the day it began counts, and a story without a date takes the dictionary as it stands
  assert.equal(mentions(text, { date: '2015-10-01' }).code('SDF'), 'SYRREB');
  assert.equal(mentions(text, { date: null }).code('SDF'), 'SYRREB');
});

test('initials skip joining words and refuse numbers; existsOn reads month bounds whole', () => {
  const lower = new Uint8Array(8);
  assert.equal(initials(["workers", "'", 'party', 'of', 'korea'], lower, 0, 5), 'wpk');
  assert.equal(initials(['self', '-', 'defense', 'forces'], lower, 0, 4), 'sdf');
  assert.equal(initials(['group', 'of', '20'], lower, 0, 3), '');
  // "U.S. Senate": an abbreviation inside the name gives no initials
  assert.equal(initials(['us', 'senate'], Uint8Array.of(ALL_UPPER, 0), 0, 2), '');
  const e = { active: { from: '2015-10', until: '2016-07' } } as Parameters<typeof existsOn>[0];
  assert.equal(existsOn(e, '2015-09-30'), false);
  assert.equal(existsOn(e, '2015-10-01'), true);
  assert.equal(existsOn(e, '2016-07-31'), true);
  assert.equal(existsOn(e, '2016-08-01'), false);
  assert.equal(existsOn(e, null), true);
});

test('organizations.tsv: from and until are read, and a malformed date is a typed error', () => {
  const [e] = parseOrganizations('SYRREB\tgroup\tSDF\tThe SDF moved.\t2015-10\t\n', 'x.tsv');
  assert.deepEqual(e!.active, { from: '2015-10', until: null });
  assert.equal(parseOrganizations('IGOUNO\torganization\tUN\tThe UN met.\n', 'x.tsv')[0]!.active, undefined);
  assert.throws(() => parseOrganizations('SYRREB\tgroup\tSDF\tThe SDF moved.\tOct 2015\t\n', 'x.tsv'), (err: Error & { code?: string }) => err.code === 'E201');
});

test('"the court" after "the International Court of Justice" is that court, not the court of the last state named', () => {
  const r = mentions('Peru said the case must go to the International Court of Justice.\n\nChile rejected the jurisdiction of the court.');
  const icj = r.code('International Court of Justice');
  assert.ok(icj?.startsWith('IGO'), String(icj));
  assert.equal(r.code('court'), icj);
  // with no such body named, the state last named
  assert.equal(mentions('Chile rejected the ruling of the court.').code('court'), 'CHLJUD');
});
