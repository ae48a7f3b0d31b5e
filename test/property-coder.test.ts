// Property: any string through the whole pipeline (article → tokens → actors → events
// → dates, places, dedup) gives a valid document or a typed discard, in bounded time:
// offsets inside the text, tokens equal to their text, sentences tiling the tokens,
// events with CAMEO codes from the ontology and evidence inside their sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Doc } from '../src/doc/doc.js';
import { DiscardError } from '../src/errors.js';
import { tokenizeDoc } from '../src/nlp/tokenize.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeInput } from '../src/process.js';
import { checkDoc } from './doc-invariants.js';
import { anyText, htmlText, newsText } from './property-gen.js';

const MS = 5_000;
const pipeline = createPipeline({ maxArticleMs: 20_000 });
// Warm up once outside the timed inputs: the first article loads the gazetteer and compiles
// dictionaries, a start-up cost the per-input bound is not about.
codeInput({ id: 'warm', file: null, format: 'text', content: 'Japan attacked China in Tokyo on Monday, officials said.', published: '2021-03-01' }, pipeline);

function coded(content: string, format: 'text' | 'html', published: string | null = '2021-03-01'): void {
  const t0 = performance.now();
  try {
    checkDoc(codeInput({ id: 'p', file: null, format, content, published }, pipeline));
  } catch (err) {
    if (!(err instanceof DiscardError)) throw err;
    assert.ok(['no-body', 'not-english', 'malformed', 'empty'].includes(err.reason), `${err.reason}: ${err.message}`);
  }
  assert.ok(performance.now() - t0 < MS, `took ${(performance.now() - t0).toFixed(0)} ms`);
}

test('NLP stage: tokens and sentences of any string are valid spans of it', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, newsText), (s) => {
      const doc = new Doc(s, { id: 'n' });
      doc.paragraphs = [{ start: 0, end: s.length }];
      tokenizeDoc(doc);
      checkDoc(doc);
    }),
    { numRuns: 200 },
  );
});

test('whole pipeline: news-ish text', () => {
  fc.assert(fc.property(newsText, fc.constantFrom('2011-05-05', '1999-12-31', null), (s, d) => coded(s, 'text', d)), { numRuns: 120 });
});

test('whole pipeline: arbitrary Unicode and HTML-ish markup', () => {
  fc.assert(fc.property(fc.oneof(anyText, htmlText), fc.constantFrom<'text' | 'html'>('text', 'html'), (s, f) => coded(s, f)), { numRuns: 120 });
});
