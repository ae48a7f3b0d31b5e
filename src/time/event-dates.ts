import type { Doc } from '../doc/doc.js';
import type { CodedEvent, EventDate } from '../doc/event.js';
import { parseYmd, type Ymd } from './calendar.js';
import { sentenceClauses, type SentenceClauses } from './clauses.js';
import type { DateExpression } from './date-expression.js';
import { findDateExpressions } from './find-date-expressions.js';
import { resolveDate, type ContextDate, type Tense } from './resolve-date.js';
import { eventTense, tokenRange } from './tense.js';

/** Adverbs that place an event at some undated time before publication. */
const UNDATED_PAST = new Set(['recently', 'lately', 'recent']);

/** A date a sentence speaks of, kept so later sentences of the paragraph can inherit it. */
interface SentenceDate {
  date: EventDate;
  day: ContextDate | null;
}

/**
 * Per-document state: date expressions are looked for once per sentence, and only in the
 * sentences that need them (those with events, and the earlier ones they inherit from).
 */
class DocDates {
  private readonly exprs = new Map<number, DateExpression[]>();
  private readonly clauses = new Map<number, SentenceClauses>();
  /** Clause numbers of the tokens of the sentences split so far (`clausesOf`), by token. */
  private clauseIds: Int32Array | null = null;
  readonly stated = new Map<number, SentenceDate>();
  readonly reference: Ymd | null;

  constructor(readonly doc: Doc) {
    this.reference = parseYmd(doc.meta.published);
  }

  expressions(sentence: number): DateExpression[] {
    let e = this.exprs.get(sentence);
    if (!e) {
      const s = this.doc.sentences[sentence]!;
      e = findDateExpressions(this.doc.slice(s), sentence, s.start, this.reference).filter((x) => !this.isName(x) && !this.isDeadline(x));
      this.exprs.set(sentence, e);
    }
    return e;
  }

  /**
   * A month and day between a determiner and a noun name a commemoration, not a date of
   * this year: "the June 15 declaration", "the May 21 festival", "the June 25-July 27 month".
   */
  private isName(e: DateExpression): boolean {
    if (e.kind !== 'month' || e.day === undefined) return false;
    const [a, b] = tokenRange(this.doc, e);
    const t = this.doc.tokens;
    const before = t.pos[a - 1];
    const after = t.pos[b];
    // "the historic June 15 North-South Joint Declaration"
    return (before === 'DET' || before === 'ADJ') && (after === 'NOUN' || after === 'PROPN' || after === 'ADJ');
  }

  /** "agreed to set up a forum by 2020", "extend the truce until March": a deadline or an end, not when anything happened. */
  private isDeadline(e: DateExpression): boolean {
    const [a] = tokenRange(this.doc, e);
    const before = a > 0 ? this.doc.tokens.norm[a - 1] : undefined;
    return before === 'by' || before === 'until' || before === 'till';
  }

  clausesOf(sentence: number): SentenceClauses {
    let c = this.clauses.get(sentence);
    if (!c) {
      const s = this.doc.sentences[sentence]!;
      this.clauseIds ??= new Int32Array(this.doc.tokens.count);
      c = sentenceClauses(this.doc, sentence, this.clauseIds.subarray(s.tokenStart, s.tokenEnd));
      this.clauses.set(sentence, c);
    }
    return c;
  }

  clauseOf(sentence: number, token: number): number {
    const c = this.clausesOf(sentence).ids;
    const s = this.doc.sentences[sentence]!;
    return c[Math.min(Math.max(token - s.tokenStart, 0), c.length - 1)] ?? 0;
  }
}

function toContext(value: string | null): ContextDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

/**
 * The date expression of a sentence that belongs to a span of it: the nearest one in
 * the same clause. A date inside a relative clause about something else does not win
 * ("talks with Choi, who was appointed last month" — the talks are not last month's).
 *
 * @example
 * // "On Wednesday, Biegun held talks with Choi, who was appointed last month." + evidence "held talks" → "Wednesday"
 */
