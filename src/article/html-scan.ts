/**
 * One walk over a page's elements that collects the places author names and
 * date lines sit, instead of a `querySelectorAll` per selector: ten author
 * selectors and a date selector each scanned the whole document.
 */

/** The subset of linkedom's element we read. */
export type ScanEl = {
  tagName: string;
  getAttribute(n: string): string | null;
  firstElementChild: ScanEl | null;
  nextElementSibling: ScanEl | null;
  textContent: string | null;
  childNodes?: ArrayLike<unknown>;
};

/**
 * Author slots in order of trust; each keeps the first 20 elements in document order.
 *  0 `[rel="author"]`                        1 `[itemprop="author"] [itemprop="name"]`
 *  2 `[itemprop="author"]`                   3 class "author-name", "author__name", "authorname"
 *  4 a link inside a "byline" class          5 a link inside an "author" class
 *  6 a "byline" class                        7 an "author" class
 */
export const AUTHOR_SLOTS = 8;
const PER_SLOT = 20;
const MAX_DATE_HOLDERS = 400;

export interface ElementScan {
  authorSlots: ScanEl[][];
  /** Links to an author's page (`/author/jane-doe/`), first 20 in document order. */
  authorLinks: ScanEl[];
  /** Elements that may hold the date line: `<time>`, `itemprop="datePublished"`, classes naming a date, a time, a byline or post meta; an id naming a date. */
  dateHolders: ScanEl[];
}

const DATE_CLASS = /publish|posted|date|time|byline|meta/;
// The path of an author's page: "/author/jane-doe/", "/blog/authors/jane_doe" ("/profile/" is as often a social network's).
export const AUTHOR_PATH = /\/(?:author|authors|writers?|contributors?)\/([^/?#]+)\/?(?:[?#].*)?$/i;

/**
 * Walk the document once and sort its elements into author slots and date holders.
 *
 * @example
 * scanElements(parseHTML('<p class="byline">By <a rel="author">Jane Doe</a></p>').document).authorSlots[0].length // 1
 * (a document or any element; a document is walked from its top elements)
 */
export function scanElements(root: { firstElementChild: ScanEl | null; tagName?: string } | null): ElementScan {
  const authorSlots: ScanEl[][] = Array.from({ length: AUTHOR_SLOTS }, () => []);
  const dateHolders: ScanEl[] = [];
  const authorLinks: ScanEl[] = [];
  if (!root) return { authorSlots, authorLinks, dateHolders };
  const top = root;
  // Depth-first in document order; each entry carries whether it sits inside an author or byline element.
  // From the document node when given one: a page without <html> parses to sibling <head> and <body> under it.
  const stack: [ScanEl, number][] = [];
  if (top.tagName) stack.push([top as ScanEl, 0]);
  else {
    for (let c = top.firstElementChild; c; c = c.nextElementSibling) stack.push([c, 0]);
    stack.reverse();
  }
  const IN_AUTHOR_PROP = 1, IN_BYLINE = 2, IN_AUTHOR_CLASS = 4;
  const add = (slot: number, el: ScanEl) => {
    const s = authorSlots[slot]!;
    if (s.length < PER_SLOT) s.push(el);
  };
  while (stack.length) {
    const [el, ctx] = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'SVG') continue;
    const cls = (el.getAttribute('class') ?? '').toLowerCase();
    const prop = el.getAttribute('itemprop');
    let flags = ctx;
    if (el.getAttribute('rel') === 'author') add(0, el);
    if (prop === 'name' && ctx & IN_AUTHOR_PROP) add(1, el);
    if (prop === 'author') {
      add(2, el);
      flags |= IN_AUTHOR_PROP;
    }
    if (cls) {
      if (cls.includes('author-name') || cls.includes('author__name') || cls.includes('authorname')) add(3, el);
      if (cls.includes('byline')) {
        add(6, el);
        flags |= IN_BYLINE;
      }
      if (cls.includes('author')) {
        add(7, el);
        flags |= IN_AUTHOR_CLASS;
      }
    }
    if (tag === 'A') {
      if (authorLinks.length < PER_SLOT && AUTHOR_PATH.test(el.getAttribute('href') ?? '')) authorLinks.push(el);
      if (ctx & IN_BYLINE) add(4, el);
      if (ctx & IN_AUTHOR_CLASS) add(5, el);
    }
    if (
      dateHolders.length < MAX_DATE_HOLDERS &&
      (tag === 'TIME' || (cls && DATE_CLASS.test(cls)) || /datepublished/i.test(prop ?? '') || /date/i.test(el.getAttribute('id') ?? ''))
    ) {
      dateHolders.push(el);
    }
    const kids: ScanEl[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, flags]);
  }
  return { authorSlots, authorLinks, dateHolders };
}

/**
 * An element's text with white space collapsed, or null once it passes
 * `max` characters: a short date or byline line is wanted, and reading the
 * whole text of a large wrapper only to drop it is the slow part of a scan.
 *
 * @example
 * shortText(parseHTML('<p>Posted <b>May 2, 2021</b></p>').document.querySelector('p'), 160) // 'Posted May 2, 2021'
 */
export function shortText(el: ScanEl, max: number): string | null {
  let out = '';
  const stack: any[] = [el];
  while (stack.length) {
    const n = stack.pop();
    if (n.nodeType === 3) {
      out += n.textContent ?? '';
      if (out.length > max * 4 && out.replace(/\s+/g, ' ').trim().length > max) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = String(n.tagName).toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    const kids = n.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length > max ? null : t;
}
