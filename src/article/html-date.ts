import { scanElements, shortText, type ElementScan } from './html-scan.js';
import { firstDateIn, parseDateString } from './parse-date.js';

type El = { textContent: string | null; getAttribute(n: string): string | null };
type Doc = { querySelectorAll(sel: string): ArrayLike<El> };

// Publication dates in a page's script data: `"datePublished":"2020-09-02T08:00:00Z"`, `"publishDate": "2020-09-02"`.
// Also HTML-escaped, as in JSON kept in a data attribute: `&quot;datePublished&quot;:&quot;2020-09-02&quot;`.
const SCRIPT_DATE = /(?:["']|&quot;)(?:datePublished|publishDate|publishedDate|published_at|publishedAt|publish_date|date_published|firstPublishedDate|pubDate|displayDate|dateCreated)(?:["']|&quot;)\s*:\s*(?:["']|&quot;)([^"'&]{8,40})(?:["']|&quot;)/;

/**
 * The publication date written in a page's inline script data (state blobs
 * of script-rendered sites), from the raw HTML.
 *
 * @example
 * scriptDate('<script>window.__s = {"publishDate":"2020-09-02"}</script>') // '2020-09-02'
 */
export function scriptDate(rawHtml: string): string | null {
  const m = SCRIPT_DATE.exec(rawHtml.length > 3_000_000 ? rawHtml.slice(0, 3_000_000) : rawHtml);
  return m ? parseDateString(m[1]!) : null;
}

// A date spelled out in a permalink path: "/2021/03/04/slug", "/blog/2021/march/04/slug".
const URL_DATE = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})\//i;

/**
 * The publication day written in the path of the page's own URL (its
 * canonical link): a permalink that files the post under year, month and
 * day names the day it went up, on the site's own calendar, where a UTC
 * time stamp can fall on the next day. A year and month alone are no day.
 *
 * @example
 * urlDate('https://example.org/2021/03/04/port-talks-resume/') // '2021-03-04'
 * urlDate('https://example.org/news/2021/03/port-talks/')      // null
 */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url, 'https://x.invalid').pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [, y, mo, d] = m;
  return /^\d+$/.test(mo!) ? parseDateString(`${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`) : parseDateString(`${d} ${mo} ${y}`);
}

/**
 * The first date stated in the page's date line elements (a class or id
 * naming a date, a byline, post meta, or `<time>`), or null.
 *
 * @example
 * visibleDate(parseHTML('<div class="post-meta">Posted on March 4, 2021 by Jane</div>').document) // '2021-03-04'
 */
export function visibleDate(doc: Doc, scan: ElementScan = scanElements(doc as any)): string | null {
  for (const el of scan.dateHolders) {
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    const fromAttr = attr ? parseDateString(attr) : null;
    if (fromAttr) return fromAttr;
    // A short line only: a whole article inside a "content-meta" wrapper is not a date line.
    const t = shortText(el, 160);
    if (!t) continue;
    const d = parseDateString(t);
    if (d) return d;
  }
  return null;
}

/**
 * The date printed next to the headline: the first date in the 400
 * characters after it, else in the 150 before it ("Updated Dec 18, 2025 ·
 * 12 min read" under the title, or a kicker date above it).
 *
 * @example
 * dateNearTitle('Menu Envoys meet in Seoul By Jane Doe March 4, 2021 The envoys…', 'Envoys meet in Seoul') // '2021-03-04'
 */
export function dateNearTitle(pageText: string, title: string | null): string | null {
  if (!title || title.length < 4) return null;
  const text = pageText.toLowerCase();
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  let from = 0;
  let before: string | null = null;
  for (let n = 0; n < 6; n++) {
    const at = text.indexOf(key, from);
    if (at < 0) break;
    const after = firstDateIn(unglue(pageText.slice(at + key.length, at + key.length + 400)));
    if (after) return after.date;
    if (!before) {
      const win = pageText.slice(Math.max(0, at - 150), at);
      const d = firstDateIn(unglue(win));
      before = d?.date ?? null;
    }
    from = at + key.length;
  }
  return before;
}

// A month name run onto the word before it: "Mental HealthDECEMBER 22, 2022".
const unglue = (s: string) => s.replace(/(\p{Ll})(?=\p{Lu}{3,})/gu, '$1 ');

// "Posted on March 4, 2021", "Published: 04/03/2021", or the label alone with the date on the next line.
const POSTED = /^(?:posted|published|first published|date published|publication date)(?:\s+on)?\s*:?\s*(.*)$/i;

/**
 * The date of the first "Posted on …" or "Published …" line of the page,
 * the date on that line or, after a label line of its own, on the next.
 *
 * @example
 * postedDate('Envoys meet\nPosted on\nNov 21, 2018\nThe envoys…') // '2018-11-21'
 */
export function postedDate(pageText: string): string | null {
  const lines = pageText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 80) continue;
    const m = POSTED.exec(line.trim());
    if (!m) continue;
    const rest = m[1]!.trim() || (lines[i + 1] ?? '').slice(0, 60);
    // The date opens what follows the label ("the 15/12/2025", "Friday, March 4, 2021"): "Published reports say …" is a sentence.
    const d = firstDateIn(rest);
    if (d && /^(?:the\s+|\p{L}+day,?\s+)?$/iu.test(rest.slice(0, d.index))) return d.date;
  }
  return null;
}

// A byline line: "By Jane Doe", "Written by Jane Doe and John Roe".
const BYLINE = /^(?:(?:written|posted|reported|words)\s+)?by\s*:?\s+\S/i;

/**
 * The date printed on a byline line or on the line right under it ("Written
 * by Jane Doe" / "March 4, 2021"), where a page sets them at the end of the
 * article rather than under the headline.
 *
 * @example
 * bylineDate('…the last paragraph.\nWritten by Jane Doe\nMarch 4, 2021\nShare') // '2021-03-04'
 */
export function bylineDate(pageText: string): string | null {
  const lines = pageText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length > 120 || !BYLINE.test(line)) continue;
    const same = firstDateIn(line);
    if (same) return same.date;
    // The next line opens with the date: "March 4, 2021", "Tuesday, March 4, 2021 · 5 min read".
    const next = (lines[i + 1] ?? '').trim().slice(0, 80);
    const d = firstDateIn(next);
    if (d && /^(?:\p{L}+day,?\s+)?$/iu.test(next.slice(0, d.index))) return d.date;
  }
  return null;
}
