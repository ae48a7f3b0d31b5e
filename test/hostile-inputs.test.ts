// Hostile inputs through the real entry points (readInputs → codeInput with the
// standard pipeline, and the CLI as a child process): each input gets a result or a
// typed discard, quickly, and the rest of the batch goes through. This file grows
// with every bug found; each regression test names what it once did.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { main } from '../src/cli/main.js';
import { guardHtml } from '../src/article/html-guard.js';
import { Doc } from '../src/doc/doc.js';
import { DiscardError, type Failure } from '../src/errors.js';
import { isFailure, readInputs, readJsonlStream } from '../src/ingest/read.js';
import type { RawInput } from '../src/ingest/types.js';
import { breakLongRuns, MAX_RUN, pieces, tokenizeDoc } from '../src/nlp/tokenize.js';
import { checkBudget } from '../src/pipeline/budget.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { buildPipeline } from '../src/pipeline/pipeline.js';
import { codeInput } from '../src/process.js';
import { checkDoc } from './doc-invariants.js';
import { ROOT } from './shared.js';
import { captureIO } from './capture-io.js';

const GOOD =
  'Ministers from Japan and China met in Beijing on Monday and agreed to resume the stalled trade talks next month, officials said.\n\n' +
  'The talks had been suspended in March after a dispute over fishing rights.';

// One pipeline for the file, as `dyad ingest` builds one per run. The budget is generous so
// only a real hang (or a quadratic blow-up) trips it on a loaded machine.
const pipeline = createPipeline({ maxArticleMs: 30_000 });

function text(content: string, id = 'x'): RawInput {
  return { id, file: null, format: 'text', content };
}
function html(content: string, id = 'x'): RawInput {
  return { id, file: null, format: 'html', content };
}

/** Code one input: 'ok' or the typed reason; anything else (a crash) fails the test. */
function outcome(x: RawInput | Failure, p = pipeline): string {
  if (isFailure(x)) return x.reason;
  try {
    checkDoc(codeInput(x, p));
    return 'ok';
  } catch (err) {
    if (err instanceof DiscardError) return err.reason;
    throw err;
  }
}

/** Every token is the text at its offsets, in order, inside its sentence. */
function checkTokens(doc: Doc): void {
  const t = doc.tokens;
  for (let i = 0; i < t.count; i++) {
    assert.ok(t.start[i]! < t.end[i]! && t.end[i]! <= doc.text.length, `token ${i} span`);
    assert.equal(doc.text.slice(t.start[i]!, t.end[i]!), t.text[i], `token ${i} text`);
    if (i) assert.ok(t.start[i]! >= t.end[i - 1]!, `token ${i} order`);
  }
}

/** Time one call; fail with its duration when it takes longer than `ms`. */
function within<T>(ms: number, what: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  const took = performance.now() - t0;
  assert.ok(took < ms, `${what} took ${took.toFixed(0)} ms (bound ${ms} ms)`);
  return r;
}

async function all(gen: AsyncIterable<RawInput | Failure>): Promise<(RawInput | Failure)[]> {
  const out = [];
  for await (const x of gen) out.push(x);
  return out;
}

test('a folder of hostile files: each a typed reason, the good ones coded, the batch goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
  const P = `<p>${GOOD.replace('\n\n', '</p><p>')}</p>`;
  const files: [string, Buffer | string, string[]][] = [
    ['a01-empty.txt', '', ['empty']],
    ['a02-pdf.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'), Buffer.alloc(4096, 0)]), ['binary']],
    ['a03-png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), ['binary']],
    ['a04-zip.html', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('mimetypeapplication/epub+zip')]), ['binary']],
    // Invalid UTF-8 (a lone continuation byte and a truncated sequence) in English text: decoded, coded.
    ['a05-bad-utf8.txt', Buffer.concat([Buffer.from(GOOD.slice(0, 60)), Buffer.from([0x80, 0xe2, 0x82]), Buffer.from(GOOD.slice(60))]), ['ok']],
    ['a06-french.txt', 'Les ministres du Japon et de la Chine se sont rencontrés lundi à Pékin et ont convenu de reprendre les négociations commerciales le mois prochain, selon des responsables.', ['not-english']],
    ['a07-russian.txt', 'Министры Японии и Китая встретились в понедельник в Пекине и договорились возобновить торговые переговоры в следующем месяце.', ['not-english']],
    ['a08-korean.txt', '일본과 중국 장관들은 월요일 베이징에서 만나 다음 달 무역 협상을 재개하기로 합의했다고 관리들이 밝혔다.', ['not-english']],
    ['a09-chinese.html', '<html><body><p>日本和中国部长周一在北京会晤，同意下个月恢复停滞的贸易谈判，官员们说。</p></body></html>', ['not-english', 'no-body']],
    ['a10-deep.html', '<html><body>' + '<div>'.repeat(10_000) + P + '</div>'.repeat(10_000) + '</body></html>', ['malformed']],
    ['a11-script.html', `<html><body><script>${'var s = "<p>not the article</p>";\n'.repeat(100_000)}</script><article>${P}</article></body></html>`, ['ok']],
    ['a12-good.txt', GOOD, ['ok']],
    ['a13-nul.txt', Buffer.from(`${GOOD}\u0000\u0000\u0000`), ['binary']],
    ['a14-only-markup.html', '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>', ['no-body']],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  // The 50 MB file is refused from its size alone, before it is read.
  writeFileSync(join(dir, 'a15-fifty-mb.txt'), Buffer.alloc(50 * 1024 * 1024, 'news '));
  const got = await all(readInputs([dir]));
  assert.equal(got.length, files.length + 1);
  const outcomes = within(60_000, 'the hostile batch', () => got.map((x) => outcome(x)));
  files.forEach(([name, , want], i) => assert.ok(want.includes(outcomes[i]!), `${name}: got ${outcomes[i]}, want ${want.join(' or ')}`));
  assert.equal(outcomes[files.length], 'too-large');
  for (const x of got) if (isFailure(x)) assert.match(x.message, /\S/, `${x.id} has a message`);
});

