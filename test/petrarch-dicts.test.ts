import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compileDictionaries, type ActorDictionaries } from '../src/actors/dictionary.js';
import { readPetrarchDictionary } from '../src/actors/petrarch-reader.js';
import { recognizeActors } from '../src/actors/recognize.js';
import { docFromParagraphs } from '../src/article/build-doc.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';
import { sharedFile } from './shared.js';

// Real PETRARCH dictionaries, read at test time from ../shared (never copied in).

function code(dicts: ActorDictionaries, text: string, date: string | null): [string, string | null][] {
  const doc = docFromParagraphs({ id: 't' }, [text]);
  tokenizeDoc(doc);
  return recognizeActors(doc, dicts, { homeCountry: null, date }).map((m) => [m.text, m.actor?.code ?? null]);
}

test('Phoenix dictionaries: countries, international actors and agents load and code alone', (t) => {
  const files = ['dicts/phoenix/Phoenix.Countries.actors.txt', 'dicts/phoenix/Phoenix.International.actors.txt', 'dicts/phoenix/Phoenix.agents.txt'].map((f) => sharedFile(t, f));
  if (files.some((f) => !f)) return;
  const entries = files.flatMap((f) => readPetrarchDictionary(readFileSync(f!, 'utf8'), f!));
  assert.ok(entries.length > 30000, `${entries.length} names read`);
  const d = compileDictionaries(entries);
  // dated roles: Mubarak was EGYGOV until 2011-02-11, an elite after
  assert.deepEqual(code(d, 'Hosni Mubarak met the envoy.', '2005-06-01')[0], ['Hosni Mubarak', 'EGYGOV']);
  assert.deepEqual(code(d, 'Hosni Mubarak met the envoy.', '2012-06-01')[0], ['Hosni Mubarak', 'EGYELI']);
  assert.deepEqual(code(d, 'Barack Obama met the envoy.', '2010-06-01')[0], ['Barack Obama', 'USAGOV']);
  // country + agent from the agents file
  assert.ok(code(d, 'Egyptian police arrested the suspects.', null).some(([x, c]) => x === 'Egyptian police' && c === 'EGYCOP'));
  // international actors
  assert.ok(code(d, 'The United Nations condemned the attack.', null).some(([, c]) => c === 'IGOUNO'));
});

test('PETRARCH validation dictionaries: fictional actors and agents', (t) => {
  const actors = sharedFile(t, 'eval/petrarch-unittest/PETR.Validate.actors.txt');
  const agents = sharedFile(t, 'eval/petrarch-unittest/PETR.Validate.agents.txt');
  if (!actors || !agents) return;
  const d = compileDictionaries([...readPetrarchDictionary(readFileSync(actors, 'utf8'), actors), ...readPetrarchDictionary(readFileSync(agents, 'utf8'), agents)]);
  assert.ok(d.entries.length > 100);
  assert.ok(code(d, 'Arnor troops attacked Bree.', null).some(([x, c]) => x === 'Arnor troops' && c === 'ARNMIL'));
  assert.ok(code(d, 'The Danish foreign minister spoke.', null).some(([, c]) => c === 'DNKGOVFRM'));
});
