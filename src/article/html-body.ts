import type { Caption } from '../doc/article.js';
import { splitCredit } from './caption.js';
import { isDateStamp, isDebrisLine, isPromoLine } from './debris.js';

/**
 * Main-content extraction from a parsed HTML page, in two passes over a flat
 * list of text blocks:
 *
 * 1. Every block (the direct text of a `<p>`, `<li>`, `<h2>`, `<td>`, …) is
 *    classed good / near-good / short / bad from its length, link density and
 *    share of English function words (the jusText idea).
 * 2. The container is the element whose subtree holds the most good text
 *    net of bad text; inside it, boilerplate subtrees (nav, aside, share bars,
 *    related links, by class name) are dropped, short blocks are kept only in
 *    the company of good ones, and `<figcaption>`s become captions.
 *
 * One iterative walk, no recursion: deep pages cannot overflow the stack.
 */

/** The parts of a linkedom node we use. */
interface Node {
  nodeType: number;
  tagName?: string;
  textContent?: string | null;
  firstChild: Node | null;
  nextSibling: Node | null;
  getAttribute?(name: string): string | null;
}

// 'drop': furniture (a byline, a time stamp, a call to subscribe): never body text, and a sign
// against its container, but a capped one, since an article often carries a few of them.
type Cls = 'good' | 'near' | 'short' | 'bad' | 'code' | 'drop';

interface Frame {
  tag: string;
  /** Net good-minus-bad characters in the subtree. */
  score: number;
  /** The same, with teaser cards counted as chrome. */
  scoreT: number;
  /** All text characters in the subtree. */
  chars: number;
  firstBlock: number;
  lastBlock: number;
  boiler: boolean;
  /**
   * Largest share of the container a boilerplate subtree may hold and still be dropped: a
   * chrome name that a content word would have excused is trusted only on a small subtree
   * (a broken page can nest the rest of the story inside its "related" box).
   */
  boilerShare: number;
  /** Class or id says caption or photo credit. */
  capt: boolean;
  parent: Frame | null;
  depth: number;
}

interface Block {
  text: string;
  linkChars: number;
  tag: string;
  heading: boolean;
  li: boolean;
  caption: boolean;
  /** Inside `<pre>`: code or preformatted text, neither prose nor chrome. */
  pre: boolean;
  /** Inside a teaser card (see markTeasers). */
  teaser: boolean;
  frame: Frame;
  cls: Cls;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK', 'DIALOG']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FORM',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER', 'HR', 'BR', 'BODY', 'HTML', 'FIELDSET', 'LEGEND', 'MENU', 'HGROUP',
]);
const BOILER_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'MENU']);
// Class or id words of page chrome: "share-bar", "related-posts", "sidebar", "newsletter-signup", "comments".
const NEG = /(^|[-_ ])(comments?|disqus|share|sharing|social|related|recommend\w*|sidebar|widget|footer|masthead|menu|navbar|nav|breadcrumbs?|promo\w*|advert\w*|ads?|ad-\w+|sponsor\w*|newsletter|subscribe|subscription|signup|cookie\w*|consent|popup|modal|banner|byline|author-?(bio|box|info)|tags?|toolbar|pagination|pager|print|outbrain|taboola|more-stories|read-?more|trending|popular|skip|login|meta|post-meta|entry-meta|article-meta|dateline|timestamp|rating|toc|table-of-contents|jump-?links|hidden|visually-hidden|sr-only|screen-reader-text)($|[-_ ])/i;
// An embedded post is quoted content even in a "social" wrapper: "social-media-embed", "twitter-tweet", "instagram-media".
const EMBED = /embed|twitter-tweet|instagram-media/i;
// Captions and photo credits outside <figcaption>: "wp-caption-text", "InlineImage-imageEmbedCredit", "photo-credit".
const CAPTION_HINT = /caption|credit/i;
const LABELLED_CREDIT = /\((?:image|photo|picture|photograph|credit)s?\s*:\s*[^()]{1,60}\)\s*$/i;
const POS = /(^|[-_ ])(article|articlebody|article-body|article-content|story|story-body|post-content|post-body|entry-content|entry|content|main|body|text|blog-post|prose|rich-text|richtext)($|[-_ ])/i;

