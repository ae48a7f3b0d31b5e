import type { ActorCode } from './mention.js';
import type { Span } from './span.js';

/** One side of an event. */
export interface EventActor extends ActorCode {
  /** Words that name the actor in the text. */
  text: string;
  /** Mention id the actor came from, if any. */
  mention: number | null;
}

export type DatePrecision = 'day' | 'month' | 'year';
/** Where a date came from: said in the sentence, inherited from its paragraph/context, or the publication date. */
export type DateOrigin = 'stated' | 'inherited' | 'published' | 'unknown';

export interface EventDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when nothing anchors it. */
  value: string | null;
  precision: DatePrecision | null;
  origin: DateOrigin;
  /** The words the date was read from, when stated. */
  text?: string;
  span?: Span;
  /** Name of the rule that resolved it. */
  rule?: string;
}

export interface EventPlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Words it was read from. */
  text?: string;
  span?: Span;
  rule?: string;
}

/** PLOVER 2021 coding of an event; `type` is null for CAMEO 01x statements, which PLOVER dropped. */
export interface PloverCode {
  type: string | null;
  mode: string | null;
  context: string[];
}

/** A coded event: who did what to whom, with the words that say it. */
export interface CodedEvent {
  id: number;
  sentence: number;
  source: EventActor | null;
  target: EventActor | null;
  /** CAMEO code, 2–4 digits as a string ("042", "0311", "190"). */
  cameo: string;
  plover: PloverCode;
  quadClass: number;
  goldstein: number;
  /** Whose Goldstein table and quad classes were used: 'gdelt' (default), 'icews', 'phoenix' or 'plover'. */
  convention?: string;
  /** The verb/noun group that carries the action. */
  evidence: Span;
  negated: boolean;
  /** Who reported it ("the Foreign Ministry", "Yonhap"), when attributed. */
  reportedBy: string | null;
  /** The coder rule that produced it ("svo", "passive", "symmetric-noun", …). */
  rule: string;
  /** The dictionary pattern that matched, as written in its file. */
  pattern: string | null;
  date: EventDate | null;
  location: EventPlace | null;
  /** Other places in this article telling the same event (filled by dedup). */
  mentions: { sentence: number; evidence: Span }[];
}
