import assert from 'node:assert/strict';
import type { Doc } from '../src/doc/doc.js';
import { isCameoCode, quadClass } from '../src/events/ontology/index.js';

/**
 * What every coded document must satisfy, whatever went in: every span inside
 * the text, tokens in order and equal to the text at their offsets, sentences
 * covering the tokens in order, mentions inside their sentence, events with a
 * CAMEO code from the ontology and evidence inside the text.
 *
 * @example
 * checkDoc(codeInput(input, createPipeline()))
 */
export function checkDoc(doc: Doc): void {
  const n = doc.text.length;
  const inText = (s: { start: number; end: number }, what: string) =>
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n, `${what} [${s.start}, ${s.end}) outside text of ${n}`);
  let last = 0;
  doc.paragraphs.forEach((p, i) => {
    inText(p, `paragraph ${i}`);
    assert.ok(p.start >= last, `paragraph ${i} out of order`);
    last = p.end;
  });
  const t = doc.tokens;
  for (let i = 0; i < t.count; i++) {
    inText({ start: t.start[i]!, end: t.end[i]! }, `token ${i}`);
    assert.ok(t.start[i]! < t.end[i]!, `token ${i} is empty`);
    assert.equal(doc.text.slice(t.start[i]!, t.end[i]!), t.text[i], `token ${i} is not the text at its offsets`);
    if (i) assert.ok(t.start[i]! >= t.end[i - 1]!, `token ${i} overlaps token ${i - 1}`);
  }
  // Sentences tile the token table: contiguous, in order, each spanning its first to last token.
  let next = 0;
  doc.sentences.forEach((s, i) => {
    assert.equal(s.index, i, `sentence ${i} index`);
    assert.equal(s.tokenStart, next, `sentence ${i} does not start where sentence ${i - 1} ended`);
    assert.ok(s.tokenEnd > s.tokenStart, `sentence ${i} has no tokens`);
    inText(s, `sentence ${i}`);
    assert.equal(s.start, t.start[s.tokenStart]);
    assert.equal(s.end, t.end[s.tokenEnd - 1]);
    assert.ok(s.paragraph >= 0 && s.paragraph < Math.max(1, doc.paragraphs.length), `sentence ${i} paragraph ${s.paragraph}`);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) assert.equal(t.sentence[k], i, `token ${k} sentence`);
    next = s.tokenEnd;
  });
  assert.equal(next, t.count, 'tokens outside every sentence');
  doc.mentions.forEach((m, i) => {
    inText(m, `mention ${i}`);
    const s = doc.sentences[m.sentence];
    assert.ok(s, `mention ${i} in sentence ${m.sentence} that does not exist`);
    assert.ok(m.tokenStart >= s.tokenStart && m.tokenEnd <= s.tokenEnd && m.tokenStart < m.tokenEnd, `mention ${i} tokens outside its sentence`);
  });
  doc.events.forEach((e, i) => {
    assert.ok(isCameoCode(e.cameo), `event ${i} has CAMEO code "${e.cameo}" not in the ontology`);
    assert.equal(e.quadClass, quadClass(e.cameo), `event ${i} quad class`);
    assert.ok(Number.isFinite(e.goldstein) && e.goldstein >= -10 && e.goldstein <= 10, `event ${i} Goldstein ${e.goldstein}`);
    inText(e.evidence, `event ${i} evidence`);
    const s = doc.sentences[e.sentence];
    assert.ok(s, `event ${i} in sentence ${e.sentence} that does not exist`);
    assert.ok(e.evidence.start >= s.start && e.evidence.end <= s.end, `event ${i} evidence outside its sentence`);
    for (const side of [e.source, e.target]) if (side) assert.match(side.code, /^[A-Z]{3}/, `event ${i} actor code ${side.code}`);
    if (e.date?.value) assert.match(e.date.value, /^\d{4}(-\d\d(-\d\d)?)?$/, `event ${i} date ${e.date.value}`);
  });
}
