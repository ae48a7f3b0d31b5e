import { DyadError } from '../errors.js';
import type { RawInput } from '../ingest/types.js';

/** Largest article text or HTML accepted by POST routes, in characters. */
export const MAX_ARTICLE_CHARS = 500_000;

export interface ArticleBody {
  text?: string;
  html?: string;
  published?: string;
  title?: string;
  url?: string;
  source?: string;
}

function optionalString(b: Record<string, unknown>, name: string, max: number): string | undefined {
  const v = b[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new DyadError('E415', { detail: `"${name}" must be a string` });
  if (v.length > max) throw new DyadError('E415', { detail: `"${name}" is longer than ${max} characters` });
  return v;
}

/**
 * Validate the JSON body of `POST /api/code` and `POST /api/articles` into a
 * raw input: exactly one of `text` or `html`, an optional ISO `published`
 * date, `title`, `url` and `source`.
 *
 * @example articleInput({ text: 'Biegun visited Seoul.', published: '2020-09-02' }, 'api')
 */
export function articleInput(body: unknown, id: string): RawInput {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new DyadError('E415', { detail: 'expected a JSON object such as {"text": "...", "published": "2020-09-02"}' });
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (!['text', 'html', 'published', 'title', 'url', 'source'].includes(k)) throw new DyadError('E415', { detail: `unknown field "${k}"` });
  }
  const text = optionalString(b, 'text', MAX_ARTICLE_CHARS);
  const html = optionalString(b, 'html', MAX_ARTICLE_CHARS);
  if ((text === undefined) === (html === undefined)) throw new DyadError('E415', { detail: 'give exactly one of "text" or "html"' });
  const published = optionalString(b, 'published', 40);
  if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(published) || Number.isNaN(Date.parse(published)))) {
    throw new DyadError('E415', { detail: `"published" must be an ISO date such as 2020-09-02, got "${published}"` });
  }
  const content = (text ?? html)!;
  if (!content.trim()) throw new DyadError('E415', { detail: 'the article is empty' });
  return {
    id,
    file: null,
    format: html !== undefined ? 'html' : 'text',
    content,
    published: published ?? null,
    title: optionalString(b, 'title', 1000) ?? null,
    url: optionalString(b, 'url', 2000) ?? null,
    source: optionalString(b, 'source', 200) ?? null,
  };
}

/** Parse a request body as JSON, as a 400 when it is not. */
export async function readJson(req: { text(): Promise<string> }): Promise<unknown> {
  const raw = await req.text();
  try {
    return JSON.parse(raw);
  } catch {
    throw new DyadError('E415', { detail: 'not valid JSON' });
  }
}
