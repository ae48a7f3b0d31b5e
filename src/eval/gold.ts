/** One gold event: a CAMEO code (PETRARCH gold) or a PLOVER type (PLOVER gold), with actor codes. */
export interface GoldEvent {
  code: string;
  sources: string[];
  /** Empty when the gold has no target: such an event matches on source alone. */
  targets: string[];
}

/** One gold record: a sentence or short text with the events it codes. */
export interface GoldRecord {
  id: string;
  text: string;
  /** `YYYY-MM-DD` or null. */
  date: string | null;
  events: GoldEvent[];
  /** PETRARCH `noevents` records: must code nothing. */
  noEvents: boolean;
  /** PETRARCH `sentence="false"` / `evaluate="false"`: kept but flagged. */
  evaluate: boolean;
  /** Free-text comment of the gold record (what it tests). */
  comment: string | null;
  category: string | null;
}

export interface GoldSet {
  kind: 'plover' | 'petrarch';
  path: string;
  records: GoldRecord[];
  /** Where the PETRARCH file names its dictionaries (`<Verbfile>`, `<Actorfile>`, …). */
  environment: Record<string, string>;
}

/**
 * The country part of an actor code, for scoring: "USAGOV" → "USA",
 * "IGOUNO" → "IGO". Gold quirks are mapped here: JAP → JPN, ITL → ITA.
 *
 * @example countryOfCode('JAPGOV') // "JPN"
 */
export function countryOfCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{3}/.test(c)) return null;
  const head = c.slice(0, 3);
  return QUIRKS[head] ?? head;
}

const QUIRKS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA' };
