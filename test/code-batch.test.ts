import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawInput } from '../src/ingest/types.js';
import { createPipeline } from '../src/pipeline/compose.js';
import { codeToRecord, codeToRecords } from '../src/store/article-record.js';
import { CORPUS } from './fixtures/corpus.js';

// Ingest codes in batches, component by component; `dyad code` and the HTTP API one
// article at a time. Both must write the same records and the same discards.
test('coding a batch gives the records and discards of coding each input alone', () => {
  const texts: RawInput[] = CORPUS.map((d) => ({ id: d.id, file: null, format: 'text', content: d.paragraphs.map((p) => p.join(' ')).join('\n\n'), published: d.published, title: d.title }));
  const odd: RawInput[] = [
    { id: 'es', file: null, format: 'text', content: 'El gobierno de la república anunció que los ministros se reunirán con los representantes de la oposición para hablar de la crisis.' },
    { id: 'empty', file: null, format: 'text', content: '   \n\n  ' },
    { id: 'big', file: null, format: 'text', content: 'Envoys met in Geneva. '.repeat(4000) },
    { id: 'html', file: null, format: 'html', content: '<html><body><article><h1>Talks</h1><p>The foreign ministers of Kenya and Uganda met in Kampala on Monday.</p></article></body></html>', published: '2021-03-02' },
  ];
  // More inputs than one locality batch, in mixed order, so batches hold good and bad inputs together.
  const inputs = [...texts, ...odd, ...texts.map((x) => ({ ...x, id: `${x.id}-again` })), ...odd.map((x) => ({ ...x, id: `${x.id}-again` }))];
  while (inputs.length < 70) inputs.push({ ...texts[inputs.length % texts.length]!, id: `copy-${inputs.length}` });
  const pipeline = createPipeline({ maxArticleBytes: 50_000 });
  const alone = inputs.map((input) => codeToRecord(input, pipeline, 'h'));
  const batched = codeToRecords(inputs.map((input) => ({ input, hash: 'h' })), pipeline);
  assert.equal(batched.length, inputs.length);
  assert.deepEqual(batched, alone);
  const reasons = new Set(batched.filter((o) => !o.ok).map((o) => (o.ok ? '' : o.failure.reason)));
  assert.ok(reasons.has('too-large') && reasons.has('not-english'), [...reasons].join(','));
  assert.ok(batched.filter((o) => o.ok && o.record.events.length > 0).length >= texts.length);
});
