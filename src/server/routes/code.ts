import { Hono } from 'hono';
import { DyadError } from '../../errors.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { toFailure } from '../../pipeline/pipeline.js';
import { codeInput } from '../../process.js';
import { eventToJson } from '../../events/event-json.js';
import { articleInput, readJson } from '../article-body.js';

/** `POST /api/code`: code an article in memory and answer with its events; nothing is stored. */
export function codeRoutes(pipeline: () => Pipeline): Hono {
  return new Hono().post('/', async (c) => {
    const input = articleInput(await readJson(c.req), 'api');
    let doc;
    try {
      doc = codeInput(input, pipeline());
    } catch (err) {
      const f = toFailure(input.id, err);
      throw new DyadError('E415', { detail: `the article cannot be coded (${f.reason}): ${f.message}` });
    }
    const m = doc.meta;
    return c.json({
      article: { title: m.title, byline: m.byline, published: m.published, source: m.source, url: m.url, language: m.language, captions: m.captions, text: doc.text },
      events: doc.events.map((e) => eventToJson(doc, e)),
    });
  });
}
