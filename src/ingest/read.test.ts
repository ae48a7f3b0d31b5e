import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Failure } from '../errors.js';
import { isFailure, readInputs, readJsonlStream } from './read.js';
import type { RawInput } from './types.js';

async function all(gen: AsyncGenerator<RawInput | Failure>): Promise<(RawInput | Failure)[]> {
  const out = [];
  for await (const x of gen) out.push(x);
  return out;
}

test('a folder is read recursively, in name order, hidden files skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'Ministers met in Oslo on Monday.');
  writeFileSync(join(dir, 'sub', 'a.html'), '<html><body><p>Talks resumed.</p></body></html>');
  writeFileSync(join(dir, '.hidden.txt'), 'secret');
  writeFileSync(join(dir, 'c.txt.gz'), gzipSync('Ports reopened on Friday.'));
  const got = await all(readInputs([dir], { published: '2021-03-04' }));
  assert.deepEqual(
    got.map((x) => (isFailure(x) ? x.reason : [x.id.slice(dir.length + 1), x.format, x.published])),
    [['b.txt', 'text', '2021-03-04'], ['c.txt.gz', 'text', '2021-03-04'], ['sub/a.html', 'html', '2021-03-04']],
  );
});

test('Windows-1252 bytes that are not UTF-8 are decoded, not mangled', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
  writeFileSync(join(dir, 'x.txt'), Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]));
  const [x] = await all(readInputs([join(dir, 'x.txt')]));
  assert.ok(x && !isFailure(x));
  assert.equal(x.content, '“Café” opens');
  assert.equal(x.encoding, 'windows-1252');
});

test('JSONL records: id, metadata and html/text', async () => {
  const lines = [
    JSON.stringify({ id: 'r1', text: 'Talks resumed.', published: '2021-03-04', title: 'Talks', url: 'https://example.com/1', source: 'Daily Wire' }),
    JSON.stringify({ html: '<p>Ports reopened.</p>' }),
  ].join('\n');
  const got = await all(readJsonlStream(Readable.from([lines]), 'feed.jsonl'));
  assert.equal(got.length, 2);
  const [a, b] = got as RawInput[];
  assert.deepEqual([a!.id, a!.format, a!.published, a!.title, a!.source], ['r1', 'text', '2021-03-04', 'Talks', 'Daily Wire']);
  assert.deepEqual([b!.id, b!.format], ['feed.jsonl#2', 'html']);
});

test('a record without text or html is a bad record', async () => {
  const [x] = await all(readJsonlStream(Readable.from(['{"id": "r9", "body": "x"}']), 'feed.jsonl'));
  assert.ok(x && isFailure(x));
  assert.equal(x.reason, 'bad-record');
});

test('in a folder, a README or a CSV is skipped with a reason; named explicitly it is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
  writeFileSync(join(dir, 'README.md'), '# Our news folder\n\nArticles from the feed.\n');
  writeFileSync(join(dir, 'links.csv'), 'url,title\nhttp://example.org/a,Talks resume\n');
  writeFileSync(join(dir, 'story.txt'), 'The envoys met in Geneva on Monday to discuss trade.\n');
  const got = await all(readInputs([dir]));
  assert.deepEqual(
    got.map((x) => (isFailure(x) ? `${x.id.slice(dir.length + 1)}:${x.reason}` : x.id.slice(dir.length + 1))),
    ['README.md:unsupported', 'links.csv:unsupported', 'story.txt'],
  );
  const named = await all(readInputs([join(dir, 'README.md')]));
  assert.equal(named.length, 1);
  assert.ok(!isFailure(named[0]!));
});
