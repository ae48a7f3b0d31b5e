import { authorFromElements, authorFromLinks, cleanAuthorName, type AuthorCandidates } from './html-author.js';
import { scriptDate, urlDate, visibleDate } from './html-date.js';
import { scanElements } from './html-scan.js';
import { parseDateString } from './parse-date.js';

/** The subset of the DOM we read (linkedom's document). */
type Doc = { querySelectorAll(sel: string): ArrayLike<El>; querySelector(sel: string): El | null; title?: string };
type El = { getAttribute(name: string): string | null; textContent: string | null };

/** Publication dates a page states in its metadata, script data and date lines. */
export interface DateCandidates {
  /** A year/month/day permalink path in the page's own URL. */
  url?: string | null;
  metaPub: string | null;
  ldPub: string | null;
  script: string | null;
  visible: string | null;
  /** A "Posted on …" line in the page text. */
  posted?: string | null;
  /** A date on or under a "By Jane Doe" line anywhere in the page text. */
  byline?: string | null;
  modified: string | null;
}

/**
 * Rank the date candidates: a permalink dated to the day is the most
 * reliable (it is on the site's calendar, where a UTC time stamp may fall on
 * the next day), then a `article:published_time`-style meta tag, then the date printed by the headline, then JSON-LD, script
 * data, any date line, a "Posted on" line anywhere in the text, a byline's
 * date, and a
 * modification date last.
 *
 * @example
 * pickPublished({ metaPub: null, ldPub: '2020-09-01', script: null, visible: null, modified: null }, '2020-09-02') // '2020-09-02'
 */
export function pickPublished(d: DateCandidates, nearTitle: string | null): string | null {
  return d.url ?? d.metaPub ?? nearTitle ?? d.ldPub ?? d.script ?? d.visible ?? d.posted ?? d.byline ?? d.modified;
}

export interface HtmlMeta {
  title: string | null;
  /** Title from `<title>`, which often carries " | Site Name". */
  docTitle: string | null;
  authors: AuthorCandidates;
  dates: DateCandidates;
  source: string | null;
  url: string | null;
}

/** A page's `<meta>` tags by lower-cased property, name or itemprop, first non-empty value kept. */
type MetaMap = Map<string, string>;

/**
 * Read every `<meta>` tag once: looking names up one selector at a time
 * scans the whole document per name, and a page is asked for some sixty.
 */
function metaMap(doc: Doc): MetaMap {
  const out: MetaMap = new Map();
  const els = doc.querySelectorAll('meta');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const a of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(a)?.trim().toLowerCase();
      if (k && !out.has(k)) out.set(k, v);
    }
  }
  return out;
}

function metaContent(meta: MetaMap, names: string[]): string | null {
  for (const n of names) {
    const v = meta.get(n.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** Every JSON-LD object on the page, `@graph` members flattened. */
export function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; the rest of the page still counts
    }
    const stack = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        out.push(o);
        if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]));
      }
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|Report|WebPage|LiveBlogPosting|Review|Blog|SocialMediaPosting|MedicalWebPage|HowTo|Recipe)$/;

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function nameOf(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(nameOf);
  if (typeof v === 'object') {
    // A name may itself be a list: {"@type": "Person", "name": ["Jane Doe | Harbour Desk"]}.
    const n = (v as Record<string, unknown>).name;
    return typeof n === 'string' ? [n] : Array.isArray(n) ? n.filter((x): x is string => typeof x === 'string') : [];
  }
  return [];
}


/**
 * Page metadata: title, author, publication date and outlet, from JSON-LD,
 * OpenGraph/Dublin Core/article meta tags, `<time>` and `<title>`, in that order
 * of trust.
 *
 * @example
 * readHtmlMeta(document).published // '2020-09-02T17:48:00+09:00' from <meta property="article:published_time">
 */