test('JSON Lines with broken lines: each line a result or a named failure, the rest read', async () => {
  const lines = [
    JSON.stringify({ id: 'ok1', text: GOOD, published: '2021-03-01' }),
    '{"id": "cut", "text": "Ministers met in',
    '\u0000\u0001garbage',
    'null',
    '"a string"',
    JSON.stringify({ id: 'no-text', title: 'x' }),
    JSON.stringify({ id: 'num-text', text: 42 }),
    JSON.stringify({ id: 'bad-date', text: GOOD, published: '99999-99-99T99:99' }),
    JSON.stringify({ id: 'long-date', text: GOOD, published: 'x'.repeat(100_000) }),
    // A bare fragment (a feed's content:encoded) once parsed to a page without a body: 'no-body'.
    JSON.stringify({ id: 'html-and-text', html: `<p>${GOOD}</p>`, text: 'ignored' }),
    JSON.stringify({ id: { nested: true }, text: GOOD }),
    '{"id": "dup", "id": "dup2", "text": ' + JSON.stringify(GOOD) + '}',
    JSON.stringify({ id: 'ok2', text: GOOD }),
    // NUL characters (PostgreSQL cannot store them; a batch once failed on one) are dropped.
    JSON.stringify({ id: 'nul\u0000', text: GOOD.replace('Beijing', 'Bei\u0000jing'), title: 'T\u0000' }),
  ].join('\n');
  const got = await all(readJsonlStream(Readable.from([lines]), 'feed.jsonl'));
  const outcomes = within(30_000, 'the JSONL batch', () => got.map((x) => outcome(x)));
  assert.deepEqual(outcomes, ['ok', 'bad-json', 'bad-json', 'bad-record', 'bad-record', 'bad-record', 'bad-record', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  const nul = codeInput(got[got.length - 1] as RawInput, pipeline);
  assert.ok(!nul.text.includes('\u0000') && !nul.meta.title?.includes('\u0000') && nul.text.includes('Beijing'));
  assert.match((got[1] as Failure).message, /feed\.jsonl, line 2/);
});

test('a 50 MB JSON Lines file that is one line: too-large, named, and the next file is still read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-jsonl-big-'));
  writeFileSync(join(dir, 'a-one-line.jsonl'), '{"id": "huge", "text": "' + 'news '.repeat(10 * 1024 * 1024) + '"}');
  writeFileSync(join(dir, 'b-good.jsonl'), JSON.stringify({ id: 'fine', text: GOOD }) + '\n');
  const got = await all(readInputs([dir]));
  assert.deepEqual(got.map((x) => outcome(x)), ['too-large', 'ok']);
  assert.match((got[0] as Failure).message, /line 1/);
});

test('a run of capitals, dots, dashes, hyphens or initials codes in bounded time (wink-nlp was quadratic: 200,000 capitals took 185 s)', () => {
  const runs: [string, string][] = [
    ['capitals', 'A'.repeat(200_000)],
    ['dashes', '-'.repeat(200_000)],
    ['dots', '.'.repeat(200_000)],
    ['hyphenated', Array.from({ length: 40_000 }, () => 'well').join('-')],
    ['initials', 'U.S.'.repeat(50_000)],
    ['mixed', 'A-B.C_D/E'.repeat(20_000)],
  ];
  for (const [name, run] of runs) {
    const r = within(15_000, name, () => outcome(text(`${GOOD}\n\nOfficials said ${run} in Seoul.`)));
    assert.equal(r, 'ok', name);
  }
});

