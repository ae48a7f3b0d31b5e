import type { Span } from './span.js';

/** A photo caption and its credit, kept apart from the body. */
export interface Caption {
  text: string;
  credit: string | null;
}

/**
 * What is known about an article besides its body: the fields of
 * `dyad article` (DESIGN.md, public contract).
 */
export interface ArticleMeta {
  /** Input id (JSONL `id`) or file path. */
  id: string;
  file: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time, or null when unknown. */
  published: string | null;
  /** Outlet name, e.g. "Korea Herald". */
  source: string | null;
  url: string | null;
  /** ISO 639-1 code, or null when undetermined. */
  language: string | null;
  captions: Caption[];
  /** Dateline place when the body opens with one ("SEOUL, Sept. 2 (Yonhap) --"). */
  dateline: { place: string; span: Span } | null;
}

export function emptyMeta(id: string): ArticleMeta {
  return {
    id,
    file: null,
    title: null,
    byline: null,
    published: null,
    source: null,
    url: null,
    language: null,
    captions: [],
    dateline: null,
  };
}