function chooseExpression(dd: DocDates, sentence: number, a: number, b: number): DateExpression | null {
  const doc = dd.doc;
  const clause = dd.clauseOf(sentence, a);
  const { kind, parent } = dd.clausesOf(sentence);
  let best: DateExpression | null = null;
  let bestDistance = Infinity;
  for (const e of dd.expressions(sentence)) {
    const [ea, eb] = tokenRange(doc, e);
    const ec = dd.clauseOf(sentence, ea);
    let penalty = 0;
    if (ec !== clause) {
      // "X said on Thursday that troops fired": the reporting clause's date is a fallback for the
      // reported event; a date inside another clause never dates this one
      let up = clause;
      while (up !== 0 && up !== ec && kind[up] === 'content') up = parent[up]!;
      if (up !== ec) continue;
      penalty = 8;
    }
    const distance = (eb <= a ? a - eb : ea >= b ? ea - b : 0) + penalty;
    if (distance < bestDistance) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

/** Resolve a chosen expression into an `EventDate` (null value and origin `unknown` when nothing anchors it). */
function stated(dd: DocDates, e: DateExpression, tense: Tense, context: ContextDate | null): EventDate {
  const r = resolveDate(e, dd.reference, tense, context);
  const base = { text: e.text, span: { start: e.start, end: e.end } };
  if (!r) return { value: null, precision: null, origin: 'unknown', ...base, rule: `${e.rule}.unanchored` };
  return { value: r.value, precision: r.precision, origin: 'stated', ...base, rule: `${e.rule}${tense === 'future' ? '+future' : ''}` };
}

/** The date a sentence speaks of, for later sentences to inherit: its first main-clause expression. */
function sentenceDate(dd: DocDates, sentence: number, context: ContextDate | null): SentenceDate | null {
  const known = dd.stated.get(sentence);
  if (known) return known;
  const doc = dd.doc;
  for (const e of dd.expressions(sentence)) {
    const [ea] = tokenRange(doc, e);
    if (dd.clauseOf(sentence, ea) !== 0) continue;
    const date = stated(dd, e, 'past', context);
    if (date.value === null) continue;
    const sd = { date, day: toContext(date.value) };
    dd.stated.set(sentence, sd);
    return sd;
  }
  return null;
}

/** Events in the order of their place in the text: sentence, then evidence start. */
function byPlace(x: CodedEvent, y: CodedEvent): number {
  return x.sentence - y.sentence || x.evidence.start - y.evidence.start;
}

/** Are the events already in `byPlace` order (as the coder leaves them)? Then a stable sort would leave them as they are. */
export function inTextOrder(events: readonly CodedEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (byPlace(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

/**
 * Fill `event.date` for every event of a document: a date stated in the event's sentence
 * and clause, resolved with the verb's tense against the publication date; else inherited
 * from an earlier sentence of its paragraph, else from the lead; else the publication date
 * (origin `published`); with no publication date, a null value (origin `unknown`) —
 * today's date is never used.
 *
 * @example
 * // published 2020-09-02: "In July, Biegun visited Seoul." → {value: '2020-07', precision: 'month', origin: 'stated'}
 */
export function dateEvents(doc: Doc): void {
  const dd = new DocDates(doc);
  const events = inTextOrder(doc.events) ? doc.events : [...doc.events].sort(byPlace);
  const context = (sentence: number): SentenceDate | null => {
    const p = doc.sentences[sentence]!.paragraph;
    for (let i = sentence - 1; i >= 0 && doc.sentences[i]!.paragraph === p; i--) {
      const sd = sentenceDate(dd, i, null);
      if (sd) return sd;
    }
    return null;
  };
  // "on the same day": the day the text last named, in this paragraph or an earlier one
  const lastNamed = (sentence: number): SentenceDate | null => {
    for (let i = sentence - 1; i >= 0; i--) {
      const sd = sentenceDate(dd, i, null);
      if (sd) return sd;
    }
    return null;
  };
  let leadMemo: SentenceDate | null | undefined;
  const lead = (): SentenceDate | null => {
    if (leadMemo !== undefined) return leadMemo;
    leadMemo = null;
    // The lead is the first paragraph; when it names no date (a one-line summary), the second.
    for (const s of doc.sentences) {
      if (s.paragraph > 1) break;
      leadMemo = sentenceDate(dd, s.index, null);
      if (leadMemo) break;
    }
    return leadMemo;
  };
  for (const ev of events) {
    ev.date = dateOneEvent(dd, ev, context, lead, lastNamed);
  }
}

function dateOneEvent(
  dd: DocDates,
  ev: CodedEvent,
  context: (sentence: number) => SentenceDate | null,
  lead: () => SentenceDate | null,
  lastNamed: (sentence: number) => SentenceDate | null,
): EventDate {
  const doc = dd.doc;
  const [a, b] = tokenRange(doc, ev.evidence);
  const e = chooseExpression(dd, ev.sentence, a, b);
  if (e) {
    const tense = eventTense(doc, ev.evidence, ev.sentence);
    const anchor =
      e.kind === 'anaphoric' || e.contextYear ? (lastNamed(ev.sentence)?.day ?? null) : e.kind === 'month' ? (context(ev.sentence)?.day ?? null) : null;
    const date = stated(dd, e, tense, anchor);
    if (date.value !== null && !dd.stated.has(ev.sentence)) dd.stated.set(ev.sentence, { date, day: toContext(date.value) });
    return date;
  }
  const published = (rule: string): EventDate | null => {
    if (!dd.reference) return null;
    const r = dd.reference;
    const value = `${String(r.y).padStart(4, '0')}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`;
    return { value, precision: 'day', origin: 'published', rule };
  };
  // "Cuba and Panama recently adopted a MOU", "the recent talks": not on the date the text named before
  const s = doc.sentences[ev.sentence]!;
  for (let i = Math.max(s.tokenStart, a - 8); i < Math.min(b, s.tokenEnd); i++) {
    if (UNDATED_PAST.has(doc.tokens.norm[i]!) && dd.clauseOf(ev.sentence, i) === dd.clauseOf(ev.sentence, a)) return published('recently') ?? { value: null, precision: null, origin: 'unknown', rule: 'recently' };
  }
  // "a professor who visited the DPRK": a relative clause tells background, not the story's day
  const { kind } = dd.clausesOf(ev.sentence);
  if (kind[dd.clauseOf(ev.sentence, a)] === 'relative') {
    return published('relative-clause') ?? { value: null, precision: null, origin: 'unknown', rule: 'relative-clause' };
  }
  const inherited = context(ev.sentence);
  if (inherited) return { ...inherited.date, origin: 'inherited', rule: 'paragraph' };
  const fromLead = lead();
  if (fromLead) return { ...fromLead.date, origin: 'inherited', rule: 'lead' };
  return published('published') ?? { value: null, precision: null, origin: 'unknown', rule: 'no-reference' };
}