test('long runs of separated junk stay linear: spaced dots, commas, quotes, parentheses, capital words', () => {
  const runs: [string, string][] = [
    ['spaced dots', '. '.repeat(40_000)],
    ['commas', ', '.repeat(40_000)],
    ['quotes', '" '.repeat(40_000)],
    ['parentheses', '( '.repeat(40_000)],
    ['capital words', 'NORTH KOREA '.repeat(8_000)],
    ['title run', 'President Minister Chairman '.repeat(4_000)],
    ['dates', 'May 5, 2011 '.repeat(5_000)],
  ];
  for (const [name, run] of runs) {
    const r = within(20_000, name, () => outcome(text(`${GOOD}\n\nOfficials said ${run} in Seoul.`)));
    assert.ok(r === 'ok' || r === 'timeout', `${name}: ${r}`);
  }
});

test('HTML built to make regular expressions rescan: unclosed scripts, comments, tags (the script stripper was quadratic)', () => {
  const P = `<p>${GOOD}</p>`;
  const pages: [string, string][] = [
    ['unclosed scripts', `<html><body>${P}${'<script>'.repeat(100_000)}</body></html>`],
    ['unclosed styles', `<html><body>${P}${'<style>'.repeat(100_000)}</body></html>`],
    ['unclosed comments', `<html><body>${P}${'<!--'.repeat(100_000)}</body></html>`],
    ['tags without ">"', `<html><body>${P}${'<a'.repeat(200_000)}`],
    ['script tags without ">"', `<html><body>${P}${'<script '.repeat(100_000)}`],
    ['many attributes', `<html><body><p ${'a="b" '.repeat(50_000)}>x</p>${P}</body></html>`],
  ];
  for (const [name, page] of pages) {
    within(10_000, `guardHtml on ${name}`, () => guardHtml(page));
    const r = within(20_000, name, () => outcome(html(page)));
    assert.ok(['ok', 'malformed', 'no-body'].includes(r), `${name}: ${r}`);
  }
  // An unclosed script swallows the rest of the page, as in a browser; a closed one is emptied.
  assert.equal(guardHtml('<p>a</p><script>x<p>b</p>'), '<p>a</p><script></script>');
  assert.equal(guardHtml('<p>a</p><SCRIPT type="x">1</script ><p>b</p>'), '<p>a</p><script type="x"></script><p>b</p>');
  assert.equal(guardHtml('<p>a</p><!-- c --><p>b</p><!-- d'), '<p>a</p><p>b</p>');
});

test('runs without spaces are cut for wink-nlp without moving offsets', () => {
  const s = 'x ' + '-'.repeat(150) + ' y';
  const b = breakLongRuns(s);
  assert.equal(b.length, s.length);
  assert.ok(!new RegExp(`\\S{${MAX_RUN + 1}}`).test(b));
  assert.equal(breakLongRuns('Biegun visited Seoul.'), 'Biegun visited Seoul.');
  const doc = new Doc('Officials said ' + 'A'.repeat(300) + ' today.', { id: 'r' });
  doc.paragraphs = [{ start: 0, end: doc.text.length }];
  tokenizeDoc(doc);
  checkTokens(doc);
  // Found by the property test: wink's own white-space token ("\t") once moved the cursor past "--".
  const tabs = new Doc('J \t -- \t apan met Japan.', { id: 't' });
  tabs.paragraphs = [{ start: 0, end: tabs.text.length }];
  tokenizeDoc(tabs);
  checkTokens(tabs);
  assert.ok(tabs.tokens.text.includes('--'));
});

test('a 2 MB single line is cut into pieces and stops at its time budget', () => {
  const line = (GOOD.replace('\n\n', ' ') + ' ').repeat(Math.ceil(2_000_000 / GOOD.length));
  const ps = pieces(line, 0, line.length);
  assert.ok(ps.length > 50);
  for (let i = 0; i < ps.length; i++) {
    assert.ok(ps[i]![1] - ps[i]![0] <= 20_000);
    if (i) assert.ok(ps[i]![0] >= ps[i - 1]![1]);
  }
  const tight = createPipeline({ maxArticleMs: 1_500 });
  // Structuring a 2 MB line takes a few seconds; the pipeline then stops within a piece.
  const r = within(30_000, '2 MB line with a 1.5 s budget', () => outcome(text(line), tight));
  assert.equal(r, 'timeout');
});

