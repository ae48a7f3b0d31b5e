import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { structureArticle } from '../src/article/structure.js';
import { DiscardError, type Failure } from '../src/errors.js';
import { isFailure, readInputs, readJsonlStream } from '../src/ingest/read.js';
import type { RawInput } from '../src/ingest/types.js';

async function all(gen: AsyncGenerator<RawInput | Failure>): Promise<(RawInput | Failure)[]> {
  const out = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** Structure each readable input; a discard becomes its reason. */
function outcome(x: RawInput | Failure): string {
  if (isFailure(x)) return x.reason;
  try {
    structureArticle(x);
    return 'ok';
  } catch (err) {
    if (err instanceof DiscardError) return err.reason;
    throw err;
  }
}

const GOOD = 'Ministers from both countries met in Oslo on Monday and agreed to resume the stalled trade talks next month, officials said.';

test('hostile files each get a typed reason and the batch goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-'));
  const files: [string, Buffer | string, string][] = [
    ['01-empty.txt', '', 'empty'],
    ['02-blank.txt', '  \n\n \t\n', 'empty'],
    ['03-doc.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 7)]), 'binary'],
    ['04-image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['05-archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'binary'],
    ['06-nul.txt', Buffer.from('text\u0000with\u0000nul'), 'binary'],
    ['07-latin1.txt', Buffer.from(GOOD.replace('Oslo', 'Troms\u00f8'), 'latin1'), 'ok'],
    ['08-broken.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]), 'unreadable'],
    ['09-german.txt', 'Die Minister beider Länder trafen sich am Montag in Oslo und wollen die Gespräche wieder aufnehmen, sagte ein Sprecher der Regierung.', 'not-english'],
    ['10-chrome-only.html', '<html><body><nav><a href="/">Home</a></nav></body></html>', 'no-body'],
    ['11-good.txt', GOOD, 'ok'],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  const got = (await all(readInputs([dir]))).map(outcome);
  assert.deepEqual(got, files.map((f) => f[2]));
});

test('a missing path is an unreadable input, not a crash', async () => {
  const got = await all(readInputs(['/nonexistent/dyad/x.txt']));
  assert.equal(got.length, 1);
  assert.equal((got[0] as Failure).reason, 'unreadable');
});

test('files over the size bound are too large, also when gzip unpacks them past it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-big-'));
  writeFileSync(join(dir, 'a-big.txt'), 'x '.repeat(600_000));
  writeFileSync(join(dir, 'b-bomb.txt.gz'), gzipSync(Buffer.alloc(5_000_000, 0x41)));
  writeFileSync(join(dir, 'c-good.txt'), GOOD);
  const got = (await all(readInputs([dir], { maxBytes: 1_000_000 }))).map(outcome);
  assert.deepEqual(got, ['too-large', 'too-large', 'ok']);
});

test('broken JSONL lines are named and the following lines are read', async () => {
  const lines = [JSON.stringify({ id: 'a', text: GOOD }), '{"id": "b", "text": "unterminated', '[1, 2]', '', JSON.stringify({ id: 'c', text: GOOD })].join('\n');
  const got = await all(readJsonlStream(Readable.from([lines]), 'feed.jsonl'));
  assert.deepEqual(got.map(outcome), ['ok', 'bad-json', 'bad-record', 'ok']);
  const bad = got[1] as Failure;
  assert.match(bad.message, /feed\.jsonl, line 2/);
});

test('a 2 MB single line of text is structured in bounded time', async () => {
  const line = (GOOD + ' ').repeat(Math.ceil(2_000_000 / (GOOD.length + 1)));
  const t0 = Date.now();
  const r = outcome({ id: 'long', file: null, format: 'text', content: line });
  assert.equal(r, 'ok');
  assert.ok(Date.now() - t0 < 60_000, `took ${Date.now() - t0} ms`);
});

test('10,000-deep HTML and megabytes of inline script: typed discard or a result, quickly', () => {
  const deep = '<html><body>' + '<div>'.repeat(10_000) + `<p>${GOOD}</p>` + '</div>'.repeat(10_000) + '</body></html>';
  let t0 = Date.now();
  assert.equal(outcome({ id: 'deep', file: null, format: 'html', content: deep }), 'malformed');
  assert.ok(Date.now() - t0 < 5_000);
  const script = `<html><body><script>${'var x = "<p>not text</p>";\n'.repeat(150_000)}</script><article><p>${GOOD}</p></article></body></html>`;
  t0 = Date.now();
  assert.equal(outcome({ id: 'script', file: null, format: 'html', content: script }), 'ok');
  assert.ok(Date.now() - t0 < 5_000, `took ${Date.now() - t0} ms`);
});
