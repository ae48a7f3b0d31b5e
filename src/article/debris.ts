// Navigation, sharing and portal words that make up whole lines of page chrome:
// "Back To Top", "Share this article", "Facebook Twitter Email Print", "Advertisement".
const NAV_WORDS = new Set(
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

/**
 * Is the line page chrome rather than article text?
 *
 * @example
 * isDebrisLine('Back To Top')                    // true
 * isDebrisLine('Facebook | Twitter | Email')     // true
 * isDebrisLine('We use cookies to improve your experience. Accept')  // true
 * isDebrisLine('The talks resumed in October.')  // false
 */
export function isDebrisLine(line: string): boolean {
  const s = line.trim();
  if (!s) return true;
  const words = s.toLowerCase().match(/[\p{L}\p{N}'+-]+/gu) ?? [];
  if (words.length === 0) return true; // "|", "•", "»"
  if (words.length <= 8 && words.every((w) => NAV_WORDS.has(w))) return true;
  // Cookie and consent notices: "This site uses cookies ... Accept"
  if (/\bcookies?\b/i.test(s) && /\b(use|uses|accept|consent|policy|settings|agree)\b/i.test(s) && words.length < 60) return true;
  if (/^(©|\(c\)|copyright\b)/i.test(s) || /\ball rights reserved\b/i.test(s)) return true;
  if (/^(advertisement|sponsored content|scroll to continue|story continues below)\b/i.test(s) && words.length <= 6) return true;
  if (/^(related|read more|see also|also read|more from|recommended|you may also like)\b.{0,80}$/i.test(s) && !/[.!?]["”’]?$/.test(s)) return true;
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
  const m = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:the\s+)?(\p{Lu}[\p{L}&.' -]{1,60}?)(?:\s*(?:Co\.|Corp\.?|Inc\.?|Ltd\.?|LLC|Media Group|Group))?\s*(?:[.,|]|$)/iu.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.trim().replace(/\s+(?:Co|Corp|Inc|Ltd|LLC)$/, '');
  if (/^(all rights|rights)/i.test(name) || name.split(/\s+/).length > 6) return null;
  return name;
}
