import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { docFromParagraphs } from './build-doc.js';

// The paragraphs trimmed, empty ones dropped, joined by a blank line: as it was built before its one-join path.
function ref(paragraphs: string[]): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  for (const p of paragraphs) {
    const clean = p.trim();
    if (!clean) continue;
    if (text) text += '\n\n';
    spans.push({ start: text.length, end: text.length + clean.length });
    text += clean;
  }
  return { text, spans };
}

test('the body text and paragraph spans are those of the trimmed paragraphs, with or without their join given', () => {
  const para = fc.oneof(fc.constantFrom('', ' ', 'Talks resumed.', ' Talks', 'end \n', '\u3000x', 'a\u00a0', 'b'), fc.string({ maxLength: 8 }));
  fc.assert(
    fc.property(fc.array(para, { maxLength: 6 }), (ps) => {
      const want = ref(ps);
      for (const doc of [docFromParagraphs({ id: 'x' }, ps), docFromParagraphs({ id: 'x' }, ps, ps.join('\n\n'))]) {
        assert.equal(doc.text, want.text);
        assert.deepEqual(doc.paragraphs, want.spans);
      }
    }),
    { numRuns: 1000 },
  );
});
