import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import type { IO } from '../src/cli/command.js';
import { main } from '../src/cli/main.js';

function capture(stdin = ''): { io: IO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdin: Readable.from([stdin]), isTTY: false },
    out: () => out,
    err: () => err,
  };
}

const PAGE = 'Port talks resume after pause\n\nPort operators and unions resumed their talks on Monday after a pause of two years, officials said.\n\nBy Han Ji-soo (';

test('dyad article prints one JSON object per input with the contract fields', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  writeFileSync(join(dir, 'a.txt'), PAGE);
  const c = capture();
  const code = await main(['article', join(dir, 'a.txt'), '--published', '2021-03-04'], c.io);
  assert.equal(code, 0, c.err());
  const rec = JSON.parse(c.out().trim());
  for (const k of ['file', 'title', 'byline', 'published', 'source', 'captions', 'paragraphs', 'text', 'language']) assert.ok(k in rec, k);
  assert.equal(rec.title, 'Port talks resume after pause');
  assert.equal(rec.byline, 'Han Ji-soo');
  assert.equal(rec.published, '2021-03-04');
  assert.equal(rec.text, rec.paragraphs.join('\n\n'));
});

test('a failed input goes to stderr with its reason, the others still print, exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  writeFileSync(join(dir, 'a.txt'), PAGE);
  writeFileSync(join(dir, 'b.txt'), '');
  const c = capture();
  const code = await main(['article', dir], c.io);
  assert.equal(code, 1);
  assert.match(c.err(), /b\.txt: empty/);
  assert.equal(c.out().trim().split('\n').length, 1);
});

test('a missing file is a usage error (exit 2) with a clear message', async () => {
  const c = capture();
  assert.equal(await main(['article', '/nonexistent/dyad.txt'], c.io), 2);
  assert.match(c.err(), /File not found: \/nonexistent\/dyad\.txt/);
});

test('JSON Lines from stdin with --jsonl; a broken line is reported', async () => {
  const c = capture([JSON.stringify({ id: 'r1', text: PAGE, title: 'Given title' }), '{broken'].join('\n'));
  const code = await main(['article', '--jsonl'], c.io);
  assert.equal(code, 1);
  assert.equal(JSON.parse(c.out().trim()).title, 'Given title');
  assert.match(c.err(), /bad-json/);
});
