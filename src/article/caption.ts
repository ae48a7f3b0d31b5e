import type { Caption } from '../doc/article.js';

// A photo credit closing a caption:
// "(Yonhap)", "(AP Photo/Ahn Young-joon)", "[Reuters]", "(Photo: Jane Doe)", "/ AFP", "Photo: Getty Images"
const CREDIT_WORD = String.raw`[\p{Lu}0-9][\p{L}0-9.'’&-]*`;
const CREDIT_NAME = String.raw`${CREDIT_WORD}(?:[ /]+(?:${CREDIT_WORD}|via|for|of|and))*`;
const BRACKET_CREDIT = new RegExp(String.raw`\s*[(\[]\s*((?:(?:photo|image|picture|file photo|courtesy|credit)s?(?: by)?\s*[:/-]?\s*)?${CREDIT_NAME})\s*[)\]]\s*$`, 'u');
const LABEL_CREDIT = new RegExp(String.raw`\s*(?:[|/–—-]\s*)?(?:photo|image|picture|photograph|credit|courtesy)s?(?: by)?\s*[:/]\s*(${CREDIT_NAME})\s*\.?$`, 'iu');
const SLASH_CREDIT = /\s*\/\s*((?:AFP|AP|Reuters|EPA|Getty Images|Xinhua|Yonhap|Kyodo|Bloomberg|Shutterstock|iStock)(?:[ /][\p{L}.-]+)*)\s*$/u;
const CREDITS = [BRACKET_CREDIT, LABEL_CREDIT, SLASH_CREDIT];

/**
 * Split a caption line into its text and its credit, or null if the line
 * does not end with a credit.
 *
 * @example
 * splitCredit('Two envoys talk to reporters in Seoul. (Yonhap)') // { text: 'Two envoys talk to reporters in Seoul.', credit: 'Yonhap' }
 * splitCredit('Crowds at the square (AP Photo/Jane Doe)')       // { text: 'Crowds at the square', credit: 'AP Photo/Jane Doe' }
 * splitCredit('He said it would take time (for now).')           // null
 */
export function splitCredit(line: string): Caption | null {
  const s = line.trim();
  // What each pattern cannot do without (most lines of prose have none of it), so
  // that a line is not scanned three times from every position for nothing:
  // a bracket at the end, a ":" or "/" after a label word, a "/" before an agency.
  const last = s.charCodeAt(s.length - 1);
  const bracketEnd = last === 41 || last === 93;
  const slash = s.includes('/');
  const label = slash || s.includes(':');
  for (const re of CREDITS) {
    if (re === BRACKET_CREDIT ? !bracketEnd : re === LABEL_CREDIT ? !label : !slash) continue;
    const m = re.exec(s);
    if (m && m.index > 0) {
      const text = s.slice(0, m.index).trim();
      const credit = m[1]!.replace(/^(?:photo|image|picture|credit|courtesy)s?(?: by)?\s*[:/-]?\s*/i, (p) => (/\//.test(p) ? p : '')).trim();
      if (!text || !/\p{L}/u.test(text)) return null;
      // "(left)", "(center)" mark positions in a photo, not credits.
      if (/^(left|right|centre|center|top|bottom|front|back|file|L|R|C)$/i.test(credit)) return null;
      if (credit.split(/\s+/).length > 6) return null;
      return { text, credit: credit || null };
    }
  }
  return null;
}

// Words that tell a line describes a picture: "(left)", "poses", "pictured", "file photo".
const PHOTO_CUE = /\((?:left|right|center|centre|second from (?:left|right)|L|R|C|front|top|bottom)\)|\b(?:pictured|poses?|posing|photo|photographed|file image|seen here|shown here|above|below|in this (?:file )?(?:photo|image|picture))\b/i;

/**
 * Does the line read like a photo caption (besides its credit)?
 *
 * @example
 * hasPhotoCue('Jane Doe (left) and John Roe pose at the summit') // true
 */
export function hasPhotoCue(line: string): boolean {
  return PHOTO_CUE.test(line);
}