const STOP = new Set(
  ('the of and to a in is that for it with as was on be by at this are from have has had not or but an which were their they he she ' +
    'said will would been its who after more also there about we than his her you your our can all so if do what when up out one ' +
    'into them these those other some only just how then because may could should such very most over any new no my me us i')
    .split(' '),
);

// A byline on its own line: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "By HNN Staff | November 18, 2019".
const BYLINE = /^by\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|,|\s)+(?:$|\s*[|·•–—-]\s*\S.{0,60}$)/u;

function isHidden(el: Node): boolean {
  const g = el.getAttribute!;
  if (g.call(el, 'hidden') !== null || g.call(el, 'aria-hidden') === 'true') return true;
  const style = g.call(el, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * An author box: the writer's bio or card at the foot of a post. Judged per class name on its
 * parts ("entry-author-bio", "cs-entry__author-info", "author__bio", "post-author-box"), so a
 * content word in the same name ("entry", "post") does not excuse it; an element marked
 * `itemprop="author"` is the author's card, never the article's text.
 */
const AUTHOR_PART = /^(bio|bios|biography|box|info|about|description|desc|profile|card|details)$/;
function isAuthorBox(el: Node): boolean {
  const g = el.getAttribute!;
  if (g.call(el, 'itemprop') === 'author') return true;
  const names = `${g.call(el, 'class') ?? ''} ${g.call(el, 'id') ?? ''}`.toLowerCase().split(/\s+/);
  for (const name of names) {
    const parts = name.split(/[-_]+/);
    const a = parts.findIndex((x) => x === 'author' || x === 'authors' || x === 'writer');
    if (a >= 0 && parts.slice(a + 1).some((x) => AUTHOR_PART.test(x))) return true;
    if (parts.includes('bio') || parts.includes('biography')) return true;
  }
  return false;
}

/**
 * A class name naming chrome in one of its parts ("entry-related", "article__comments",
 * "post-newsletter-signup"): a content word beside it ("entry", "article", "post") says
 * whose chrome it is, not that it is the text, so it does not excuse it as it does in NEG.
 */
const CHROME_PART = new Set(['related', 'comments', 'newsletter', 'recommended', 'recommendations', 'outbrain', 'taboola']);
// A state or layout flag names the page, not a part of it: "has-sidebar", "comments-open", "no-comments".
const FLAG_PART = new Set(['has', 'with', 'no', 'open', 'closed', 'count', 'enabled', 'disabled', 'toc']);
function chromeClass(el: Node): boolean {
  const names = `${el.getAttribute!.call(el, 'class') ?? ''} ${el.getAttribute!.call(el, 'id') ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((name) => {
    const parts = name.split(/[-_]+/);
    return !EMBED.test(name) && parts.some((x) => CHROME_PART.has(x)) && !parts.some((x) => FLAG_PART.has(x));
  });
}

function hintOf(el: Node): string {
  const g = el.getAttribute!;
  return `${g.call(el, 'class') ?? ''} ${g.call(el, 'id') ?? ''} ${g.call(el, 'role') ?? ''}`.trim();
}

function classify(b: Block, english: boolean): Cls {
  const len = b.text.length;
  if (isDebrisLine(b.text)) return 'bad';
  if (isPromoLine(b.text) || BYLINE.test(b.text)) return 'drop';
  // A date alone on a line is a time stamp, except in a table, where it is data ("Jan 2023 | +13.1%").
  if (b.tag !== 'TD' && b.tag !== 'TH' && isDateStamp(b.text)) return 'drop';
  // Markup shown as text (a tracking pixel inside <noscript>): "<img height="1" src=…>"
  if (/^<\/?[a-z][\w-]*(\s[^>]*)?>/i.test(b.text)) return 'bad';
  const ld = len ? b.linkChars / len : 0;
  const words = b.text.split(/\s+/);
  let stops = 0;
  for (const w of words) if (STOP.has(w.toLowerCase().replace(/[^\p{L}']/gu, ''))) stops++;
  const sd = stops / words.length;
  // A long sentence-like block whose first clause is a link ("<a>Apple is holding an event</a>, and …") is prose.
  if (ld > 0.5) return ld < 0.9 && words.length >= 20 && sd >= 0.25 ? 'near' : 'bad';
  // An embedded post's attribution line: "— Robert Maguire (@RobertMaguire_) November 18, 2019"
  if (/^[—–-]\s*[^()]{1,60}\(@\w+\)/.test(b.text)) return 'short';
  if (words.length < 5 || len < 30) return 'short';
  // A sentence whose source is a link is prose: "…cost the state roughly $449,000, <a>according to the Argus Leader</a>."
  if (ld > 0.25) return (len > 200 && sd > 0.3) || (ld <= 0.6 && sd >= 0.2 && words.length >= 10 && /[.!?]["”’)]?$/.test(b.text)) ? 'near' : 'bad';
  if (english) {
    if (sd >= 0.25 && words.length >= 8) return 'good';
    if (sd >= 0.15 || len > 300) return 'near';
    return len > 100 ? 'near' : 'short';
  }
  if (len >= 120) return 'good';
  return len >= 50 ? 'near' : 'short';
}

/** Source code rather than prose: brackets, operators and markup are frequent ("if (x) { y = 1; }"). */
function codeLike(text: string): boolean {
  let sym = 0;
  for (let i = 0; i < text.length; i++) if ('{}[]();=<>$#\\/|&*'.includes(text[i]!)) sym++;
  return sym / text.length >= 0.04;
}

/**
 * Teaser cards: a small element that opens with a linked headline and adds a
 * line or two (author, date, a summary), repeated beside siblings of the same
 * kind — the "More from…", "Related" and "Latest" grids under and beside an
 * article. Their summaries read as prose, so the block classes alone keep them;
 * the repetition gives them away. Their blocks are classed bad.
 *
 * `<li><h5><a href="/x">Carlos Ghosn and the dark side of Japanese justice</a></h5><div>Anthony Ghosn</div><div>Our family always celebrates…</div></li>` × 6
 */
const TEASER_SHARE = 0.5;
function markTeasers(frames: Frame[], blocks: Block[]): void {
  const cards = new Map<Frame, Frame[]>();
  for (const f of frames) {
    if (!f.parent || f.chars > 600 || f.lastBlock - f.firstBlock < 1) continue;
    if (f.tag !== 'LI' && f.tag !== 'DIV' && f.tag !== 'ARTICLE' && f.tag !== 'SECTION') continue;
    let headline = false;
    for (let i = f.firstBlock; i <= Math.min(f.lastBlock, f.firstBlock + 2); i++) {
      const b = blocks[i]!;
      if (b.text.length >= 15 && b.linkChars >= b.text.length * 0.9 && !b.caption && b.text.includes(' ')) { headline = true; break; }
    }
    if (!headline) continue;
    const sibs = cards.get(f.parent);
    if (sibs) sibs.push(f);
    else cards.set(f.parent, [f]);
  }
  for (const sibs of cards.values()) {
    if (sibs.length < 2) continue;
    for (const f of sibs) for (let i = f.firstBlock; i <= f.lastBlock; i++) blocks[i]!.teaser = true;
  }
}

/**
 * The story split over sibling sections: page builders put each stretch of text (intro,
 * a section per subhead) in its own row or module, and the container scoring picks the
 * best one only. Rising through wrappers that add little text, the siblings of the chosen
 * part that score as prose themselves (a fifth of its score, at least 200) join it; link
 * lists, teaser grids and chrome beside it score low or are chrome and stay out.
 */
function siblingParts(best: Frame, frames: Frame[], teasers: boolean, chrome: (f: Frame) => boolean): { from: Frame; keep: Set<Frame> } {
  const score = (f: Frame) => (teasers ? f.scoreT : f.score);
  let part = best;
  while (part.parent && part.parent.tag !== 'ROOT' && part.parent.chars <= part.chars * 1.15) part = part.parent;
  const parent = part.parent;
  if (!parent || parent.tag === 'ROOT' || parent.tag === 'BODY' || parent.tag === 'HTML' || chrome(parent)) return { from: best, keep: new Set([best]) };
  const keep = new Set<Frame>([part]);
  const min = Math.max(200, score(best) * 0.2);
  for (const f of frames) if (f.parent === parent && f !== part && !f.boiler && score(f) >= min) keep.add(f);
  return keep.size > 1 ? { from: parent, keep } : { from: best, keep };
}

// A writer's bio: a name, then what they are or do as a writer. "Dana Kettle is a staff writer
// covering energy", "Omar Reyes joined the paper in 2015", "Lena Ruiz has written for the blog since 2019".
const BIO = /^(?!The\s)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s+(?:\(@\w+\)\s+)?(?:is|was|has been|joined|has written|writes|covers)\b.{0,200}\b(?:writer|reporter|editor|journalist|contributor|correspondent|columnist|author|blogger|freelancer?|staff|newsroom|magazine|newspaper|publication|for the blog|covering|since (?:19|20)\d\d)\b/u;

/**
 * The writer's bio left at the foot of the story without a telling class: one or two
 * closing paragraphs that introduce a person as a writer. Only at the end, and only after
 * a story of some length: a profile opens with just such a sentence.
 */
function trimTrailingBio(out: string[]): void {
  for (let n = 0; n < 2 && out.length > 3; n++) {
    const last = out[out.length - 1]!;
    if (last.length > 600 || !BIO.test(last)) return;
    out.pop();
  }
}

export interface BodyResult {
  paragraphs: string[];
  captions: Caption[];
  /** Text characters of the chosen container, to judge whether the result is plausible. */
  chars: number;
  /** All visible text of the page, one block per line (for finding the date and byline by the headline). */
  pageText: string;
}

/**
 * Extract body paragraphs and captions from a page's `<body>` (or any root).
 *
 * @example
 * extractBody(parseHTML('<body><nav><a>Home</a></nav><article><p>The envoys met in Seoul on Monday and agreed to talk again.</p></article></body>').document.body)
 * // { paragraphs: ['The envoys met in Seoul on Monday and agreed to talk again.'], captions: [], … }
 */
export function extractBody(root: Node, title: string | null = null): BodyResult {
  const blocks: Block[] = [];
  const frames: Frame[] = [];
  const rootFrame: Frame = { tag: 'ROOT', score: 0, scoreT: 0, chars: 0, firstBlock: 0, lastBlock: -1, boiler: false, boilerShare: 0.5, capt: false, parent: null, depth: 0 };
  frames.push(rootFrame);

  // The walk: a stack of [node, frame, closing]; text gathers in `buf` until a block boundary.
  let buf = '';
  let linkChars = 0;
  let linkDepth = 0;
  let captionDepth = 0;
  let preDepth = 0;
  let bufFrame = rootFrame;
  let bufTag = 'ROOT';
  let bufLi = false;
  let bufCaption = false;
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      blocks.push({ text, linkChars: Math.min(linkChars, text.length), tag: bufTag, heading: /^H[1-6]$/.test(bufTag), li: bufLi, caption: bufCaption, pre: preDepth > 0, teaser: false, frame: bufFrame, cls: 'short' });
    }
    buf = '';
    linkChars = 0;
  };

  // On leaving a block, the text that follows belongs to the enclosing block again.
  interface Resume { frame: Frame; tag: string; li: boolean; caption: boolean }
  interface Item { node: Node; frame: Frame; close: 0 | 1 | 2; liDepth: number; resume?: Resume }
  const stack: Item[] = [{ node: root, frame: rootFrame, close: 0, liDepth: 0 }];
  let liDepth = 0;
  while (stack.length) {
    const it = stack.pop()!;
    const node = it.node;
    if (it.close === 1) {
      // Leaving a block element: its text ends here.
      flush();
      it.frame.lastBlock = blocks.length - 1;
      liDepth = it.liDepth;
      if (node.tagName === 'FIGCAPTION') captionDepth--;
      if (node.tagName === 'PRE') preDepth--;
      const r = it.resume!;
      bufFrame = r.frame;
      bufTag = r.tag;
      bufLi = r.li;
      bufCaption = r.caption;
      continue;
    }
    if (it.close === 2) {
      // Leaving an inline link.
      linkDepth--;
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      buf += t;
      if (linkDepth > 0) linkChars += t.replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.tagName!.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR' || tag === 'HR') {
      flush();
      continue;
    }
    // Hidden elements are chrome (menus, modals) unless they hold most of the page, as in
    // streamed pages that move a hidden `<div hidden id="S:0">` into place by script.
    const hidden = isHidden(node);
    let frame = it.frame;
    if (BLOCK.has(tag) || hidden) {
      flush();
      const hint = hintOf(node);
      const hard = hidden || BOILER_TAGS.has(tag) || (hint !== '' && NEG.test(hint) && !POS.test(hint) && !EMBED.test(hint)) || isAuthorBox(node);
      const boiler = hard || chromeClass(node);
      frame = { tag, score: POS.test(hint) ? 1 : 0, scoreT: POS.test(hint) ? 1 : 0, chars: 0, firstBlock: blocks.length, lastBlock: blocks.length - 1, boiler, boilerShare: hard ? 0.5 : 0.15, capt: hint !== '' && CAPTION_HINT.test(hint), parent: it.frame, depth: it.frame.depth + 1 };
      frames.push(frame);
      stack.push({ node, frame, close: 1, liDepth, resume: { frame: bufFrame, tag: bufTag, li: bufLi, caption: bufCaption } });
      if (tag === 'LI') liDepth++;
      if (tag === 'FIGCAPTION') captionDepth++;
      if (tag === 'PRE') preDepth++;
      bufFrame = frame;
      bufTag = tag;
      bufLi = liDepth > 0;
      bufCaption = captionDepth > 0;
    } else if (tag === 'A') {
      linkDepth++;
      stack.push({ node, frame, close: 2, liDepth });
    }
    // Children in reverse so the first is popped first.
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, frame, close: 0, liDepth });
  }
  flush();
  rootFrame.lastBlock = blocks.length - 1;

  // Class the blocks: the page is English if its long blocks are.
  let stopHits = 0;
  let wordsSeen = 0;
  for (const b of blocks) {
    if (b.text.length < 80) continue;
    for (const w of b.text.toLowerCase().split(/\s+/)) {
      wordsSeen++;
      if (STOP.has(w)) stopHits++;
    }
  }
  const english = wordsSeen > 0 && stopHits / wordsSeen > 0.15;
  for (const b of blocks) {
    b.cls = b.pre && codeLike(b.text) ? 'code' : classify(b, english);
    for (let f: Frame | null = b.frame; f; f = f.parent) f.chars += b.text.length;
  }
  markTeasers(frames, blocks);
  // A caption class on a large element (a gallery page's wrapper) says nothing about its text.
  for (const f of frames) {
    if (f.capt && f.chars <= 1000) for (let i = f.firstBlock; i <= f.lastBlock; i++) blocks[i]!.caption = true;
  }
  // A line that ends with a labelled credit describes a picture: "Plague can be easily vaccinated (Image: GETTY)".
  for (const b of blocks) if (!b.caption && b.text.length < 400 && LABELLED_CREDIT.test(b.text)) b.caption = true;

  // Scores up the tree: good text counts, bad text (link lists, debris) counts against.
  for (const b of blocks) {
    const len = b.text.length;
    const own = len - b.linkChars;
    // Link text counts against a container, the rest for it by its class: a link list
    // ("Related: <a>…</a> <a>…</a>") sinks its container, a paragraph with a link does not.
    // Code listings are neither: a programming post is not its sidebar.
    const v =
      b.cls === 'good' ? own - b.linkChars * 0.5
      : b.cls === 'near' ? own * 0.5 - b.linkChars * 0.5
      : b.cls === 'bad' ? (b.linkChars ? -b.linkChars : -len)
      : b.cls === 'drop' ? -Math.min(len, 50)
      : b.cls === 'code' || b.caption ? 0
      : -Math.min(len, 20) * 0.5 - b.linkChars * 0.5;
    const vT = b.teaser ? -len : v;
    for (let f: Frame | null = b.frame; f; f = f.parent) {
      f.score += v;
      f.scoreT += vT;
    }
  }
  // The container is never inside page chrome (a footer's "contact us" text can be long and
  // wordy); a "chrome" class on a wrapper holding most of the page is a misfire and is ignored.
  const chrome = (f: Frame) => f.boiler && f.chars < rootFrame.chars * f.boilerShare;
  let best = rootFrame;
  let bestT = rootFrame;
  for (const f of frames) {
    if (f.score <= best.score && f.scoreT <= bestT.scoreT) continue;
    let ok = true;
    for (let a: Frame | null = f; a; a = a.parent) if (chrome(a)) { ok = false; break; }
    if (!ok) continue;
    if (f.score > best.score) best = f;
    if (f.scoreT > bestT.scoreT) bestT = f;
  }
  // Teaser cards are chrome when the page has an article of its own beside them; when
  // the cards are most of what the page says (a list of trails, of events, of chapters),
  // they are the article.
  const teasersOut = bestT.scoreT >= best.score * TEASER_SHARE;
  if (teasersOut) best = bestT;
  else for (const b of blocks) b.teaser = false;
  const parts = siblingParts(best, frames, teasersOut, chrome);

  // Output: blocks inside the container, without boilerplate subtrees.
  const captions: Caption[] = [];
  const seenCaption = new Set<string>();
  const keep: Block[] = [];
  for (let i = parts.from.firstBlock; i <= parts.from.lastBlock && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (parts.from !== best) {
      let part: Frame | null = b.frame;
      while (part && part.parent !== parts.from) part = part.parent;
      if (!part || !parts.keep.has(part)) continue;
    }
    let inBoiler = false;
    for (let f: Frame | null = b.frame; f && f !== best; f = f.parent) {
      if (f.boiler && f.chars < best.chars * f.boilerShare) {
        inBoiler = true;
        break;
      }
    }
    if (b.caption) {
      if (inBoiler) continue;
      const key = b.text.toLowerCase();
      if (seenCaption.has(key)) continue;
      seenCaption.add(key);
      const c = splitCredit(b.text);
      captions.push(c ?? { text: b.text, credit: null });
      continue;
    }
    if (inBoiler) continue;
    keep.push(b);
  }

  // Short blocks stay only between good ones (subheads, short list items); the
  // headline itself and bad blocks go.
  const isGood = (b: Block | undefined) => !!b && (b.cls === 'good' || b.cls === 'near');
  const titleKey = title ? title.toLowerCase().replace(/\s+/g, ' ').trim() : null;
  const out: string[] = [];
  let firstGood = keep.findIndex(isGood);
  let lastGood = -1;
  for (let i = keep.length - 1; i >= 0; i--) if (isGood(keep[i])) { lastGood = i; break; }
  if (firstGood < 0) firstGood = 0;
  const seen = new Set<string>();
  let listOpen = false;
  for (let i = 0; i < keep.length; i++) {
    const b = keep[i]!;
    if (b.cls === 'bad' || b.teaser) {
      listOpen = false;
      continue;
    }
    if (b.cls === 'code' || b.cls === 'drop') continue;
    if (titleKey && b.text.toLowerCase() === titleKey) continue;
    if (b.cls === 'short') {
      // A list introduced by a colon continues past the last paragraph: "Tour dates:" then "June 9 – Tampa".
      if (i > lastGood && !(listOpen && b.linkChars === 0)) continue;
      if (i < firstGood && !b.heading) continue;
      if (b.text.length < 2) continue;
      // A run of short link-free list items is a real list; a lone short line needs a good neighbour.
      const near = isGood(keep[i + 1]) || isGood(keep[i - 1]) || b.heading || (b.li && b.linkChars === 0);
      if (!near && !(i > firstGood && i < lastGood)) continue;
    }
    // The same text twice (a pull quote, a repeated teaser) counts once.
    const k = b.text.toLowerCase();
    if (seen.has(k) && b.text.length > 20) continue;
    seen.add(k);
    out.push(b.text);
    if (/:$/.test(b.text)) listOpen = true;
    else if (b.cls !== 'short') listOpen = false;
  }
  trimTrailingBio(out);
  return { paragraphs: out, captions, chars: best.chars, pageText: blocks.map((b) => b.text).join('\n') };
}
