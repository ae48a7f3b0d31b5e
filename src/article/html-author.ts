import { deglue, namesFrom } from './byline.js';
import { AUTHOR_PATH, scanElements, type ElementScan } from './html-scan.js';
import { firstDateIn } from './parse-date.js';

type El = { textContent: string | null; getAttribute(n: string): string | null; childNodes?: ArrayLike<any> };
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
  /** The text of a link to the author's own page whose address spells the same name. */
  link?: string | null;
  /** A bare name beside the date line under the headline. */
  dateLine?: string | null;
  /** A name on the line after a "Written by" line of its own. */
  afterLabel?: string | null;
  /** The name heading an author's box: "Jane Doe" / "Jane Doe is a …". */
  bio?: string | null;
  /** A bare name over a line giving the job: "Jane Doe" / "Staff Writer", or "Jane Doe" / "Author". */
  role?: string | null;
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
  // Not a name: a template key left unfilled ("page.head.extra.author"), a label ("The Author"), an admin account.
  if (/^[\w-]+(?:\.[\w-]+){2,}$/.test(t) || /^[^\p{L}\p{N}]/u.test(t) || NOT_AUTHOR.test(t)) return null;
  // Metadata names the author as the site wrote it: a handle ("aawoods") or a
  // name with its degrees ("Jane Doe, MD") is still the author; a role after
  // a dash or a bar is not ("Jane Doe - Editorial Team").
  if (structured) {
    const head = t.split(/\s+[-–—|]\s+/)[0]!;
    if (head !== t && head.split(/\s+/).length >= 2) return head;
    return t.split(/\s+/).length <= 8 ? t : namesFrom(t);
  }
  return namesFrom(t);
}

// Texts of author slots that name no one.
const NOT_AUTHOR = /^(?:the\s+)?(?:author|authors|admin|administrator|editor|guest|unknown|learn more|read more|view all|about the author)$|\badmin\b/i;

/**
 * The first name in an element marked as the author's: `rel="author"`,
 * `itemprop="author"`, a class naming the author or the byline (see
 * `scanElements` for the order of trust).
 *
 * @example
 * authorFromElements(parseHTML('<span class="byline">By Jane Doe</span>').document) // 'Jane Doe'
 */
export function authorFromElements(doc: Doc, scan: ElementScan = scanElements(doc as any)): string | null {
  for (const slot of scan.authorSlots) {
    for (const el of slot) {
      const lines = elementLines(el, 300);
      if (!lines) continue;
      const n = nameInLines(lines);
      // A section set in capitals in an author slot is no name: "GARDEN MAINTENANCE".
      if (n && n.split(/\s+/).length >= 2 && n !== n.toUpperCase()) return n;
    }
  }
  return null;
}

// Link texts to author pages that name a group or a listing, not a writer.
const NOT_LINK_NAME = /^(?:(?:our|all|the|meet the)\s+)?(?:staff|contributors?|authors?|writers?|team|editors?|experts?|profile|learn more|read more|more|view all(?:\s+posts)?|see all|bio|posts?)$/i;

/**
 * The text of the first link to an author's page (`/author/jane-doe/`) whose
 * address spells the same name as the link text: "Jane Doe" → `/author/jane-doe/`,
 * "harbour desk" → `/author/harbourdesk/`. A menu link to "Staff" or a "Learn more"
 * button is passed over.
 *
 * @example
 * authorFromLinks(scanElements(parseHTML('<a href="/author/jane-doe/">Jane Doe</a>').document)) // 'Jane Doe'
 */
export function authorFromLinks(scan: ElementScan): string | null {
  for (const el of scan.authorLinks) {
    const slug = AUTHOR_PATH.exec(el.getAttribute('href') ?? '')?.[1]?.toLowerCase() ?? '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // "Articles by Jane", "Posts by Jane" label a listing, and often by a first name only.
    // An administrator's account ("siteadmin") credits no writer.
    if (!text || text.length > 60 || NOT_LINK_NAME.test(text) || /^https?:|@|\bby\b|admin/i.test(text)) continue;
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const flat = slug.replace(/[^\p{L}\p{N}]+/gu, '');
    // The whole name run together ("harbourdesk"), or one of its words of three letters or more ("jane" in "jane-doe-2").
    if (words.join('') === flat || words.some((w) => w.length >= 3 && flat.includes(w))) return cleanAuthorName(text, true);
  }
  return null;
}

