import { Hono } from 'hono';
import { DyadError } from '../../errors.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { articleDetail, eventsOfArticle } from '../../query/detail.js';
import { codeToRecord } from '../../store/article-record.js';
import { contentHash } from '../../store/content-hash.js';
import type { Store } from '../../store/database.js';
import { writeRecords } from '../../store/write-records.js';
import { articleInput, readJson } from '../article-body.js';
import { writeToken } from '../middleware/write-token.js';
import { positiveInt, queryParams } from '../params.js';

/** `GET /api/articles/:id` (text with its spans) and `POST /api/articles` (code and store; needs the write token). */
export function articleRoutes(store: Store, pipeline: () => Pipeline, token: string | null): Hono {
  return new Hono()
    .get('/:id', async (c) => {
      queryParams(c, []);
      const id = positiveInt('id', c.req.param('id'));
      const d = await articleDetail(store, id);
      if (!d) throw new DyadError('E411', { what: `article ${id}` });
      return c.json(d);
    })
    .post('/', writeToken(token), async (c) => {
      const probe = articleInput(await readJson(c.req), 'api');
      const hash = contentHash(probe);
      const input = { ...probe, id: probe.url ?? `api:${hash.slice(0, 16)}` };
      const outcome = codeToRecord(input, pipeline(), hash);
      if (!outcome.ok) throw new DyadError('E415', { detail: `the article cannot be coded (${outcome.failure.reason}): ${outcome.failure.message}` });
      const w = await store.db.transaction().execute((trx) => writeRecords(trx, [outcome.record], [], new Date()));
      const row = await store.db.selectFrom('articles').select('id').where('content_hash', '=', hash).executeTakeFirstOrThrow();
      const articleId = Number(row.id);
      // Storing the same article again is not an error: it answers with what is stored (200 instead of 201).
      return c.json({ articleId, events: await eventsOfArticle(store, articleId) }, w.articles ? 201 : 200);
    });
}
