import { namesFrom } from './byline.js';
import { firstDateIn } from './parse-date.js';

type El = { textContent: string | null; getAttribute(n: string): string | null };
type Doc = { querySelectorAll(sel: string): ArrayLike<El> };

/** Author candidates from the places pages put them. */
export interface AuthorCandidates {
  /** JSON-LD `author` objects of type Person (or untyped names). */
  ldPerson: string | null;
  /** JSON-LD `author` of type Organization: often the site itself. */
  ldOrg: string | null;
  /** `<meta name="author">` and kin. */
  meta: string | null;
  /** Elements marked as author: `rel="author"`, `itemprop="author"`, class "author-name", "byline". */
  element: string | null;
  /** "By Jane Doe" printed by the headline. */
  nearTitle: string | null;
  /** A bare name beside the date line under the headline. */
  dateLine?: string | null;
}

/**
 * Clean an author string: labels, "By", roles and dates go; a handle or an
 * address is no name.
 *
 * @example
 * cleanAuthorName('Written By: Tom May') // 'Tom May'
 * cleanAuthorName('Author: Jane Doe')   // 'Jane Doe'
 * cleanAuthorName('aawoods', true)     // 'aawoods' (from metadata: handles count)
 */
export function cleanAuthorName(raw: string, structured = false): string | null {
  let t = raw.replace(/\s+/g, ' ').trim();
  t = t.replace(/^(?:(?:written|posted|reviewed|edited|published|story|words|article|text)\s+)?(?:by|author(?:ed)?(?:\s+by)?|written by)\s*[:\-–]?\s*/i, '');
  if (!t || t.length > 120 || /^https?:|^\d+$|[{}<>]/.test(t) || /\S@\S/.test(t)) return null;
  // Metadata names the author as the site wrote it: a handle ("aawoods") or a
  // name with its degrees ("Jane Doe, MD") is still the author.
  if (structured) return t.split(/\s+/).length <= 8 ? t : namesFrom(t);
  return namesFrom(t);
}

const AUTHOR_SELECTORS = [
  '[rel="author"]',
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[class*="author-name" i]',
  '[class*="author__name" i]',
  '[class*="authorname" i]',
  '[class*="byline" i] a',
  '[class*="author" i] a',
  '[class*="byline" i]',
  '[class*="author" i]',
];

/**
 * The first name in an element marked as the author's.
 *
 * @example
 * authorFromElements(parseHTML('<span class="byline">By Jane Doe</span>').document) // 'Jane Doe'
 */
export function authorFromElements(doc: Doc): string | null {
  for (const sel of AUTHOR_SELECTORS) {
    const els = doc.querySelectorAll(sel);
    for (let i = 0; i < els.length && i < 20; i++) {
      const t = (els[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!t || t.length > 100) continue;
      const n = cleanAuthorName(t);
      if (n && n.split(/\s+/).length >= 2) return n;
    }
  }
  return null;
}

// "By Jane Doe", "Written by Jane Doe", "Author: Jane Doe" after the headline.
// The byline opens a line of its own (block texts are joined by newlines), so "founded by Jane Doe" in a sentence does not count.
const BY = /(?:^|\n)[^\S\n]*(?:[\p{L}]+[^\S\n]+)?(?:written by|posted by|by|author)[^\S\n]*:?[^\S\n]*((?:Dr\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|del|la|le|bin|al)){1,4})/iu;

/**
 * A byline line printed within 300 characters after the headline; the page
 * text has one block per line.
 *
 * @example
 * authorNearTitle('Envoys meet in Seoul\nBy Jane Doe\nMarch 4, 2021', 'Envoys meet in Seoul') // 'Jane Doe'
 */
export function authorNearTitle(pageText: string, title: string | null): string | null {
  if (!title || title.length < 4) return null;
  const lower = pageText.toLowerCase();
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  let from = 0;
  for (let n = 0; n < 6; n++) {
    const at = lower.indexOf(key, from);
    if (at < 0) break;
    const win = pageText.slice(at + key.length, at + key.length + 300);
    const m = BY.exec(win);
    if (m) {
      const name = namesFrom(m[1]!);
      if (name) return name;
    }
    from = at + key.length;
  }
  return null;
}

// A bare personal name on a line: "Luke Kim", "Julian K. Arni", "Ana de la Cruz" (2–4 words, capitalised).
const BARE_NAME = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|de|da|van|von|der|la|le|del)){1,3}$/u;
const NOT_NAME = /^(?:The|A|An|Home|Blog|News|Share|Read|More|Menu|Search|Contact|About|Table|Contents|Posted|Updated|Published|Last|Written|Reviewed|Edited|Sponsored|Related|Latest|Subscribe|Follow|Sign|Log)\b/;

/**
 * A name printed beside the date line under the headline, without "By":
 * "Luke Kim · December 17, 2025", or "Luke Kim" on the line before or after
 * a date line.
 *
 * @example
 * authorByDateLine('Envoys meet in Seoul\nJane Doe\nMarch 4, 2021\nThe envoys met…', 'Envoys meet in Seoul') // 'Jane Doe'
 */
export function authorByDateLine(pageText: string, title: string | null): string | null {
  if (!title || title.length < 4) return null;
  const lines = pageText.split('\n');
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const at = lines.findIndex((l) => l.toLowerCase() === key);
  if (at < 0) return null;
  const near = lines.slice(Math.max(0, at - 3), at + 6);
  const isName = (s: string) => {
    const t = s.replace(/^[\s·•|,–—-]+|[\s·•|,–—-]+$/g, '').trim();
    return t.length <= 40 && BARE_NAME.test(t) && !NOT_NAME.test(t) ? t : null;
  };
  for (let i = 0; i < near.length; i++) {
    const line = near[i]!;
    const d = firstDateIn(line);
    if (!d) continue;
    // The same line: "Luke Kim December 17, 2025" or "Dec 17, 2025 · Luke Kim"
    const rest = (line.slice(0, d.index) + ' | ' + line.slice(d.index).replace(/^[^,]*,?\s*\d{4}/, '')).split(/\s*[|·•]\s*|\s+[–—-]\s+/);
    for (const part of rest) {
      const n = isName(part);
      if (n) return n;
    }
    const n = isName(near[i - 1] ?? '') ?? isName(near[i + 1] ?? '');
    if (n) return n;
  }
  return null;
}

/**
 * Rank the candidates: a Person in JSON-LD, the meta tag, an element marked
 * as the author's, a "By" line by the headline, a name by the date line; an
 * organisation only when nothing names a person.
 *
 * @example
 * pickAuthor({ ldPerson: null, ldOrg: 'Daily Courier', meta: null, element: 'Jane Doe', nearTitle: null }, 'Daily Courier') // 'Jane Doe'
 */
export function pickAuthor(c: AuthorCandidates, site: string | null): string | null {
  const notSite = (x: string | null) => (x && site && x.toLowerCase() === site.toLowerCase() ? null : x);
  return c.ldPerson ?? notSite(c.meta) ?? notSite(c.element) ?? notSite(c.nearTitle) ?? notSite(c.dateLine ?? null) ?? c.ldOrg;
}
