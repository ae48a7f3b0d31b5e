import { createRequire } from 'node:module';
import type { Caption } from '../doc/article.js';
import type { Extracted } from './extracted.js';
import { guardHtml } from './html-guard.js';
import { extractBody } from './html-body.js';
import { authorAfterLabel, authorBio, authorByDateLine, authorByRole, authorNearTitle, pickAuthor } from './html-author.js';
import { bylineDate, dateNearTitle, postedDate } from './html-date.js';
import { pickPublished, readHtmlMeta } from './html-meta.js';
import { chooseTitle } from './html-title.js';

// linkedom and Readability are loaded on the first HTML page only: importing
// linkedom costs ~300 ms of start-up that plain-text and JSONL runs never need.
const require = createRequire(import.meta.url);
let libs: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
function htmlLibs(): NonNullable<typeof libs> {
  libs ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return libs;
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN']);

/** Text of an element as paragraphs: block elements and <br><br> break, inline ones flow. */
function blocksOf(root: any): { paragraphs: string[]; captions: Caption[] } {
  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    cur = '';
  };
  // Iterative walk: deep pages must not overflow the stack.
  const stack: [any, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, closing] = stack.pop()!;
    if (closing) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      cur += node.textContent;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.tagName;
    if (tag === 'BR') {
      cur += '\n';
      continue;
    }
    if (tag === 'FIGCAPTION') {
      const t = node.textContent.replace(/\s+/g, ' ').trim();
      if (t) captions.push({ text: t, credit: null });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push([node, true]);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  flush();
  return { paragraphs, captions };
}

/**
 * Readability's article, or null where it cannot read the tree: linkedom builds
 * some broken markup (a stray `<![CDATA[` before the doctype) into nodes whose
 * `textContent` throws. Our own extraction has already run; the fallback just
 * has nothing to add.
 */
function readabilityParse(Readability: NonNullable<typeof libs>['Readability'], document: unknown): { content?: string | null } | null {
  try {
    return new Readability(document as any, { keepClasses: false }).parse();
  } catch {
    return null;
  }
}

/**
 * Structure an HTML page: metadata from the head, body paragraphs from the
 * main content, captions kept apart. Readability is the fallback when our
 * own container scoring finds too little text.
 *
 * @example
 * structureHtml('<html><head><title>Envoys meet</title></head><body><article><p>The envoys met.</p></article></body></html>').title // 'Envoys meet'
 */
export function structureHtml(html: string): Extracted {
  const safe = guardHtml(html);
  const { parseHTML, Readability } = htmlLibs();
  // A fragment ("<p>…</p>", a feed's content:encoded) parses to a document without a root: wrap it.
  const { document } = parseHTML(/<(html|head|body)[\s>]/i.test(safe) ? safe : `<html><body>${safe}</body></html>`);
  const meta = readHtmlMeta(document as any, html);
  const title = chooseTitle(document as any, meta.title, meta.docTitle, meta.source);
  // The whole document, not `body`: linkedom can open a second <body> for stray tags, leaving the first empty.
  const root = (document as any).documentElement ?? (document as any).body;
  let paragraphs: string[] = [];
  let captions: Caption[] = [];
  let text = '';
  if (root) ({ paragraphs, captions, pageText: text } = extractBody(root, title));
  const chars = paragraphs.reduce((a, p) => a + p.length, 0);
  if (chars < 250) {
    const art = readabilityParse(Readability, document);
    if (art?.content) {
      const { document: d2 } = parseHTML(`<html><body>${art.content}</body></html>`);
      const r = blocksOf(d2.body);
      if (r.paragraphs.join('').length > chars) ({ paragraphs, captions } = r);
    }
  }
  // The headline as printed, when the chosen title is the metadata's wording: the date and byline sit under it.
  const h1 = (document as any).querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const alt = h1 && h1 !== title ? h1 : null;
  const near = <T>(f: (text: string, title: string | null) => T | null): T | null => f(text, title) ?? (alt ? f(text, alt) : null);
  return {
    title,
    byline: pickAuthor(
      { ...meta.authors, nearTitle: near(authorNearTitle), afterLabel: authorAfterLabel(text, title), dateLine: near(authorByDateLine), role: near(authorByRole), bio: authorBio(text) },
      meta.source,
    ),
    published: pickPublished({ ...meta.dates, posted: postedDate(text), byline: bylineDate(text) }, near(dateNearTitle)),
    source: meta.source ?? null,
    captions,
    paragraphs,
    dateline: null,
  };
}
