import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from './main.js';
import { captureIO } from '../../test/capture-io.js';


const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
const story = join(dir, 'story.txt');
writeFileSync(story, 'Envoys agree to meet again\n\nSeoul and Washington agreed on Monday to resume talks with Pyongyang, the Foreign Ministry said, Yonhap reported.\n\nThe two sides will meet again in Hanoi next month, officials said.\n');

test('dyad actors --help answers', async () => {
  const io = captureIO();
  assert.equal(await main(['actors', '--help'], io), 0);
  assert.match(io.out, /Usage: dyad actors FILE/);
});

test('dyad actors lists mentions with code, role and why', async () => {
  const io = captureIO();
  assert.equal(await main(['actors', story, '--published', '2020-09-02', '--home', 'KOR'], io), 0);
  assert.match(io.out, /KORGOV\tactor\tSeoul\tcapital\.metonymy/);
  assert.match(io.out, /USAGOV\tactor\tWashington/);
  assert.match(io.out, /-\tattribution\tYonhap\toutlet/);
  assert.match(io.out, /@VNM\tlocation\tHanoi/);
});

test('dyad actors --json gives one object per mention with offsets', async () => {
  const io = captureIO();
  assert.equal(await main(['actors', story, '--json', '--home', 'KOR'], io), 0);
  const rows = io.out.trim().split('\n').map((l) => JSON.parse(l));
  const seoul = rows.find((r) => r.text === 'Seoul');
  assert.equal(seoul.code, 'KORGOV');
  assert.equal(typeof seoul.start, 'number');
  assert.equal(seoul.rule, 'capital.metonymy');
  assert.ok(rows.some((r) => r.text === 'Foreign Ministry' && r.code === 'KORGOV'));
});

test('dyad actors --dict loads a PETRARCH dictionary beside dyad\'s own', async () => {
  const dict = join(dir, 'my.actors.txt');
  writeFileSync(dict, '# my actors\nFREEDONIA_ [FRD]\n+FREEDONIAN_\n');
  const text = join(dir, 'fr.txt');
  writeFileSync(text, 'Freedonian troops crossed into Sylvania on Monday, officials in Seoul said.\n');
  const io = captureIO();
  assert.equal(await main(['actors', text, '--dict', dict, '--json'], io), 0);
  const rows = io.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(rows.some((r) => r.text === 'Freedonian troops' && r.code === 'FRDMIL'));
  assert.ok(rows.some((r) => r.text === 'Seoul'), 'dyad\'s own dictionaries still run in add mode');
  const io2 = captureIO();
  assert.equal(await main(['actors', text, '--dict', dict, '--dict-mode', 'replace', '--json'], io2), 0);
  const rows2 = io2.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(!rows2.some((r) => r.text === 'Seoul'), 'replace mode runs the given dictionary alone');
});

test('dyad actors: a missing file or a bad option is a user error, not a stack trace', async () => {
  const io = captureIO();
  assert.equal(await main(['actors', join(dir, 'nope.txt')], io), 2);
  assert.match(io.err, /File not found/);
  const io2 = captureIO();
  assert.equal(await main(['actors', story, '--dict-mode', 'merge'], io2), 2);
  assert.match(io2.err, /--dict-mode/);
  assert.doesNotMatch(io2.err, /at .*\.ts:/);
});
