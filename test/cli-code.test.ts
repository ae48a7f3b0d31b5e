import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { IO } from '../src/cli/command.js';
import { main } from '../src/cli/main.js';

function capture(stdin = ''): IO & { out: string; err: string } {
  const input = new PassThrough();
  input.end(stdin);
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    stdin: input,
    isTTY: false,
  };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-code-'));
const story = join(dir, 'story.txt');
writeFileSync(
  story,
  'Israel attacked Gaza on Monday after a week of rising tension along the border, Egyptian officials said.\n\n' +
    'Iran did not attack Iraq during the night, despite earlier warnings from its government in Tehran.\n',
);

test('dyad code prints one JSON event per line with the contract fields', async () => {
  const io = capture();
  assert.equal(await main(['code', story, '--published', '2020-09-02'], io), 0, io.err);
  const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 1, io.out);
  const e = lines[0]!;
  for (const k of ['docId', 'source', 'target', 'cameo', 'plover', 'quadClass', 'goldstein', 'date', 'location', 'sentence', 'evidence', 'negated']) {
    assert.ok(k in e, `missing ${k}`);
  }
  assert.equal((e.source as { country: string }).country, 'ISR');
  assert.equal(e.cameo, '190');
  assert.equal((e.evidence as { text: string }).text, 'attacked');
  assert.equal(e.reportedBy, 'Egyptian officials');
});

test('dyad code --negated also prints negated events, flagged', async () => {
  const io = capture();
  assert.equal(await main(['code', story, '--negated'], io), 0);
  assert.ok(io.out.split('\n').some((l) => l.includes('"negated":true')));
});

test('dyad code --jsonl reads records from stdin; --format table for people', async () => {
  const text = 'Japan praised China on Friday for its handling of the crisis in the region, officials in Tokyo said.';
  const io = capture(JSON.stringify({ id: 'r1', text, published: '2021-01-01' }) + '\n');
  assert.equal(await main(['code', '--jsonl', '--format', 'table'], io), 0, io.err);
  assert.match(io.out, /JPN.*051.*CHN/);
});

test('dyad code --format table names an implied target as implied, not with empty words', async () => {
  const text = 'Kenyan teachers went on strike on Tuesday over unpaid wages.';
  const io = capture(JSON.stringify({ id: 'r2', text, published: '2021-03-04' }) + '\n');
  assert.equal(await main(['code', '--jsonl', '--format', 'table'], io), 0, io.err);
  assert.match(io.out, /KEN\S* \(Kenyan teachers\)\t14\d PROTEST\tKENGOV \(implied\)/);
  assert.doesNotMatch(io.out, /\(\)/);
});

test('dyad code: bad convention and missing file are user errors', async () => {
  let io = capture();
  assert.equal(await main(['code', story, '--convention', 'nope'], io), 2);
  assert.match(io.err, /--convention/);
  io = capture();
  assert.equal(await main(['code', join(dir, 'missing.txt')], io), 2);
  assert.match(io.err, /not found/);
});

test('dyad explain shows candidates, patterns with file:line and vetoes', async () => {
  const io = capture();
  assert.equal(await main(['explain', story], io), 0, io.err);
  assert.match(io.out, /19-fight\.txt:\d+/);
  assert.match(io.out, /negated/);
});

test('dyad explain skips an input with no article body with its reason, and goes on to the next', async () => {
  const stub = join(dir, 'stub.txt');
  writeFileSync(stub, 'Home\n');
  const io = capture();
  assert.equal(await main(['explain', stub, story], io), 1);
  assert.match(io.err, /skipped .*stub\.txt \(no-body\)/);
  assert.doesNotMatch(io.err, /internal error/);
  assert.match(io.out, /19-fight\.txt:\d+/);
});

test('dyad eval needs --gold', async () => {
  const io = capture();
  assert.equal(await main(['eval'], io), 2);
  assert.match(io.err, /--gold/);
});

test('dyad eval scores PETRARCH gold under the petrarch coding standard, says so, and --standard overrides it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
  const gold = join(dir, 'gold.xml');
  writeFileSync(
    gold,
    `<Sentences>
<Sentence date="20200101" id="s1" evaluate="true"/>
<EventCoding eventcode="070" sourcecode="KEN" targetcode="UGA" />
<Text>Kenya will send food aid to Uganda next week, officials in Nairobi said.</Text>
</Sentences>
`,
  );
  const io = capture();
  assert.equal(await main(['eval', '--gold', gold], io), 0);
  assert.match(io.out, /petrarch coding standard/);
  assert.match(io.out, /F1 1\.000/);
  const plover = capture();
  assert.equal(await main(['eval', '--gold', gold, '--standard', 'plover'], plover), 0);
  assert.match(plover.out, /plover coding standard/);
  assert.match(plover.out, /F1 0\.000/);
  const bad = capture();
  assert.equal(await main(['eval', '--gold', gold, '--standard', 'cameo'], bad), 2);
  assert.match(bad.err, /--standard/);
});
