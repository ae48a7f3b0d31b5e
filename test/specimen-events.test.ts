import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CodedEvent } from '../src/doc/event.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeInput } from '../src/process.js';
import { sharedFile } from './shared.js';

// The specimen article (published 2020-09-02) through the whole pipeline:
// the events an analyst expects, and none whose party is an outlet or a venue.
test('specimen: the events of the Korea Herald envoys article', (t) => {
  const path = sharedFile(t, 'samples/korea-herald-envoys.txt');
  if (!path) return;
  const doc = codeInput(
    { id: 'specimen', file: path, format: 'text', content: readFileSync(path, 'utf8'), published: '2020-09-02' },
    createPipeline(),
  );
  const ev = doc.events.filter((e) => !e.negated);
  const has = (pred: (e: CodedEvent) => boolean, what: string): void => {
    assert.ok(ev.some(pred), `missing: ${what}\n${ev.map((e) => `${e.source?.code} ${e.cameo} ${e.target?.code}`).join('\n')}`);
  };
  const src = (e: CodedEvent, c: string): boolean => e.source?.code === c;
  const tgt = (e: CodedEvent, c: string): boolean => e.target?.code === c;
  has((e) => e.cameo.startsWith('04') && src(e, 'KORGOV') && tgt(e, 'USAGOV'), 'phone talks KORGOV → USAGOV (04x)');
  has((e) => e.cameo.startsWith('04') && src(e, 'USAGOV') && tgt(e, 'KORGOV'), 'phone talks USAGOV → KORGOV (04x)');
  has((e) => e.cameo.startsWith('03') && e.target?.code === 'PRKGOV', 'wish to resume talks with Pyongyang (03x → PRKGOV)');
  has((e) => e.cameo === '042' && src(e, 'USAGOV') && e.target?.country === 'KOR', "Biegun's visit to Seoul (042)");
  has((e) => e.cameo.startsWith('04') && src(e, 'USAGOV') && tgt(e, 'PRKGOV') && /summit/.test(doc.slice(e.evidence)), 'Trump–Kim summit (04x)');
  has((e) => e.cameo.startsWith('05') && src(e, 'USAGOV') && tgt(e, 'KORGOV'), 'Biegun congratulating Choi (05x)');
  has((e) => e.cameo.startsWith('02') && src(e, 'KORGOV'), 'Choi calling for transparent communication (02x)');
  has((e) => e.cameo === '036' && (src(e, 'USAGOV') || src(e, 'KORGOV')) && /vowed/.test(doc.slice(e.evidence)), 'the vow to meet in person (036)');
  for (const e of doc.events) {
    for (const a of [e.source, e.target]) {
      assert.ok(!a || !/yonhap|herald|vietnam/i.test(a.text), `outlet or venue as a party: ${a?.text} in ${e.cameo}`);
      assert.ok(!a || a.country !== 'VNM', `Vietnam as a party in ${e.cameo}`);
    }
  }
});
