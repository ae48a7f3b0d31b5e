import { parseMonthDay } from './parse-date.js';

// "SEOUL, Sept. 2 (Yonhap) --", "WASHINGTON (Reuters) -", "BEIRUT, Lebanon, March 4, 2021 (AP) —", "LONDON —"
const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?(?:,\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?))?\s*(?:\(([^)]{2,40})\))?\s*(?:--|—|–|-|:)\s+/u;

export interface Dateline {
  /** The place as printed: "SEOUL". */
  place: string;
  /** Length of the dateline prefix in the paragraph. */
  length: number;
  month: number | null;
  day: number | null;
  year: number | null;
  /** The agency in brackets: "Yonhap". */
  agency: string | null;
}

/**
 * The dateline opening a news paragraph, if any. The place must be in
 * capitals, so an ordinary sentence with a dash does not match.
 *
 * @example
 * parseDateline('SEOUL, Sept. 2 (Yonhap) -- The envoys spoke…') // { place: 'SEOUL', month: 9, day: 2, agency: 'Yonhap', … }
 * parseDateline('But - he said - it was late.')                 // null
 */
export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!;
  // A capitalised place of at least two letters, and something besides a bare word and a dash
  // ("US - China talks" is a headline, not a dateline).
  if (!/\p{Lu}{2}/u.test(place) || (!m[3] && !m[4] && !/^\p{Lu}{3,}/u.test(place))) return null;
  if (!m[3] && !m[4] && !/--|—/.test(m[0])) return null;
  const md = m[3] ? parseMonthDay(m[3]) : null;
  return {
    place,
    length: m[0].trimEnd().length,
    month: md?.month ?? null,
    day: md?.day ?? null,
    year: md?.year ?? null,
    agency: m[4]?.trim() ?? null,
  };
}
