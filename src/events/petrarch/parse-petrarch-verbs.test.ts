import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PatternMatcher } from '../patterns/matcher.js';
import { codeEvents } from '../coder/events-component.js';
import { tagFakeActors } from '../../../test/fake-actors.js';
import { docFromParagraphs } from '../../article/build-doc.js';
import { tokenizeDoc } from '../../nlp/tokenize.js';
import { isPetrarchVerbs } from '../patterns/load-verbs.js';
import { parsePetrarchVerbs } from './parse-petrarch-verbs.js';
import { readDiscards } from './read-discards.js';

// A small dictionary in PETRARCH's format, written for this test.
const DICT = `
&MONEY
+DOLLARS
+SWISS FRANCS

--- VISIT  [042:043] ---
VISIT
- * +  [042:043]

--- PLEDGE  [030] ---
PLEDGE {PLEDGED}
- * &MONEY  [071]
- FAILED_TO_*  [111]

--- SAY  [023?] ---
SAY
`;

function code(text: string, dict = DICT): string[] {
  const doc = docFromParagraphs({ id: 't' }, [text]);
  tokenizeDoc(doc);
  tagFakeActors(doc);
  codeEvents(doc, new PatternMatcher(parsePetrarchVerbs(dict, 'test.verbs.txt')), 'gdelt', false, { dictionaryCodes: true });
  return doc.events.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code ?? '-'}`);
}

test('a PETRARCH verb file is recognised by its block headers', () => {
  assert.equal(isPetrarchVerbs(DICT), true);
  assert.equal(isPetrarchVerbs('042  visit TGT'), false);
});

test('paired codes code both sides: "[042:043]"', () => {
  assert.deepEqual(code('Japan visited China.').sort(), ['CHN 043 JPN', 'JPN 042 CHN']);
});

test('synsets with multi-word members match ("Swiss francs")', () => {
  assert.deepEqual(code('Japan pledged ten million Swiss francs to China.'), ['JPN 071 CHN']);
});

test('words before the verb joined by "_" must touch it: "FAILED_TO_*"', () => {
  const dict = DICT.replace('- * &MONEY  [071]', '- * +  [071]');
  assert.ok(code('Japan failed to pledge China.', dict).includes('JPN 111 CHN'));
});

test('uncertain codes ("[023?]") and "[---]" code nothing', () => {
  const ps = parsePetrarchVerbs(DICT, 'test.verbs.txt');
  assert.ok(ps.every((p) => !p.code.includes('?')));
  assert.ok(ps.every((p) => p.where.startsWith('test.verbs.txt:')));
});

test('discards: "+" story-level and plain lines both read as phrases', () => {
  assert.deepEqual(readDiscards('+World Cup  # sport\nBASEBALL\n'), [['world', 'cup'], ['baseball']]);
});
