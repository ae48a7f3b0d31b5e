import { Doc } from '../doc/doc.js';
import { DiscardError } from '../errors.js';
import { detectLanguage } from '../ingest/language.js';
import { countWordRuns } from '../nlp/chars.js';
import type { RawInput } from '../ingest/types.js';
import { docFromParagraphs } from './build-doc.js';
import type { Extracted } from './extracted.js';
import { structureHtml } from './html-article.js';
import { parseDateString } from './parse-date.js';
import { structureText } from './text-article.js';

/**
 * Extract the article from a raw input, whatever its language: headline,
 * byline, date, outlet, captions and body paragraphs. Input metadata (JSONL
 * `published`, `title`, `source`) beats what the page says.
 *
 * @example
 * extractArticle({ id: 'a', file: null, format: 'text', content: 'Envoys meet\n\nThe envoys met on Monday in Seoul.' }).title // 'Envoys meet'
 */
export function extractArticle(input: RawInput): Extracted {
  const ex = input.format === 'html' ? structureHtml(input.content) : structureText(input.content);
  if (input.title) ex.title = input.title;
  if (input.published) ex.published = parseDateString(input.published) ?? input.published;
  if (input.source) ex.source = input.source;
  return ex;
}

/**
 * Turn a raw input into the document model: metadata plus the article body
 * as paragraphs. Throws `DiscardError` with a typed reason for inputs that
 * cannot be coded: 'no-body' when nothing of an article is left,
 * 'not-english' (with the language recorded in the message) otherwise.
 *
 * @example
 * structureArticle({ id: 'a', file: null, format: 'text', content: 'Envoys meet\n\nThe envoys met on Monday in Seoul.' }).text
 * // 'The envoys met on Monday in Seoul.'
 */
export function structureArticle(input: RawInput): Doc {
  const ex = extractArticle(input);
  // Fewer than five words is a menu or a stub, not an article ("Home").
  let words = 0;
  for (const p of ex.paragraphs) if ((words += countWordRuns(p, 5 - words)) >= 5) break;
  if (words < 5) throw new DiscardError('no-body', `${input.id}: no article body found`);
  const body = ex.paragraphs.join('\n\n');
  const lang = detectLanguage(body);
  if (lang.language && lang.language !== 'en') {
    throw new DiscardError('not-english', `${input.id}: language "${lang.language}", only English is coded`);
  }
  const doc = docFromParagraphs(
    {
      id: input.id,
      file: input.file,
      title: ex.title,
      byline: ex.byline,
      published: ex.published,
      url: input.url ?? null,
      source: ex.source,
      language: lang.language ?? 'en',
      captions: ex.captions,
    },
    ex.paragraphs,
    body,
  );
  if (ex.dateline && doc.paragraphs[0]) {
    const start = doc.paragraphs[0].start;
    doc.meta.dateline = { place: ex.dateline.place, span: { start, end: start + ex.dateline.length } };
  }
  return doc;
}
