import type { Caption } from '../doc/article.js';

/** What the structurers recover from a page, before it becomes a `Doc`. */
export interface Extracted {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time as the page states it. */
  published: string | null;
  source: string | null;
  captions: Caption[];
  paragraphs: string[];
  /** The dateline opening the first paragraph ("SEOUL, Sept. 2 (Yonhap) --"), if any. */
  dateline: { place: string; length: number } | null;
}
