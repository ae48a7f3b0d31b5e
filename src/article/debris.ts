import { isLetterOrDigitCp } from '../nlp/chars.js';

// Navigation, sharing and portal words that make up whole lines of page chrome:
// "Back To Top", "Share this article", "Facebook Twitter Email Print", "Advertisement".
export const NAV_WORDS: ReadonlySet<string> = new Set(
  (
    'back to top share this article story post page on via facebook twitter x linkedin whatsapp telegram reddit pinterest ' +
    'email e-mail mail print tweet comment comments copy link copied url kakaotalk kakao line band naver weibo wechat flipboard ' +
    'advertisement advert ad ads sponsored subscribe subscription sign up in log login logout register menu search skip ' +
    'content main navigation home close open loading next previous prev more read related articles stories news ' +
    'most popular viewed trending follow us click here listen save bookmark gallery photos video videos photo ' +
    'font size text a+ a- aa recommended you may also like don\'t miss continue reading see also also and or of the ' +
    'newsletter alerts latest top stories tags tag topics sections all rights reserved translate print-friendly'
  ).split(/\s+/),
);

/** End of the run of `[\p{L}\p{N}'+-]` code points that starts at `i` (`i` itself when none does). */
function wordEnd(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 43 || c === 45) {
      i++;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
    if (!isLetterOrDigitCp(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** How many runs of `[\p{L}\p{N}'+-]` code points `lower` holds, counting no further than `limit`. */
function countWords(lower: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < lower.length && count < limit; ) {
    const end = wordEnd(lower, i);
    if (end === i) {
      i += lower.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    i = end;
  }
  return count;
}

/**
 * Is the line page chrome rather than article text? `lower`, when the caller
 * has it, is `line.trim().toLowerCase()`.
 *
 * @example
 * isDebrisLine('Back To Top')                    // true
 * isDebrisLine('Facebook | Twitter | Email')     // true
 * isDebrisLine('We use cookies to improve your experience. Accept')  // true
 * isDebrisLine('The talks resumed in October.')  // false
 */
export function isDebrisLine(line: string, lower?: string): boolean {
  const s = line.trim();
  if (!s) return true;
  const low = lower ?? s.toLowerCase();
  if (navOnly(low, (i, end) => low.slice(i, end))) return true;
  // Cookie and consent notices: "This site uses cookies ... Accept". The regexes match ASCII
  // letters only (no `u` flag), so the lower-cased line holds "cookie" (or "all rights
  // reserved") when they match: one search of it spares a case-blind regex scan of most lines.
  return debrisNotice(s, low, low.includes('cookie'), low.includes('all rights reserved'));
}

/**
 * `isDebrisLine` of a trimmed line of ASCII, told whether it holds the word
 * "cookie" or "cookies" and the word "reserved" (in any case; a word: a run
 * of letters): the cookie and copyright notices need them. No lower case of
 * the line is made: only of its first words.
 *
 * @example
 * isAsciiDebrisLine('Back To Top', false, false) // true
 */
export function isAsciiDebrisLine(s: string, cookie: boolean, reserved: boolean): boolean {
  if (!s) return true;
  // In ASCII a letter or digit is one in either case: the words of `s` are those of its lower case.
  if (navOnly(s, (i, end) => s.slice(i, end).toLowerCase())) return true;
  return debrisNotice(s, s, cookie, reserved);
}

/**
 * The words `/[\p{L}\p{N}'+-]+/gu` of `s`, read in lower case by `word(start, end)`: none
 * at all ("|", "•", "»"), or at most 8 all navigation words, is chrome. The scan
 * stops at the first other word or the ninth, which for a line of prose is its
 * first or second word.
 */
function navOnly(s: string, word: (start: number, end: number) => string): boolean {
  let nav = 0;
  for (let i = 0; i < s.length; ) {
    const end = wordEnd(s, i);
    if (end === i) {
      i += s.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    if (++nav > 8 || !NAV_WORDS.has(word(i, end))) return false;
    i = end;
  }
  return true;
}

/**
 * The notices and page furniture of `isDebrisLine` besides navigation words, for a trimmed
 * line `s` whose words `words` has (its lower case, or `s` if ASCII). `cookie` and `rights`: may
 * the line hold the cookie notice's "cookie" and "all rights reserved" (when false, it does not).
 */
function debrisNotice(s: string, words: string, cookie: boolean, rights: boolean): boolean {
  if (cookie && /\bcookies?\b/i.test(s) && /\b(use|uses|accept|consent|policy|settings|agree)\b/i.test(s) && countWords(words, 60) < 60) return true;
  if (rights && /\ball rights reserved\b/i.test(s)) return true;
  // The patterns anchored at the start run only on a line that starts as one of them can:
  // "©", "(", or (in either case) "c", "a", "s", "r", "m", "y".
  const c = s.charCodeAt(0);
  const f = c | 32;
  if ((f === 99 || c === 0xa9 || c === 40) && /^(©|\(c\)|copyright\b)/i.test(s)) return true;
  if ((f === 97 || f === 115) && /^(advertisement|sponsored content|scroll to continue|story continues below)\b/i.test(s) && countWords(words, 7) <= 6) return true;
  if ((f === 114 || f === 115 || f === 97 || f === 109 || f === 121) && /^(related|read more|see also|also read|more from|recommended|you may also like)\b.{0,80}$/i.test(s) && !/[.!?]["”’]?$/.test(s)) return true;
  return false;
}

/**
 * An outlet name with a portal or feed tag glued on, as scraped pages carry it
 * at their foot: "Korea Herald daum2537" → "Korea Herald". The tag is one
 * lower-case word (digits allowed) after capitalised words, with no punctuation.
 *
 * @example
 * portalTagSource('Daily Courier naver12')  // 'Daily Courier'
 * portalTagSource('The talks resumed.')     // null
 */
export function portalTagSource(line: string): string | null {
  const m = /^((?:The\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\s+([a-z]+\d*)$/u.exec(line.trim());
  if (!m) return null;
  return m[1]!.replace(/^The\s+/, '');
}

/**
 * The outlet named in a copyright line: "© 2020 The Daily Courier. All rights reserved." → "Daily Courier".
 *
 * @example
 * copyrightSource('Copyright (c) 2021 Seoul Times Co. All rights reserved.') // 'Seoul Times'
 */
export function copyrightSource(line: string): string | null {
  const t = line.trim();
  // The line starts with "c", "C", "©" or "(" (most do not: no regex run for them).
  const c = t.charCodeAt(0);
  if ((c | 32) !== 99 && c !== 0xa9 && c !== 40) return null;
  const m = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:the\s+)?(\p{Lu}[\p{L}&.' -]{1,60}?)(?:\s*(?:Co\.|Corp\.?|Inc\.?|Ltd\.?|LLC|Media Group|Group))?\s*(?:[.,|]|$)/iu.exec(t);
  if (!m) return null;
  const name = m[1]!.trim().replace(/\s+(?:Co|Corp|Inc|Ltd|LLC)$/, '');
  if (/^(all rights|rights)/i.test(name) || name.split(/\s+/).length > 6) return null;
  return name;
}

// Calls to subscribe, follow or share, affiliate notices and widget errors that close an article.
// "Get the day's top headlines delivered to your inbox" — short, or put as an invitation, since
// a writer may mention "a newsletter I'm not subscribed to" in a sentence of their own.
const NEWSLETTER = /\b(?:newsletters?|inbox|mailing list)\b.*\b(?:subscrib\w*|sign(?:ed)? up|sign-up|delivered|get|receive|join)\b|\b(?:subscrib\w*|sign up|get|receive|join)\b.*\b(?:newsletters?|inbox|mailing list)\b/i;
const INVITATION = /^(?:get|sign|subscribe|join|receive|want|stay|never miss|don['’]t miss|let)\b/i;
const PROMO = [
  /^(?:subscribe|sign up)\b/i, // "Subscribe to WIRED and stay smart…"
  /^follow\b.{0,80}\b(?:on|at)\s+(?:twitter|facebook|instagram|linkedin|x|youtube|tiktok|threads|bluesky)\b/i, // "Follow RT on Twitter", "Follow me on Twitter or LinkedIn."
  /^join (?:our|the)\b.{0,40}\b(?:forums?|community|discussion|conversation)\b/i, // "Join our Space Forums to keep talking space…"
  /\b(?:like|liked|enjoy|enjoyed) this (?:story|article|post)\?/i, // "Like this story? Share it with a friend!"
  /\baffiliate (?:and\/or referral )?(?:links?|commissions?)\b/i, // "This post may contain affiliate and/or referral links."
  /\bmay (?:earn|get|receive) (?:a |an )?(?:small )?(?:share|commission)\b.{0,60}\b(?:this (?:post|article|page|story)|links?|purchases?)\b/i, // "If you buy something through this post, IGN may get a share of the sale."
  /^(?:email|contact)\b.{0,60}\bat \S+@\S+/i, // "Email Tariq Malik at tmalik@space.com or follow him @tariqjm"
  /\bmay be reached at \S+@\S+/i, // "Have a tip? Amy Kuperinsky may be reached at …"
  /\b(?:we|i|\S+) (?:may )?(?:earn|earns|receive|receives|make|makes) (?:us )?(?:a )?(?:small )?commissions?\b.{0,80}\b(?:links?|purchases?|buy)\b|\bpurchases? made through (?:our |these |the )?links\b|\b(?:through|via|from) (?:our |these |the |some |affiliate )?links?\b.{0,80}\b(?:earn|earns|receive|receives|make|makes) (?:us )?(?:a )?(?:small )?commissions?\b/i, // "When you buy through our links, we may earn a commission."
  /^prices? (?:were|are) accurate\b/i, // "Prices were accurate at the time this article was published…"
  /^(?:if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|post|piece|story|work|journalism)|enjoyed this (?:article|post|piece|story)\?)/i, // "Enjoyed this piece? We need your help to keep publishing."
  /\bwe need your (?:help|support)\b|\b(?:a|one) small favou?r to ask\b|^support our (?:mission|journalism|work)\b/i, // "…we have a small favor to ask."
  /^sharing is caring\b/i, // a share bar's slogan
  /^unlock this (?:article|story)\b|\bexclusive to (?:our )?\S+ (?:subscribers|members)\b/i, // "This article is exclusive to Gazette+ subscribers"
  /\brequires javascript\b|^(?:an error has occurred|something went wrong)\b|\bsuccessfully subscribed\b/i, // "This slideshow requires JavaScript."
];

/**
 * A call to subscribe, follow or share, an affiliate notice or a widget
 * message: text of the page's machinery, not of the article.
 *
 * @example
 * isPromoLine('Subscribe to the Morning Review newsletter')            // true
 * isPromoLine('Follow The New York Times Opinion section on Facebook') // true
 * isPromoLine('The senator said she would follow the money.')         // false
 */
export function isPromoLine(line: string): boolean {
  const s = line.trim();
  if (s.length > 300) return false;
  if (NEWSLETTER.test(s) && (s.length <= 80 || s.split(/(?<=[.!?])\s+/).some((x) => INVITATION.test(x) && NEWSLETTER.test(x)))) return true;
  return PROMO.some((re) => re.test(s));
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
const STAMP_TOKEN = new RegExp(
  String.raw`^(?:${MONTH}|${DAY})\.?,?$|^\d{1,4}(?:st|nd|rd|th)?[.,]?$|^\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?,?$|^\d{4}-\d{2}-\d{2}(?:t[\d:.+z-]*)?$|^\d{1,2}/\d{1,2}/\d{2,4}$|^(?:a\.m\.|p\.m\.|am|pm)[.,]?$|^(?:utc|gmt|[ecmp][sd]t|hst|bst|cet|cest|ist|kst|jst)$|^(?:updated|published|posted|modified|last|on|at|date)[:,]?$`,
  'i',
);

const STAMP_ANCHOR = new RegExp(String.raw`^(?:${MONTH}|${DAY})\.?,?$|^\d{1,2}[:.]\d{2}|^\d{4}-\d{2}-\d{2}|/\d{2,4}$`, 'i');

/**
 * A line that is only a date or time stamp: "Updated 10:01 pm PST, Tuesday, November 19, 2019", "19 Nov 2019 05:44 GMT".
 *
 * @example
 * isDateStamp('20 Nov, 2019 05:47')               // true
 * isDateStamp('The talks resumed on 20 November.') // false
 */
export function isDateStamp(line: string): boolean {
  const s = line.trim();
  if (s.length > 80 || !/\d/.test(s)) return false;
  const toks = s.split(/[\s|·•–—]+/).map((t) => t.replace(/,$/, '')).filter((t) => t && t !== '-');
  // Bare numbers ("2024", "13") are table cells as often as dates: a month, weekday, clock time or ISO date is needed.
  return toks.every((t) => STAMP_TOKEN.test(t)) && toks.some((t) => STAMP_ANCHOR.test(t));
}