const LINE_BREAKS = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'FOOTER', 'ADDRESS', 'FIGURE', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'BLOCKQUOTE']);

/**
 * The text of a small element as lines: block children and `<br>` break the
 * line, so a name and the job title set under it stay apart instead of
 * running together ("Matt Check" / "Head Winemaker", not "Matt CheckHead Winemaker").
 *
 * @example
 * elementLines(parseHTML('<div><div>Jane Doe</div><div>Staff Writer</div></div>').document.firstChild) // ['Jane Doe', 'Staff Writer']
 */
export function elementLines(el: El, maxChars = Infinity): string[] | null {
  const lines: string[] = [];
  let cur = '';
  let chars = 0;
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (n: any, depth: number) => {
    if (chars > maxChars) return;
    if (n.nodeType === 3) {
      const t = n.textContent ?? '';
      cur += t;
      chars += t.trim().length;
      return;
    }
    if (n.nodeType !== 1 || depth > 12) return;
    const tag = String(n.tagName).toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'SVG') return;
    const brk = LINE_BREAKS.has(tag);
    if (brk) flush();
    const kids = n.childNodes ?? [];
    for (let i = 0; i < kids.length; i++) walk(kids[i], depth + 1);
    if (brk) flush();
  };
  walk(el, 0);
  flush();
  // A long text is a container that holds the author's name among much else, not the name's own slot.
  return chars > maxChars || !lines.length ? null : lines;
}

// A line that only labels the name on the next one: "Written by", "By", "Article by", "Author", "Authors of this article:".
const LABEL_LINE = /^(?:(?:article|post|story|text|words)\s+)?(?:(?:written|posted|authored|reported|compiled)\s+)?(?:by|authors?|author\(s\)|authors of this article|written by)\s*:?$/i;

const WRITTEN_BY = /^\s*(?:this (?:post|article|story|piece|guide) was )?written by\s*:?\s*(\S.*)$/i;

/** The first name in a few lines of an author slot: a label line hands over to the next line. */
function nameInLines(lines: string[]): string | null {
  for (let i = 0; i < lines.length && i < 6; i++) {
    const line = lines[i]!;
    if (LABEL_LINE.test(line)) continue;
    if (line.length > 120) continue;
    const n = cleanAuthorName(deglue(line));
    if (n) return n;
  }
  return null;
}

/**
 * A name on the line after a label line of its own ("Written by" / "Jane Doe"),
 * preferring the first after the headline; initials of an avatar between
 * them are passed over ("Author" / "JD" / "Jane Doe").
 *
 * @example
 * authorAfterLabel('Envoys meet in Seoul\nWritten by\nJane Doe\nMarch 4, 2021', 'Envoys meet in Seoul') // 'Jane Doe'
 */
export function authorAfterLabel(pageText: string, title: string | null): string | null {
  const lines = pageText.split('\n');
  const at = title ? titleLine(lines, title) : -1;
  let first: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    // "Written by Cassidy Horton", "This post was written by Jane Doe, Head of Marketing" closing the article.
    const w = lines[i]!.length < 160 ? WRITTEN_BY.exec(lines[i]!) : null;
    const wn = w ? namesFrom(deglue(w[1]!)) : null;
    if (wn) {
      if (at >= 0 && i > at) return wn;
      first ??= wn;
      continue;
    }
    if (i + 1 >= lines.length || lines[i]!.length > 40 || !LABEL_LINE.test(lines[i]!.trim())) continue;
    let j = i + 1;
    if (/^\p{Lu}{1,3}$/u.test(lines[j]!.trim()) && j + 1 < lines.length) j++;
    const next = lines[j]!;
    if (next.length > 120) continue;
    const n = namesFrom(deglue(next));
    if (!n) continue;
    if (at >= 0 && i > at) return n;
    first ??= n;
  }
  return first;
}

/**
 * The author's box closing an article: a name on a line of its own, then a
 * line that opens with the same name and says who that is ("Jane Doe" /
 * "Jane Doe is a reporter covering …").
 *
 * @example
 * authorBio('…last paragraph.\nJane Doe\nJane Doe is a writer based in Ohio.') // 'Jane Doe'
 */
