import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { structureArticle } from '../src/article/structure.js';
import { sharedFile } from './shared.js';

test('the specimen page: headline, caption, byline, outlet and nine clean body paragraphs', (t) => {
  const path = sharedFile(t, 'samples/korea-herald-envoys.txt');
  if (!path) return;
  const doc = structureArticle({ id: 'specimen', file: path, format: 'text', content: readFileSync(path, 'utf8'), published: '2020-09-02' });
  const m = doc.meta;
  assert.equal(m.title, 'Top S. Korean, US nuclear envoys stress need to resume dialogue with NK');
  assert.equal(m.captions.length, 1);
  assert.equal(m.captions[0]!.credit, 'Yonhap');
  assert.equal(m.byline, 'Ahn Sung-mi');
  assert.equal(m.source, 'Korea Herald');
  assert.equal(m.published, '2020-09-02');
  assert.equal(m.language, 'en');
  const paras = doc.paragraphs.map((p) => doc.slice(p));
  assert.equal(paras.length, 9);
  assert.ok(paras[0]!.startsWith('Seoul and Washington’s top nuclear envoys'));
  assert.ok(paras[8]!.endsWith('discuss bilateral and regional issues.'));
  for (const debris of ['Back To Top', 'daum', 'By Ahn', '(Yonhap)', 'talk to reporters after their meeting']) {
    assert.ok(!doc.text.includes(debris), `body must not contain "${debris}"`);
  }
});