export function readHtmlMeta(doc: Doc, rawHtml: string | null = null): HtmlMeta {
  const ld = jsonLdObjects(doc);
  const articles = ld.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  // Article types first, WebPage last: a page's WebPage node often has the site's dates.
  articles.sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
  const ldArticle = articles[0];

  const meta = metaMap(doc);
  const docTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title =
    metaContent(meta, ['og:title', 'twitter:title']) ??
    (typeof ldArticle?.headline === 'string' ? ldArticle.headline : null) ??
    metaContent(meta, ['dc.title', 'DC.title', 'title', 'sailthru.title', 'parsely-title']) ??
    docTitle;

  // Date candidates; `pickPublished` ranks them once the headline is known.
  let ldPub: string | null = null;
  let modified: string | null = null;
  for (const o of articles) {
    ldPub ??= parseDateString(String(o.datePublished ?? o.dateCreated ?? ''));
    modified ??= parseDateString(String(o.dateModified ?? ''));
  }
  const metaPub = parseDateString(
    metaContent(meta, [
      'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
      'sailthru.date', 'parsely-pub-date', 'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'article.published',
      'citation_publication_date', 'originalPublicationDate', 'cXenseParse:recs:publishtime',
      // Bare names some CMSs use: <meta name="published" content="July 17, 2025">, <meta name="published-date" …>.
      'published', 'published-date', 'publication-date', 'date-published', 'article:published', 'pub-date',
    ]),
  );
  modified ??= parseDateString(metaContent(meta, ['og:updated_time', 'article:modified_time', 'dateModified', 'last-modified']));
  // One walk finds both the date-line elements and the author slots.
  const scan = scanElements(doc as any);
  const dates: DateCandidates = { metaPub, ldPub, script: rawHtml ? scriptDate(rawHtml) : null, visible: visibleDate(doc, scan), modified };

  const authors: AuthorCandidates = { ldPerson: null, ldOrg: null, meta: null, element: null, nearTitle: null };
  // Yoast-style graphs name the author by reference: "author": {"@id": "…#/schema/person/1"}.
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of ld) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const deref = (a: unknown): unknown => {
    if (a && typeof a === 'object' && !Array.isArray(a)) {
      const r = a as Record<string, unknown>;
      if (!r.name && typeof r['@id'] === 'string') return byId.get(r['@id']) ?? a;
    }
    return a;
  };
  for (const o of articles) {
    const list = (Array.isArray(o.author) ? o.author : o.author ? [o.author] : []).map(deref);
    const people: string[] = [];
    const orgs: string[] = [];
    for (const a of list) {
      const type = a && typeof a === 'object' ? String((a as Record<string, unknown>)['@type'] ?? '') : '';
      for (const n of nameOf(a)) {
        const c = cleanAuthorName(n, true);
        if (c) (/Organi[sz]ation|Corporation|NewsMediaOrganization|Brand|WebSite|WebPage/.test(type) ? orgs : people).push(c);
      }
    }
    if (people.length && !authors.ldPerson) authors.ldPerson = [...new Set(people)].join(', ');
    if (orgs.length && !authors.ldOrg) authors.ldOrg = orgs[0]!;
  }
  const metaAuthor = metaContent(meta, ['author', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'DC.creator', 'byl', 'twitter:creator:name']);
  if (metaAuthor && !/^https?:/.test(metaAuthor)) authors.meta = cleanAuthorName(metaAuthor, true);
  authors.element = authorFromElements(doc, scan);
  authors.link = authorFromLinks(scan);

  let source = metaContent(meta, ['og:site_name', 'application-name', 'publisher', 'twitter:site']);
  if (!source && ldArticle) source = nameOf(ldArticle.publisher)[0] ?? null;
  if (source?.startsWith('@')) source = null;

  const url = metaContent(meta, ['og:url']) ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  dates.url = urlDate(url);
  return { title: title ? decodeEntities(title).replace(/\s+/g, ' ').trim() || null : null, docTitle: docTitle ? decodeEntities(docTitle) : null, dates, authors, source: source ? decodeEntities(source) : null, url };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/**
 * Decode entities left in attribute values that were escaped twice:
 * `Tools &#x26; Tips` → `Tools & Tips`.
 *
 * @example
 * decodeEntities('Fish &amp;amp; Chips &#8211; Menu') // 'Fish &amp; Chips – Menu'
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}
