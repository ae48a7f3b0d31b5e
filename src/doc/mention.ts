import type { Span } from './span.js';

/** A CAMEO actor code split into its parts: `USAGOV` = country `USA` + agents `[GOV]`. */
export interface ActorCode {
  /** Full code as emitted, e.g. "USAGOV", "IGOUNO", "PRK". */
  code: string;
  /** ISO 3166 alpha-3 country (or CAMEO region/IGO code) part, or null. */
  country: string | null;
  /** Agent/sector codes, e.g. ["GOV"], ["MIL"], ["GOV", "MIL"]. */
  agents: string[];
}

/** A role a known person held between two dates (inclusive, ISO `YYYY-MM-DD`, open ends null). */
export interface DatedRole {
  code: string;
  from: string | null;
  until: string | null;
  title?: string;
}

/** What a mention is in its sentence: a party that can act, a place, or a credited news source. */
export type MentionRole = 'actor' | 'location' | 'attribution';

export type MentionKind =
  | 'country'
  | 'city'
  | 'region'
  | 'organization'
  | 'person'
  | 'agent'
  | 'demonym'
  | 'reference'
  | 'outlet';

/** An entity mention: a span of the text with how dyad codes it and why. */
export interface Mention extends Span {
  id: number;
  sentence: number;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  text: string;
  kind: MentionKind;
  role: MentionRole;
  /** Actor code for the mention on the reference date, or null (places, outlets, unknown people). */
  actor: ActorCode | null;
  /** For people from the dictionary: every dated role, so an event date can re-pick. */
  roles?: DatedRole[];
  /** For places: the country they lie in (ISO alpha-3). */
  placeCountry?: string | null;
  /** Id of the earlier mention this one refers back to ("Biegun" → "Stephen Biegun"). */
  antecedent: number | null;
  /** For plural references ("the two sides"): the mentions they stand for, in text order. */
  antecedents?: number[];
  /** The rule that produced the mention, e.g. "gazetteer.country", "title+name". */
  rule: string;
  /** The dictionary entry behind it, e.g. "dict/people.tsv: Stephen Biegun". */
  entry: string | null;
}
