// The web UI in a real browser (Debian's chromium driven by playwright-core)
// against a real `dyad serve` on a store made from the demo corpus: every
// view is opened, filtered and photographed into artifacts/screenshots/.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from './shared.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'artifacts', 'screenshots');
const TOKEN = 'e2e-write-token';

// Our own specimen: two envoys talking by phone (written for this test).
const ARTICLE = `Seoul and Washington envoys discuss North Korea by phone

South Korea's top nuclear envoy spoke by phone with his American counterpart on Tuesday about North Korea's latest missile launches, the Foreign Ministry in Seoul said.

The two envoys agreed to keep in close contact and to coordinate their response at the United Nations, the ministry said in a statement.
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function dyad(args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (status) => resolve({ status, out }));
  });
}

async function waitHealthy(base: string, proc: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`dyad serve exited with ${proc.exitCode}:\n${log()}`);
    try {
      const r = await fetch(`${base}api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`dyad serve did not answer /api/health within 20 s:\n${log()}`);
}

/** Nothing on the page is wider than the window (a table that overflows is a bug). */
async function assertNoOverflow(page: Page, what: string): Promise<void> {
  // A string: this file is type-checked without the DOM library.
  const [sw, iw] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
  assert.ok(sw <= iw + 1, `${what}: page is ${sw}px wide in a ${iw}px window`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

function skipOrFail(t: TestContext, why: string): boolean {
  if (process.env.CI) throw new Error(`${why}: CI must provide it (.ci/run installs chromium)`);
  t.skip(why);
  process.stderr.write(`SKIP: ${why}\n`);
  return true;
}

test('web UI end to end in chromium against dyad serve', { timeout: 180_000 }, async (t) => {
  if (!existsSync(CHROMIUM) && skipOrFail(t, `${CHROMIUM} not found (apt-get install -y chromium)`)) return;
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')) || !existsSync(join(ROOT, 'web', 'dist', 'index.html'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(b.status, 0, `npm run build failed:\n${b.stdout}\n${b.stderr}`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  const db = join(dir, 'e2e.db');
  // Ingest and the browser start side by side: both take seconds.
  const launching = chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let server: ChildProcess | null = null;
  let log = '';
  try {
    const ing = await dyad(['ingest', join(ROOT, 'demo', 'articles.jsonl'), '--db', db]);
    assert.equal(ing.status, 0, `dyad ingest demo/articles.jsonl failed:\n${ing.out}`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}/`;
    const srv = spawn(process.execPath, [join(ROOT, 'bin', 'dyad.js'), 'serve', '--db', db, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, DYAD_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = srv;
    srv.stdout!.on('data', (d) => (log += d));
    srv.stderr!.on('data', (d) => (log += d));
    await waitHealthy(base, srv, () => log);
    const api = async <T>(path: string): Promise<T> => (await (await fetch(`${base}api/${path}`)).json()) as T;
    const health = await api<{ events: number }>('health');
    assert.ok(health.events > 0, 'the demo store has events');

    const browser = await launching;
    // The first coding request loads the NLP models: let the server do that while the browser works.
    const warm = fetch(`${base}api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Seoul thanked Tokyo.' }) }).catch(() => null);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.setDefaultTimeout(20_000);

    await t.test('events explorer: table, filter, keyboard, evidence', async () => {
      await page.goto(`${base}#/events`);
      await page.locator('.vt-row').first().waitFor();
      await shot(page, '01-events');
      await assertNoOverflow(page, 'events');

      const { actors } = await api<{ actors: { code: string }[] }>('actors?limit=5');
      const actor = actors[0]!.code;
      await page.fill('input[name=actor]', actor);
      await page.click('.filters button[type=submit]');
      await page.waitForFunction(`location.hash.includes(${JSON.stringify(`actor=${actor}`)})`);
      await page.locator('.vt-row').first().waitFor();
      const sides = await page.locator('.vt-row').evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('.col-source')?.textContent ?? '', r.querySelector('.col-target')?.textContent ?? '']),
      );
      assert.ok(sides.length > 0, 'the filter keeps some events');
      for (const [s, g] of sides) assert.ok(s!.startsWith(actor) || g!.startsWith(actor), `row ${s} → ${g} involves ${actor}`);
      await shot(page, '02-events-filtered');

      // Keyboard: focus the table, move down, open with Enter, close with Escape.
      await page.focus('.vt-body');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('.panel .facts').waitFor();
      assert.ok(await page.locator('.panel .evidence-sentence mark.m-action').count(), 'the action is marked in the sentence');
      assert.match(await page.locator('.panel .facts').innerText(), /Quad class[\s\S]*Goldstein[\s\S]*Date[\s\S]*Coded by\s+rule/);
      assert.match(page.url(), /event=\d+/, 'the open event is in the URL');
      await assertNoOverflow(page, 'events with evidence');
      await shot(page, '03-evidence');
      await page.keyboard.press('Escape');
      await page.locator('.panel').waitFor({ state: 'detached' });
    });

    await t.test('article reader: mentions and event words marked, hover explains', async () => {
      await page.keyboard.press('Enter');
      await page.locator('.panel .facts').waitFor();
      await page.click('.panel a.article-link');
      await page.locator('.article-body').waitFor();
      assert.ok(await page.locator('.article-body .ent').count(), 'mentions are marked');
      assert.ok(await page.locator('.article-body .ev').count(), 'event words are marked');
      assert.ok(await page.locator('.article-side .side-event').count(), 'the event we came from is shown');
      await page.locator('.article-body .ent').first().hover();
      await page.locator('.tip').waitFor();
      assert.match(await page.locator('.tip').innerText(), /rule:/);
      await assertNoOverflow(page, 'article');
      await shot(page, '04-article');
    });

    const net = await api<{ edges: { source: string; target: string; count: number }[] }>('network?limit=40');
    const top = [...net.edges].sort((a, b) => b.count - a.count)[0]!;

    await t.test('dyad over time: stacked bars, Goldstein line, click lists events', async () => {
      await page.goto(`${base}#/dyad?a=${top.source}&b=${top.target}&interval=month`);
      await page.locator('.chart svg .bar').first().waitFor();
      const titles = await page.locator('.chart .axis-title').allTextContents();
      assert.deepEqual(titles, ['Events per month', 'Mean Goldstein', 'Month']);
      assert.equal(await page.locator('.chart-legend .legend-item').count(), 5);
      await page.locator('.chart .bar[tabindex="0"]').first().click();
      await page.locator('.period-list .vt-row').first().waitFor();
      assert.match(page.url(), /period=/);
      await assertNoOverflow(page, 'dyad');
      await shot(page, '05-dyad');
    });

    await t.test('network: cytoscape draws the actors', async () => {
      await page.goto(`${base}#/network`);
      await page.locator('.network-box[data-drawn]').waitFor();
      const { nodes } = await api<{ nodes: unknown[] }>('network?limit=60');
      assert.equal(await page.locator('.network-box').getAttribute('data-drawn'), String(nodes.length), 'every actor of the API is a node');
      assert.match(await page.locator('.toolbar .count').innerText(), /\d+ actors, \d+ dyads/);
      await shot(page, '06-network');
    });

    await t.test('map: world outline and places', async () => {
      const { places } = await api<{ places: { lat: number | null; lon: number | null }[] }>('places');
      await page.goto(`${base}#/map`);
      await page.locator('.map-box path.land').waitFor();
      const located = places.filter((p) => p.lat !== null && p.lon !== null).length;
      assert.equal(await page.locator('.map-box circle.place').count(), located, 'one circle per place with coordinates');
      if (!places.length) assert.match(await page.locator('.status-empty').innerText(), /No event under these filters has a place/);
      await assertNoOverflow(page, 'map');
      await shot(page, '07-map');
    });

    await t.test('add an article: phone talk coded at once, stored with the token', async () => {
      await warm;
      await page.goto(`${base}#/add`);
      // A dropped or chosen file fills the box; HTML is recognised as HTML.
      await page.setInputFiles('input[type=file]', { name: 'envoys.html', mimeType: 'text/html', buffer: Buffer.from(`<html><body><p>${ARTICLE}</p></body></html>`) });
      await page.locator('.drop .field span.muted:has-text("envoys.html (HTML)")').waitFor();
      assert.match(await page.inputValue('textarea[name=text]'), /^<html>/);
      await page.fill('textarea[name=text]', ARTICLE);
      await page.fill('input[name=published]', '2024-05-08');
      await page.click('.add-form button[type=submit]');
      await page.locator('.coded h2').waitFor();
      const codes = await page.locator('.coded-event .coded-line').allInnerTexts();
      assert.ok(
        codes.some((c) => /\b041\b/.test(c)),
        `a 041 "discuss by telephone" event appears; got:\n${codes.join('\n')}`,
      );
      await shot(page, '08-add-coded');

      await page.fill('input[name=token]', 'not-the-token');
      await page.click('.store-box button');
      await page.locator('.status-error').waitFor();
      assert.match(await page.locator('.status-error').innerText(), /refused|token/i);

      await page.fill('input[name=token]', TOKEN);
      await page.click('.store-box button');
      await page.locator('.status-ok').waitFor();
      assert.match(await page.locator('.status-ok').innerText(), /Stored as article \d+/);
      await shot(page, '09-add-stored');
      await page.click('.status-ok a');
      await page.locator('.article-body').waitFor();
      assert.ok(
        (await page.locator('.article-events li').allInnerTexts()).some((x) => /\b041\b/.test(x)),
        'the stored article lists its phone-talk event',
      );
    });

    await t.test('phone width: events and evidence stay readable', async () => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(`${base}#/events?code=041`);
      await page.locator('.vt-row').first().waitFor();
      await assertNoOverflow(page, 'events at 375 px');
      await shot(page, '10-phone-events');
      await page.locator('.vt-row').first().click();
      await page.locator('.panel .facts').waitFor();
      await assertNoOverflow(page, 'evidence at 375 px');
      await shot(page, '11-phone-evidence');
      await page.goto(`${base}#/dyad?a=${top.source}&b=${top.target}`);
      await page.locator('.chart svg .bar').first().waitFor();
      await assertNoOverflow(page, 'dyad at 375 px');
      await shot(page, '12-phone-dyad');
    });

    await t.test('errors are shown in words', async () => {
      await page.goto(`${base}#/article/987654`);
      assert.match(await page.locator('.status-error').innerText(), /Not found\.[\s\S]*article 987654/);
      await page.goto(`${base}#/events?since=yesterday`);
      assert.match(await page.locator('.status-error').innerText(), /Please check the request\.[\s\S]*since/);
      await shot(page, '13-phone-error');
    });

    assert.deepEqual(pageErrors, [], 'no script errors in the page');
  } finally {
    await (await launching.catch(() => null))?.close();
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
