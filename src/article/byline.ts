// A name word: "Ahn", "Sung-mi", "O'Brien", "McDonald", "J.", "al-Masri"; particles join names ("van der Berg").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|bin|van|von|der|den|de|del|della|da|di|du|la|le|dos|ter)-?\p{Lu}?[\p{L}'’-]*)`;
// A team credited as author may open with "the": "By the Lavazza Team", "By the Currency editors".
const NAME = new RegExp(String.raw`^(?:the\s+)?${NAME_WORD}(?:\s+(?:${NAME_WORD}|editors|team|staff)){0,4}$`, 'u');
// Words that follow a name in a byline but are not part of it: "By Jane Doe, Staff Reporter".
// Case matters in the name words (without the `i` flag, \p{Lu} is a capital): "our engineering team" is no team's name.
const TEAM = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:[Tt]eam|[Ss]taff|[Ee]ditors|[Nn]ewsroom|TEAM|STAFF|EDITORS|NEWSROOM)$/u;
const ROLE = /\b(staff|reporter|writer|correspondent|editor|columnist|contributor|journalist|bureau|chief|senior|news|desk|team|photographer|updated|published|posted)\b/i;

const MONTH_NAME = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// Labels and month names that adjacent inline elements glue onto a name: "ByDaryl AustinPublished March 9".
const GLUED_LABEL = new RegExp(String.raw`(\p{Ll})(?=(?:Published|Updated|Posted|Last|Share|Follow|View|Read|Reviewed|Edited|Written|${MONTH_NAME})(?:\P{Ll}|$))`, 'gu');

/**
 * Undo the gluing of adjacent inline elements in a byline: a space after a
 * "By" run into the name, and before a label or month run onto it.
 *
 * @example
 * deglue('ByDaryl AustinPublished March 9, 2026') // 'By Daryl Austin Published March 9, 2026'
 */
export function deglue(s: string): string {
  return s.replace(/\b([Bb]y)(?=\p{Lu})/gu, '$1 ').replace(GLUED_LABEL, '$1 ');
}

/** "By …", "Written by …": a byline and the names after it. */
const BYLINE = /^(?:written\s+|reporting\s+|words\s+|story\s+)?by[:\s]\s*(.+)$/i;

/** Can a trimmed line be a byline, by its start? It starts with "w", "r", "s" or "b" in either case (the written/reporting/story/by forms), and so on. */
function startsByline(t: string): boolean {
  const c = t.charCodeAt(0) | 32;
  return (c === 98 || c === 119 || c === 114 || c === 115) && BYLINE.test(t);
}

/** `t.endsWith(')') && t.includes('@')`: can a trimmed line be a contact byline? */
function endsContact(t: string): boolean {
  return t.charCodeAt(t.length - 1) === 41 && t.includes('@');
}

/**
 * Can the line be a byline (`bylineNames` or `contactByline` not null)? A
 * cheap test of its start and its last characters, for a caller with a
 * costlier test to make first.
 *
 * @example
 * mayBeByline('The talks resumed.') // false
 */
export function mayBeByline(line: string): boolean {
  const t = line.trim();
  return startsByline(t) || endsContact(t);
}

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
  const t = line.trim();
  // Most lines start with another letter: no regex run for them.
  const c = t.charCodeAt(0) | 32;
  if (c !== 98 && c !== 119 && c !== 114 && c !== 115) return null;
  const m = BYLINE.exec(t);
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
  let s = deglue(raw).replace(/\s+/g, ' ').trim();
  s = s.split(/\s*(?:[(\[|•·⋅∙●—–]|\s-\s|\bon\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bon\s+\p{Lu}\p{Ll}+\s+\d|\d{1,2}:\d{2}|\S+@\S+|\b(?:updated|published|posted)\b)/iu)[0]!.trim();
  // What follows the names on the same line: a date ("Sofia Gonzalez December 2, 2025"), a count
  // ("the Lavazza Team 2–3 minutes"), or a link label ("A. J. Neal View In Digital Edition").
  s = s.split(new RegExp(String.raw`\s+(?=(?:${MONTH_NAME})\.?\s+\d|\d|(?:View|Share|Follow|Read|Comments?|Listen|Print)\b)|\s+in\s+(?=\S)`, 'u'))[0]!.trim();
  s = s.replace(/[,;:]\s*$/, '');
  if (!s) return null;
  const parts = s
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts) {
    // A team credited by name is an author, though "team" and "staff" are role words: "Podium Staff", "the Lavazza Team".
    if (TEAM.test(p) && !ROLE.test(p.replace(/\s+\S+$/, ''))) {
      names.push(p);
      continue;
    }
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
  const t = line.trim();
  if (!endsContact(t)) return null; // cheap: most lines end otherwise
  const m = /^([^()]{3,60})\s*\(\s*[\w.+-]+@[\w.-]+\s*\)\s*$/.exec(t);
  if (!m) return null;
  const name = m[1]!.trim();
  return NAME.test(name) ? name : null;
}