export function authorBio(pageText: string): string | null {
  const lines = pageText.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const n = isName(lines[i]!);
    if (n && lines[i + 1]!.startsWith(n + ' ') && /^(?:is|was|has|writes|covers|joined|serves|leads)\b/.test(lines[i + 1]!.slice(n.length + 1))) return n;
  }
  return null;
}

/** The index of the line holding the headline: the line equal to it, else the first short line that contains it. */
export function titleLine(lines: string[], title: string): number {
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (key.length < 4) return -1;
  let contains = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.toLowerCase();
    if (l === key) return i;
    if (contains < 0 && l.length < key.length + 60 && l.includes(key)) contains = i;
  }
  return contains;
}

// "By Jane Doe", "Written by Jane Doe", "Author: Jane Doe", "Contributors: Jane Doe", "Words: Jane Doe" after the headline.
// The byline opens a line of its own (block texts are joined by newlines), so "founded by Jane Doe" in a sentence does not count.
const BY = /(?:^|\n)[^\S\n]*([\p{L}]+[^\S\n]+)?(?:written by|posted by|by|author|(?:contributors?|authors|words|writer)(?=[^\S\n]*:))[^\S\n]*:?[^\S\n]*((?:Dr\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|del|la|le|bin|al)){1,4})/iu;

// A byline of one word, a first name or an account's handle, on a line of its own or before a date or a separator:
// "by jdoe42", "by Amanda · Dec 20, 2025".
const BY_ONE = /(?:^|\n)[^\S\n]*by[^\S\n]*:?[^\S\n]*(\p{L}[\p{L}\p{N}._-]{2,29})[^\S\n]*(?=\n|[·•|,–—]|\d)/iu;
// Words that follow "by" at the head of a line without naming anyone: "by default", "by appointment".
const COMMON_AFTER_BY = /^(?:default|appointment|hand|far|mail|email|phone|post|design|nature|definition|law|request|region|category|date|topic|type|name|author|authors|popularity|price|rating|relevance|subject|year|month|day|the|a|an|us|me|you|them|him|her|it)$/i;

const NOT_WRITER = /^(?:edited|reviewed|checked|fact-checked|photos?|photographs?|photography|illustrations?|illustrated|images?|video|produced|designed|sponsored|powered|presented|hosted|narrated|translated)$/i;

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
    const win = deglue(pageText.slice(at + key.length, at + key.length + 300));
    const m = BY.exec(win);
    // "Edited by", "Reviewed by", "Photos by" credit someone else.
    if (m && !(m[1] && NOT_WRITER.test(m[1].trim()))) {
      // The rest of the line, so that what follows the name (a date, a role) can end it; read from the
      // de-glued text the match was made in, since de-gluing shifts positions ("ByJane Doe" → "By Jane Doe").
      const start = m.index + m[0].length - m[2]!.length;
      const line = deglue(pageText.slice(at + key.length, at + key.length + 600)).slice(start).split('\n')[0]!.slice(0, 300);
      const name = namesFrom(line) ?? namesFrom(m[2]!);
      if (name) return name;
    }
    const one = BY_ONE.exec(win);
    if (one && !COMMON_AFTER_BY.test(one[1]!)) return one[1]!;
    from = at + key.length;
  }
  return null;
}

// A bare personal name on a line: "Luke Kim", "Julian K. Arni", "Ana de la Cruz", "Rachel MacDonald" (2–4 words, capitalised),
// or a team credited by name: "Everfit Team", "DianaHR Team", "EDB Team".
const BARE_NAME = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)(?:\s+(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.|de|da|van|von|der|la|le|del)){1,3}$/u;
const TEAM_NAME = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Team|Staff|Editors|Newsdesk)$/u;
// One capitalised word as the whole line, just above the date line: "Kev", "Stefan", "Newsdesk".
const ONE_NAME = /^\p{Lu}\p{Ll}{2,14}$/u;
const NOT_NAME = /^(?:The|A|An|Home|Blog|News|Share|Read|More|Menu|Search|Contact|About|Table|Contents|Posted|Updated|Published|Last|Written|Reviewed|Edited|Sponsored|Related|Latest|Subscribe|Follow|Sign|Log|Print|Email|Comments?|Tags?|Category|Categories|Advertisement|Introduction|Summary|Overview|Guide|Tips|Back|Next|Previous|Listen|Watch|Video|Photo|Image|Source|Business|Health|Travel|Tech|Technology|Science|Sports?|Opinion|World|Politics|Lifestyle|Food|Culture|Entertainment|Featured|Trending|Popular|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)\b/;