test('the time budget is checked between components and discards as "timeout"; the next article still runs', () => {
  let calls = 0;
  const slow = buildPipeline(
    [
      { name: 'slow', requires: [], assigns: [], run: () => void (calls++ === 0 && busy(80)) },
      { name: 'after', requires: [], assigns: [], run: (_d, ctx) => checkBudget(ctx, 'after') },
    ],
    { maxArticleMs: 40 },
  );
  const err = (() => {
    try {
      slow.run(new Doc('a', { id: 'a' }));
    } catch (e) {
      return e;
    }
  })();
  assert.ok(err instanceof DiscardError && err.reason === 'timeout' && /slow/.test(err.message), String(err));
  // The deadline is per article: the next one starts a fresh budget.
  slow.run(new Doc('b', { id: 'b' }));
  assert.equal(slow.context.deadline, undefined);
  // 0 turns the bound off.
  const off = buildPipeline([{ name: 'slow', requires: [], assigns: [], run: () => busy(30) }], { maxArticleMs: 0 });
  off.run(new Doc('c', { id: 'c' }), Date.now() - 1_000_000);
});

test('the size bound per article discards as "too-large" before any work', () => {
  const small = createPipeline({ maxArticleBytes: 1_000 });
  assert.equal(within(2_000, 'size check', () => outcome(text('word '.repeat(5_000)), small)), 'too-large');
  // Multi-byte text counts in UTF-8 bytes: 400 Hangul syllables are 1,200 bytes.
  assert.equal(outcome(text('한'.repeat(400)), small), 'too-large');
  assert.equal(outcome(text(GOOD), small), 'ok');
});

test('dyad article on a folder of hostile files: one line per good file, a reason per bad one, exit 1, no stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-cli-'));
  writeFileSync(join(dir, 'a.pdf'), Buffer.from('%PDF-1.4\n' + '\u0000'.repeat(100)));
  writeFileSync(join(dir, 'b.txt'), GOOD);
  writeFileSync(join(dir, 'c.html'), '<html><body>' + '<b>'.repeat(10_000) + '</body></html>');
  writeFileSync(join(dir, 'd.txt'), '');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/run-dyad.ts'), 'article', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 1, r.stderr);
  const out = r.stdout.trim().split('\n');
  assert.equal(out.length, 1);
  assert.equal(JSON.parse(out[0]!).file, join(dir, 'b.txt'));
  assert.match(r.stderr, /a\.pdf: binary/);
  assert.match(r.stderr, /c\.html: malformed/);
  assert.match(r.stderr, /d\.txt: empty/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

function busy(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* spin */
  }
}

test('dyad code --max-ms / --max-bytes: over the bound is a skipped input with its reason; a bad value is a user error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bounds-'));
  const f = join(dir, 'a.txt');
  writeFileSync(f, GOOD);
  let io = captureIO();
  assert.equal(await main(['code', f, '--max-bytes', '100'], io), 1);
  assert.match(io.err, /\(too-large\)/);
  io = captureIO();
  assert.equal(await main(['code', f, '--max-ms', 'soon'], io), 2);
  assert.match(io.err, /--max-ms/);
  assert.doesNotMatch(io.err, /\n\s+at /);
  io = captureIO();
  assert.equal(await main(['code', f, '--max-ms', '0'], io), 0, io.err);
});

test('dyad ingest (child process) over hostile files: exit 0, the good article stored, every discard counted by reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-ingest-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'a.pdf'), Buffer.from('%PDF-1.4\n' + '\u0000'.repeat(100)));
  writeFileSync(join(inputs, 'b.txt'), GOOD);
  writeFileSync(join(inputs, 'c.html'), '<html><body>' + '<i>'.repeat(10_000) + '</body></html>');
  writeFileSync(join(inputs, 'd.txt'), 'A'.repeat(300_000));
  writeFileSync(join(inputs, 'e.jsonl'), `{"id": "broken\n${JSON.stringify({ id: 'fr', text: 'Les ministres se sont rencontrés lundi à Pékin et ont convenu de reprendre les négociations le mois prochain.' })}\n`);
  const db = join(dir, 'store.db');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/run-dyad.ts'), 'ingest', inputs, '--db', db, '--max-ms', '15000', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /6 read, 1 coded and stored, 0 already stored, 5 skipped/);
  for (const reason of ['binary 1', 'malformed 1', 'bad-json 1', 'not-english 1', 'no-body 1']) assert.ok(r.stdout.includes(reason), `${reason} in ${r.stdout}`);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
