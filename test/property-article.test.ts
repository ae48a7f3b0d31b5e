// Property: any string into the article stage gives a document whose paragraphs lie
// inside its text, or a typed discard; never a crash, never a hang.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { structureArticle } from '../src/article/structure.js';
import { DiscardError } from '../src/errors.js';
import type { RawInput } from '../src/ingest/types.js';
import { checkDoc } from './doc-invariants.js';
import { anyText, htmlText, newsText } from './property-gen.js';

const MS = 5_000; // per input, on a shared, loaded machine; real cost is milliseconds

function article(input: RawInput): void {
  const t0 = performance.now();
  try {
    const doc = structureArticle(input);
    checkDoc(doc);
    assert.ok(doc.text.length > 0);
    assert.ok(doc.meta.published === null || typeof doc.meta.published === 'string');
  } catch (err) {
    if (!(err instanceof DiscardError)) throw err;
    assert.ok(['no-body', 'not-english', 'malformed', 'empty'].includes(err.reason), err.reason);
  }
  assert.ok(performance.now() - t0 < MS, `took ${(performance.now() - t0).toFixed(0)} ms`);
}

const as = (format: 'text' | 'html') => (content: string): RawInput => ({ id: 'p', file: null, format, content });

test('article stage: arbitrary Unicode as text or HTML', () => {
  fc.assert(fc.property(anyText, fc.constantFrom<'text' | 'html'>('text', 'html'), (s, f) => article(as(f)(s))), { numRuns: 150 });
});

test('article stage: HTML-ish markup', () => {
  fc.assert(fc.property(htmlText, (s) => article(as('html')(s))), { numRuns: 150 });
});

test('article stage: news-ish text, with metadata of any shape', () => {
  fc.assert(
    fc.property(newsText, fc.option(anyText), fc.option(anyText), (s, title, published) =>
      article({ ...as('text')(s), title, published }),
    ),
    { numRuns: 150 },
  );
});

test('article stage: markup found by the properties above to break the HTML reader', () => {
  // linkedom builds a stray CDATA before the doctype into a node whose textContent throws inside Readability.
  // "<!x" and "<?x" before the root left linkedom with no document element.
  for (const s of ['<![CDATA[--><!DOCTYPE html>', '<![CDATA[x]]><!DOCTYPE html><p>Text.</p>', '<!<html>', '<?x<html><p>Text.</p>']) article(as('html')(s));
});