// A job title under a name is no name: "Harbour Correspondent", "Head Winemaker".
const JOB = /\b(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|photographer|founder|director|manager|officer|president|chief|head|lead|specialist|consultant|coordinator|engineer|analyst|producer|strategist|marketer)s?\b/i;
const tidy = (s: string) => s.replace(/^[\s·•|,–—-]+|[\s·•|,–—-]+$/g, '').replace(/^(?:by|By|BY)(?:\b|(?=\p{Lu}))\s*:?\s*/u, '').trim();
const isName = (s: string): string | null => {
  const t = tidy(s);
  return t.length <= 40 && (BARE_NAME.test(t) || TEAM_NAME.test(t)) && !NOT_NAME.test(t) && !JOB.test(t) ? t : null;
};

// A line that only says what the name above it is: "Author", "Contributor", "Staff Writer".
const AUTHOR_WORD = /^(?:the\s+)?(?:author|writer|contributor|guest author|staff writer)$/i;

/**
 * A bare name on a line of its own over a line that says the person writes:
 * a job title just under the headline (and its standfirst), or the word
 * "Author" anywhere ("Jane Doe" / "Tech Writer"; "Jane Doe" / "Author").
 *
 * @example
 * authorByRole('Envoys meet in Seoul\nWhat the talks mean\nJane Doe\nTech Writer\nThe envoys…', 'Envoys meet in Seoul') // 'Jane Doe'
 */
export function authorByRole(pageText: string, title: string | null): string | null {
  const lines = pageText.split('\n');
  const at = title ? titleLine(lines, title) : -1;
  if (at >= 0) {
    for (let i = at + 1; i < Math.min(lines.length - 1, at + 5); i++) {
      const n = isName(lines[i]!);
      const next = lines[i + 1]!.trim();
      if (n && !UI_WORDS.test(n) && next.length <= 40 && (JOB.test(next) || AUTHOR_WORD.test(next)) && !isName(next)) return n;
    }
  }
  for (let i = 0; i < lines.length - 1; i++) {
    if (!AUTHOR_WORD.test(lines[i + 1]!.trim())) continue;
    const n = isName(lines[i]!);
    if (n && !UI_WORDS.test(n)) return n;
  }
  return null;
}

/**
 * A name printed beside the date line under the headline, without "By":
 * "Luke Kim · December 17, 2025", "Luke Kim" on the line before or after
 * a date line, or on a line between the headline and the date line (a job
 * title or a read time may sit between them).
 *
 * @example
 * authorByDateLine('Envoys meet in Seoul\nJane Doe\nMarch 4, 2021\nThe envoys met…', 'Envoys meet in Seoul') // 'Jane Doe'
 */
export function authorByDateLine(pageText: string, title: string | null): string | null {
  if (!title || title.length < 4) return null;
  const lines = pageText.split('\n');
  // The headline may first appear in a menu or a list of posts: each of its first lines is tried.
  for (const at of titleLines(lines, title)) {
    const n = nameByDateLine(lines, at);
    if (n) return n;
  }
  return null;
}

/** The indices of the first three lines equal to the headline, else of the first short line that contains it. */
export function titleLines(lines: string[], title: string): number[] {
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < 3; i++) if (lines[i]!.toLowerCase() === key) out.push(i);
  if (out.length) return out;
  const at = titleLine(lines, title);
  return at < 0 ? [] : [at];
}

