import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromParagraphs } from '../article/build-doc.js';
import { tokenizeDoc } from '../nlp/tokenize.js';
import { compileDictionaries } from './dictionary.js';
import { parsePetrarchCode, petrarchDate, readPetrarchDictionary } from './petrarch-reader.js';
import { recognizeActors } from './recognize.js';

// A made-up dictionary in PETRARCH/TABARI form, written for these tests.
const ACTORS = `# actors
<!-- a validation-style
block comment -->
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREEDONIA_CITY
RUFUS_T._FIREFLY_  # the leader
+FIREFLY_
\t[FRDELI 990101-021231]
\t[FRDGOV 021231-080101]
\t[FRDELI]
SYLVANIA [SYL]
TRENTINO_  [SYLGOV >340101]
`;
const AGENTS = `!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
RIOT_POLICE {} [~COP]
MILITIA!PERSON! [~REB]
TROOP [~MIL]
PEACEKEEPING_TROOPS {} [IGO~]
`;

function codes(text: string, date: string | null) {
  const dicts = compileDictionaries([...readPetrarchDictionary(ACTORS, 'a.txt'), ...readPetrarchDictionary(AGENTS, 'b.txt')]);
  const doc = docFromParagraphs({ id: 't' }, [text]);
  tokenizeDoc(doc);
  return recognizeActors(doc, dicts, { homeCountry: null, date }).map((m) => [m.text, m.actor?.code ?? null]);
}

test('dates: YYMMDD (00–30 → 20YY, else 19YY), and YYYYMMDD', () => {
  assert.equal(petrarchDate('140608'), '2014-06-08');
  assert.equal(petrarchDate('331108'), '1933-11-08');
  assert.equal(petrarchDate('730717'), '1973-07-17');
  assert.equal(petrarchDate('19790706'), '1979-07-06');
});

test('codes: [EGYGOV >140608], [X <140608], [X 331108-730717], undated, null', () => {
  assert.deepEqual(parsePetrarchCode('EGYGOV >140608'), { code: 'EGYGOV', from: '2014-06-08', until: null });
  assert.deepEqual(parsePetrarchCode('EGYGOV <140608'), { code: 'EGYGOV', from: null, until: '2014-06-08' });
  assert.deepEqual(parsePetrarchCode('AFGGOV 331108-730717'), { code: 'AFGGOV', from: '1933-11-08', until: '1973-07-17' });
  assert.deepEqual(parsePetrarchCode('pse'), { code: 'PSE', from: null, until: null });
  assert.equal(parsePetrarchCode('---'), null);
});

test('entries, synonyms, comments and block comments are read', () => {
  const e = readPetrarchDictionary(ACTORS, 'a.txt');
  const names = e.map((x) => `${x.name}:${x.kind}`);
  assert.ok(names.includes('Freedonia:country'));
  assert.ok(names.includes('Freedonian:country'));
  assert.ok(names.includes('Rufus T. Firefly:person'));
  assert.ok(names.includes('Firefly:person'));
  assert.ok(!names.some((n) => /block|validation/i.test(n)));
});

test('a dated person is coded by the role on the date, the undated code elsewhere', () => {
  assert.deepEqual(codes('Rufus T. Firefly declared war.', '2005-05-01')[0], ['Rufus T. Firefly', 'FRDGOV']);
  assert.deepEqual(codes('Rufus T. Firefly declared war.', '2015-05-01')[0], ['Rufus T. Firefly', 'FRDELI']);
});

test('agents: ~ codes, {} plurals, !PERSON! sets, [IGO~] prefix codes', () => {
  const e = readPetrarchDictionary(AGENTS, 'b.txt');
  const names = e.map((x) => x.name);
  assert.ok(names.includes('militiamen'));
  assert.ok(names.includes('troops'), 'regular plural made');
  assert.ok(!names.includes('polices'), '{} means no plural');
  assert.deepEqual(codes('Freedonian troops and Sylvania police clashed.', null), [['Freedonian troops', 'FRDMIL'], ['Sylvania police', 'SYLCOP']]);
  assert.deepEqual(codes('Peacekeeping troops arrived.', null), [['Peacekeeping troops', 'IGO']]);
});
