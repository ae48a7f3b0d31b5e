import type { Failure } from '../errors.js';
import type { RawInput } from './types.js';

/**
 * One JSON Lines record → a raw input, or a typed failure naming the line.
 * `html` wins over `text` when both are given: it holds more (title, date, captions).
 *
 * @example
 * jsonlRecordToInput('{"id":"a1","text":"Biegun visited Seoul."}', 'feed.jsonl', 1, 1e6, null)
 * // { id: 'a1', file: 'feed.jsonl', format: 'text', content: 'Biegun visited Seoul.', … }
 */
export function jsonlRecordToInput(
  line: string,
  name: string,
  lineNo: number,
  maxBytes: number,
  defaultPublished: string | null,
): RawInput | Failure {
  const where = `${name}#${lineNo}`;
  if (Buffer.byteLength(line, 'utf8') > maxBytes) {
    return { id: where, reason: 'too-large', message: `${name}, line ${lineNo}: record larger than ${maxBytes} bytes` };
  }
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    return { id: where, reason: 'bad-json', message: `${name}, line ${lineNo}: not valid JSON (${(err as Error).message})` };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    return { id: where, reason: 'bad-record', message: `${name}, line ${lineNo}: expected a JSON object with "text" or "html"` };
  }
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : where;
  const html = typeof r.html === 'string' ? r.html : null;
  const text = typeof r.text === 'string' ? r.text : null;
  if (html === null && text === null) {
    return { id, reason: 'bad-record', message: `${name}, line ${lineNo}: record has no "text" or "html" string` };
  }
  const content = html ?? text!;
  if (!content.trim()) return { id, reason: 'empty', message: `${name}, line ${lineNo}: empty ${html !== null ? 'html' : 'text'}` };
  return {
    id,
    file: name,
    format: html !== null ? 'html' : 'text',
    content,
    published: optString(r.published) ?? defaultPublished,
    title: optString(r.title),
    url: optString(r.url),
    source: optString(r.source),
  };
}

function optString(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}