function nameByDateLine(lines: string[], at: number): string | null {
  const from = Math.max(0, at - 3);
  const near = lines.slice(from, at + 7);
  const t = at - from; // the headline's index in `near`
  for (let i = 0; i < near.length; i++) {
    const line = near[i]!;
    if (i === t || line.length > 200) continue;
    const d = firstDateIn(line);
    if (!d) continue;
    // The same line: "Luke Kim December 17, 2025" or "Dec 17, 2025 · Luke Kim"
    const rest = (line.slice(0, d.index) + ' | ' + line.slice(d.index).replace(/^[^,]*,?\s*\d{4}/, '')).split(/\s*[|·•]\s*|\s+[–—-]\s+/);
    for (const part of rest) {
      // The name may run on into words of its own: "Mahua Das in Project Management", "Niko Matsakis on behalf of …".
      const n = isName(part) ?? isName(tidy(part).replace(/\s+(?:in|on|at|for|from|with)\s.*$/, ''));
      if (n) return n;
    }
    const n = isName(near[i - 1] ?? '') ?? isName(near[i + 1] ?? '');
    if (n) return n;
    // Between the headline and the date line: "Jack Shepherd" / "Co-Founder & Marketing Director" / "Updated on 23 Oct 2025".
    for (let j = t + 1; j < i; j++) {
      const m = isName(near[j]!);
      if (m) return m;
    }
    // A single name right above the date line, under the headline: "Kev" / "January 1, 2026".
    const above = tidy(near[i - 1] ?? '');
    if (i - 1 > t && ONE_NAME.test(above) && !NOT_NAME.test(above)) return above;
    // Or right below a date line that sits under the headline, with the article's first paragraph next: "March 4, 2021" / "Newsdesk" / "The talks…".
    const below = tidy(near[i + 1] ?? '');
    if (i === t + 1 && ONE_NAME.test(below) && !NOT_NAME.test(below) && (near[i + 2] ?? '').length > 80) return below;
  }
  return null;
}

// Words of a link or a button, which an author slot and a date line can both hold: "View Full Profile", "LinkedIn Twitter Email".
const UI_WORDS = /\b(?:view|profile|read|more|follow|share|comments?|posts?|bio|subscribe|sign|log|menu|search|linkedin|twitter|facebook|instagram|email|print)\b/i;
/** Two or more capitalised words and no button words: "Jane Doe", "Ana de la Cruz", "Everfit Team". */
const isFullName = (s: string) =>
  /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+)+/u.test(s) && s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && !UI_WORDS.test(s);
/** Whether two names share a word (case folded): "Jane Doe" and "Dr Jane Doe" do, "Jane Doe" and "Site Editor" do not. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return (b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.length > 1 && words.has(w));
}

/** The first of the printed names that another one agrees with (shares a word), if it is a full name. */
function agreedName(names: (string | null)[]): string | null {
  for (let i = 0; i < names.length; i++) {
    const a = names[i];
    if (!a || !isFullName(a)) continue;
    if (names.some((b, j) => j !== i && b && sharesWord(a, b))) return a;
  }
  return null;
}

/**
 * Rank the candidates: a writer printed in two places (byline, author box,
 * date line) when the metadata names someone else entirely; else a Person in JSON-LD, the meta tag, an element marked
 * as the author's, a "By" line by the headline, a name after a "Written by"
 * line, a name by the date line; an organisation only when nothing names a
 * person, and the site itself last, when it is all the page credits.
 *
 * @example
 * pickAuthor({ ldPerson: null, ldOrg: 'Daily Courier', meta: null, element: 'Jane Doe', nearTitle: null }, 'Daily Courier') // 'Jane Doe'
 */
export function pickAuthor(c: AuthorCandidates, site: string | null): string | null {
  const isSite = (x: string | null) => !!(x && site && x.toLowerCase() === site.toLowerCase());
  const notSite = (x: string | null | undefined) => (x && !isSite(x) ? x : null);
  const stated = c.ldPerson ?? notSite(c.meta);
  const printed = agreedName([notSite(c.nearTitle), notSite(c.element), notSite(c.dateLine)]);
  // Two places on the page that print the same writer beat metadata that names someone else entirely:
  // that is often the account that uploaded the page ("Site Editor", "jdoe.admin").
  if (stated && printed && !sharesWord(stated, printed)) return printed;
  // A "By" line under the headline is more particular than an element whose class merely mentions an author
  // (a related post's, a reviewer's); where they agree, the element's text is the cleaner ("Jane Doe" without a role).
  const byline = notSite(c.nearTitle);
  const element = notSite(c.element);
  if (!stated && byline && element && !sharesWord(byline, element)) return byline;
  return (
    c.ldPerson ??
    notSite(c.meta) ??
    notSite(c.element) ??
    notSite(c.nearTitle) ??
    notSite(c.link) ??
    notSite(c.afterLabel) ??
    notSite(c.dateLine) ??
    notSite(c.role) ??
    notSite(c.bio) ??
    c.ldOrg ??
    [c.meta, c.element, c.nearTitle, c.link, c.afterLabel, c.dateLine].find((x) => x && isSite(x)) ??
    null
  );
}
