import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultDictionaries, dictDir, splitCode } from '../src/actors/dictionary.js';
import { recognizeActors } from '../src/actors/recognize.js';
import { docFromParagraphs } from '../src/article/build-doc.js';
import type { Mention } from '../src/doc/mention.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';

// Every dictionary entry is data with a test sentence: each row's sentence must code it.

function run(text: string, date: string | null = '2020-06-01'): Mention[] {
  const doc = docFromParagraphs({ id: 't' }, [text]);
  tokenizeDoc(doc);
  return recognizeActors(doc, defaultDictionaries(), { homeCountry: null, date });
}

function rows(file: string): { cols: string[]; line: number }[] {
  return readFileSync(join(dictDir(), file), 'utf8')
    .split('\n')
    .map((l, i) => ({ cols: l.split('\t'), line: i + 1 }))
    .filter((r) => r.cols[0] && !r.cols[0].startsWith('#'));
}

test('dict/countries-extra.tsv: each row codes its test sentence', () => {
  const bad: string[] = [];
  for (const { cols, line } of rows('countries-extra.tsv')) {
    const [code, , , sentence] = cols;
    const { country, agents } = splitCode(code!);
    const ms = run(sentence!);
    const ok = ms.some((m) => m.actor?.country === country && agents.every((a) => m.actor!.agents.includes(a)));
    if (!ok) bad.push(`line ${line}: "${sentence}" → ${ms.map((m) => `${m.text}=${m.actor?.code}`).join(', ')}`);
  }
  assert.deepEqual(bad, []);
});

test('dict/agents.tsv: each row codes its test sentence', () => {
  const bad: string[] = [];
  for (const { cols, line } of rows('agents.tsv')) {
    const [agents, country, , , sentence] = cols;
    const ms = run(sentence!);
    const want = splitCode(`${country === '-' ? '' : country}${agents}`);
    const ok = ms.some((m) => m.actor && want.agents.every((a) => m.actor!.agents.includes(a)) && (!want.country || m.actor.country === want.country));
    if (!ok) bad.push(`line ${line}: "${sentence}" → ${ms.map((m) => `${m.text}=${m.actor?.code}`).join(', ')}`);
  }
  assert.deepEqual(bad, []);
});

test('dict/organizations.tsv: each row codes its test sentence', () => {
  const bad: string[] = [];
  for (const { cols, line } of rows('organizations.tsv')) {
    const [code, , , sentence, from, until] = cols;
    // a body that has not always existed is tested on a day it did, and before it did, not as itself
    const on = from ? `${from}-01-01`.slice(0, 10) : until ? `${until}-01-01`.slice(0, 10) : '2020-06-01';
    if (!run(sentence!, on).some((m) => m.actor?.code === code)) bad.push(`line ${line}: "${sentence}" on ${on}`);
    if (from && run(sentence!, `${Number(from.slice(0, 4)) - 1}-01-01`).some((m) => m.actor?.code === code)) bad.push(`line ${line}: "${sentence}" before ${from}`);
  }
  assert.deepEqual(bad, []);
});

test('dict/outlets.tsv: each outlet is attribution, never an actor', () => {
  const bad: string[] = [];
  for (const { cols, line } of rows('outlets.tsv')) {
    const ms = run(cols[2]!);
    if (!ms.some((m) => m.role === 'attribution' && m.actor === null)) bad.push(`line ${line}: "${cols[2]}"`);
  }
  assert.deepEqual(bad, []);
});

test('dict/regions.tsv: a region with a code acts, one without is a place', () => {
  const bad: string[] = [];
  for (const { cols, line } of rows('regions.tsv')) {
    const ms = run(cols[2]!);
    const ok = cols[0] === '-' ? ms.some((m) => m.kind === 'region' && m.role === 'location') : ms.some((m) => m.actor?.country === cols[0]);
    if (!ok) bad.push(`line ${line}: "${cols[2]}" → ${ms.map((m) => `${m.text}=${m.actor?.code}/${m.role}`).join(', ')}`);
  }
  assert.deepEqual(bad, []);
});

test('dict/countries.tsv (generated): every name codes its country, or the country listed first for a shared name', () => {
  const first = new Map<string, string>();
  for (const f of ['countries-extra.tsv', 'countries.tsv']) {
    for (const { cols } of rows(f)) for (const n of (cols[2] ?? '').split('|')) if (!first.has(`${cols[1]}:${n.toLowerCase()}`)) first.set(`${cols[1]}:${n.toLowerCase()}`, splitCode(cols[0]!).country!);
  }
  const bad: string[] = [];
  for (const { cols, line } of rows('countries.tsv')) {
    const [, kind, name] = cols;
    const want = first.get(`${kind}:${name!.toLowerCase()}`)!;
    const sentence = kind === 'demonym' ? `${name} officials met on Monday.` : `${name} rejected the proposal on Monday.`;
    const ms = run(sentence);
    if (!ms.some((m) => m.actor?.country === want)) bad.push(`line ${line}: "${sentence}" → ${ms.map((m) => `${m.text}=${m.actor?.code}`).join(', ')} (want ${want})`);
  }
  assert.ok(bad.length <= 5, `${bad.length} generated names do not code:\n${bad.join('\n')}`);
});

test('dict/people.tsv: each role codes the name on a date inside it', () => {
  const d = defaultDictionaries();
  const bad: string[] = [];
  for (const { cols, line } of rows('people.tsv')) {
    const [names, code, from, until] = cols;
    const name = names!.split('|')[0]!;
    const entry = d.entries.find((e) => e.kind === 'person' && e.name === name)!;
    const date = from || until!;
    // skip a date where a later-starting role of the same person takes over
    if (entry.roles!.some((r) => r.code !== code && (r.from ?? '') > (from ?? '') && (r.from ?? '') <= date && (!r.until || r.until >= date))) continue;
    const ms = run(`${name} spoke on Monday.`, date);
    if (ms[0]?.actor?.code !== code) bad.push(`line ${line}: ${name} on ${date} → ${ms[0]?.actor?.code} (want ${code})`);
  }
  assert.deepEqual(bad, []);
});

test('dict/places.tsv: a city or province is a place in its country', () => {
  const bad: string[] = [];
  for (const { cols, line } of rows('places.tsv')) {
    const ms = run(cols[3]!);
    if (!ms.some((m) => m.placeCountry === cols[0] || m.actor?.country === cols[0])) bad.push(`line ${line}: "${cols[3]}" → ${ms.map((m) => `${m.text}=${m.actor?.code}/${m.role}`).join(', ')}`);
  }
  assert.deepEqual(bad, []);
});
