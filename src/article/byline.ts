// A name word: "Ahn", "Sung-mi", "O'Brien", "McDonald", "J.", "al-Masri"; particles join names ("van der Berg").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|bin|van|von|der|den|de|del|della|da|di|du|la|le|dos|ter)-?\p{Lu}?[\p{L}'’-]*)`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,4}$`, 'u');
// Words that follow a name in a byline but are not part of it: "By Jane Doe, Staff Reporter".
const ROLE = /\b(staff|reporter|writer|correspondent|editor|columnist|contributor|journalist|bureau|chief|senior|news|desk|team|photographer|updated|published|posted)\b/i;

/**
 * The author names of a byline line, or null if the line is not a byline.
 * Stops at what follows the names: a cut-off "(", an e-mail, a role, a date.
 *
 * @example
 * bylineNames('By Ahn Sung-mi (')                       // 'Ahn Sung-mi'
 * bylineNames('By Jane Doe and John Roe, Staff Writers') // 'Jane Doe, John Roe'
 * bylineNames('Byzantine art returns')                   // null
 */
export function bylineNames(line: string): string | null {
  const m = /^(?:written\s+|reporting\s+|words\s+|story\s+)?by[:\s]\s*(.+)$/i.exec(line.trim());
  if (!m) return null;
  return namesFrom(m[1]!);
}

/**
 * Names from the text after "By": split at "and", "&", commas; cut at
 * brackets, e-mails, pipes, dates and role words.
 *
 * @example
 * namesFrom('Lee Do-hoon (doh@example.com)') // 'Lee Do-hoon'
 */
export function namesFrom(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.split(/\s*(?:[(\[|•·—–]|\s-\s|\bon\s+\p{Lu}\p{Ll}+\s+\d|\d{1,2}:\d{2}|\S+@\S+|\b(?:updated|published|posted)\b)/iu)[0]!.trim();
  s = s.replace(/[,;:]\s*$/, '');
  if (!s) return null;
  const parts = s
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts) {
    if (ROLE.test(p)) {
      // "Staff Reporter" after a name ends the names; a role before any name means this is no byline.
      if (names.length) break;
      return null;
    }
    if (!NAME.test(p)) {
      if (names.length) break;
      return null;
    }
    names.push(p);
  }
  return names.length ? names.join(', ') : null;
}

/**
 * A bare name with a contact in brackets, as bylines close Asian news pages:
 * "Ahn Sung-mi (sungmi@example.com)".
 *
 * @example
 * contactByline('Kim Min-ji (mjkim@example.com)') // 'Kim Min-ji'
 */
export function contactByline(line: string): string | null {
  const m = /^([^()]{3,60})\s*\(\s*[\w.+-]+@[\w.-]+\s*\)\s*$/.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.trim();
  return NAME.test(name) ? name : null;
}
