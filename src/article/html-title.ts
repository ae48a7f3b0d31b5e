import { decodeEntities } from './html-meta.js';
import { firstDateIn } from './parse-date.js';

/** The parts of the DOM we read. */
type El = { textContent: string | null; getAttribute(n: string): string | null; closest?(sel: string): El | null; querySelector?(sel: string): El | null; childNodes?: ArrayLike<Node> };
type Node = { nodeType: number; tagName?: string; textContent: string | null };
type Doc = { querySelectorAll(sel: string): ArrayLike<El> };

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): Set<string> {
  return new Set(fold(s).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the words of `a` found in `b`. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  if (!wa.size) return 0;
  const wb = words(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / wa.size;
}

// Separators between a page title and the site name: "Envoys meet | Daily Courier", "Envoys meet - Daily Courier".
const SEPARATOR = /\s+[|–—•·»:~\/-]\s+|\s+::\s+|\s*\|\s*/;

/**
 * Strip the site name from a `<title>`: "Envoys meet in Seoul | Daily Courier"
 * → "Envoys meet in Seoul". The part that names the site (or the shorter
 * part when the site is unknown) goes.
 *
 * @example
 * stripSiteName('Envoys meet in Seoul | Daily Courier', 'Daily Courier') // 'Envoys meet in Seoul'
 */
export function stripSiteName(title: string, site: string | null): string {
  // The site's domain set before the title without a separator: "harbourlog.com Mending the nets".
  const domain = /^(?:www\.)?[\w-]+\.(?:com|org|net|co|io|blog|dev|me|info|news)\s+(?=\S+\s+\S)/i.exec(title);
  if (domain) title = title.slice(domain[0].length);
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const siteKey = site ? fold(site).replace(/^the /, '') : null;
  const isSite = (p: string) => {
    const f = fold(p).replace(/^the /, '');
    // og:site_name often runs on past the name in the title: "Harbour Ledger" in "Harbour Ledger Media Group".
    const head = siteKey && f.split(' ').length >= 2 && siteKey.startsWith(f + ' ');
    return (siteKey && (f === siteKey || head || f.replace(/\s/g, '') === siteKey.replace(/\s/g, ''))) || /^(www\.)?[\w-]+\.(com|org|net|co|io|uk|de|in|us|au|ca|info|news)(\.\w{2})?$/i.test(p);
  };
  // Only the ends carry site names: "Title | Section | Site"
  let kept = [...parts];
  while (kept.length > 1 && isSite(kept[kept.length - 1]!)) kept.pop();
  while (kept.length > 1 && isSite(kept[0]!)) kept.shift();
  if (kept.length === parts.length) {
    // Unknown site: drop a short trailing part ("… - Tastewise").
    const last = kept[kept.length - 1]!;
    if (kept.length > 1 && last.split(/\s+/).length <= 4 && last.length < kept.slice(0, -1).join(' ').length) kept = kept.slice(0, -1);
    // … else a short leading part before a bar ("Dockside | Mending the harbour nets").
    else if (kept.length === 2 && kept[0]!.split(/\s+/).length <= 3 && 2 * kept[0]!.length < kept[1]!.length && /^\s*\|/.test(title.slice(title.indexOf(kept[0]!) + kept[0]!.length))) kept = kept.slice(1);
  }
  // Keep the separators that joined the kept parts: rebuild from the original string.
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return first >= 0 && end > first ? title.slice(first, end).trim() : kept.join(' - ');
}

/**
 * The headline of a page: the `<h1>` that agrees with the page's metadata
 * title if any does, else the one main `<h1>`, else the metadata title with
 * the site name stripped.
 *
 * @example
 * chooseTitle(document, 'Envoys meet in Seoul - Daily Courier', 'Daily Courier') // 'Envoys meet in Seoul' (the <h1>)
 */
export function chooseTitle(doc: Doc, metaTitle: string | null, docTitle: string | null, site: string | null): string | null {
  const refs = [metaTitle, docTitle].filter((x): x is string => !!x);
  const stripped = refs.map((r) => stripSiteName(r, site));
  const h1s: string[] = [];
  // <h1>s set as a headline over a subtitle: the metadata title says how the two lines read as one title.
  const twoLines = new Set<string>();
  // <h1>s inside the page's article or main element: the one headline among several page headings.
  const inArticle = new Set<string>();
  const inHeader = new Set<string>();
  const nodes = doc.querySelectorAll('h1');
  const siteKey = site ? fold(site) : null;
  for (let i = 0; i < nodes.length && h1s.length < 20; i++) {
    // Entities escaped twice survive parsing: "SQL &#x26; AI".
    const lines = headingLines(nodes[i]!);
    let t = fixMojibake(decodeEntities(lines.join(' ')));
    if (!t || t.length > 250 || t.split(' ').length > 30) continue; // a description set in <h1>
    // A heading with a permalink to itself ("<a class=anchor href=#why-ropes-fray>") is a section of a rendered text.
    const self = nodes[i]!.querySelector?.('a[href^="#"]')?.getAttribute('href');
    if (self && overlap(self.slice(1).replace(/[-_]+/g, ' '), t) > 0.5) continue;
    if (siteKey && fold(t) === siteKey) continue; // the logo
    if (/^(?:www\.)?[\w-]+\.(?:com|org|net|co|io|blog|dev|me|info|news)$/i.test(t)) continue; // the site's domain as its logo
    // The site name closing the headline itself: "Best UK Art Exhibitions 2025 – Artlyst".
    if (siteKey) {
      const m = /^(.*\S)\s+[|–—•·-]\s+(.+)$/.exec(t);
      if (m && fold(m[2]!) === siteKey) t = m[1]!;
    }
    // A short <h1> that shares no word with the metadata is a section or site name ("Blog", "Search").
    // A short <h1> may still be the headline when all its words are in the metadata title
    // ("Hardware-Attested Nix Builds" in "Garnix Blog: Hardware-Attested Nix Builds"); one word alone ("Discord") is not enough.
    const n = t.split(' ').length;
    // A number in it makes it an issue's title, not a section: "Harbour Digest 3/14/2025" for "Weekly Harbour Digest".
    const issue = n >= 2 && /\d/.test(t) && refs.some((r) => overlap(t.replace(/[\d/.-]+/g, ' '), r) === 1);
    // Nor is one inside the article that shares most of its words with the metadata: "Harbour Rope Catalog" for "Harbour Catalog Index".
    const head = n >= 2 && !!nodes[i]!.closest?.('article, main, [role="main"]') && refs.some((r) => overlap(t, r) > 0.5);
    if (n <= 3 && refs.length && !issue && !head && !refs.some((r) => fold(r).startsWith(fold(t)) || ((n >= 2 || nodes.length === 1) && overlap(t, r) === 1))) continue;
    if (!h1s.includes(t)) h1s.push(t); // the same headline twice (mobile and desktop layouts) is one
    if (lines.length > 1) twoLines.add(t);
    if (nodes[i]!.closest?.('article, main, [role="main"]')) inArticle.add(t);
    if (nodes[i]!.closest?.('header, nav, [role="banner"]')) inHeader.add(t);
  }
  // An <h1> the metadata agrees with: "Envoys meet" for "Envoys meet | Daily Courier".
  for (const h of h1s) {
    const fh = fold(h);
    for (const r of [...refs, ...stripped]) {
      const fr = fold(r);
      if (fr === fh || fr.startsWith(fh + ' ') || fr.split(SEPARATOR).map((p) => p.trim()).includes(fh)) return cutSection(h);
      // The <h1> runs on past the title into a dateline or a byline: "Envoys meet Posted on July 1".
      if (fh.startsWith(fr + ' ') && fr.split(' ').length >= 3 && RUN_ON.test(h.slice(r.length).trim())) return stripped[refs.indexOf(r)] ?? r;
      // A date or a section label before the title: "Dec 18 2025 Envoys meet", "Blog: Envoys meet".
      if (fh.endsWith(' ' + fr) && fr.split(' ').length >= 3 && KICKER.test(h.slice(0, h.length - r.length).trim())) return stripped[refs.indexOf(r)] ?? r;
    }
  }
  // Characters lost in a wrong encoding show as "?" in the <h1> and not in the metadata: "Beginner? Guide" for "Beginner's Guide".
  for (const h of h1s) {
    const broken = brokenPattern(h);
    const r = broken && stripped.find((x) => broken.test(fold(x)));
    if (r) return r;
  }
  // Several <h1>s on the page and the one left shares nothing with the metadata title: chrome ("Contact Us"), not the headline.
  if (h1s.length === 1 && nodes.length > 1 && stripped.length && similarity(h1s[0]!, stripped) === 0) return stripped[0]!;
  // So is a lone <h1> in the page header that shares at most a word or two with it: the site's name set as a logo.
  if (h1s.length === 1 && !inArticle.has(h1s[0]!) && inHeader.has(h1s[0]!) && stripped.length && similarity(h1s[0]!, stripped) < 0.3) return stripped[0]!;
  // "Top Harbour Towns of 2025<br>Your Guide to the Coast" in <h1>, "Top Harbour Towns of 2025: Coastal Guide" in the metadata.
  if (h1s.length === 1 && twoLines.has(h1s[0]!) && stripped.length && overlap(h1s[0]!, stripped[0]!) > 0) return stripped[0]!;
  if (h1s.length === 1) return cutSection(naturalCase(h1s[0]!, stripped));
  if (h1s.length > 1) {
    // Several <h1>s: the one the metadata title shares most words with, both ways, if half:
    // a blog's name in <h1> is all in "Blog Name: Post title" but is only a part of it,
    // and a related story's headline shares a few words with a short title.
    let best = h1s[0]!;
    let bestScore = refs.length ? 0.5 : 0;
    for (const h of h1s) {
      const s = similarity(h, [...refs, ...stripped]);
      if (s > bestScore) {
        best = h;
        bestScore = s;
      }
    }
    if (bestScore > 0.5 || !refs.length) return cutSection(naturalCase(best, stripped));
    // None agrees: the first one in the article, if it speaks of what the metadata title speaks of.
    const first = h1s.find((h) => inArticle.has(h));
    if (first && similarity(first, [...refs, ...stripped]) > 0) return cutSection(naturalCase(first, stripped));
  }
  return stripped[0] ?? null;
}

/**
 * The lines of a heading: a `<br>`, child elements that each hold a line
 * ("<span>Headline</span> <span>Subtitle</span>"), or an element glued to the
 * text before it ("Headline<span class=block>Subtitle</span>") start a new one.
 *
 * @example
 * headingLines(h1) // ['Harbour Towns', 'A Guide to the Coast'] for <h1>Harbour Towns<br>A Guide to the Coast</h1>
 */
export function headingLines(el: El): string[] {
  const kids = el.childNodes ? Array.from(el.childNodes) : [];
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');
  // Bare text beside elements means inline markup ("Harbour <em>Towns</em>"), not lines.
  const bare = kids.some((k) => k.nodeType === 3 && norm(k.textContent).trim());
  const withText = kids.filter((k) => k.nodeType === 1 && norm(k.textContent).trim()).length;
  const lines: string[] = [''];
  for (const k of kids) {
    const text = norm(k.textContent);
    const cur = lines[lines.length - 1]!;
    if (k.nodeType === 1 && k.tagName === 'BR') lines.push('');
    else if (k.nodeType === 1 && text.trim() && cur.trim() && ((!bare && withText > 1) || (/\S$/.test(cur) && /^\p{Lu}/u.test(text)))) lines.push(text);
    else if (k.nodeType === 1 || k.nodeType === 3) lines[lines.length - 1] = cur + text;
  }
  const out = lines.map((l) => l.trim()).filter(Boolean);
  return out.length ? out : [norm(el.textContent).trim()].filter(Boolean);
}

/**
 * A pattern for a heading whose characters were lost to a wrong encoding: each
 * "?" or U+FFFD inside it (not a closing question mark) stands for one to three
 * characters. Null when nothing was lost.
 *
 * @example
 * brokenPattern('A Beginner? Guide')?.test("a beginner's guide") // true
 */
export function brokenPattern(h: string): RegExp | null {
  const f = fold(h);
  if (!/[?\ufffd](?=.*\p{L})/u.test(f)) return null;
  const esc = f.split(/[?\ufffd]/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${esc.join('.{1,3}')}$`, 'u');
}

/** Word overlap both ways, the weaker of the two, best over the references: neither may be mostly words the other lacks. */
function similarity(h: string, refs: string[]): number {
  return Math.max(0, ...refs.map((r) => Math.min(overlap(h, r), overlap(r, h))));
}

// What an <h1> runs on into after the headline: a date, a byline, a section after a separator.
const RUN_ON = /^(?:[|–—•·:(-]|(?:posted|published|updated|by|written|last|on)\b)|\d{4}|^\d+$/i;
// A kicker before the headline in the same <h1>: a date, or a short label and a colon ("Blog:", "Opinion:").
const KICKER = /^(?:[\p{L}\p{N}&' -]{1,25}:|(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})$/iu;

/**
 * A headline never holds a bar: what follows " | " is a section or the
 * site ("How meditation rewires brains | Opinion").
 *
 * @example
 * cutSection('Best Movers in NYC 2025 | Top 19 Companies') // 'Best Movers in NYC 2025'
 */
export function cutSection(h: string): string {
  const i = h.indexOf(' | ');
  return i > 0 && h.slice(0, i).split(' ').length >= 3 ? h.slice(0, i).trim() : h;
}

/**
 * UTF-8 read as Latin-1 in a page's text ("Investorâ\u0080\u0099s"): read it again as UTF-8.
 *
 * @example
 * fixMojibake('Investor\u00e2\u0080\u0099s Guide') // 'Investor’s Guide'
 */
export function fixMojibake(s: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const t = Buffer.from(s, 'latin1').toString('utf8');
  return t.includes('\ufffd') ? s : t;
}

/**
 * An <h1> set in capitals is styling: the metadata title with the same words gives the case.
 *
 * @example
 * naturalCase('HARBOUR FEES RISE AGAIN', ['Harbour Fees Rise Again']) // 'Harbour Fees Rise Again'
 */
function naturalCase(h: string, refs: string[]): string {
  if (h !== h.toUpperCase() || h === h.toLowerCase()) return h;
  const r = refs.find((x) => x !== x.toUpperCase() && similarity(h, [x]) >= 0.7);
  return r ?? h;
}
